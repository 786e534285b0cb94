import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateDeplain } from './deplain.js';
import { evaluateInjection } from './injection.js';
import { readJsonl } from './jsonl.js';
import { formatReport } from './print.js';
import { evaluateRewrites } from './rewrites.js';
import { evaluateSummEdits } from './summedits.js';

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: '../shared/data' },
    /** A rewrites set built like rewrites-dev, such as a held-out one. */
    rewrites: { type: 'string' },
    json: { type: 'boolean', default: false },
    /** Every miss and every alarm of the rewrite benchmark, with its explanation. */
    verbose: { type: 'boolean', short: 'v', default: false },
  },
});
const data = values.data!;
const files = {
  deplain: join(data, 'deplain-web-align-dev.jsonl'),
  apaRst: join(data, 'apa-rst-align.jsonl'),
  summedits: join(data, 'summedits-news-dev.jsonl'),
  rewrites: values.rewrites ?? join(data, 'rewrites-dev'),
};
for (const file of Object.values(files)) {
  if (!existsSync(file)) {
    process.stderr.write(`eval: ${file} not found; pass the data folder with --data\n`);
    process.exit(2);
  }
}

const seedDir = new URL('../../../seeds/', import.meta.url);
const seeds = readdirSync(seedDir).map((f) => readFileSync(new URL(f, seedDir), 'utf8'));
const articles = [...new Set(readJsonl<{ doc: string }>(files.summedits).map((r) => r.doc))];

const results = {
  rewrites: await evaluateRewrites(files.rewrites, data),
  alignment: evaluateDeplain(files.deplain),
  alignmentApa: evaluateDeplain(files.apaRst),
  injection: evaluateInjection([
    { language: 'de', texts: seeds },
    { language: 'en', texts: articles },
  ]),
  summeditsArticle: evaluateSummEdits(files.summedits, 'article'),
  summeditsVersion: evaluateSummEdits(files.summedits, 'version'),
};

process.stdout.write(
  values.json ? `${JSON.stringify(results, null, 2)}\n` : formatReport(results, { verbose: values.verbose! }),
);
