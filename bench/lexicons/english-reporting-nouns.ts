/**
 * Builds the English pack's list of reporting-verb forms that are more often nouns than verbs ("state", "report",
 * "claims", "estimates"; not "says", "warned"), from the lexicon of pos-js (Eric Brill's tagger lexicon, tags ordered
 * by frequency), which natural ships for its Brill tagger. English marks no noun, so "in its original state" and
 * "officials state that …" look alike; such a form is read as the verb only where the grammar shows one.
 *
 *   node dist/bench/lexicons/english-reporting-nouns.js \
 *     node_modules/natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json \
 *     > src/lang/en-reporting-nouns.ts
 */
import { readFileSync } from 'node:fs';
import { isReportingVerb } from '../../src/clauses/reporting-verbs.js';
import { languagePack } from '../../src/lang/index.js';

const [path] = process.argv.slice(2);
if (!path) throw new Error('usage: english-reporting-nouns.js LEXICON_JSON');
const lexicon = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
const pack = languagePack('en');

/** Lower-case words whose first (most frequent) tag is a common noun, that are also verbs, and that report speech. */
const forms = Object.entries(lexicon)
  .filter(
    ([word, tags]) =>
      /^[a-z]+$/.test(word) &&
      /^NNS?$/.test(tags[0]!) &&
      tags.some((t) => t.startsWith('VB')) &&
      isReportingVerb(word, pack),
  )
  .map(([word]) => word)
  .sort();

const lines: string[] = [];
for (let i = 0; i < forms.length; i += 12) lines.push(forms.slice(i, i + 12).join(' '));
process.stdout.write(`/**
 * English reporting-verb forms whose most frequent reading is a noun, from the pos-js lexicon (Eric Brill's tagger
 * lexicon) as natural ships it, written by bench/lexicons/english-reporting-nouns.ts: do not edit by hand.
 *
 * pos-js (jspos) by Percy Wegmann, after Mark Watson's FastTag and Eric Brill's lexicon: GNU LGPL 3.0.
 */
export const englishReportingNouns = \`${lines.join('\n')}\`;
`);
