import { createRequire } from 'node:module';
import type { Language } from '../types.js';

// natural's top-level entry loads every module (and prints a dotenv banner): load the two stemmers only.
const require = createRequire(import.meta.url);
interface Stemmer {
  stem(word: string): string;
}
const stemmers: Record<Language, Stemmer> = {
  de: require('natural/lib/natural/stemmers/porter_stemmer_de.js') as Stemmer,
  en: require('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer,
};

const cache: Record<Language, Map<string, string>> = { de: new Map(), en: new Map() };

/** The Porter stem of an already folded (lower-case) word. */
export function stem(word: string, language: Language): string {
  const memo = cache[language];
  let s = memo.get(word);
  if (s === undefined) {
    s = stemmers[language].stem(word);
    memo.set(word, s);
  }
  return s;
}
