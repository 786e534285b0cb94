import { derived } from '../lang/derived.js';
import { senses } from '../lang/wordnet/synsets.js';
import type { LanguagePack } from '../lang/pack.js';
import { isStatePassive } from './state-passive.js';
import type { VerbReading } from '../lang/verb-lexicon.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import type { Clause, EventStatus, ModalKind, Mood, VerbGroup } from './types.js';
import { readHearsay } from './hearsay.js';
import { verbText } from './spans.js';
import { looksAhead, readIntentions } from './intentions.js';
import { verbReader } from './verb-forms.js';

type Form = VerbReading['form'];
const FINITE: readonly Form[] = ['present', 'past', 'subjunctive1', 'subjunctive2'];
const NON_FINITE: readonly Form[] = ['participle', 'infinitive', 'zu-infinitive', 'progressive'];

/** A clause's tokens, from and to (exclusive), and whether it is a main or a subordinate clause. */
interface Range {
  from: number;
  to: number;
  kind: Clause['kind'];
  /** A conjunct that shares the finite verb of the clause before it ("wird … leiten und … präsentiert"). */
  finiteAt?: number;
  /**
   * Where a main clause goes on after a clause set into it, up to the next comma: its verb bracket may close
   * there ("rief alle, die …, dazu auf").
   */
  resumed?: { from: number; to: number };
}

/** A token of a clause that can be a verb, with what it can be. */
interface VerbWord {
  at: number;
  token: Token;
  readings: readonly VerbReading[];
}

/** A comma between token i and the token before it. */
const commaBetween = (s: TokenizedSentence, i: number): boolean =>
  s.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start).includes(',');

/** A short function word and then a relative pronoun: "bei der", "in which". */
const relativeAfter = (tokens: readonly Token[], i: number, grammar: LanguagePack['verbGrammar']): boolean =>
  tokens[i]!.isStopword && !tokens[i]!.capitalized && grammar.relativePronouns.has(tokens[i + 1]?.norm ?? '');

/** Token ranges of a sentence's clauses: split at subordinating conjunctions, relative pronouns after a comma, ; and :. */
function clauseRanges(s: TokenizedSentence, pack: LanguagePack, opensWithVerb: boolean): Range[] {
  const grammar = pack.verbGrammar;
  const ranges: Range[] = [];
  let from = 0;
  // A statement that opens with its finite verb opens with a condition ("Sollte …, gibt es", "Had he known, …").
  const question = s.text.trimEnd().endsWith('?');
  const opener = s.tokens[0]?.norm ?? '';
  let kind: Clause['kind'] =
    grammar.subordinators.has(opener) ||
    (grammar.clauseOpenersAfterComma.has(opener) && !question) ||
    (opensWithVerb && !question)
      ? 'subordinate'
      : 'main';
  const close = (at: number, next: Clause['kind']) => {
    if (at > from) ranges.push({ from, to: at, kind });
    from = at;
    kind = next;
  };
  s.tokens.forEach((t, i) => {
    if (i === 0) return;
    const gap = s.text.slice(s.tokens[i - 1]!.end, t.start);
    // A conjunction opens a clause only with words after it: "damit," in "begründete es damit, …" is an adverb.
    const next = s.tokens[i + 1];
    const opens = next !== undefined && !/[,;:–—]/.test(s.text.slice(t.end, next.start));
    const afterComma = gap.includes(',') && grammar.clauseOpenersAfterComma.has(t.norm);
    if ((grammar.subordinators.has(t.norm) || afterComma) && opens) close(i, 'subordinate');
    // A relative clause: a relative pronoun after the comma, or a preposition and one ("bei der", "in which").
    else if (
      gap.includes(',') &&
      (grammar.relativePronouns.has(t.norm) || relativeAfter(s.tokens, i, grammar))
    )
      close(i, 'subordinate');
    else if (/[;:–—]/.test(gap)) close(i, 'main');
    // A subordinate clause ends at its comma; the clause it was set into goes on.
    else if (gap.includes(',') && kind === 'subordinate') close(i, 'main');
  });
  close(s.tokens.length, 'main');
  return ranges;
}

/**
 * Whether a word is read as a verb here. Where nouns are capitalized, a capitalized word inside the sentence is a
 * noun ("das Treffen"). Without a lexicon, an open-class form counts only where the grammar puts a verb: after an
 * auxiliary, a modal or the infinitive marker, or as a past form after its subject (not after an article:
 * "the proposed law" is an adjective).
 */
function isVerbHere(
  s: TokenizedSentence,
  i: number,
  readings: readonly VerbReading[],
  pack: LanguagePack,
  closed: (i: number) => boolean,
): boolean {
  const t = s.tokens[i]!;
  if (!readings.length) return false;
  // Where only names are capitalized, "May" or "Will" inside a sentence is a name.
  if (!pack.nounsCapitalized && i > 0 && t.capitalized) return false;
  if (closed(i)) return true;
  // Articles and pronouns that are also verb forms ("einen", "sein") are read as what they mostly are.
  if (t.isStopword) return false;
  if (pack.nounsCapitalized) return (i === 0 || !t.capitalized) && !attributive(s, i, pack);
  const previous = s.tokens[i - 1];
  // After an auxiliary, a modal or the infinitive marker stands a non-finite form: "to other parts" and "has six
  // assists" hold nouns.
  const nonFinite = readings.some((r) => NON_FINITE.includes(r.form));
  for (let b = Math.max(0, i - 2); b < i && nonFinite; b++)
    if (closed(b) || s.tokens[b]!.norm === pack.verbGrammar.infinitiveMarker) return true;
  // After its subject: a past form, a present form of a verb that looks ahead ("Moderna plans filings"), or one
  // that is more often a verb than a noun ("The government raises taxes"; not "Pay talks"), unless an auxiliary
  // follows it, whose subject it is then ("Pay raises were frozen").
  const likelyVerb = presentVerbs(pack).has(t.norm) && !closed(i + 1);
  const aheadNow = readings.some((r) => r.form === 'present' && (looksAhead(pack, r.lemma) || likelyVerb));
  const past = readings.some((r) => r.form === 'past');
  // A relative pronoun is its clause's subject: "who served as minister".
  // A number counts the word after it ("six draws", "12 wins"): no subject. "one" is a pronoun too ("one says").
  const counts = (t: Token) => t.isNumber || (pack.numberWords.get(t.norm) ?? 1) > 1;
  const subject = (t: Token) =>
    (!t.isStopword && !counts(t)) ||
    pack.subjectPronouns.has(t.norm) ||
    pack.verbGrammar.relativePronouns.has(t.norm);
  // After a coordinator a past form may be a second predicate of the subject before it ("held talks and found").
  const conjunct = past && pack.verbGrammar.coordinators.has(previous?.norm ?? '');
  // An adverb may stand between the subject and its verb: "Storm Arwen also brought".
  const before = previous && isAdverb(previous, pack) ? s.tokens[i - 2] : previous;
  return (past || aheadNow) && (!before || subject(before) || conjunct);
}

/** A function word the lexical database knows as an adverb ("also", "still", "already"). */
const isAdverb = (t: Token, pack: LanguagePack): boolean =>
  t.isStopword && !!pack.wordnet && senses(t.norm, 'r').length > 0;

/**
 * Between an article and a capitalised noun stands an adjective with its ending, not a verb: "die deutsche
 * Außenministerin" ("deutsche" is also a form of "eindeutschen"), "der neue Vertrag".
 */
function attributive(s: TokenizedSentence, i: number, pack: LanguagePack): boolean {
  const [before, after] = [s.tokens[i - 1], s.tokens[i + 1]];
  return (
    !!before &&
    !!after &&
    pack.roleGrammar.determiners.has(before.norm) &&
    after.capitalized &&
    pack.verbGrammar.adjectiveEndings.some((e) => e && s.tokens[i]!.norm.endsWith(e))
  );
}

/** The pack's present forms that are more often verbs than nouns, read on first use. */
const presentVerbs = (pack: LanguagePack): ReadonlySet<string> =>
  derived(pack, (p) => new Set((p.verbGrammar.presentVerbs ?? '').split(/\s+/).filter(Boolean)));

/** The lemmas of a language's auxiliaries and modals: they carry tense and mood, not the event. */
export const auxiliaryLemmas = (pack: LanguagePack): Set<string> =>
  derived(
    pack,
    ({ verbGrammar: g }) =>
      new Set([
        ...g.perfect,
        ...g.future,
        ...g.passive,
        ...g.modals.keys(),
        ...(g.reflexiveModal ? [g.reflexiveModal.verb] : []),
      ]),
  );

const isPresentForm = (word: VerbWord, finite: VerbReading) =>
  word.readings.some((r) => r.lemma === finite.lemma && r.form === 'present');

const isParticiple = (word: VerbWord) => word.readings.some((r) => r.form === 'participle');

const has = (readings: readonly VerbReading[], lemma: string, form: Form) =>
  readings.some((r) => r.lemma === lemma && r.form === form);

/**
 * The reading of the finite verb: the one whose separable particle closes the verb bracket later in the clause,
 * else one without. A particle stands at the bracket's end, before a mark, a coordinator or another verb: "um" in
 * "leitete die Einheit, um 14.00 Uhr …" is a preposition, not "umleiten".
 */
function finiteReading(
  word: VerbWord,
  rest: readonly Token[],
  closesBracket: (t: Token) => boolean,
): VerbReading {
  const finite = word.readings.filter((r) => FINITE.includes(r.form));
  // The first bracket end is this verb's; a later particle belongs to a verb further on.
  const closing = rest.find((t) => finite.some((r) => r.particle === t.norm) && closesBracket(t));
  const withParticle = closing && finite.find((r) => r.particle === closing.norm);
  return withParticle ?? finite.find((r) => !r.particle) ?? finite[0]!;
}

/** How many words a main clause's first phrase may have before its finite verb, found after a comma. */
const FIRST_PHRASE = 4;

/**
 * A clause holds one verb group: a second finite auxiliary or modal after a word that is no verb starts the next
 * ("said it would suspend", "sagte, er werde … vorlegen"); so does a word that can only be finite, in the first or
 * second place after a comma or a coordinator ("stellte … vor, danach reiste er ab", "fuhr los und kam an").
 */
function splitAtSecondFinite(
  s: TokenizedSentence,
  range: Range,
  words: readonly (VerbWord | undefined)[],
  pack: LanguagePack,
): Range[] {
  const auxiliaries = auxiliaryLemmas(pack);
  const commaBefore = (i: number) => i > 0 && commaBetween(s, i);
  const clauseOpener = (i: number): number | undefined => {
    for (const at of [i, i - 1]) {
      if (at <= range.from) return undefined;
      if (at - 1 > range.from && pack.verbGrammar.coordinators.has(s.tokens[at - 1]!.norm)) return at - 1;
      if (commaBefore(at)) return at;
    }
    return undefined;
  };
  // With a verb bracket a main clause puts its finite verb second, after a first phrase of some words: after a
  // comma, "20 Prozent hegen derzeit …" and "die Löhne sanken" open clauses of their own.
  const secondPlaceAfterComma = (i: number): number | undefined => {
    if (!pack.verbGrammar.verbBracket) return undefined;
    for (let at = i - 1; at > range.from && i - at <= FIRST_PHRASE; at--) {
      if (words[at]) return undefined;
      if (commaBefore(at)) return at;
    }
    return undefined;
  };
  // A form that may be an infinitive closes a bracket at its segment's end ("…, die Steuern erhöhen"); followed by
  // more of its clause it is the finite verb.
  const endsSegment = (i: number) =>
    i + 1 >= range.to || /[,;:.!?]/.test(s.text.slice(s.tokens[i]!.end, s.tokens[i + 1]!.start));
  let seenFinite = false;
  let lexicalPastAt = -1;
  for (let i = range.from; i < range.to; i++) {
    const word = words[i];
    if (!word) continue;
    // A verb after the infinitive marker is an infinitive ("sich impfen zu lassen"), never a finite verb.
    const marked = s.tokens[i - 1]?.norm === pack.verbGrammar.infinitiveMarker;
    const closedFinite =
      !marked && word.readings.some((r) => auxiliaries.has(r.lemma) && FINITE.includes(r.form));
    const onlyFinite = !canBe(word, NON_FINITE);
    // Or after a comma, a verb before it: "will … anbieten, kann aber nicht garantieren".
    let at: number | undefined;
    if (seenFinite && closedFinite && i > range.from && (!words[i - 1] || commaBefore(i))) at = i;
    else if (seenFinite && onlyFinite) at = clauseOpener(i) ?? secondPlaceAfterComma(i);
    else if (seenFinite && pack.verbGrammar.verbBracket && canBe(word, FINITE) && !endsSegment(i))
      at = secondPlaceAfterComma(i);
    // Without a verb bracket a past verb right after a coordinator, behind a lexical past, is a second predicate of
    // the same subject ("held talks and found a compromise"); a participle cannot follow a lexical verb that way.
    // Right after the first ("wounded and killed") the two may be adjectives.
    else if (lexicalPastAt >= 0 && lexicalPastAt < i - 2 && pastAfterCoordinator(s, i, word, pack))
      at = i - 1;
    if (at !== undefined)
      return [
        { ...range, to: at },
        ...splitAtSecondFinite(s, { from: at, to: range.to, kind: 'main' }, words, pack),
      ];
    if (!closedFinite && word.readings.some((r) => r.form === 'past' && !auxiliaries.has(r.lemma)))
      lexicalPastAt = i;
    seenFinite ||= canBe(word, FINITE);
  }
  return [range];
}

const pastAfterCoordinator = (s: TokenizedSentence, i: number, word: VerbWord, pack: LanguagePack) =>
  !pack.verbGrammar.verbBracket &&
  pack.verbGrammar.coordinators.has(s.tokens[i - 1]?.norm ?? '') &&
  !commaBetween(s, i) &&
  word.readings.some((r) => r.form === 'past');

const canBe = (word: VerbWord | undefined, forms: readonly Form[]) =>
  word?.readings.some((r) => forms.includes(r.form)) ?? false;

/**
 * Two verb groups joined by a coordinator share the first one's finite verb when the second has none of its own:
 * "wird die Einheit leiten und danach präsentiert", "has been developed and tested". The first group must end at
 * the coordinator, and the second's verbs stand where non-finite verbs stand: at its end where the language has a
 * verb bracket, right after the coordinator where it has none.
 */
function splitAtCoordinatedVerbs(
  s: TokenizedSentence,
  range: Range,
  words: readonly (VerbWord | undefined)[],
  grammar: LanguagePack['verbGrammar'],
): Range[] {
  const finiteAt = range.finiteAt ?? words.slice(range.from, range.to).find((w) => canBe(w, FINITE))?.at;
  if (finiteAt === undefined) return [range];
  for (let c = finiteAt + 2; c < range.to - 1; c++) {
    if (!grammar.coordinators.has(s.tokens[c]!.norm) || !canBe(words[c - 1], NON_FINITE)) continue;
    const conjunct = words.slice(c + 1, range.to).filter((w): w is VerbWord => w !== undefined);
    const last = conjunct.at(-1);
    if (!last) continue;
    const placed = grammar.verbBracket ? last.at === range.to - 1 : conjunct[0]!.at <= c + 2;
    // Otherwise the conjunct is a clause with its own finite verb ("… vorgelegt und die Opposition kritisiert ihn").
    const shares = placed && conjunct.every((w) => canBe(w, NON_FINITE));
    return [
      { ...range, to: c },
      { from: c, to: range.to, kind: range.kind, ...(shares ? { finiteAt } : {}) },
    ];
  }
  return [range];
}

/**
 * A verb bracket closed before a comma, and after it a second group that shares the finite verb ("Ab Februar soll
 * die Pflicht in Kraft treten, ab Mitte März der Status kontrolliert werden"): two clauses, the second without a
 * finite verb of its own (only the verbs that close it may look finite) and no infinitive marker (a "zu" clause is its
 * own).
 */
function splitAtGappedBracket(
  s: TokenizedSentence,
  range: Range,
  words: readonly (VerbWord | undefined)[],
  grammar: LanguagePack['verbGrammar'],
): Range[] {
  if (!grammar.verbBracket || range.kind !== 'main' || range.finiteAt !== undefined) return [range];
  const finiteAt = words.slice(range.from, range.to).find((w) => canBe(w, FINITE))?.at;
  if (finiteAt === undefined) return [range];
  for (let c = finiteAt + 2; c < range.to - 1; c++) {
    if (!commaBetween(s, c)) continue;
    if (!canBe(words[c - 1], NON_FINITE)) continue;
    const last = range.to - 1;
    const rest = s.tokens.slice(c, range.to);
    if (grammar.infinitiveMarker && rest.some((t) => t.norm === grammar.infinitiveMarker)) return [range];
    // The verbs closing the second group ("kontrolliert werden") may each look finite; none before them may.
    let end = last;
    while (end > c && canBe(words[end], NON_FINITE)) end--;
    if (end === last || words.slice(c, end + 1).some((w) => canBe(w, FINITE))) return [range];
    return [
      { ...range, to: c },
      { from: c, to: range.to, kind: 'main', finiteAt },
    ];
  }
  return [range];
}

/** Reads a clause's verb group, status and mood. */
function readClause(
  s: TokenizedSentence,
  range: Range,
  sentenceWords: readonly (VerbWord | undefined)[],
  pack: LanguagePack,
): Clause {
  const grammar = pack.verbGrammar;
  const auxiliaries = auxiliaryLemmas(pack);
  const span = {
    start: s.start + s.tokens[range.from]!.start,
    end: s.start + s.tokens[range.to - 1]!.end,
    kind: range.kind,
  };
  const words = [
    ...sentenceWords.slice(range.from, range.to),
    ...(range.resumed ? sentenceWords.slice(range.resumed.from, range.resumed.to) : []),
  ].filter((w): w is VerbWord => w !== undefined);
  // A verb after the infinitive marker is an infinitive ("zu präsentieren", "to provide"), never the finite verb.
  const canBeFinite = words.filter(
    (w) =>
      canBe(w, FINITE) &&
      (!grammar.infinitiveMarker || s.tokens[w.at - 1]?.norm !== grammar.infinitiveMarker),
  );
  // A word that can only be finite outranks one that may be a participle or an infinitive: in "der IS sei dort
  // besiegt" and "Darin enthalten sei …" the finite verb is "sei", not "besiegt" or "enthalten".
  const onlyFinite = canBeFinite.filter((w) => !w.readings.some((r) => NON_FINITE.includes(r.form)));
  const finites = onlyFinite.length ? onlyFinite : canBeFinite;
  // Where a subordinate clause puts its finite verb last ("…, das im Mai in Kraft treten wird"), the last is it.
  const finiteWord =
    range.finiteAt !== undefined
      ? sentenceWords[range.finiteAt]
      : range.kind === 'subordinate' && grammar.verbBracket
        ? finites.at(-1)
        : finites[0];
  if (!finiteWord) return { ...span, status: 'unmarked', mood: 'indicative' };
  const after = s.tokens.slice(Math.max(finiteWord.at + 1, range.from), range.to);
  const resumed = range.resumed ? s.tokens.slice(range.resumed.from, range.resumed.to) : [];
  const closesBracket = (t: Token): boolean => {
    const i = s.tokens.indexOf(t);
    const next = s.tokens[i + 1];
    return (
      i === range.to - 1 ||
      i === (range.resumed?.to ?? 0) - 1 ||
      !next ||
      /[^\s]/.test(s.text.slice(t.end, next.start)) ||
      grammar.coordinators.has(next.norm) ||
      sentenceWords[i + 1] !== undefined
    );
  };
  const finite = finiteReading(finiteWord, [...after, ...resumed], closesBracket);
  const forms = new Set(finiteWord.readings.filter((r) => r.lemma === finite.lemma).map((r) => r.form));
  // The copula governs no bare infinitive: "was still unclear" has no verb "still"; "is to take" has its marker.
  const bare = (w: VerbWord) =>
    finite.lemma === grammar.copula && s.tokens[w.at - 1]?.norm !== grammar.infinitiveMarker;
  // Without a verb bracket the verb group follows its finite verb, short of a comma: a participle before it
  // describes a noun ("devices with the app installed will be considered"), and in "We are the post office, not a
  // bank, Huber said" the "said" is the speaker's.
  const inGroup = (w: VerbWord) =>
    grammar.verbBracket ||
    (w.at > finiteWord.at && !s.text.slice(finiteWord.token.end, w.token.start).includes(','));
  const others = words.filter(
    (w) =>
      w !== finiteWord &&
      inGroup(w) &&
      w.readings.some((r) => NON_FINITE.includes(r.form) && (r.form !== 'infinitive' || !bare(w))),
  );
  const nonFinite = (w: VerbWord) => w.readings.find((r) => NON_FINITE.includes(r.form))!;
  // "is expected to be voted", "is set to have finished": after an auxiliary's infinitive its participle is the event.
  const eventAfterMarker = ([first, next]: VerbWord[]): VerbWord | undefined =>
    first && next?.at === first.at + 1 && auxiliaries.has(nonFinite(first).lemma) && isParticiple(next)
      ? next
      : first;
  // A lexical finite verb names the event itself ("legte … vor", "set … to guide"); after an auxiliary or a modal,
  // the first non-finite verb that is no auxiliary does; after a present "be" and the infinitive marker, the verb it
  // introduces ("is set to present").
  const closedFinite = auxiliaries.has(finite.lemma);
  const marker = grammar.infinitiveMarker;
  const markedAt =
    marker && closedFinite && grammar.passive.includes(finite.lemma) && isPresentForm(finiteWord, finite)
      ? after.findIndex((t) => t.norm === marker)
      : -1;
  const afterMarker =
    markedAt >= 0 ? eventAfterMarker(others.filter((w) => w.at > finiteWord.at + 1 + markedAt)) : undefined;
  // An infinitive with its marker ("zu gewöhnen", "vorzulegen", "to pay") heads a clause of its own: it does not
  // name the finite verb's event ("war geplant, … zu gewöhnen" is about planning).
  const ownInfinitive = (w: VerbWord) =>
    w !== afterMarker &&
    (w.readings.every((r) => r.form === 'zu-infinitive' || !NON_FINITE.includes(r.form)) ||
      (marker !== undefined && s.tokens[w.at - 1]?.norm === marker));
  const lexicals = others.filter(
    (w) =>
      !auxiliaries.has(nonFinite(w).lemma) && !ownInfinitive(w) && (!afterMarker || w.at <= afterMarker.at),
  );
  // Within the verb bracket the event's verb closes it ("wie angekündigt … verlängert wird": "verlängert").
  const lexical = grammar.verbBracket
    ? lexicals.filter((w) => w.at < finiteWord.at || range.kind === 'main').at(-1)
    : lexicals[0];
  // "there were no plans to raise taxes": an infinitive of its own is no fallback for the copula's event.
  const main = !closedFinite
    ? undefined
    : (afterMarker ?? lexical ?? others.filter((w) => !ownInfinitive(w)).at(-1));
  const mainReading = main ? nonFinite(main) : undefined;
  const particleWord = finite.particle
    ? [...after, ...resumed].find((t) => t.norm === finite.particle && closesBracket(t))
    : undefined;
  const lemma = mainReading?.lemma ?? finite.lemma;

  const isPast = forms.has('past');
  const isPresent = forms.has('present');
  let mood: Mood = 'indicative';
  const lookalike = grammar.subjunctiveLookalikeSubjects;
  const firstPerson = [finiteWord.at - 1, finiteWord.at + 1].some((i) =>
    lookalike?.has(s.tokens[i]?.norm ?? ''),
  );
  if (forms.has('subjunctive1') && !isPresent && !isPast && !firstPerson) mood = 'reported';
  if (forms.has('subjunctive2') && !isPast) mood = 'hypothetical';

  const form = mainReading?.form;
  // "soll … gewesen sein": the perfect's auxiliary with a participle; "soll krank sein" is no perfect.
  // "sollen … erlaubt sein" is a state to come, no perfect: the verb's perfect takes another auxiliary.
  const perfectInfinitive =
    others.some(
      (w) => grammar.perfect.includes(nonFinite(w).lemma) && !isStatePassive(nonFinite(w).lemma, lemma, pack),
    ) && others.some(isParticiple);
  // "lässt sich … beschleunigen": the reflexive pronoun in the clause, the event's verb a bare infinitive.
  const reflexiveModal = (): ModalKind | undefined => {
    const r = grammar.reflexiveModal;
    if (!r || finite.lemma !== r.verb || form !== 'infinitive') return undefined;
    return [...after, ...resumed].some((t) => t.norm === r.reflexive) ? r.modal : undefined;
  };
  const auxiliaryInfinitive = others.some(
    (w) => w !== main && auxiliaries.has(nonFinite(w).lemma) && nonFinite(w).form === 'infinitive',
  );
  let status: EventStatus = isPast ? 'done' : 'unmarked';
  let tense: VerbGroup['tense'] = isPast ? 'past' : 'present';
  let aspect: VerbGroup['aspect'] = 'simple';
  let passive = false;
  let modal: ModalKind | undefined = grammar.modals.get(finite.lemma) ?? reflexiveModal();
  if (afterMarker && grammar.passive.includes(finite.lemma)) {
    // "is to present", "is set to present", "is going to present": an arrangement.
    modal = 'expected';
    status = 'planned';
    tense = 'future';
    passive = others.some((w) => w.at === afterMarker.at - 1 && grammar.passive.includes(nonFinite(w).lemma));
  } else if (modal) {
    if (perfectInfinitive && (modal === 'expected' || modal === 'intended')) {
      // "soll … gesagt haben": hearsay about something done; "will … bemerkt haben": a claim of one's own.
      mood = 'reported';
      status = 'done';
      tense = 'past';
    } else {
      status = modal === 'intended' || modal === 'expected' ? 'planned' : 'unmarked';
      tense = status === 'planned' ? 'future' : tense;
    }
  } else if (
    grammar.future.includes(finite.lemma) &&
    (isPresent || mood === 'reported') &&
    (form === 'infinitive' || auxiliaryInfinitive)
  ) {
    // "will present", and with an auxiliary's infinitive the passive or perfect of the future: "will be dropped",
    // "will have been paid", "wird … vorgelegt werden".
    tense = 'future';
    status = 'planned';
    passive = others.some((w) => w !== main && grammar.passive.includes(nonFinite(w).lemma));
  } else if (grammar.hypothetical.includes(finite.lemma) && mood === 'hypothetical') {
    status = 'unmarked';
  } else if (grammar.perfect.includes(finite.lemma) && form === 'participle' && lemma !== finite.lemma) {
    passive = others.some((w) => grammar.passive.includes(nonFinite(w).lemma) && w !== main);
    if (!passive && isStatePassive(finite.lemma, lemma, pack)) {
      // "Veranstaltungen sind wieder erlaubt": a state, told in the auxiliary's own tense.
      passive = true;
      status = 'unmarked';
    } else {
      aspect = 'perfect';
      tense = 'past';
      status = 'done';
    }
  } else if (grammar.passive.includes(finite.lemma) && form === 'participle') {
    passive = true;
    // "wird vorgelegt werden": the passive in the future.
    if (others.some((w) => w !== main && has(w.readings, finite.lemma, 'infinitive')) && isPresent) {
      tense = 'future';
      status = 'planned';
    }
  } else if (grammar.passive.includes(finite.lemma) && form === 'progressive') {
    aspect = 'progressive';
    status = isPast ? 'done' : 'underway';
  }
  if (mood === 'hypothetical' && status === 'planned') status = 'unmarked';

  const verbWords = [
    finiteWord.token,
    ...(closedFinite ? others : [])
      .filter(
        (w) => w === main || auxiliaries.has(nonFinite(w).lemma) || (afterMarker && w.at < afterMarker.at),
      )
      .map((w) => w.token),
  ];
  if (particleWord) verbWords.push(particleWord);
  if (afterMarker) verbWords.push(after[markedAt]!);
  verbWords.sort((a, b) => a.start - b.start);
  const groupWords = verbWords.map((t) => ({ start: s.start + t.start, end: s.start + t.end, text: t.text }));
  const group: VerbGroup = {
    lemma,
    text: verbText(s, groupWords),
    words: groupWords,
    finite: {
      start: s.start + finiteWord.token.start,
      end: s.start + finiteWord.token.end,
      text: finiteWord.token.text,
      lemma: finite.lemma,
    },
    tense,
    aspect,
    passive,
    ...(modal ? { modal } : {}),
  };
  // The finite verb first, then a clause: a condition when the verb is an auxiliary or a modal ("Sollte …",
  // "Had …") or the clause after it opens with its own verb ("Kommt es zu keiner Einigung, droht …").
  const condition =
    range.kind === 'subordinate' &&
    finiteWord.at === 0 &&
    range.to < s.tokens.length &&
    (closedFinite || sentenceWords[range.to] !== undefined);
  // A condition is neither planned nor done: "Sollte … scheitern" plans no failure.
  if (condition) return { ...span, verb: group, status: 'unmarked', mood, condition: true };
  return { ...span, verb: group, status, mood };
}

/**
 * A main clause, a clause set into it, and the main clause going on up to the next comma without a finite verb of
 * its own ("rief Nehammer alle, die …, dazu auf, …", "will den Plan, den …, am Montag vorstellen"): that part closes
 * the first one's verb bracket, and is no clause of its own. Only a bracket's last word may be a form that could be
 * finite ("vorstellen").
 */
function withResumed(
  s: TokenizedSentence,
  ranges: Range[],
  words: readonly (VerbWord | undefined)[],
): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    const [inserted, next] = [ranges[i + 1], ranges[i + 2]];
    out.push(range);
    if (range.kind !== 'main' || inserted?.kind !== 'subordinate' || next?.kind !== 'main') continue;
    if (range.to !== inserted.from || inserted.to !== next.from) continue;
    let to = next.from + 1;
    while (to < next.to && !commaBetween(s, to)) to++;
    const ownFinite = words
      .slice(next.from, to)
      .some((w) => canBe(w, FINITE) && (w!.at !== to - 1 || !canBe(w, NON_FINITE)));
    if (ownFinite) continue;
    out[out.length - 1] = { ...range, resumed: { from: next.from, to } };
    out.push(inserted);
    i += 2;
    if (to < next.to) out.push({ ...next, from: to });
  }
  return out;
}

/** The clauses of a sentence, each with its verb group read from the grammar. */
export function readClauses(s: TokenizedSentence, pack: LanguagePack): Clause[] {
  if (!s.tokens.length) return [];
  const read = verbReader(pack);
  const auxiliaries = auxiliaryLemmas(pack);
  // Each word is looked up and judged once; the clauses take their share.
  const readings = s.tokens.map((t) => read(t.norm));
  const closed = (i: number) => readings[i]?.some((r) => auxiliaries.has(r.lemma)) ?? false;
  const words = s.tokens.map((token, at): VerbWord | undefined =>
    isVerbHere(s, at, readings[at]!, pack, closed) ? { at, token, readings: readings[at]! } : undefined,
  );
  const opensWithVerb = words[0]?.readings.some((r) => FINITE.includes(r.form)) ?? false;
  const ranges = clauseRanges(s, pack, opensWithVerb)
    .flatMap((range) => splitAtSecondFinite(s, range, words, pack))
    .flatMap((range) => splitAtCoordinatedVerbs(s, range, words, pack.verbGrammar))
    .flatMap((range) => splitAtGappedBracket(s, range, words, pack.verbGrammar));
  const clauses = withResumed(s, ranges, words).map((range) => readClause(s, range, words, pack));
  return readIntentions(s, readHearsay(s, clauses, pack), pack);
}
