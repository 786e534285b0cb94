/**
 * The direction a figure is told in, reversed: "um 15,6 Prozent mehr" → "um 15,6 Prozent weniger", "ein Plus von 0,6
 * Prozent" → "ein Minus von 0,6 Prozent", "a rise of 0.6 per cent" → "a fall of 0.6 per cent". Read by the negation
 * rule (src/detect/rules/negation.ts).
 */
import { derived } from '../lang/derived.js';
import { listedAntonymIndex } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import { tokenMention } from '../facts/mention.js';
import type { Mention, NumberFact, SentenceFacts } from '../facts/types.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';

/** How many words before a figure its direction may stand ("ein Plus von 0,6"), and after it ("0.6 per cent more"). */
const BEFORE = 3;
const AFTER = 3;

/** The words next to a figure in its clause: no punctuation between them and the figure. */
function boundWords(s: SentenceFacts, n: NumberFact): Token[] {
  const first = s.tokens.findIndex((t) => s.start + t.end > n.start);
  if (first < 0) return [];
  let last = first;
  while (last + 1 < s.tokens.length && s.start + s.tokens[last + 1]!.start < n.end) last++;
  const joined = (a: Token, b: Token) => !/[,;:.!?()–—]/u.test(s.text.slice(a.end, b.start));
  const words: Token[] = [];
  for (let i = first - 1; i >= Math.max(0, first - BEFORE) && joined(s.tokens[i]!, s.tokens[i + 1]!); i--)
    words.push(s.tokens[i]!);
  for (
    let i = last + 1;
    i <= Math.min(s.tokens.length - 1, last + AFTER) && joined(s.tokens[i - 1]!, s.tokens[i]!);
    i++
  )
    words.push(s.tokens[i]!);
  return words;
}

/**
 * Words the pack lists as opposites, each bound to a figure of the same value on its side, where neither side binds
 * the other's word to it: one figure told as a rise on one side and as a fall on the other.
 */
export function reversedFigureDirections(
  pair: FactPair,
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  const listed = derived(pack, listedAntonymIndex);
  const opposites = (t: Token) => new Set([...(listed.get(t.norm) ?? []), ...(listed.get(t.stem) ?? [])]);
  const figures = (group: SentenceFacts[]) =>
    group.flatMap((s) => s.numbers.map((n) => ({ s, n, words: boundWords(s, n) })));
  const said = (words: Token[], t: Token) => words.some((w) => w.norm === t.norm || w.stem === t.stem);
  const found: { source: Mention; rewrite: Mention }[] = [];
  for (const from of figures(pair.source))
    for (const to of figures(pair.rewrite)) {
      if (from.n.value !== to.n.value || (from.n.unit ?? '') !== (to.n.unit ?? '')) continue;
      for (const a of from.words) {
        const reverse = opposites(a);
        const b = to.words.find((w) => (reverse.has(w.norm) || reverse.has(w.stem)) && !said(from.words, w));
        if (b && !said(to.words, a))
          found.push({ source: tokenMention(from.s, a), rewrite: tokenMention(to.s, b) });
      }
    }
  return found;
}
