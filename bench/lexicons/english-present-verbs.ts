/**
 * Builds the English pack's lists of third-person present forms and of base forms that are more often verbs than
 * nouns ("raises", "takes", "says"; not "talks", "plans", "taxes"; "wear", "affect"; not "plan", "rise"), from the
 * lexicon of pos-js (Eric Brill's tagger lexicon, tags ordered by frequency), which natural ships for its Brill
 * tagger. English marks no noun, so "Pay raises" and "The government raises" look alike; the more frequent reading
 * decides, where a subject stands right before the word.
 *
 *   node dist/bench/lexicons/english-present-verbs.js \
 *     node_modules/natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json \
 *     > src/lang/en-present-verbs.ts
 */
import { readFileSync } from 'node:fs';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: english-present-verbs.js LEXICON_JSON');
const lexicon = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;

/** Lower-case words of letters whose first (most frequent) tag is one of these. */
const wordsFirstTagged = (tags: readonly string[], shape: RegExp): string[] =>
  Object.entries(lexicon)
    .filter(([word, t]) => shape.test(word) && tags.includes(t[0]!))
    .map(([word]) => word)
    .sort();

const lines = (forms: string[]): string => {
  const out: string[] = [];
  for (let i = 0; i < forms.length; i += 12) out.push(forms.slice(i, i + 12).join(' '));
  return out.join('\n');
};
process.stdout.write(`/**
 * English third-person present forms and base forms whose most frequent reading is the verb, from the pos-js
 * lexicon (Eric Brill's tagger lexicon) as natural ships it, written by bench/lexicons/english-present-verbs.ts: do
 * not edit by hand.
 *
 * pos-js (jspos) by Percy Wegmann, after Mark Watson's FastTag and Eric Brill's lexicon: GNU LGPL 3.0.
 */
export const englishPresentVerbs = \`${lines(wordsFirstTagged(['VBZ'], /^[a-z]+s$/))}\`;

/** Base forms (the present after a plural subject) whose most frequent reading is the verb: "wear", "affect". */
export const englishBaseVerbs = \`${lines(wordsFirstTagged(['VBP', 'VB'], /^[a-z]+$/))}\`;
`);
