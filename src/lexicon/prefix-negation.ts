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

/**
 * The prefix that negates a folded word, where a lexicon confirms it ("un" of "unable", "im" of "impossible"); none
 * for "under" or "import". A prefix that begins many words it does not negate needs the base as the word's listed
 * opposite; "un" and "nicht" need only a known base. Without the antonym prefixes where the word may stand far from
 * what it denies: "immediately" is the opposite of "mediately", and denies no word after it.
 */
export function negatingPrefixOf(
  word: string,
  pack: LanguagePack,
  withAntonymPrefixes = true,
): string | undefined {
  const opposed = (prefix: string) => {
    const base = word.slice(prefix.length);
    if (!word.startsWith(prefix) || base.length < MIN_BASE) return undefined;
    return {
      base,
      listed: !!derived(pack, antonymIndex).get(stem(word, pack.code))?.has(stem(base, pack.code)),
    };
  };
  return (
    pack.negatingPrefixes.find((prefix) => {
      const split = opposed(prefix);
      return !!split && (split.listed || isThesaurusWord(split.base, pack));
    }) ?? (withAntonymPrefixes ? pack.antonymPrefixes.find((prefix) => opposed(prefix)?.listed) : undefined)
  );
}
