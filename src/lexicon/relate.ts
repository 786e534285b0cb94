import type { LanguagePack } from '../lang/pack.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { fold } from '../text/normalize.js';
import { opposedWithinStep } from '../lang/wordnet/synsets.js';
import { sensesOf } from './senses.js';
import {
  isListedWord,
  relateByThesaurus,
  sharedThesaurusSet,
  thesaurusSynonyms,
} from './thesaurus-relation.js';
import type { WordRelation } from './types.js';
import { relateByWordNet, sharedVerbSense } from './wordnet-relation.js';
import { relateByTranslation } from './translated-nouns.js';

/**
 * How the rewrite's noun stands to the source's in the same slot, from the language's lexical resource: a
 * thesaurus with its word formation (German: OpenThesaurus) or a lexical database (English: WordNet), and where the
 * thesaurus says nothing, the database asked of the nouns' translations (German: FreeDict into WordNet). Both words
 * folded. "unknown" where the pack has none or they say nothing.
 */
export function relateNouns(source: string, rewrite: string, pack: LanguagePack): WordRelation {
  const own = relateByThesaurus(source, rewrite, pack) ?? relateByWordNet(source, rewrite, pack);
  if (own && own.relation !== 'unknown') return own;
  return relateByTranslation(source, rewrite, pack) ?? own ?? { relation: 'unknown' };
}

/**
 * Whether two verb lemmas name one event: the same verb, or a synonym in the language's resource (a shared
 * OpenThesaurus set; a WordNet synset among both verbs' main senses). "unknown" otherwise: the resources do not say
 * two verbs are different events, only that these two are one.
 */
export function relateVerbs(source: string, rewrite: string, pack: LanguagePack): WordRelation {
  if (source === rewrite) return { relation: 'same' };
  const [a, b] = [fold(source), fold(rewrite)];
  const set = sharedThesaurusSet(a, b, pack);
  if (set) return { relation: 'same', resource: 'OpenThesaurus', via: set };
  const sense = sharedVerbSense(a, b, pack);
  return sense ? { relation: 'same', resource: 'WordNet', via: sense } : { relation: 'unknown' };
}

/**
 * Whether the language's resource lists a folded noun as a word of its own: a thesaurus or noun-lexicon entry
 * (German), a WordNet noun (English). A compound known only by its parts is not.
 */
export const isKnownNoun = (word: string, pack: LanguagePack): boolean =>
  isListedWord(word, pack) || sensesOf(word, 'n', pack).length > 0;

/**
 * Whether two folded nouns are synonyms outright: one OpenThesaurus set, or one WordNet synset ("tv", "television").
 * Narrower than `relateNouns`' "same", which also joins a kind and its kinds: two ports are both ports, not one.
 */
export const synonymousNouns = (a: string, b: string, pack: LanguagePack): boolean =>
  !!sharedThesaurusSet(a, b, pack) || shareSynset(a, b, 'n', pack);

/**
 * Whether two folded words can mean the same in some part of speech: one OpenThesaurus set, or one WordNet synset of
 * nouns, verbs, adjectives or adverbs ("building" and "construction" for the act; "around" and "some" before a figure).
 */
export const synonymousWords = (a: string, b: string, pack: LanguagePack): boolean =>
  !!sharedThesaurusSet(a, b, pack) ||
  (['n', 'v', 'a', 'r'] as const).some((pos) => shareSynset(a, b, pos, pack));

/**
 * The words that can mean what a folded word means: its OpenThesaurus sets' members, its WordNet synsets' words in
 * any part of speech ("archive": "archives", "file"). Read where a word is looked for in a whole text.
 */
export const synonymsOf = (word: string, pack: LanguagePack): string[] => [
  ...new Set([
    ...thesaurusSynonyms(word, pack),
    ...(['n', 'v', 'a', 'r'] as const).flatMap((pos) =>
      sensesOf(word, pos, pack).flatMap((s) => s.words.map((w) => fold(w.replace(/_/g, ' ')))),
    ),
  ]),
];

/** Whether two folded words have a WordNet synset of one part of speech in common. */
function shareSynset(a: string, b: string, pos: PartOfSpeech, pack: LanguagePack): boolean {
  const keys = new Set(sensesOf(a, pos, pack).map((s) => s.key));
  return sensesOf(b, pos, pack).some((s) => keys.has(s.key));
}

/**
 * Whether two folded verbs are opposites, in the lexical database, a step apart at most ("break" and "comply"):
 * where a negated verb is reworded as the other, the claim is the same. Languages without one say nothing.
 */
export const opposedVerbs = (a: string, b: string, pack: LanguagePack): boolean =>
  !!pack.wordnet && opposedWithinStep(sensesOf(a, 'v', pack), sensesOf(b, 'v', pack));

export type { Relation, WordRelation } from './types.js';
