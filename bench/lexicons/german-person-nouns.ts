/**
 * Builds the German pack's list of nouns that name a person, from two resources: FreeDict's German–English dictionary
 * gives each German noun's senses in English, WordNet says which English nouns name a person in their first sense.
 * OpenThesaurus puts few occupations under "Person" ("Lehrer" stands under "Pädagoge" and no higher, "Koch" under
 * "Beruf"), so a speaker or a role told by such a noun ("die Wirtin", "ein Kellner") went unseen.
 *
 *   apt-get install dict-freedict-deu-eng   # FreeDict deu-eng (Ding), about 30 MB: needed only to rebuild
 *   node dist/bench/lexicons/german-person-nouns.js /usr/share/dictd src/lang
 *
 * A noun is listed where at least half of its senses with a translation WordNet knows are a person's: the sense's
 * first such translation has a person as its most frequent noun sense ("Lehrer": teacher; "Wirt": landlord, host).
 * A noun that names a person in one sense among things ("Leiter": head, ladder, conductor) is left out, and so is one
 * whose English word names a body part or a thing first ("Kopf": head).
 */
import { join } from 'node:path';
import { en } from '../../src/lang/en.js';
import { sensesOf } from '../../src/lexicon/senses.js';
import { fold } from '../../src/text/normalize.js';
import { type DictSense, dictSenses } from './dictd.js';
import { FREEDICT_AND_WORDNET, writeLexicon } from './write-lexicon.js';

/** A German noun as one word: capitalised, letters (and hyphens) only. */
const GERMAN_NOUN = /^\p{Lu}[\p{Ll}-]*\p{Ll}$/u;
/** An English translation WordNet may list: letters, spaces and hyphens. */
const ENGLISH_TERM = /^[a-z][a-z -]*[a-z]$/i;

/** Whether WordNet's most frequent noun sense of an English word or phrase is a person's; undefined if unknown. */
export type PersonSense = (english: string) => boolean | undefined;

export const wordnetPersonSense: PersonSense = (english) => {
  const [first] = sensesOf(english.toLowerCase().replace(/ /g, '_'), 'n', en);
  return first ? first.category === en.wordnet!.personCategory : undefined;
};

/** A sense's reading: its first translation WordNet knows names a person, or not; undefined if it knows none. */
function senseIsPerson(sense: DictSense, personSense: PersonSense): boolean | undefined {
  for (const t of sense.translations) {
    if (!ENGLISH_TERM.test(t.term)) continue;
    const person = personSense(t.term);
    if (person !== undefined) return person;
  }
  return undefined;
}

/** The folded German nouns most of whose known senses name a person, sorted by code unit for binary search. */
export function personNouns(senses: readonly DictSense[], personSense: PersonSense): string[] {
  const votes = new Map<string, { person: number; known: number }>();
  for (const sense of senses) {
    if (sense.part !== 'n' || !GERMAN_NOUN.test(sense.headword)) continue;
    const person = senseIsPerson(sense, personSense);
    if (person === undefined) continue;
    const word = fold(sense.headword);
    const v = votes.get(word) ?? { person: 0, known: 0 };
    v.known++;
    if (person) v.person++;
    votes.set(word, v);
  }
  return [...votes]
    .filter(([, v]) => v.person === v.known)
    .map(([word]) => word)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

if (process.argv[1]?.endsWith('german-person-nouns.js')) {
  const [dictd, outDir] = process.argv.slice(2);
  if (!dictd || !outDir) throw new Error('usage: german-person-nouns.js DICTD_DIR OUT_DIR');
  const senses = dictSenses(join(dictd, 'freedict-deu-eng.index'), join(dictd, 'freedict-deu-eng.dict.dz'));
  const nouns = personNouns(senses, wordnetPersonSense);
  const header = [
    '# German nouns that name a person: most of their FreeDict deu-eng senses translate to an English noun whose most',
    '# frequent WordNet 3.1 sense is a person. Written by bench/lexicons/german-person-nouns.ts: do not edit by hand.',
    ...FREEDICT_AND_WORDNET,
    '# One folded lemma a line, sorted by code unit for binary search.',
  ];
  writeLexicon(outDir, 'de-person-nouns.txt', header, nouns, 'nouns');
}
