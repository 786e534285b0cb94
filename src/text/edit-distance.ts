import { createRequire } from 'node:module';

// natural's distance module alone: its top-level entry loads every module.
const require = createRequire(import.meta.url);
type Distance = (source: string, target: string) => number;
let damerau: Distance | undefined;

/**
 * How many single-letter edits (insertion, deletion, substitution, swap of neighbours) turn one word into the other,
 * by natural's Damerau-Levenshtein distance.
 */
export function editDistance(a: string, b: string): number {
  damerau ??= (
    require('natural/lib/natural/distance/levenshtein_distance.js') as {
      DamerauLevenshteinDistance: Distance;
    }
  ).DamerauLevenshteinDistance;
  return damerau(a, b);
}
