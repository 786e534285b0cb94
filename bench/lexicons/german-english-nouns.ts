/**
 * Builds the German pack's index of nouns in English, from FreeDict's German–English dictionary and WordNet: for each
 * German noun, the first translation of its first sense that WordNet knows as a noun ("Wein": wine, "Spinat":
 * spinach). OpenThesaurus places few concrete things under a kind ("Wein" and "Bier" stand under nothing), so two
 * different things of one kind in the same slot ("etwa Wein" → "etwa Bier") went unseen; WordNet places their English
 * names ("wine", "beer": both food). The dictionary lists a noun's most common sense first.
 *
 *   apt-get install dict-freedict-deu-eng   # FreeDict deu-eng (Ding), about 30 MB: needed only to rebuild
 *   node dist/bench/lexicons/german-english-nouns.js /usr/share/dictd src/lang
 *
 * Only nouns whose English word's most frequent WordNet sense is of a concrete kind are kept (the pack's
 * `concreteKinds` of English): the only ones the kind test can use, which keeps the file small.
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

/** An English noun as WordNet writes its lemmas ("nursing_home"), if WordNet knows it; its first sense's kind. */
export type EnglishNoun = (term: string) => { lemma: string; kind: string } | undefined;

export const wordnetNoun: EnglishNoun = (term) => {
  const lemma = term.toLowerCase().replace(/ /g, '_');
  const [first] = sensesOf(lemma, 'n', en);
  return first ? { lemma, kind: first.category } : undefined;
};

/** "folded-german|english" lines for the first sense of each noun, sorted by key in code units for binary search. */
export function germanEnglishNouns(
  senses: readonly DictSense[],
  noun: EnglishNoun,
  kinds: readonly string[],
): string[] {
  const first = new Map<string, string>();
  for (const sense of senses) {
    if (sense.part !== 'n' || !GERMAN_NOUN.test(sense.headword)) continue;
    const word = fold(sense.headword);
    if (first.has(word)) continue;
    for (const t of sense.translations) {
      if (!ENGLISH_TERM.test(t.term)) continue;
      const known = noun(t.term);
      if (!known) continue;
      if (kinds.includes(known.kind)) first.set(word, known.lemma);
      break;
    }
  }
  return [...first]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([word, english]) => `${word}|${english}`);
}

if (process.argv[1]?.endsWith('german-english-nouns.js')) {
  const [dictd, outDir] = process.argv.slice(2);
  if (!dictd || !outDir) throw new Error('usage: german-english-nouns.js DICTD_DIR OUT_DIR');
  const senses = dictSenses(join(dictd, 'freedict-deu-eng.index'), join(dictd, 'freedict-deu-eng.dict.dz'));
  const lines = germanEnglishNouns(senses, wordnetNoun, en.wordnet!.concreteKinds);
  const header = [
    '# German nouns with the English noun FreeDict deu-eng gives first for their first sense, where WordNet 3.1 knows',
    '# it and its most frequent sense is of a concrete kind. Written by bench/lexicons/german-english-nouns.ts: do not',
    '# edit by hand.',
    ...FREEDICT_AND_WORDNET,
    '# "folded-german|english" a line, sorted by key in code units for binary search.',
  ];
  writeLexicon(outDir, 'de-en-nouns.txt', header, lines, 'nouns');
}
