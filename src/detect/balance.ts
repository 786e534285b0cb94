import type { SentenceFacts } from '../facts/types.js';

/**
 * Which words a rewrite says more often than its source, and which less: a word replaced, not moved.
 * Counted, not just present: "delete it from work phones, and delete it from personal ones" → "…, and keep
 * it on personal ones" flips one of two.
 */
export function stemBalance(source: SentenceFacts[], rewrite: SentenceFacts[]) {
  const count = (group: SentenceFacts[]) => {
    const counts = new Map<string, number>();
    for (const s of group) for (const t of s.tokens) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
    return counts;
  };
  const inSource = count(source);
  const inRewrite = count(rewrite);
  return {
    gained: (stem: string): boolean => (inRewrite.get(stem) ?? 0) > (inSource.get(stem) ?? 0),
    lost: (stem: string): boolean => (inRewrite.get(stem) ?? 0) < (inSource.get(stem) ?? 0),
  };
}
