import type { LanguagePack } from '../lang/pack.js';
import { sensesOf } from './senses.js';
import { isListedWord, relateByThesaurus } from './thesaurus-relation.js';
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

/**
 * Whether the language's resource lists a folded noun as a word of its own: a thesaurus or noun-lexicon entry
 * (German), a WordNet noun (English). A compound known only by its parts is not.
 */
export const isKnownNoun = (word: string, pack: LanguagePack): boolean =>
  isListedWord(word, pack) || sensesOf(word, 'n', pack).length > 0;

export type { Relation, WordRelation } from './types.js';
