/**
 * Which words of a sentence are verbs where they stand, and what each can be (finite or not, which lemma): the
 * words the clause stage splits at and reads verb groups from.
 */
import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import type { VerbReading } from '../lang/verb-lexicon.js';
import { senses } from '../lang/wordnet/synsets.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import { looksAhead } from './intentions.js';

type Form = VerbReading['form'];
/** The forms that carry tense and mood, and those that do not. */
export const FINITE: readonly Form[] = ['present', 'past', 'subjunctive1', 'subjunctive2'];
export const NON_FINITE: readonly Form[] = ['participle', 'infinitive', 'zu-infinitive', 'progressive'];

/** A token of a clause that can be a verb, with what it can be. */
export interface VerbWord {
  at: number;
  token: Token;
  readings: readonly VerbReading[];
}

/**
 * Whether a word is read as a verb here. Where nouns are capitalized, a capitalized word inside the sentence is a
 * noun ("das Treffen"). Without a lexicon, an open-class form counts only where the grammar puts a verb: after an
 * auxiliary, a modal or the infinitive marker, or as a past form after its subject (not after an article:
 * "the proposed law" is an adjective).
 */
export function isVerbHere(
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
  // A word cut short by its hyphen is the first part of a compound the next word completes: "Kann- und Soll-Regeln",
  // "Wasser- und Sauerstoff".
  if (/^-(?!\p{L})/u.test(s.text.slice(t.end))) return false;
  // Where nouns are not marked by a capital, an article or a possessive marks one: "on their cans", "the will to".
  const determiner = pack.roleGrammar.determiners.has(s.tokens[i - 1]?.norm ?? '');
  if (!pack.nounsCapitalized && determiner) return false;
  if (closed(i)) return true;
  // Articles and pronouns that are also verb forms ("einen", "sein") are read as what they mostly are, and so is a
  // quantifier opening the sentence ("Einige von ihnen", not "einigen sich").
  if (t.isStopword || (i === 0 && pack.quantifiers.has(t.norm))) return false;
  if (pack.nounsCapitalized) return (i === 0 || !t.capitalized) && !attributive(s, i, pack);
  const previous = s.tokens[i - 1];
  // After an auxiliary, a modal or the infinitive marker stands a non-finite form: "to other parts" and "has six
  // assists" hold nouns, and so does "according to a survey", an article between.
  const nonFinite = readings.some((r) => NON_FINITE.includes(r.form));
  const article = previous !== undefined && pack.roleGrammar.determiners.has(previous.norm);
  for (let b = Math.max(0, i - 2); b < i && nonFinite && !article; b++)
    if (closed(b) || s.tokens[b]!.norm === pack.verbGrammar.infinitiveMarker) return true;
  // Adverbs may split the group: "has more than doubled", "to nearly double".
  const head = beforeModifiers(s, i, pack);
  if (nonFinite && head < i - 1 && head >= 0)
    if (closed(head) || s.tokens[head]!.norm === pack.verbGrammar.infinitiveMarker) return true;
  // After its subject: a past form, a present form of a verb that looks ahead ("Moderna plans filings"), or one
  // that is more often a verb than a noun ("The government raises taxes"; not "Pay talks"), unless an auxiliary
  // follows it, whose subject it is then ("Pay raises were frozen").
  const likelyVerb =
    (presentVerbs(pack).has(t.norm) ||
      afterPluralSubject(s, i, pack) ||
      betweenSubjectAndObject(s, i, readings, pack)) &&
    !closed(i + 1);
  const aheadNow = readings.some((r) => r.form === 'present' && (looksAhead(pack, r.lemma) || likelyVerb));
  const past = readings.some((r) => r.form === 'past');
  // A relative pronoun is its clause's subject: "who served as minister".
  // A number counts the word after it ("six draws", "12 wins"): no subject. "one" is a pronoun too ("one says").
  const counts = (t: Token) => t.isNumber || (pack.numberWords.get(t.norm) ?? 1) > 1;
  const subject = (t: Token) =>
    (!t.isStopword && !counts(t)) ||
    !!pack.verbGrammar.basePresent?.pluralSubjects.has(t.norm) ||
    pack.subjectPronouns.has(t.norm) ||
    !!pack.verbGrammar.thingSubjects?.has(t.norm) ||
    pack.verbGrammar.relativePronouns.has(t.norm);
  // After a coordinator a past form may be a second predicate of the subject before it ("held talks and found").
  const conjunct = past && pack.verbGrammar.coordinators.has(previous?.norm ?? '');
  // An adverb may stand between the subject and its verb: "Storm Arwen also brought".
  const before = previous && isAdverb(previous, pack) ? s.tokens[i - 2] : previous;
  return (past || aheadNow) && (!before || subject(before) || conjunct || endsDate(s, i, pack));
}

/**
 * The index of the token before the adverbs that stand right before token i ("has more than doubled", "to nearly
 * double"): up to three words the lexical database knows as adverbs and not as nouns or verbs, or a comparative adverb
 * with its "than". i - 1 where none stands there.
 */
export function beforeModifiers(s: TokenizedSentence, i: number, pack: LanguagePack): number {
  if (!pack.wordnet) return i - 1;
  let at = i - 1;
  const adjoins = (j: number) => /^\s*$/.test(s.text.slice(s.tokens[j]!.end, s.tokens[j + 1]!.start));
  let negated = false;
  while (at >= 0 && i - at <= 3 && adjoins(at)) {
    const t = s.tokens[at]!;
    // "more than", "less than": the comparative with its "than" ("More" is also a name, a noun to WordNet).
    const comparative = at > 0 && pack.everComparison.than.includes(t.norm) && adverb(s.tokens[at - 1]!);
    const negation = negationEndingAt(s, at, pack);
    if (comparative) at -= 2;
    else if (negation) [at, negated] = [at - negation, true];
    // Before a negation a word that can be an adverb is one: no verb stands right before "not" and its verb ("could
    // still not say").
    else if (adverbOnly(t) || (negated && adverb(t))) at--;
    else break;
  }
  return at;
}

/**
 * How many words a negation ending at a token has ("not", "no longer"; 0 if none there): it splits a verb group as an
 * adverb does ("may no longer make"), though "longer" alone is also a noun and a verb to WordNet.
 */
function negationEndingAt(s: TokenizedSentence, at: number, pack: LanguagePack): number {
  for (const words of [2, 1]) {
    const from = at - words + 1;
    if (from < 0) continue;
    const phrase = s.tokens
      .slice(from, at + 1)
      .map((t) => t.norm)
      .join(' ');
    if (pack.negations.includes(phrase)) return words;
  }
  return 0;
}

/**
 * Whether a date ends right before a word: a month and its day ("on July 7 urged"), a day, month and year ("on 7 July
 * 2016 urged", "on July 7, 2016 urged"). The date is an adverbial between the subject and its verb, not a count of it.
 */
function endsDate(s: TokenizedSentence, i: number, pack: LanguagePack): boolean {
  const window = s.tokens.slice(Math.max(0, i - 3), i);
  const last = window[window.length - 1];
  return !!last?.isNumber && window.some((t) => pack.months.has(t.norm));
}

/**
 * A word read as an adverb: never a verb, and more often an adverb than a noun ("nearly", "further", "now" — whose
 * one noun sense is rare; not "home", "back").
 */
const adverbOnly = (t: Token): boolean =>
  adverb(t) && !senses(t.norm, 'v').length && senses(t.norm, 'n').length < senses(t.norm, 'r').length;
const adverb = (t: Token): boolean => !t.capitalized && senses(t.norm, 'r').length > 0;

/** A function word the lexical database knows as an adverb ("also", "still", "already"). */
const isAdverb = (t: Token, pack: LanguagePack): boolean =>
  t.isStopword && !!pack.wordnet && senses(t.norm, 'r').length > 0;

/**
 * Between an article and a capitalised noun stands an adjective with its ending, not a verb: "die deutsche
 * Außenministerin" ("deutsche" is also a form of "eindeutschen"), "der neue Vertrag".
 */
function attributive(s: TokenizedSentence, i: number, pack: LanguagePack): boolean {
  const after = s.tokens[i + 1];
  const inflected = (t: Token) => pack.verbGrammar.adjectiveEndings.some((e) => e && t.norm.endsWith(e));
  if (!after?.capitalized || !inflected(s.tokens[i]!)) return false;
  // Words of degree or other adjectives may stand between the article and the adjective: "die sehr schnelle
  // Verarbeitung", "eine neue schnelle Lösung".
  for (let b = i - 1; b >= Math.max(0, i - 1 - ATTRIBUTE_GAP); b--) {
    const t = s.tokens[b]!;
    if (pack.roleGrammar.determiners.has(t.norm)) return true;
    if (t.capitalized || !(t.isStopword || inflected(t))) return false;
  }
  return false;
}

/** How many words may stand between an article and the adjective it opens: "die sehr schnelle". */
const ATTRIBUTE_GAP = 2;

/**
 * A base form more often a verb than a noun right after a plural subject: "visitors wear", "they affect" (not "the
 * long run": no plural before it).
 */
function afterPluralSubject(s: TokenizedSentence, i: number, pack: LanguagePack): boolean {
  const base = pack.verbGrammar.basePresent;
  const before = s.tokens[i - 1];
  if (!base || !before || !derived(pack, baseVerbs).has(s.tokens[i]!.norm)) return false;
  // The first word of a sentence has its capital from its place: "Anthocyanins protect the cells".
  const common = !before.capitalized || i - 1 === 0;
  return base.pluralSubjects.has(before.norm) || (common && readsAsPlural(before, pack));
}

/**
 * A present form with the plural's ending between a singular noun after an article and an article: "The robot sorts
 * the parcels", "the company shares the view". Read as a plural noun it would leave the clause without a verb and
 * stand between two noun phrases. Only where the pack marks the plural of nouns and the verb's present apart.
 */
function betweenSubjectAndObject(
  s: TokenizedSentence,
  i: number,
  readings: readonly VerbReading[],
  pack: LanguagePack,
): boolean {
  const [article, subject, t, next] = [s.tokens[i - 2], s.tokens[i - 1], s.tokens[i]!, s.tokens[i + 1]];
  if (!pack.verbGrammar.basePresent || !article || !subject || !next) return false;
  const determiners = pack.roleGrammar.determiners;
  const inflected =
    readings.some((r) => r.form === 'present' && r.lemma !== t.norm) && readsAsPlural(t, pack);
  const noun = (w: Token) => senses(w.norm, 'n').length > 0 && senses(w.norm, 'a').length === 0;
  return (
    inflected &&
    determiners.has(article.norm) &&
    determiners.has(next.norm) &&
    !subject.isStopword &&
    !subject.capitalized &&
    !readsAsPlural(subject, pack) &&
    noun(subject)
  );
}

/**
 * Whether a word can be a plural subject by the pack's marks of the plural: a plural word without an ending
 * ("they", "people") or a content word with one ("visitors"). False where the pack knows none.
 */
export function readsAsPlural(t: Token, pack: LanguagePack): boolean {
  const base = pack.verbGrammar.basePresent;
  if (!base) return false;
  return (
    base.pluralSubjects.has(t.norm) || (!t.isStopword && base.pluralEndings.some((e) => t.norm.endsWith(e)))
  );
}

const baseVerbs = (pack: LanguagePack): ReadonlySet<string> =>
  new Set((pack.verbGrammar.basePresent?.verbs ?? '').split(/\s+/).filter(Boolean));

/** The pack's present forms that are more often verbs than nouns, read on first use. */
const presentVerbs = (pack: LanguagePack): ReadonlySet<string> => derived(pack, presentVerbSet);

/** Built once per pack: `derived` keeps an index by its builder, so the builder must be one function. */
const presentVerbSet = (pack: LanguagePack): ReadonlySet<string> =>
  new Set((pack.verbGrammar.presentVerbs ?? '').split(/\s+/).filter(Boolean));

/** The lemmas of a language's auxiliaries and modals: they carry tense and mood, not the event. */
export const auxiliaryLemmas = (pack: LanguagePack): Set<string> =>
  derived(
    pack,
    ({ verbGrammar: g }) =>
      new Set([
        ...g.perfect,
        ...g.future,
        ...g.passive,
        ...(g.support ?? []),
        ...g.modals.keys(),
        ...(g.reflexiveModal ? [g.reflexiveModal.verb] : []),
      ]),
  );

/** Readings of a finite auxiliary or modal ("hat", "wird", "kann", "was"): the word that opens a verb bracket. */
export const finiteAuxiliary = (
  readings: readonly VerbReading[],
  auxiliaries: ReadonlySet<string>,
): boolean => readings.some((r) => auxiliaries.has(r.lemma) && FINITE.includes(r.form));

export const isPresentForm = (word: VerbWord, finite: VerbReading) =>
  word.readings.some((r) => r.lemma === finite.lemma && r.form === 'present');

export const isParticiple = (word: VerbWord) => word.readings.some((r) => r.form === 'participle');

export const hasReading = (readings: readonly VerbReading[], lemma: string, form: Form) =>
  readings.some((r) => r.lemma === lemma && r.form === form);

export const canBe = (word: VerbWord | undefined, forms: readonly Form[]) =>
  word?.readings.some((r) => forms.includes(r.form)) ?? false;
