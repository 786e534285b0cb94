import { derived } from '../lang/derived.js';
import { antonymIndex } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import { stem } from '../text/stem.js';
import { isThesaurusWord } from './thesaurus-relation.js';

/** The shortest base a negating prefix is taken off here, where a lexicon confirms it: "un-able". */
const MIN_BASE = 4;

/**
 * Whether a folded word is the negation of another by its prefix, as a lexicon confirms: "unable" is WordNet's
 * antonym of "able", "unmöglich" is "un" before a word OpenThesaurus knows. The prefix alone proves nothing: "under",
 * "ungefähr", "until".
 */
export const isPrefixNegation = (word: string, pack: LanguagePack): boolean =>
  negatingPrefixOf(word, pack) !== undefined;

/** The prefix that negates a folded word, where a lexicon confirms it ("un" of "unable"); none for "under". */
export function negatingPrefixOf(word: string, pack: LanguagePack): string | undefined {
  return pack.negatingPrefixes.find((prefix) => {
    const base = word.slice(prefix.length);
    if (!word.startsWith(prefix) || base.length < MIN_BASE) return false;
    const opposites = derived(pack, antonymIndex).get(stem(word, pack.code));
    return !!opposites?.has(stem(base, pack.code)) || isThesaurusWord(base, pack);
  });
}
