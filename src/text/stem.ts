import { createRequire } from 'node:module';
import type { Language } from '../types.js';

// natural's top-level entry loads every module (and prints a dotenv banner): load the two stemmers only,
// and only when the first word is stemmed (they read natural's stop-word lists, ~20 ms at start-up).
const require = createRequire(import.meta.url);
interface Stemmer {
  stem(word: string): string;
}
const paths: Record<Language, string> = {
  de: 'natural/lib/natural/stemmers/porter_stemmer_de.js',
  en: 'natural/lib/natural/stemmers/porter_stemmer.js',
};
const stemmers: Partial<Record<Language, Stemmer>> = {};

const cache: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };

/** The Porter stem of an already folded (lower-case) word. */
export function stem(word: string, language: Language): string {
  const memo = cache[language];
  let s = memo.get(word);
  if (s === undefined) {
    s = (stemmers[language] ??= require(paths[language]) as Stemmer).stem(word);
    memo.set(word, s);
  }
  return s;
}
