import { answeredOnce } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { verbReader } from '../clauses/verb-forms.js';
import { sensesOf } from './senses.js';
import { isListedWord } from './thesaurus-relation.js';

const PARTS_OF_SPEECH = ['n', 'v', 'a', 'r'] as const;

function lookUp(word: string, pack: LanguagePack): boolean {
  return (
    pack.numberWords.has(word) ||
    pack.ordinalWords.has(word) ||
    isListedWord(word, pack) ||
    verbReader(pack)(word).length > 0 ||
    PARTS_OF_SPEECH.some((pos) => sensesOf(word, pos, pack).length > 0)
  );
}

/**
 * Whether the language's resources know a folded word as one of its own: a thesaurus or noun-lexicon entry or a verb
 * form (German), a WordNet lemma of any part of speech (English), or a number word of the pack, a closed class the
 * thesaurus leaves out ("Drei Bieter" opens no name). "Kate", "Merkel" are not; "Darling", "Berg" are.
 */
export const isWordOfLanguage: (word: string, pack: LanguagePack) => boolean = answeredOnce(lookUp);
