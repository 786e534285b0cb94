import { answeredOnce } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { placesOfPeopleNoun } from './demonyms.js';
import { sensesOf } from './senses.js';
import { isKindOf } from './thesaurus-relation.js';

/** WordNet lists a word's senses by frequency: a person noun names a person in one of its first senses. */
const LEADING_SENSES = 2;

/**
 * Whether a folded noun names a person, by the language's resource: below "Person" in the thesaurus (German:
 * OpenThesaurus, with its word formation) or a person in WordNet's leading senses (English: "officer", "expert").
 */
export const isPersonNoun: (word: string, pack: LanguagePack) => boolean = answeredOnce(lookUp);

function lookUp(word: string, pack: LanguagePack): boolean {
  if (pack.thesaurus) return isKindOf(word, pack.thesaurus.personRoots, pack);
  const category = pack.wordnet?.personCategory;
  return (
    !!category &&
    sensesOf(word, 'n', pack)
      .slice(0, LEADING_SENSES)
      .some((s) => s.category === category)
  );
}

/**
 * Whether a folded noun names a person by their country: by the thesaurus ("Franzose") or by WordNet's member
 * links to a place ("Spaniard", "Swede").
 */
export const isNationalityNoun: (word: string, pack: LanguagePack) => boolean = answeredOnce((word, pack) =>
  pack.thesaurus
    ? isKindOf(word, pack.thesaurus.nationalityRoots, pack)
    : placesOfPeopleNoun(word, pack).length > 0,
);
