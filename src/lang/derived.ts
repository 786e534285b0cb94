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
