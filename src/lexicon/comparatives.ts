import { comparativeBases } from '../lang/degree.js';
import type { LanguagePack } from '../lang/pack.js';
import { isWordOfLanguage } from './known-words.js';

/**
 * The bases of a word read as a comparative, where the language knows the base as a word of content: "stricter" →
 * "strict", "wichtiger" → "wichtig". An ending alone does not make one: "sicher" is no comparative of "sich", nor
 * "water" of "wat".
 */
export const comparedBases = (word: string, pack: LanguagePack): string[] =>
  comparativeBases(word, pack).filter((base) => !pack.stopwords.has(base) && isWordOfLanguage(base, pack));
