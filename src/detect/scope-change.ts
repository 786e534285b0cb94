import type { Mention } from '../facts/types.js';

/**
 * A claim made to cover more than the source's (widened: "the basis" → "the only basis", "mainly" → "only", "one
 * of the largest" → "the largest") or less, with the words that say so on each side.
 */
export interface ScopeChange {
  source: Mention;
  rewrite: Mention;
  widened: boolean;
}
