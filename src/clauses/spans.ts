import type { Span } from '../types.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';

/** Whether a sentence's token stands in a clause: the token's offset is its sentence's, the clause's the article's. */
export const inClause = (s: { start: number }, clause: Span, t: Token): boolean =>
  s.start + t.start >= clause.start && s.start + t.start < clause.end;

/** A verb group's words (offsets in the article) as written, "…" between words apart ("soll … handeln"). */
export function verbText(s: TokenizedSentence, words: readonly (Span & { text: string })[]): string {
  const at = (w: Span) => s.tokens.findIndex((t) => s.start + t.start === w.start);
  return words.map((w, i) => (i && at(w) > at(words[i - 1]!) + 1 ? `… ${w.text}` : w.text)).join(' ');
}
