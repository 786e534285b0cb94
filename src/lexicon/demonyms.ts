import { answeredOnce } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { synset } from '../lang/wordnet/synsets.js';
import { sensesOf } from './senses.js';

/**
 * The place a word names its people or its things by, by word formation from the pack's place names: "Brasilianer"
 * (Brasilien), "Argentinier" (Argentinien), "tschechische" (Tschechien), "französisch" (Frankreich, listed). A word
 * that is the place itself is no demonym.
 */
export const placeOfDemonym = (word: string, pack: LanguagePack): string | undefined =>
  demonymOf(word, pack)?.place;

/** The place and the ending that makes the word its demonym ("Brasilianer": Brasilien, "aner"). */
export const demonymOf: (word: string, pack: LanguagePack) => { place: string; ending: string } | undefined =
  answeredOnce(lookUp);

function lookUp(word: string, pack: LanguagePack): { place: string; ending: string } | undefined {
  if (!pack.placeNames.size || pack.placeNames.has(word)) return undefined;
  const { nameEndings, adjectiveEndings, irregular } = pack.demonyms;
  for (const [place, demonym] of irregular)
    for (const ending of adjectiveEndings) if (word === demonym + ending) return { place, ending };
  for (const ending of adjectiveEndings) {
    if (!ending || !word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length);
    if (stem.length < 4) continue;
    const place = ['', ...nameEndings].map((e) => stem + e).find((p) => pack.placeNames.has(p));
    if (place) return { place, ending };
  }
  return undefined;
}

/**
 * The single words WordNet joins to a word by a member link: from a person noun to the place it is a member of ("#m":
 * "Spaniard" → spain), or from a place to its members ("%m": "Spain" → spaniard). Other categories are left out.
 */
const memberLink = (pointer: '#m' | '%m') =>
  answeredOnce((word: string, pack: LanguagePack): readonly string[] => {
    const wordnet = pack.wordnet;
    if (!wordnet) return [];
    const [from, to] =
      pointer === '#m'
        ? [wordnet.personCategory, wordnet.placeCategory]
        : [wordnet.placeCategory, wordnet.personCategory];
    return sensesOf(word, 'n', pack)
      .filter((s) => s.category === from)
      .flatMap((s) => s.pointers.filter((p) => p.symbol === pointer).map((p) => synset(p.key)))
      .filter((s) => s.category === to)
      .flatMap((s) => s.words.filter((w) => !w.includes('_')));
  });

/**
 * The places a people noun names its people of: "Spaniard" → spain, "Swede" → sweden. English writes a demonym like
 * a name, so word formation from place names cannot find it; the lexical database can.
 */
export const placesOfPeopleNoun = memberLink('#m');

/** The nouns WordNet gives for a place's people: "Spain" → spaniard, "Sweden" → swede. */
export const peopleNounsOfPlace = memberLink('%m');
