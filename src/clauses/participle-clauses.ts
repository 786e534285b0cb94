import type { LanguagePack } from '../lang/pack.js';
import type { TokenizedSentence } from '../text/tokens.js';
import type { Range } from './ranges.js';
import { canBe, FINITE, type VerbWord } from './verb-words.js';

const participleOnly = (w: VerbWord) =>
  w.readings.some((r) => r.form === 'participle') &&
  w.readings.every((r) => r.form === 'participle' || r.form === 'past');

/**
 * Whether the word after an opening participle starts its phrase: a preposition or an adverb ("Made into pesto",
 * "Founded in 1990"), not its object ("Reported cases rose") or its subject ("Had he known").
 */
function opensPhrase(s: TokenizedSentence, pack: LanguagePack): boolean {
  const next = s.tokens[1];
  return (
    !!next &&
    next.isStopword &&
    !pack.roleGrammar.determiners.has(next.norm) &&
    !pack.subjectPronouns.has(next.norm)
  );
}

/**
 * Whether a clause opening the sentence is a participle clause: participles and their words, no finite verb, closed
 * by a comma before the main clause ("Made into pesto, they keep longer", "Zu Pesto verarbeitet, halten sie
 * länger"). It tells a circumstance or a condition of the main clause, no event of its own: "Made" there is no
 * past tense. Where the verb bracket puts the participle last, the main clause's finite verb follows the comma
 * (the participle clause fills the first place); elsewhere the participle opens the clause and cannot be a base
 * form ("Cut the bread, …" is an order).
 */
export function isParticipleClause(
  s: TokenizedSentence,
  range: Range,
  words: readonly VerbWord[],
  sentenceWords: readonly (VerbWord | undefined)[],
  pack: LanguagePack,
): boolean {
  if (range.from !== 0 || range.to >= s.tokens.length || !words.length) return false;
  // "Wenn man sie verarbeitet, …": a conjunction opens a finite clause.
  if (pack.verbGrammar.subordinators.has(s.tokens[0]!.norm)) return false;
  const comma = s.text.slice(s.tokens[range.to - 1]!.end, s.tokens[range.to]!.start).includes(',');
  if (!comma || !words.every((w) => w.readings.some((r) => r.form === 'participle'))) return false;
  if (!pack.verbGrammar.verbBracket)
    return words[0]!.at === 0 && words.every(participleOnly) && opensPhrase(s, pack);
  const next = sentenceWords[range.to];
  return words.at(-1)!.at === range.to - 1 && next !== undefined && canBe(next, FINITE);
}
