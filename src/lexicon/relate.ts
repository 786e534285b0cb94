import type { LanguagePack } from '../lang/pack.js';
import { relateByThesaurus } from './thesaurus-relation.js';
import type { WordRelation } from './types.js';
import { relateByWordNet } from './wordnet-relation.js';

/**
 * How the rewrite's noun stands to the source's in the same slot, from the language's lexical resource: a
 * thesaurus with its word formation (German: OpenThesaurus) or a lexical database (English: WordNet). Both words
 * folded. "unknown" where the pack has neither or they say nothing.
 */
export const relateNouns = (source: string, rewrite: string, pack: LanguagePack): WordRelation =>
  relateByThesaurus(source, rewrite, pack) ??
  relateByWordNet(source, rewrite, pack) ?? { relation: 'unknown' };

export type { Relation, WordRelation } from './types.js';
