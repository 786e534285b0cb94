import type { AlignedPair } from './align.js';

export interface Relatedness {
  /** 0–1: how much of the shorter article is restated by the other. */
  score: number;
  verdict: 'same-event' | 'unrelated';
}

/** Below this share of restated content two articles are taken to report different events. */
export const RELATED_THRESHOLD = 0.2;

/**
 * Two articles report the same event when most of the shorter one is restated by the other.
 * Sharing a topic (the same war, the same people) is not enough: statements must pair up.
 */
export function relatedness(
  pairs: AlignedPair[],
  weights: { source: number[]; rewrite: number[] },
): Relatedness {
  const side = (name: 'source' | 'rewrite'): number => {
    let total = 0;
    let restated = 0;
    const w = weights[name];
    for (const p of pairs) {
      for (const x of p[name]) {
        total += w[x]!;
        if (p.source.length && p.rewrite.length) restated += w[x]! * Math.min(1, p.score / 0.5);
      }
    }
    return total === 0 ? 0 : restated / total;
  };
  const score = Math.max(side('source'), side('rewrite'));
  return { score: round(score), verdict: score >= RELATED_THRESHOLD ? 'same-event' : 'unrelated' };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
