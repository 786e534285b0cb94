import { findPhrases } from '../facts/phrases.js';
import { tokensMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { FactPair } from './context.js';
import { comparatives, lesserDegrees, type Degree } from './reversals.js';

/** An adjective after a word of degree: "ebenso wichtig", "just as important", "more important". */
function degreesAfter(group: SentenceFacts[], words: readonly string[]): Degree[] {
  return group.flatMap((s) =>
    findPhrases(s.tokens, words, s.text, s.start).flatMap((m) => {
      const next = s.tokens.find((t) => s.start + t.start >= m.end);
      if (!next || next.isStopword || next.isNumber) return [];
      const first = s.tokens.find((t) => s.start + t.start === m.start)!;
      return [{ mention: tokensMention(s, first, next), bases: [next.stem] }];
    }),
  );
}

/**
 * A comparison of equals made one of more or less, or the reverse: "Ebenso wichtig ist Ihr Verhalten" → "Weniger
 * wichtig ist …", "just as important" → "more important". The same adjective on both sides, in the equal degree on
 * one and in the lesser or the greater on the other, where that side keeps no equal degree of it.
 */
export function equalityChanges(pair: FactPair, pack: LanguagePack): { source: Mention; rewrite: Mention }[] {
  const unequal = (group: SentenceFacts[]) => [
    ...lesserDegrees(group, pack),
    ...degreesAfter(group, pack.comparison.greater),
    ...comparatives(group, pack),
  ];
  const shares = (a: Degree, b: Degree) => a.bases.some((x) => b.bases.includes(x));
  const changed = (from: Degree[], to: Degree[], toEqual: Degree[]) =>
    from.flatMap((a) => {
      const b = to.find((d) => shares(a, d));
      return b && !toEqual.some((e) => shares(a, e)) ? [[a, b] as const] : [];
    });
  const equal = (group: SentenceFacts[]) => degreesAfter(group, pack.comparison.equal);
  const [sourceEqual, rewriteEqual] = [equal(pair.source), equal(pair.rewrite)];
  // Only where one side says an equal degree is the other read word by word for a comparative (a lexicon lookup).
  if (!sourceEqual.length && !rewriteEqual.length) return [];
  return [
    ...changed(sourceEqual, unequal(pair.rewrite), rewriteEqual).map(([a, b]) => ({
      source: a.mention,
      rewrite: b.mention,
    })),
    ...changed(rewriteEqual, unequal(pair.source), sourceEqual).map(([a, b]) => ({
      source: b.mention,
      rewrite: a.mention,
    })),
  ];
}
