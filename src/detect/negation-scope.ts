/**
 * What a negation bears on, and whether a side says a word negated: the scope of a clause's negation or a
 * preposition's ("ohne Unterbrechung"), a word's negative form ("unaware"), a privative phrase ("außer Zweifel").
 * Read by the negation rule (src/detect/rules/negation.ts).
 */
import { verbReader } from '../clauses/verb-forms.js';
import { tokenAt } from '../facts/mention.js';
import { answeredOnce, derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { negatingPrefixOf } from '../lexicon/prefix-negation.js';
import { relateVerbs } from '../lexicon/relate.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { fold } from '../text/normalize.js';
import { contentTokens, type Token } from '../text/tokens.js';
import { clauseBreakBefore, clauseWindow } from './clause-window.js';

export const isContent = (t: Token): boolean => contentTokens([t]).length > 0;

const negationWords = (pack: LanguagePack): ReadonlySet<string> => new Set(pack.negations.map(fold));

/** A token that is a negating word of the pack ("not", "nicht", "don't"). */
export const isNegationWord = (t: Token, pack: LanguagePack): boolean =>
  derived(pack, negationWords).has(t.norm);

/**
 * What a negation bears on: content words after it in its clause, or, at a clause's end, the clause
 * before it — a negation there negates the whole clause ("Einen Durchbruch erwarten die Dienste nicht").
 */
export function scopeOf(sentence: SentenceFacts, negation: Mention, pack: LanguagePack, reach = 2): Token[] {
  const at = tokenAt(sentence, negation);
  // A negation of several words ("kept quiet about", "failed to") bears on what follows its last word.
  let last = at;
  while (last + 1 < sentence.tokens.length && sentence.start + sentence.tokens[last + 1]!.end <= negation.end)
    last++;
  const { before } = clauseWindow(sentence, at, { before: Infinity });
  const { after } = clauseWindow(sentence, last, { after: Infinity });
  const following = nounPhraseEnd(after.filter(isContent).slice(0, reach), negation, pack);
  if (following.length)
    return [
      ...following,
      ...listGoesOn(sentence, sentence.tokens.indexOf(following.at(-1)!) + 1, negation, pack),
    ];
  const clause = before.filter(isContent);
  if (clause.length) return clause;
  return sentence.tokens
    .slice(0, Math.max(0, at))
    .reverse()
    .filter(isContent)
    .slice(0, reach - 1);
}

/**
 * A preposition governs a noun phrase, which ends at its noun where nouns are written capitalised: "ohne
 * Unterbrechung gefeiert" denies the interruption, not the celebrating.
 */
function nounPhraseEnd(words: Token[], negation: Mention, pack: LanguagePack): Token[] {
  if (!pack.nounsCapitalized || !isNegatingPreposition(negation, pack)) return words;
  const noun = words.findIndex((t) => t.capitalized);
  return noun < 0 ? words : words.slice(0, noun + 1);
}

/** How many words a list member after the first may have: "und klare Gebote", "or strict prohibitions". */
const MEMBER_WORDS = 3;

/**
 * The nouns that go on a preposition's noun phrase as a list: "ohne Abwertungen, Gebote und Verbote", "without
 * insults, commands or prohibitions", "ohne Führerschein oder Versicherung" deny them all. After the first noun phrase,
 * each member is a comma or a coordinator and a short noun phrase before any verb, ending at its noun (the capitalised
 * word where nouns are written so, else its last content word); a list ends with a coordinator ("without an escort, he
 * left" is none), and one that sets a member against the others ends it ("ohne Führerschein, aber mit Versicherung").
 */
function listGoesOn(sentence: SentenceFacts, from: number, negation: Mention, pack: LanguagePack): Token[] {
  if (!isNegatingPreposition(negation, pack)) return [];
  const { tokens, text } = sentence;
  const coordinators = pack.verbGrammar.coordinators;
  const verbAt = new Set(sentence.clauses.flatMap((c) => c.verb?.words.map((w) => w.start) ?? []));
  const nouns: Token[] = [];
  let coordinated = false;
  let i = from;
  while (i < tokens.length && i > 0) {
    const comma = /^\s*,\s*$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start));
    const coordinator = coordinators.has(tokens[i]!.norm);
    if (!comma && !coordinator) break;
    if (pack.verbGrammar.contrastCoordinators.has(tokens[i]!.norm)) break;
    if (coordinator) [i, coordinated] = [i + 1, true];
    let to = i;
    while (to < tokens.length && to - i < MEMBER_WORDS && !(to > i && clauseBreakBefore(sentence, to))) {
      if (coordinators.has(tokens[to]!.norm) || verbAt.has(sentence.start + tokens[to]!.start)) break;
      to++;
    }
    const member = tokens.slice(i, to);
    const head = pack.nounsCapitalized ? member.find((t) => t.capitalized) : member.filter(isContent).at(-1);
    if (!head) break;
    nouns.push(head);
    i = tokens.indexOf(head) + 1;
  }
  return coordinated ? nouns : [];
}

/** A word to find on the other side: its stem, and the verbs it is a form of ("beobachtet" → "beobachten"). */
export interface Sought {
  stem: string;
  verbs: readonly string[];
}

/**
 * The verbs a word is a form of, particles apart ("zahlen" is no form of "abzahlen" here): asked of every word of a
 * pair for every word a negation bears on, so answered once per word.
 */
export const verbsOf: (norm: string, pack: LanguagePack) => readonly string[] = answeredOnce((norm, pack) =>
  verbReader(pack)(norm)
    .filter((r) => !r.particle)
    .map((r) => r.lemma),
);

export const sought = (t: Token, pack: LanguagePack): Sought => ({
  stem: t.stem,
  verbs: verbsOf(t.norm, pack),
});

/**
 * A word by its stem, an inflection the stemmer leaves apart ("garantieren" → "garanti", "garantiert" stays whole:
 * the stem and up to three more letters), or another form of the same verb ("beobachtet", "beobachten").
 */
export const sameWord = (t: Token, word: Sought, pack: LanguagePack): boolean =>
  t.stem === word.stem ||
  (word.stem.length >= 5 && t.norm.startsWith(word.stem) && t.norm.length - word.stem.length <= 3) ||
  (word.verbs.length > 0 &&
    !t.isStopword &&
    verbsOf(t.norm, pack).some((v) => sameVerb(v, word.verbs, pack)));

/**
 * A verb among these or one the lexical resource gives as a synonym of one ("ergänzen", "hinzufügen"): denying the
 * synonym denies the same event.
 */
const sameVerb = (verb: string, verbs: readonly string[], pack: LanguagePack): boolean =>
  verbs.includes(verb) || verbs.some((v) => relateVerbs(v, verb, pack).relation === 'same');

/** "without", "ohne": a negation that governs a noun phrase, not a clause. */
export const isNegatingPreposition = (n: Mention, pack: LanguagePack): boolean =>
  pack.negatingPrepositions.includes(fold(n.text));

/** No content word follows a token in its clause. */
const endsClause = (s: SentenceFacts, j: number): boolean =>
  !clauseWindow(s, j, { after: Infinity }).after.some(isContent);

/**
 * Whether a group says the word negated: a negation before it in its clause, or just after it ("gewinnt nicht"); by
 * a negating word only, by a word of negative form only ("unable", "außer"), or by either.
 */
export function negatedNear(
  group: SentenceFacts[],
  word: Sought,
  pack: LanguagePack,
  by: 'any' | 'word' | 'form' = 'any',
): boolean | undefined {
  let seen = false;
  for (const s of group) {
    const i = s.tokens.findIndex((t) => sameWord(t, word, pack));
    if (i < 0) continue;
    seen = true;
    // "unable to pay" keeps the "not" of "could not pay"; a privative phrase ("außer Zweifel") bears on the noun it
    // spans, a negated adjective on the verb it governs.
    const at = s.tokens[i]!;
    const spans = (n: Mention) => n.start <= s.start + at.start && s.start + at.end <= n.end;
    if (by !== 'word' && s.impliedNegations.some((n) => n.bears === 'noun' && spans(n))) return true;
    const negators = [
      ...(by === 'form' ? [] : s.negations),
      ...(by === 'word' ? [] : s.impliedNegations.filter((n) => n.bears === 'infinitive')),
    ];
    // "unaware of any injuries" denies the injuries as "not aware of any injuries" does.
    // Only the prefixes that negate most words they begin: "immediately often" denies nothing.
    const deniedBefore = (j: number): boolean =>
      negatingPrefix(s.tokens[j]!, pack, false) !== undefined &&
      !/[.;:!?]/.test(s.text.slice(s.tokens[j]!.end, at.start));
    for (let j = Math.max(0, i - 8); by !== 'word' && j < i; j++) if (deniedBefore(j)) return true;
    const negated = negators.some((n) => {
      const j = tokenAt(s, n);
      // A preposition denies the phrase it governs only, and "ever" right after it: "without ever" is "never".
      if (isNegatingPreposition(n, pack))
        return (
          scopeOf(s, n, pack).includes(at) || (j === i - 1 && pack.everComparison.ever.includes(at.norm))
        );
      // After the word only at its clause's end, where it negates the clause ("gewinnt nicht", "erwarten
      // die Dienste nicht"): "take it without asking" negates "asking", not "take".
      if (j > i)
        return !/[,.;:!?]/.test(s.text.slice(s.tokens[i]!.end, s.tokens[j]!.start)) && endsClause(s, j);
      return i - j <= 8 && !/[.;:!?]/.test(s.text.slice(s.tokens[j]!.end, s.tokens[i]!.start));
    });
    if (negated) return true;
  }
  return seen ? false : undefined;
}

/** The word a mention stands on. */
export function wordAt(group: SentenceFacts[], m: Mention, pack: LanguagePack): Sought {
  const s = group.find((x) => x.start <= m.start && m.start < x.start + x.text.length) ?? group[0]!;
  const t = s.tokens[Math.max(0, tokenAt(s, m))];
  return t ? sought(t, pack) : { stem: fold(m.text), verbs: [] };
}

/** A word negated by its prefix ("unaware", "unmöglich"), the prefix that does it; German nouns never ("Unfall"). */
export const negatingPrefix = (
  t: Token,
  pack: LanguagePack,
  withAntonymPrefixes = true,
): string | undefined =>
  t.isStopword || (t.capitalized && pack.nounsCapitalized)
    ? undefined
    : negatingPrefixOf(t.norm, pack, withAntonymPrefixes);
