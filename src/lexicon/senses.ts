import { derived } from '../lang/derived.js';
import { irregularForms } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { senses, type Synset } from '../lang/wordnet/synsets.js';

/** The pack's irregular forms ("sold" → "sell"), read on first use. */
const baseOf = (word: string, pack: LanguagePack): string | undefined =>
  derived(pack, irregularForms).get(word);

/** A word's senses in one part of speech, through regular and the pack's irregular inflections. */
export function sensesOf(word: string, pos: PartOfSpeech, pack: LanguagePack): Synset[] {
  if (!pack.wordnet) return [];
  const base = baseOf(word, pack);
  return base && base !== word ? [...senses(word, pos), ...senses(base, pos)] : senses(word, pos);
}
