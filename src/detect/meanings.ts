import type { LanguagePack } from '../lang/pack.js';
import { pairs } from '../lang/table.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { senses, type Synset } from '../lang/wordnet/synsets.js';

const irregular = new WeakMap<LanguagePack, Map<string, string>>();

/** The pack's irregular forms ("sold" → "sell"), read on first use. */
function baseOf(word: string, pack: LanguagePack): string | undefined {
  let forms = irregular.get(pack);
  if (!forms) irregular.set(pack, (forms = new Map(pairs(pack.wordnet?.irregularForms ?? ''))));
  return forms.get(word);
}

/** A word's senses in one part of speech, through regular and the pack's irregular inflections. */
export function sensesOf(word: string, pos: PartOfSpeech, pack: LanguagePack): Synset[] {
  if (!pack.wordnet) return [];
  const base = baseOf(word, pack);
  return base && base !== word ? [...senses(word, pos), ...senses(base, pos)] : senses(word, pos);
}
