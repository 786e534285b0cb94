import type { SentenceFacts } from '../facts/types.js';
import type { Token } from '../text/tokens.js';

const CLAUSE_MARKS = /[,;:.!?«»"“”„]/;

/** Whether punctuation stands between a sentence's token `i` and the one before it: a clause or quote ends. */
export const clauseBreakBefore = (s: SentenceFacts, i: number): boolean =>
  i > 0 && i < s.tokens.length && CLAUSE_MARKS.test(s.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start));

/**
 * The tokens around token `at` that stand in its clause, at most `before` to its left and `after` to its
 * right, nearest first on each side: what a word, figure or verb is said of.
 */
export function clauseWindow(
  s: SentenceFacts,
  at: number,
  reach: { before?: number; after?: number },
): { before: Token[]; after: Token[] } {
  const before: Token[] = [];
  const after: Token[] = [];
  const left = reach.before ?? 0;
  const right = reach.after ?? 0;
  for (let i = at - 1; i >= 0 && at - i <= left && !clauseBreakBefore(s, i + 1); i--)
    before.push(s.tokens[i]!);
  for (let i = at + 1; i < s.tokens.length && i - at <= right && !clauseBreakBefore(s, i); i++)
    after.push(s.tokens[i]!);
  return { before, after };
}

/** How far around a word its context is read (six words, so German verb-final clauses reach their subject). */
const CONTEXT = 6;

/** The content-word stems within a few words of a token, across clause marks: what the word is said of. */
export function contextOf(s: SentenceFacts, t: Token): Set<string> {
  const at = s.tokens.indexOf(t);
  return new Set(
    s.tokens
      .slice(Math.max(0, at - CONTEXT), at + CONTEXT + 1)
      .filter((u) => u !== t && !u.isStopword)
      .map((u) => u.stem),
  );
}
