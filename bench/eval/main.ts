import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateDeplain } from './deplain.js';
import { evaluateInjection } from './injection.js';
import { readJsonl } from './jsonl.js';
import { evaluateSummEdits } from './summedits.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data' }, json: { type: 'boolean', default: false } },
});
const data = values.data!;
const files = {
  deplain: join(data, 'deplain-web-align-dev.jsonl'),
  summedits: join(data, 'summedits-news-dev.jsonl'),
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

const alignment = evaluateDeplain(files.deplain);
const injection = evaluateInjection([
  { language: 'de', texts: seeds },
  { language: 'en', texts: articles },
]);
const summeditsArticle = evaluateSummEdits(files.summedits, 'article');
const summeditsVersion = evaluateSummEdits(files.summedits, 'version');

if (values.json) {
  process.stdout.write(
    `${JSON.stringify({ alignment, injection, summeditsArticle, summeditsVersion }, null, 2)}\n`,
  );
} else {
  const f3 = (x: number): string => x.toFixed(3);
  const pct = (x: number): string => (100 * x).toFixed(1);
  const out = [
    'Alignment — DEplain-web dev (German), scored like DEplain evaluate.py',
    `  gold ${alignment.gold}  predicted ${alignment.predicted}  correct ${alignment.correct}`,
    `  precision ${f3(alignment.precision)}  recall ${f3(alignment.recall)}  F1 ${f3(alignment.f1)}   (MASSalign F1 0.61; aim ≥ 0.70)`,
    '',
    `Drift injection — ${injection.cases} edited sentences of the seeds (de) and SummEdits articles (en), ${injection.controls} controls`,
    `  ${'type'.padEnd(18)} ${'cases'.padStart(5)}  precision  recall   (aim ≥ 0.90 each)`,
    ...Object.entries(injection.byType).map(
      ([type, s]) =>
        `  ${type.padEnd(18)} ${String(s.cases).padStart(5)}  ${f3(s.precision).padStart(9)}  ${f3(s.recall).padStart(6)}`,
    ),
    `  meaning-preserving controls with a medium/high finding: ${injection.noisyControls} of ${injection.controls}`,
    '',
    'SummEdits news dev — flagged = any non-omission finding of medium or high severity',
    `  article → summary:           balanced accuracy ${pct(summeditsArticle.balancedAccuracy)}  (TPR ${pct(summeditsArticle.truePositiveRate)}, TNR ${pct(summeditsArticle.trueNegativeRate)}; aim ≥ 80)`,
    `  original → edited summary:   balanced accuracy ${pct(summeditsVersion.balancedAccuracy)}  (TPR ${pct(summeditsVersion.truePositiveRate)}, TNR ${pct(summeditsVersion.trueNegativeRate)}; aim ≥ 90)`,
    '  published on news: GPT-4 83.3, QAFactEval 74.4, SummaC-Conv 61.9, humans 90.0',
    '',
  ];
  process.stdout.write(out.join('\n'));
}
