import type { ModalKind, Mood } from '../clauses/types.js';
import type { Language } from '../types.js';

/** The markers a role title can carry about who holds the role now. */
export type RoleStatus = 'former' | 'current' | 'designate' | 'acting' | 'deputy' | 'deceased';

/** Everything factdiff knows about one language, as data. Detectors read lexicons; they hold no word lists. */
/** A part of the day, as languages name them: "morning", "Vormittag", "evening", "nachts". */
export type DayPart = 'morning' | 'forenoon' | 'noon' | 'afternoon' | 'evening' | 'night';

export interface LanguagePack {
  code: Language;
  /** Every noun starts with a capital (German): a capital alone does not make a name. */
  nounsCapitalized: boolean;
  /**
   * The finite verb of a main clause stands second (German): when one word such as an adverb opens the clause, the
   * subject follows the verb ("Gleichzeitig betonte Stöger").
   */
  verbSecond: boolean;
  /** Function words: language detection and content-word filtering. */
  stopwords: ReadonlySet<string>;
  /** Abbreviations (lower case, without the final dot) that do not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that do not end a sentence only when a number follows ("No. 5", "Nr. 3"). */
  numeralAbbreviations: ReadonlySet<string>;
  /** Month names and abbreviations (lower case) → month number 1–12. */
  months: ReadonlyMap<string, number>;
  /**
   * Season names in every inflected form (lower case) → 1 spring, 2 summer, 3 autumn, 4 winter. A name that is also
   * a common word of another sense ("fall") is left out.
   */
  seasons: ReadonlyMap<string, number>;
  /** Whether a day may be written after its month ("March 15") as well as before it ("15 March"). */
  monthBeforeDay: boolean;
  /** Weekday names (lower case) → 0 = Sunday … 6 = Saturday. */
  weekdays: ReadonlyMap<string, number>;
  /**
   * Parts of the day. `nouns` (folded) name one after an article, a preposition, a weekday or a relative day ("in
   * the morning", "am Abend", "Monday evening"); `adverbs` name one alone ("abends"); `joinsWeekday`: the language
   * joins a noun to a weekday in one word ("Samstagabend"), which names both.
   */
  dayParts: {
    nouns: ReadonlyMap<string, DayPart>;
    adverbs: ReadonlyMap<string, DayPart>;
    joinsWeekday: boolean;
  };
  /**
   * Words that make a figure a time of day, said after it ("11.00 Uhr", "1:30 p.m."), lower case → the hours they
   * add to it ("p.m.": 12).
   */
  clockWords: ReadonlyMap<string, number>;
  /** Cardinal number words (lower case) → value. */
  numberWords: ReadonlyMap<string, number>;
  /**
   * Nouns that name a share by its denominator ("Fünftel" 5, "Hälfte" 2, "thirds" 3): "ein Fünftel" is 20 %, "zwei
   * Drittel" 67 %, as a percentage says it. `beforeLink` holds those that are shares only before a link word ("a
   * third of", not "a third attempt").
   */
  proportions: {
    nouns: ReadonlyMap<string, number>;
    beforeLink?: { link: string; nouns: ReadonlyMap<string, number> };
    /**
     * The one share that needs no count, in the singular: "die Hälfte" (and "half of", before the link). A plural
     * without a count names pieces ("almond halves").
     */
    countless?: string;
  };
  /**
   * Endings that join a number word into one adjective, in the base form: "zweitägig", "dreifach". Hyphenated
   * compounds ("two-day", "zwei-stündig") need no entry.
   */
  numberCompounds: readonly string[];
  /**
   * Fractions after a whole number, written as words: a phrase after it ("two and a half") or a part joined to a
   * number word ("zweieinhalb") → the fraction's value.
   */
  fractions: { after: ReadonlyMap<string, number>; joined: ReadonlyMap<string, number> };
  /**
   * Quantifiers (lower case, every inflected form) on a scale of how much of a group they cover: 1 few,
   * 2 some/several, 3 many, 4 most, 5 all. "Mehrere Länder" → "alle Länder" changes the claim.
   */
  quantifiers: ReadonlyMap<string, number>;
  /**
   * Words that say a claim holds for all, always or nowhere ("alles", "immer", "everyone", "never"), and the adverbs
   * that make them nearly so ("fast", "nahezu", "almost"): one dropped makes the claim universal.
   */
  nearUniversals: {
    nearly: ReadonlySet<string>;
    universals: ReadonlySet<string>;
    /**
     * Phrases about exceptions: `none` says there is none ("without exception", "ausnahmslos"), `few` that there are
     * a few ("with few exceptions", "bis auf wenige Ausnahmen"). One put for the other makes the claim universal.
     */
    exceptions: { none: readonly string[]; few: readonly string[] };
  };
  /**
   * Adverbs of frequency on a scale of how often a claim holds: 1 rarely, 2 sometimes, 3 often, 4 usually, 5 always
   * ("never" is a negation, the negation rule's). `notAlone`: phrases in which such a word means something else
   * ("immer noch" is "still", "immer mehr" "more and more").
   */
  frequencies: { levels: ReadonlyMap<string, number>; notAlone: readonly string[] };
  /** Ordinal number words in every inflected form (lower case) → value: "third", "dritten". */
  ordinalWords: ReadonlyMap<string, number>;
  /** Scale words (lower case) → multiplier ("Millionen", "billion"). */
  scaleWords: ReadonlyMap<string, number>;
  /** Prefixes that put a scale in the plural of magnitude: "multi" of "multimillion", "Multimilliardengeschäft". */
  scalePrefixes: readonly string[];
  /** Unit words that make a number a percentage, money etc. (lower case) → unit. */
  unitWords: ReadonlyMap<string, string>;
  /** Relative time expressions (lower case, may span words) → kind of reference. */
  relativeTimes: ReadonlyMap<string, string>;
  /**
   * Words that place an event after another one ("anschließend", "im Anschluss", "afterwards"): a time relative to
   * the story, not to the calendar. A present tense beside them may look ahead.
   */
  sequenceWords: readonly string[];
  /**
   * What makes a unit's plural with no number a length of time: the prepositions before it ("for months", "über
   * Monate") and the suffix joined to it ("monatelang").
   */
  vagueLengths: { prepositions: readonly string[]; suffix?: string };
  /** Units of a duration ("Wochen", "days") → the calendar unit. */
  durationUnits: ReadonlyMap<string, 'day' | 'week' | 'month' | 'year'>;
  /**
   * The period a figure is counted per, said right after it or its unit ("sechs Euro pro Stunde", "70 watts a day",
   * "125 Millionen Euro im Jahr"): phrases (lower case, may span words) → the period. `notBefore`: words after such a
   * phrase that make it a time instead ("a year ago", "ein Jahr zuvor").
   */
  ratePeriods: { phrases: ReadonlyMap<string, RatePeriod>; notBefore: ReadonlySet<string> };
  /** Words before a duration that place it ahead (+1, "in zwei Wochen") or back (-1, "vor drei Tagen"). */
  durationDirections: ReadonlyMap<string, 1 | -1>;
  /** Words after a duration that place it back ("three days ago"). */
  durationAgo: readonly string[];
  /** Words before a count that make it a span up to or from now: "in den kommenden vier Jahren", "the past two weeks". */
  periodDirections: ReadonlyMap<string, 1 | -1>;
  /**
   * Centuries: the nouns that name one ("Jahrhunderts", "century") and what follows the digits of its ordinal ("."
   * of "15.", "th" of "15th").
   */
  centuries: { nouns: readonly string[]; ordinalSuffixes: readonly string[] };
  /**
   * The eras a year or a century is counted in, by the phrases that name them after it ("38 v. Chr.", "38 BC", "the
   * 2nd century AD"), as the tokens read them, and those that may stand before the year ("AD 800").
   */
  eras: { before: readonly string[]; after: readonly string[]; leading: readonly string[] };
  /**
   * Parts of a year or a month: words before a month, a year or a relative time ("Anfang März", "late last year"),
   * words that may link them ("the end of May"); the article's own year or month named after a part ("Ende des
   * Jahres", "the end of the month": the period's word → its unit, and the words that link it); and whether a
   * period and a part make one word ("Jahresbeginn", "Monatsende").
   */
  timeParts: {
    words: ReadonlyMap<string, 'start' | 'mid' | 'end'>;
    links: readonly string[];
    periods: ReadonlyMap<string, 'year' | 'month'>;
    periodLinks: readonly string[];
    compounds: boolean;
  };
  /** Words that count one in a duration ("in einer Woche", "in a week"). */
  oneWords: readonly string[];
  /** Verbs that introduce what someone said (lower-case word forms). */
  reportingVerbs: ReadonlySet<string>;
  /**
   * A verb that reports speech only with an expletive subject, by lemma: "hieß es", "wie es aus Kreisen hieß";
   * "das heißt" is "that is", "er heißt" "he is called".
   */
  impersonalReporting?: { lemma: string; subject: string };
  /** Phrases that attribute a statement to a source ("nach Angaben von", "according to"). */
  attributionPhrases: readonly string[];
  /**
   * The reflexive possessive that makes an attribution phrase its subject's own account ("nach eigenen Angaben", "by
   * his own account"): the phrase names no holder, and the subject named again as the actor does not voice the claim.
   */
  ownAccountWords: ReadonlySet<string>;
  /** Those of them that follow whom they name, postpositions: "Studien zufolge", "dem Bericht zufolge". */
  attributionPostpositions?: readonly string[];
  /** Modifiers on a role title (lower-case word forms or prefixes ending in "-"). */
  roleModifiers: ReadonlyMap<string, RoleStatus>;
  /** Role-title heads: a word that is, or (German compounds) ends in, one of these names a role. */
  roleTitles: readonly string[];
  /** Endings a role title takes when inflected ("präsidenten", "ministers"); '' for the bare form. */
  roleTitleEndings: readonly string[];
  /**
   * Endings of a title's plural (and, in German, of a weak noun's other cases), taken off where a predicate names one
   * office among several: "einer der Vizepräsidenten", "one of the vice-presidents".
   */
  titlePluralEndings: readonly string[];
  /** Endings that make a title feminine ("Ministerin", "Sprecherinnen"), longest first; none where titles do not inflect so. */
  feminineEndings: readonly string[];
  /**
   * How the base of a feminine noun differs from the masculine it is formed from: an umlaut taken back ("Ärztin" of
   * "Arzt", "Köchin" of "Koch"), an ending dropped ("Expertin" of "Experte").
   */
  feminineBase: { umlauts: ReadonlyMap<string, string>; droppedEndings: readonly string[] };
  /** Endings an inflected modifier adds to the form listed in `roleModifiers` ("ehemaligen"). */
  modifierEndings: readonly string[];
  /**
   * Nouns join into one word whose last part is its head (German "Verteidigungsministerin"): a role title
   * may end a longer word. Otherwise a title is a word of its own.
   */
  compoundNouns: boolean;
  /** Inflectional endings added to a framing term to find its other forms ("Konflikt" → "Konflikts"). */
  inflectionEndings: readonly string[];
  /**
   * A full stop after a one- or two-digit number may mark an ordinal rather than end a sentence
   * ("am 10. Februar", "der 2. Weltkrieg").
   */
  ordinalDot: boolean;
  /**
   * Words that say a speaker is not named ("unnamed", "ungenannt"), inflected by `modifierEndings`: an anonymous
   * source, not an on-record one.
   */
  anonymousSpeakerWords: ReadonlySet<string>;
  /** Personal pronouns that stand as the subject of what someone said ("sie", "he"), lower case. */
  subjectPronouns: ReadonlySet<string>;
  /**
   * Personal pronouns only in the object's case ("them", "ihn"), lower case: the word before one is a verb, never a
   * noun ("store them in the fridge").
   */
  objectPronouns: ReadonlySet<string>;
  /** The indefinite article's forms: a noun after one introduces someone not named before ("ein Gast", "a guest"). */
  indefiniteArticles: ReadonlySet<string>;
  /** The word that opens a byline ("By Jane Doe", "Von Anna Berg"), as written. */
  bylineMarkers: readonly string[];
  /** Auxiliaries of the passive voice ("wurde", "were"): a reporting verb after one has no speaker beside it. */
  passiveAuxiliaries: ReadonlySet<string>;
  /**
   * How a country's adjective grows from its name, so that "Russian" knows "Russia": endings a country name
   * loses ("land" in "Russland") and endings its adjective adds ("ian", "isch").
   */
  demonyms: {
    nameEndings: readonly string[];
    adjectiveEndings: readonly string[];
    /**
     * Endings that make an adjective only, never a noun for a person: where every noun has a capital, such a word
     * with a capital is part of a name ("Europäische Union", "Französische Revolution"), while a noun ("der
     * Brasilianer Cacau") says where the named person is from. Empty where demonyms are not told apart by case.
     */
    attributiveEndings: readonly string[];
    /** Country and adjective stems that no rule joins ("france" / "french"), folded. */
    irregular: readonly (readonly [string, string])[];
  };
  /**
   * One-word place names (folded) where a capital alone does not make a name (German): "nach Kiew" is a
   * place, "nach Hause" is not. Languages that capitalise only names need none.
   */
  placeNames: ReadonlySet<string>;
  /**
   * Prepositions of place and origin ("in", "nach", "aus", "bei"): after one, a single capitalised word that none of
   * the language's resources knows is a name ("in Landau", "aus Sotschi"), where a capital alone does not make one.
   * Contractions with an article ("im", "vom") are left out, a noun follows them; so is "von", which takes the
   * agents of a passive and a plural noun without article as often ("von Wissenschaftern"). Empty elsewhere.
   */
  placePrepositions: ReadonlySet<string>;
  /** Spellings of one name (folded): "Kiew" and "Kyjiw", "Kiev" and "Kyiv". A rewrite may use either. */
  nameVariants: readonly (readonly string[])[];
  /** Titles that name the same office (folded): "Außenbeauftragte" and "Chefdiplomatin", "chief" and "CEO". */
  roleSynonyms: readonly (readonly string[])[];
  /** Titles vague enough to stand for any other ("Chef", "head", "official"). */
  genericTitles: readonly string[];
  /** The vague titles that still say the holder leads ("Leiter", "head"): they stand for no serving title. */
  headTitles: readonly string[];
  /**
   * Titles of those who serve or belong to a body rather than lead it (its spokesperson, adviser, member, analyst):
   * someone who leads made one of them, or one of them made someone who leads, holds another post.
   */
  servingTitles: readonly string[];
  /** How a role is told beside a name rather than before it: in an apposition or a relative clause. */
  roleGrammar: RoleGrammar;
  /** Markers that an event is still to come. */
  plannedMarkers: readonly string[];
  /** Markers that an event has taken place. */
  happenedMarkers: readonly string[];
  /** Endings of a verb's past form: "plans regulatory filings" → "filed", "will unterzeichnen" → "unterzeichnete". */
  pastEndings: readonly string[];
  /**
   * Auxiliaries that put a participle in the past: "wurden … fortgesetzt", "were postponed". A planned event's
   * own participle after one of these is told as done ("sollen … fortgesetzt werden" → "wurden … fortgesetzt").
   */
  pastAuxiliaries: readonly string[];
  /**
   * How a verb is told as under way, where the language has such a form: "is filing", "are holding"
   * (an auxiliary, at most one word, the verb with this ending). A planned event told so is no longer planned.
   */
  ongoingForm?: { auxiliaries: readonly string[]; ending: string };
  /** Markers of a condition ("wenn", "if"). */
  conditionalMarkers: readonly string[];
  /**
   * The noun that names a condition ("Bedingung", "condition"): with its synonyms in the lexical resource
   * ("Voraussetzung", "precondition") it can carry a condition as the clause after it ("Voraussetzung ist, dass …").
   */
  conditionNoun: string;
  /** Words of possibility other than verbs ("möglich", "perhaps"); modal verbs are read from the clauses. */
  possibilityMarkers: readonly string[];
  /** Verbs of demanding, by lemma: any form of them in a clause marks a demand ("rief … auf", "urged"). */
  demandVerbs: readonly string[];
  /** Nouns and phrases of demand ("Forderung", "call for"). */
  demandMarkers: readonly string[];
  /**
   * Words that say how binding something is, apart from the modal verbs, by level: what must be ("mandatory",
   * "verpflichtend"), what is advised ("recommended", "empfohlen"), what is left open ("optional", "freiwillig");
   * adjectives and participles as their lemma, read with the adjective endings of the verb grammar. A closed class.
   */
  bindingWords: { necessary: readonly string[]; advised: readonly string[]; optional: readonly string[] };
  /**
   * Adverbs that make a statement advice ("are best avoided", "ideally eaten", "am besten gelagert"): what they
   * qualify is what ought to be, not what is. A closed class.
   */
  adviceAdverbs: readonly string[];
  /** Hedges that weaken certainty ("möglicherweise", "reportedly"); modal verbs are possibility markers. */
  hedges: readonly string[];
  /** Hedges that mark a claim as unverified ("angeblich", "allegedly"): dropping one overstates what is known. */
  claimHedges: readonly string[];
  /**
   * Words that call a claim proven or beyond doubt ("nachweislich", "erwiesenermaßen", "demonstrably"): a rewrite that
   * adds one claims a certainty the source does not give. The closed class of evidential adverbs of proof.
   */
  proofMarkers: readonly string[];
  /**
   * Focus particles that restrict a claim to what follows them ("nur mit einem Verbot erlaubt", "allowed only with a
   * permit"): a condition can be restated as such a restriction.
   */
  restrictiveParticles: readonly string[];
  /**
   * Pronouns that open a free relative clause, which holds for whoever meets it ("wer", "whoever", "anyone who"): a
   * condition can be restated as such a clause.
   */
  freeRelatives: readonly string[];
  /**
   * Conjunctions of time that state a condition when their clause is in the present: what holds whenever it is met
   * ("when", "whenever"; "sobald", "immer wenn"). The closed class of temporal subordinators of recurrence.
   */
  genericTimeOpeners: readonly string[];
  /** Words that make a quantity approximate ("rund", "about"). */
  approximators: readonly string[];
  /** Words that say a quantity is exact ("genau", "exactly"): told, not only left unqualified. */
  exactMarkers: readonly string[];
  /** Words that make a quantity a lower bound ("mehr als", "at least"). */
  lowerBounds: readonly string[];
  /** Words that make a quantity an upper bound ("weniger als", "up to"). */
  upperBounds: readonly string[];
  /**
   * Bounds that are also prepositions a noun takes ("ein Vertrag über eineinhalb Jahre", "a dispute over 2
   * million"): after a noun they may be either. Only where the pack can tell a noun (capitalized nouns).
   */
  prepositionalBounds: readonly string[];
  /**
   * Prepositions that put what follows out of being when a bare noun follows ("außer Zweifel", "außer Kraft",
   * "beyond doubt", "out of service"): they keep a negation the other side says with "kein"/"no". With an article they
   * mean "except" or a place ("außer dem Minister", "beyond the border").
   */
  privativePrepositions: readonly string[];
  /** Negators ("nicht", "never"). */
  negations: readonly string[];
  /** Words that negate only in a fixed phrase are excluded by listing their phrases here ("nicht nur"). */
  negationExceptions: readonly string[];
  /**
   * Scales of terms for one thing, most loaded level first; terms at one level are alternatives ("a|b").
   * A rewrite that moves down a scale softens the source's term, one that moves up sharpens it.
   */
  framingScales: readonly (readonly string[])[];
  /** Pairs of opposites, as lower-case word forms ("rose"/"fell"): matched as written and by their stems. */
  antonyms: readonly (readonly [string, string])[];
  /**
   * Function words that take opposite stands, a closed class the lexical database leaves out (it has no
   * prepositions): "for" / "against", "für" / "gegen". One put for the other in the same place reverses a statement.
   */
  opposedFunctionWords: readonly (readonly [string, string])[];
  /** Two camps of words, each word the opposite of every word in the other: rising against falling. */
  opposingCamps: readonly (readonly [readonly string[], readonly string[]])[];
  /**
   * More opposites, as a compact list of stem pairs, "high:low abov:below …" (generated: English from WordNet,
   * `en-antonyms.ts`; German from FreeDict and WordNet, `de-antonyms.ts`). Kept as text: it is read when the first opposite is looked up, not at start-up.
   */
  antonymStems: string;
  /**
   * Capitals and the names of their countries, "capital|other name:country|other name" per line, folded: news names
   * a government by its capital ("Washington's push") where the source names the country. Generated from the
   * language's lexical resource (`en-capitals.ts`, `de-capitals.ts`); read when first asked.
   */
  capitals: string;
  /**
   * Prefixes that turn a lower-case word into its opposite ("un" + "crewed", "nicht" + "öffentlich"). Only
   * lower-case words count: German nouns such as "Unfall" are not the opposite of "Fall".
   */
  negatingPrefixes: readonly string[];
  /**
   * Prefixes that negate only where the lexicon gives the rest as the word's opposite ("im" + "possible", "il" +
   * "legal", "dis" + "honest"): alone they begin as many words they do not negate ("import", "illustrate", "display").
   */
  antonymPrefixes: readonly string[];
  /**
   * Suffixes that make opposites of one base: the first says the thing is absent, the second that it is there or
   * owed ("kosten|los" / "kosten|pflichtig", "alkohol|frei" / "alkohol|haltig", "erfolg|los" / "erfolg|reich").
   * English "-less" / "-ful" is left out: "helpless" and "helpful", "shameless" and "shameful" are no opposites,
   * and WordNet lists those that are.
   */
  oppositeSuffixes: readonly (readonly [string, string])[];
  /**
   * Suffixes that make a word "without" its base ("bedingungslos", "steuerfrei"; "homeless", "tax-free"): the closed
   * set of privative suffixes. "Ohne Vorbedingungen" and "bedingungslos" say the same.
   */
  privativeSuffixes: readonly string[];
  /**
   * Negations that are prepositions ("ohne", "without"): they deny the noun phrase they govern, not the clause's
   * verb — "die Waffenruhe ohne Vorbedingungen hat Putin abgelehnt" does not deny "abgelehnt".
   */
  negatingPrepositions: readonly string[];
  /**
   * A state not reached and the same state reached: "not yet" / "already", "noch nicht" / "bereits". The negated
   * phase ("yet" after the negation, "noch" before it) and the words of the reached one; the closed set of phase
   * particles. "Had not yet been informed" → "had already been told" reverses the claim whatever the verb.
   */
  phaseParticles: {
    notYet: { word: string; after: boolean };
    already: readonly string[];
    /**
     * The words that tell an activity still going on ("still", "weiterhin", "immer noch"): what goes on is not
     * finished, so "was still examining the flat" → "completed its examination" reports it done.
     */
    still: readonly string[];
  };
  /**
   * A comparison with every time before says with "ever" what "never" says: "higher than ever" is "never higher",
   * "näher als je zuvor" is "so nah wie nie zuvor". The negating time words, the positive ones, and the word of
   * comparison that must stand right before a positive one (elsewhere "ever" asks or supposes: "if ever").
   */
  everComparison: { never: readonly string[]; ever: readonly string[]; than: readonly string[] };
  /**
   * Lemmas of verbs whose meaning holds a negation: something ceases to be, to apply or to be there ("entfallen",
   * "wegfallen", "fehlen"; "lack", "scrap", "abolish"), or someone ceases to do it ("aufhören", "einstellen"; "stop",
   * "cease"). "keine Obergrenze" → "die Obergrenze entfällt", "no longer sells" → "stopped selling" say the same.
   */
  privativeVerbs: ReadonlySet<string>;
  /**
   * Predicates that deny speaking, by the verb's lemma and the word that completes it in its clause: "kept quiet
   * about", "remained silent on", "hielt sich bedeckt", "schwieg". They say what "did not say", "machte keine Angaben"
   * say, so they count as a negation.
   */
  silencePredicates: readonly { verb: string; complement?: string }[];
  /**
   * A denied comparison of equal amount says the lesser one: "does not contain as much alcohol" is "contains less
   * alcohol", "nicht so viele Besucher" is "weniger Besucher"; told from the other side, the greater one ("not even
   * at a busy junction are there so many particles" is "more particles than at a busy junction"). The closed class
   * of equal-amount phrases and the comparatives of a lesser and a greater amount.
   */
  negatedEquality: { equal: readonly string[]; lesser: readonly string[]; greater: readonly string[] };
  /**
   * The deictic adverbs that place a clause at the moment of writing ("currently", "derzeit"): the closed set of
   * time words of the present. A past event told in the present with one of them is told as going on now.
   */
  nowAdverbs: readonly string[];
  /**
   * Verbs of reputation, by lemma, with the particle that introduces what something is held to be ("gilt als", "sieht
   * … als", "is regarded as"): the claim they carry is an estimate.
   */
  reputationVerbs: { lemmas: readonly string[]; particle: string };
  /** Particles of focus: after a negation they add rather than deny ("not only", "nicht bloß"). */
  focusParticles: readonly string[];
  /**
   * Particles of focus that single out what follows as the main case without excluding others ("vor allem Kinder",
   * "especially children"): against a restrictive one ("nur", "only") on the same words the claim is narrowed or
   * widened. The closed class of particularizing focus particles.
   */
  particularizers: readonly string[];
  /**
   * Adjectives of exclusion, every inflected form: said after a determiner of a noun they make it the only one ("die
   * einzige Grundlage", "the sole owner"). The closed class; "only" is one only after a determiner.
   */
  exclusives: readonly string[];
  /** Words that make one unit of time a length: "a whole day", "einen ganzen Tag", "a full week". */
  wholeWords: readonly string[];
  /**
   * How a part of something and the whole of it are said: the noun of a part ("in Teilen Bayerns", "in parts of
   * Bavaria") and the markers of the whole before a name or noun ("in ganz Bayern", "throughout Bavaria"). Closed
   * classes: one noun, a few quantifying phrases.
   */
  partOfWhole: { partNouns: readonly string[]; wholeMarkers: readonly string[] };
  /**
   * How a year before 1900 is told from a count ("From 1789" against "in 1500 cases"): the prepositions and nouns
   * that lead a year, and the words that join two years into a range ("1575 to 1770").
   */
  years: { leads: ReadonlySet<string>; rangeWords: ReadonlySet<string> };
  /**
   * Comparative and superlative endings with what replaces them in the base form, so "highest" meets
   * "low" as "high" does: ["iest", "y"] reads "earliest" as "early". A doubled last consonant is undone too.
   */
  degreeEndings: readonly (readonly [string, string])[];
  /**
   * Comparison: the words that make an adjective's lesser and greater degree ("less strict", "weniger streng";
   * "more strict") and which of the degree endings make a comparative ("stricter", "strenger"), not a superlative.
   */
  comparison: {
    lesser: readonly string[];
    greater: readonly string[];
    /** Words of equal degree before an adjective: "ebenso wichtig", "equally important", "just as important". */
    equal: readonly string[];
    /** The words that frame a comparison of equal degree around its adjective: "as … as", "so … wie". */
    equative: { opens: string; closes: string };
    comparativeEndings: readonly string[];
  };
  /**
   * How a superlative is read and told to be one of several ("one of the largest", "einer der größten") or the
   * only one ("the largest"): its endings, the irregular forms without one, the words that grade the next word
   * ("most visited"), and the phrases that make it one of several.
   */
  superlatives: {
    endings: readonly string[];
    irregular: readonly string[];
    gradeWords: readonly string[];
    oneOf: readonly string[];
  };
  /**
   * A common noun followed by a name in the genitive reads like a two-word name in German, where every noun
   * has a capital: "Verhandlungsposition Europas", "Regierung Frankreichs". The noun is known by its ending.
   */
  genitiveAttribute?: { nounEndings: readonly string[]; genitiveEnding: string };
  /**
   * Where the language has a lexical database (English: WordNet, which natural ships), what the detectors
   * need to read it: which nouns name kinds of things, and the inflections its own rules do not undo.
   */
  wordnet?: {
    /**
     * Categories of nouns that name kinds of things (animals, artifacts, foods, holdings) whose swap for an
     * unrelated kind changes the fact: "bond" → "loan", "humans" → "birds". Abstract nouns are left out:
     * paraphrase lives there ("infections" → "cases", "move" → "effort").
     */
    concreteKinds: readonly string[];
    /** Vague nouns for whatever does a job, swapped freely in paraphrase: "system", "tool", "device". */
    genericKinds: readonly string[];
    /** Irregular forms and their base form, as "sold:sell rose:rise …" (WordNet's exception lists are not shipped). */
    irregularForms: string;
    /** The category of nouns that name people ("noun.person"): the head of a role. */
    personCategory: string;
    /** The category of nouns that name places ("noun.location"): a people noun is a member of one ("Spaniard"). */
    placeCategory: string;
    /**
     * Attributes (WordNet's "=" pointers from adjectives to nouns) that make an adjective say what can be: "able",
     * "hard", "possible" before an infinitive ("find it hard to make themselves understood") keep a "can" without it.
     */
    possibilityAttributes: readonly string[];
  };
  /**
   * Where the language has a generated thesaurus and noun lexicon (German: OpenThesaurus and german-pos-dict), the
   * word-relation service reads meanings from them; see src/lexicon/. The files are named here and read on first use
   * (src/lang/lexicon-files.ts).
   */
  thesaurus?: {
    /** The file of synonym sets and their parents (bench/lexicons/german-thesaurus.ts). */
    sets: string;
    /** The file of each word's sets, sorted. */
    words: string;
    /** The file of each noun's lemma and forms, sorted (bench/lexicons/german-nouns.ts). */
    nouns: string;
    /**
     * Letters a compound puts between its parts ("Gesundheit-s-ministerium", "Tage-s-zeit"): a head is looked up
     * after its modifier without them.
     */
    linkingElements: readonly string[];
    /** Words whose sets are the top of the people in the hierarchy ("Person", "Mensch"): a role's head is below them. */
    personRoots: readonly string[];
    /**
     * The file of nouns that name a person by a bilingual dictionary and WordNet, where the thesaurus's hierarchy
     * stops short of "Person" (bench/lexicons/german-person-nouns.ts).
     */
    personNouns?: string;
    /**
     * The file of nouns with the English noun a bilingual dictionary gives first (bench/lexicons/german-english-nouns.ts),
     * and the pack whose lexical database places it: where the thesaurus places neither of two things, their English
     * names may be of one kind ("Wein", "Bier": wine, beer).
     */
    translatedNouns?: { file: string; into: Language };
    /**
     * Words whose sets hold the people named by their country ("Staatsangehöriger": "Franzose", "Amerikaner"): a
     * nationality, not an office — "der Franzose Jean-Noël Barrot" gives him no role.
     */
    nationalityRoots: readonly string[];
  };
  /** The grammar of clauses and their verb groups, from which tense, mood and modality are read. */
  verbGrammar: VerbGrammar;
}

/**
 * The closed classes that tell a role beside a name: "Greylinger, stellvertretender Vorsitzender der
 * Polizeigewerkschaft", "Mam Bunheng, who previously served as Cambodia's health minister".
 */
export interface RoleGrammar {
  /** Articles and determiners that may open a role phrase ("der", "ein", "the", "a"). */
  determiners: ReadonlySet<string>;
  /**
   * Words that join an office to the body it is held in: a genitive article or a preposition ("Rektor der MedUni",
   * "Experte bei Greenpeace", "CEO of TikTok").
   */
  bodyLinks: ReadonlySet<string>;
  /** The word that makes a role the predicate ("served as health minister", "als Sprecher tätig"). */
  predicative: string;
  /** Lemmas of the verbs that say what someone is ("sein", "werden", "be", "remain"). */
  copulas: ReadonlySet<string>;
}

/**
 * Closed classes of the grammar (auxiliaries, modals, conjunctions) and where the open class of verbs is read
 * from: a generated morphological lexicon, or regular endings checked against the lexical database.
 */
export interface VerbGrammar {
  /** Verb forms generated from a morphological lexicon (see src/lang/verb-lexicon.ts), read on first use. */
  lexicon?: string;
  /** Forms of the auxiliaries and modals, for a language whose lexicon is not generated: "form:lemma:form-kind". */
  closedForms?: string;
  /**
   * Present forms more often verbs than nouns, for a language that marks no noun ("raises", not "talks"): read as
   * the verb after a subject. Generated from a tagger's lexicon; space-separated.
   */
  presentVerbs?: string;
  /**
   * Base forms more often verbs than nouns ("wear", "affect"), for a language that marks no noun: the present after a
   * plural subject, a plural word without a plural ending ("they", "people") or a noun with one ("visitors wear").
   * The verbs are generated from a tagger's lexicon; space-separated.
   */
  basePresent?: { verbs: string; pluralSubjects: ReadonlySet<string>; pluralEndings: readonly string[] };
  /**
   * Reporting-verb forms more often nouns than verbs, for a language that marks no noun ("state", "reports"): read as
   * the verb only where the grammar shows one. Generated from a tagger's lexicon; space-separated.
   */
  reportingNouns?: string;
  /** Regular endings of a language without a lexicon: its past and participle, its progressive, its present. */
  endings?: { past: readonly string[]; progressive: readonly string[]; present: readonly string[] };
  /** Lemmas of the auxiliaries: of the perfect, of the future, of the passive, of the hypothetical ("würde"). */
  perfect: readonly string[];
  /**
   * A perfect auxiliary that with the participle of a verb whose perfect takes another auxiliary makes a state
   * passive: "sind … erlaubt" is a state of today, "sind … gestiegen" a perfect. The file lists those verbs
   * (bench/lexicons/german-perfect-auxiliary.ts), read on first use. A language whose perfect has one auxiliary,
   * distinct from its passive's, needs none.
   */
  statePassive?: { auxiliary: string; otherAuxiliaryVerbs: string };
  future: readonly string[];
  passive: readonly string[];
  /**
   * The auxiliary that carries tense and negation for a verb with no other ("did not attend", "does not know"): the
   * event is the bare infinitive after it. None in German, which negates the finite verb itself.
   */
  support?: readonly string[];
  /** Lemmas whose past-subjunctive form makes a clause hypothetical ("würde", "would"). */
  hypothetical: readonly string[];
  /** Modal verbs by lemma and what they add. */
  modals: ReadonlyMap<string, ModalKind>;
  /**
   * The modal whose past subjunctive advises what ought to be: "should" (of "shall"), "sollte" (of "sollen"). A fact
   * told with it is told as what should be, not as what is. German "sollte" is also the past of the modal of plans
   * ("sollte am Montag stattfinden"): read either way it is not what is now, and the rules that read it as advice ask
   * for the present on the other side.
   */
  advisoryModal?: string;
  /**
   * The modal of ability, and the moods in which a negation denies it: "cannot pay", "kann nicht zahlen" and "could
   * not pay" say it does not happen, where "may not", "dürfte nicht" and "könnte nicht" say it possibly does not.
   */
  negatedAbility?: { modal: string; moods: readonly Mood[] };
  /**
   * Pronouns that stand for anyone ("man", "you", "one"): with one in its clause the modal of ability says what is
   * open to everyone ("hier kann man Anregungen finden", "here you can find ideas"), not that a claim is uncertain.
   */
  genericSubjects?: ReadonlySet<string>;
  /**
   * The pronoun of polite address as written, told by its capital inside a sentence ("können Sie … finden"): it
   * addresses any reader, as "you" does, and stands for anyone as the generic subjects do. At a sentence's start the
   * capital tells nothing ("Sie" is also "she" and "they").
   */
  addressPronoun?: string;
  /**
   * The preposition a passive names its means with, not its agent: German "durch" ("ergänzt durch 160 Stunden
   * Unterricht"), where a speaker takes "von" ("wie von der Polizei bestätigt"). A reporting verb's participle with it
   * reports no one's words. English "by" names agents and means alike and is left out.
   */
  meansPreposition?: string;
  /**
   * The prepositions that name a passive's agent ("by", "von"): a verb of saying in the passive with one near it
   * still names who speaks ("was reported by Reuters", "wie von der Polizei bestätigt wurde").
   */
  agentPrepositions?: ReadonlySet<string>;
  /**
   * The subject of an existential clause ("there" of "there are"): after it the copula states that something exists,
   * and a participle before the noun is an attribute ("there are alleged ties"), no passive.
   */
  existentialSubject?: string;
  /**
   * The conjunction of a clause of accordance ("as", "wie"): with a verb of saying it gives the statement it is set
   * into to whoever said it, in the passive too ("as was sometimes claimed", "wie behauptet wurde").
   */
  accordance?: string;
  /**
   * Pronouns that stand for a thing as a clause's subject ("it"): a present form after one is its verb ("It lifts
   * the mood"), as after a noun. The speakers' pronouns are `subjectPronouns`.
   */
  thingSubjects?: ReadonlySet<string>;
  /**
   * Aspectual verbs that tell an activity's phase, by lemma: its beginning ("beginnen", "start") or its completion
   * ("abschließen", "complete"). A completion told as a beginning, or the reverse, changes how far the event got.
   */
  phaseVerbs?: { begin: ReadonlySet<string>; finish: ReadonlySet<string> };
  /**
   * Verbs of opinion, by lemma, and the conjunction of a content clause: with that clause right after them they
   * report a view ("Luther fand, dass …", "she believes that …"); with an object they do not ("fand das Geld").
   */
  opinionVerbs?: {
    lemmas: ReadonlySet<string>;
    contentClause: string;
    /**
     * Factive verbs of knowing: what their content clause says is taken as true ("er wusste, dass …", "she knew that
     * …"). One put for a verb of opinion makes a view knowledge (Kiparsky and Kiparsky's factive predicates).
     */
    factive: ReadonlySet<string>;
    /**
     * Verbs that hold a view with a noun object too, a guess at what is not known ("suspect arson", "vermutet ein
     * Verbrechen"), and verbs that state a claim established ("confirmed the murder", "bestätigte den Mord"): a guess
     * told as confirmed claims more than the source, whatever the clause's form.
     */
    conjectures: ReadonlySet<string>;
    confirming: ReadonlySet<string>;
  };
  /**
   * Predicate words that say what a modal of possibility or permission says ("möglich" as "können", "erlaubt" as
   * "dürfen", "allowed" as "may"), by their written form: a denied one is undone by the modal granted.
   */
  modalPredicates?: ReadonlyMap<string, 'possible' | 'permitted'>;
  /**
   * Verbs of contribution, by lemma: with an infinitive or a gerund after them they make their subject one cause of
   * the event among others ("helps prevent", "trägt dazu bei, … abzubauen").
   */
  contributionVerbs?: ReadonlySet<string>;
  /**
   * Words that open a purpose clause before its infinitive, as tokens read them: "um … zu", "in order to", "so as
   * to". A bare "to" is left out: it also follows the verbs that govern an infinitive ("wants to", "agreed to").
   */
  purposeOpeners?: readonly string[];
  /**
   * Words of degree right before a purpose opener, and verbs of sufficiency by lemma, that the purpose clause hangs
   * on: "stark genug, um … zu", "reichte nicht aus, um …" tell what can be, not an aim.
   */
  degreeWords?: ReadonlySet<string>;
  /**
   * Verbs of obligation whose passive participle before the infinitive marker makes a duty of what follows: "is
   * required to list", "are obliged to pay", "are ordered to leave" — not the arrangement "is set to" tells. A closed
   * class: the verbs of obliging and of commanding, whose passive puts the subject under a duty.
   */
  obligingVerbs?: ReadonlySet<string>;
  /**
   * A verb that with a reflexive pronoun and a bare infinitive says what can be done: "lässt sich beschleunigen" is
   * "kann beschleunigt werden". Without the pronoun it governs an infinitive too ("lässt … reparieren"), as the
   * modals do.
   */
  reflexiveModal?: { verb: string; reflexive: string; modal: ModalKind };
  /**
   * Hearsay from the verb group: the modal that passes on what others say ("sollen"; English has none and uses a verb
   * of saying in the passive, "is said to"), and the lemmas of states, whose infinitive after it is hearsay, not a
   * plan ("soll krank sein"); reflexive states count with the reflexive pronoun ("soll sich um … handeln").
   */
  hearsay: { modal?: string; states: readonly string[]; reflexiveStates?: readonly string[] };
  /** Conjunctions that open a subordinate clause. */
  subordinators: ReadonlySet<string>;
  /**
   * Words that open a subordinate clause only at the start of a statement or after a comma, being a comparison or a
   * preposition elsewhere: "…, wie es hieß", "Wie die Polizei mitteilte, …" against "so groß wie".
   */
  clauseOpenersAfterComma: ReadonlySet<string>;
  /**
   * Verbs of intention, by lemma: what they govern is still to come, an infinitive or an object ("plant … vorzulegen",
   * "plans regulatory filings").
   */
  intentionVerbs: ReadonlySet<string>;
  /**
   * Verbs of announcement and commitment, by lemma: an infinitive or a present-tense clause they govern is still to
   * come ("kündigte an, … vorzulegen", "announced that the rule ends"); their own object is not ("announced results").
   */
  announcementVerbs: ReadonlySet<string>;
  /** Endings an adjective takes, a participle used as one too ("vorgelegt-en"); "" where it takes none. */
  adjectiveEndings: readonly string[];
  /** Coordinating conjunctions ("und", "and"): they join clauses and verb groups, and end a verb bracket. */
  coordinators: ReadonlySet<string>;
  /**
   * The coordinators that set one member against another ("aber", "sondern", "but") rather than add one to a list:
   * a negation before the first member does not reach past them ("ohne Führerschein, aber mit Versicherung").
   */
  contrastCoordinators: ReadonlySet<string>;
  /** Relative pronouns: after a comma they open a relative clause. */
  relativePronouns: ReadonlySet<string>;
  /**
   * The verb bracket: the non-finite verbs close the clause ("will … einen Entwurf vorlegen"), and a subordinate
   * clause puts its finite verb last ("dass er den Entwurf vorlegen wird").
   */
  verbBracket?: boolean;
  /**
   * Where the verb lexicon lacks a word that closes a bracket a finite auxiliary opened, its shape tells a participle
   * (prefix, ending, and the ending of the infinitive it comes from: "ver…t" of "ver…en", "…iert" of "…ieren") or an
   * infinitive ("…en"); `dropPrefix` is the participle's own prefix, not the verb's ("ge").
   */
  bracketShapes?: {
    participles: readonly (readonly [prefix: string, ending: string, infinitiveEnding: string])[];
    dropPrefix: string;
    infinitiveEndings: readonly string[];
  };
  /** The word before an infinitive ("to"); German writes it inside the verb ("vorzulegen"). */
  infinitiveMarker?: string;
  /** The copula, whose past subjunctive states a hypothesis ("wäre"); other verbs' also report speech ("lägen"). */
  copula: string;
  /**
   * Subject pronouns whose indicative has the form of the third person's reported-speech subjunctive: beside
   * them the form is no report ("ich habe" is indicative; "er habe" Konjunktiv I).
   */
  subjunctiveLookalikeSubjects?: ReadonlySet<string>;
  /**
   * Fixed formulas whose subjunctive reports no one's words where they open a clause (Duden's uses of Konjunktiv I
   * outside reported speech): the concessive "sei es … oder …" (be it … or …), "es sei denn" (unless), the wish "Gott
   * sei Dank".
   */
  subjunctiveFormulas?: readonly string[];
}

/** The period a rate is counted per. */
export type RatePeriod = 'hour' | 'day' | 'week' | 'month' | 'year';
