import { derived } from '../lang/derived.js';
import { readLexicon } from '../lang/lexicon-files.js';
import type { LanguagePack } from '../lang/pack.js';
import { sortedLines, type SortedLines } from '../lang/sorted-lines.js';

const otherAuxiliaryVerbs = (pack: LanguagePack): SortedLines | undefined => {
  const file = pack.verbGrammar.statePassive?.otherAuxiliaryVerbs;
  return file ? sortedLines(readLexicon(file)) : undefined;
};

/**
 * Whether an auxiliary with a verb's participle states a state, not a perfect: "sind … erlaubt" (erlauben takes
 * "haben" in its perfect) against "sind … gestiegen". A verb the list does not know stays a perfect.
 */
export function isStatePassive(auxiliary: string, lemma: string, pack: LanguagePack): boolean {
  if (pack.verbGrammar.statePassive?.auxiliary !== auxiliary) return false;
  return derived(pack, otherAuxiliaryVerbs)?.find(lemma) !== undefined;
}
