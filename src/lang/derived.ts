import type { LanguagePack } from './pack.js';

const built = new WeakMap<LanguagePack, Map<(pack: LanguagePack) => unknown, unknown>>();

/**
 * An index built from a pack's data on first use and kept with the pack: lexicons stay plain data, and
 * nothing is built at start-up that a comparison does not ask for.
 */
export function derived<T>(pack: LanguagePack, build: (pack: LanguagePack) => T): T {
  let indexes = built.get(pack);
  if (!indexes) built.set(pack, (indexes = new Map()));
  if (!indexes.has(build)) indexes.set(build, build(pack));
  return indexes.get(build) as T;
}

/**
 * A question about a word, answered once per pack and word and kept with the pack: the same words recur in every
 * sentence, and some answers walk a lexicon.
 */
export function answeredOnce<T>(
  answer: (word: string, pack: LanguagePack) => T,
): (word: string, pack: LanguagePack) => T {
  const answers = (_pack: LanguagePack): Map<string, T> => new Map();
  return (word, pack) => {
    const known = derived(pack, answers);
    if (!known.has(word)) known.set(word, answer(word, pack));
    return known.get(word) as T;
  };
}
