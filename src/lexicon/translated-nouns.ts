import { derived } from '../lang/derived.js';
import { languagePack } from '../lang/index.js';
import { readLexicon } from '../lang/lexicon-files.js';
import type { LanguagePack } from '../lang/pack.js';
import { sortedLines, type SortedLines } from '../lang/sorted-lines.js';
import { relateByWordNet } from './wordnet-relation.js';
import type { WordRelation } from './types.js';

const translations = (pack: LanguagePack): SortedLines | undefined =>
  pack.thesaurus?.translatedNouns ? sortedLines(readLexicon(pack.thesaurus.translatedNouns.file)) : undefined;

/**
 * How two folded nouns relate by the English nouns a bilingual dictionary gives for them, asked of WordNet ("wein",
 * "bier": wine and beer, both food). Undefined where the pack has no such index, either noun is not in it, or
 * WordNet says nothing of the two.
 */
export function relateByTranslation(
  source: string,
  rewrite: string,
  pack: LanguagePack,
): WordRelation | undefined {
  const index = pack.thesaurus?.translatedNouns && derived(pack, translations);
  if (!index) return undefined;
  const [a, b] = [index.find(source), index.find(rewrite)];
  if (!a || !b) return undefined;
  if (a === b) return { relation: 'same', resource: 'FreeDict and WordNet', via: a.replace(/_/g, ' ') };
  const relation = relateByWordNet(a, b, languagePack(pack.thesaurus!.translatedNouns!.into));
  if (!relation || relation.relation === 'unknown') return undefined;
  return { ...relation, resource: 'FreeDict and WordNet' };
}
