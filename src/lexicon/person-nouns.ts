import { answeredOnce, derived } from '../lang/derived.js';
import { readLexicon } from '../lang/lexicon-files.js';
import type { LanguagePack } from '../lang/pack.js';
import { sortedLines, type SortedLines } from '../lang/sorted-lines.js';
import { placesOfPeopleNoun } from './demonyms.js';
import { sensesOf } from './senses.js';
import { isKindOf, listedByFormation } from './thesaurus-relation.js';

/** WordNet lists a word's senses by frequency: a person noun names a person in one of its first senses. */
const LEADING_SENSES = 2;

/**
 * Whether a folded noun names a person, by the language's resource: below "Person" in the thesaurus or in the
 * dictionary's list of person nouns (German: OpenThesaurus; FreeDict with WordNet; with its word formation) or a
 * person in WordNet's leading senses (English: "officer", "expert").
 */
export const isPersonNoun: (word: string, pack: LanguagePack) => boolean = answeredOnce((word, pack) =>
  lookUp(word, pack, true),
);

/**
 * Whether a folded noun names a person by the thesaurus's hierarchy alone, not the dictionary's list. The list holds
 * occupations that are common surnames too ("Müller", "Koch", "Meier"): where every noun is capitalised, it may not
 * decide that a word is no name.
 */
export const isPersonNounByHierarchy: (word: string, pack: LanguagePack) => boolean = answeredOnce(
  (word, pack) => lookUp(word, pack, false),
);

const personNounList = (pack: LanguagePack): SortedLines | undefined =>
  pack.thesaurus?.personNouns ? sortedLines(readLexicon(pack.thesaurus.personNouns)) : undefined;

function lookUp(word: string, pack: LanguagePack, withList: boolean): boolean {
  if (pack.thesaurus) {
    // The thesaurus puts few occupations under "Person" ("Lehrer", "Koch"): the dictionary's list has them.
    const list = withList ? derived(pack, personNounList) : undefined;
    const person = (w: string) =>
      isKindOf(w, pack.thesaurus!.personRoots, pack) || (!!list && listedByFormation(w, list, pack));
    return person(word) || masculinesOf(word, pack).some(person);
  }
  const category = pack.wordnet?.personCategory;
  return (
    !!category &&
    sensesOf(word, 'n', pack)
      .slice(0, LEADING_SENSES)
      .some((s) => s.category === category)
  );
}

/** Without a feminine ending: "ministerin" is "minister", "sprecherinnen" "sprecher". */
export const masculine = (title: string, pack: LanguagePack): string => {
  const ending = pack.feminineEndings.find((e) => title.endsWith(e) && title.length - e.length >= 4);
  return ending ? title.slice(0, -ending.length) : title;
};

/**
 * The masculine nouns a feminine one may be formed from ("Anwohnerin" of "Anwohner", "Ärztin" of "Arzt", "Expertin"
 * of "Experte"): a person's noun made feminine names a person.
 */
function masculinesOf(word: string, pack: LanguagePack): string[] {
  const base = masculine(word, pack);
  if (base === word) return [];
  const { umlauts, droppedEndings } = pack.feminineBase;
  const at = Math.max(...[...umlauts.keys()].map((u) => base.lastIndexOf(u)));
  const bases = at >= 0 ? [base, base.slice(0, at) + umlauts.get(base[at]!)! + base.slice(at + 1)] : [base];
  return bases.flatMap((b) => [b, ...droppedEndings.map((e) => b + e)]);
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
