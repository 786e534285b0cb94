/**
 * Builds the English pack's list of third-person present forms that are more often verbs than nouns ("raises",
 * "takes", "says"; not "talks", "plans", "taxes"), from the lexicon of pos-js (Eric Brill's tagger lexicon, tags
 * ordered by frequency), which natural ships for its Brill tagger. English marks no noun, so "Pay raises" and "The
 * government raises" look alike; the more frequent reading decides, where a subject stands right before the word.
 *
 *   node dist/bench/lexicons/english-present-verbs.js \
 *     node_modules/natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json \
 *     > src/lang/en-present-verbs.ts
 */
import { readFileSync } from 'node:fs';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: english-present-verbs.js LEXICON_JSON');
const lexicon = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;

/** Lower-case words of letters whose first (most frequent) tag is the third-person present. */
const forms = Object.entries(lexicon)
  .filter(([word, tags]) => /^[a-z]+s$/.test(word) && tags[0] === 'VBZ')
  .map(([word]) => word)
  .sort();

const lines: string[] = [];
for (let i = 0; i < forms.length; i += 12) lines.push(forms.slice(i, i + 12).join(' '));
process.stdout.write(`/**
 * English third-person present forms whose most frequent reading is the verb, from the pos-js lexicon (Eric Brill's
 * tagger lexicon) as natural ships it, written by bench/lexicons/english-present-verbs.ts: do not edit by hand.
 *
 * pos-js (jspos) by Percy Wegmann, after Mark Watson's FastTag and Eric Brill's lexicon: GNU LGPL 3.0.
 */
export const englishPresentVerbs = \`${lines.join('\n')}\`;
`);
