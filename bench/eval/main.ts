import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateDeplain } from './deplain.js';

const { values } = parseArgs({
  options: { data: { type: 'string', default: '../shared/data' }, json: { type: 'boolean', default: false } },
});
const data = values.data!;
const deplain = join(data, 'deplain-web-align-dev.jsonl');
if (!existsSync(deplain)) {
  process.stderr.write(`eval: ${deplain} not found; pass the data folder with --data\n`);
  process.exit(2);
}

const pct = (x: number): string => x.toFixed(3);
const started = Date.now();
const alignment = evaluateDeplain(deplain);
const results = { alignment };
if (values.json) {
  process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
} else {
  process.stdout.write(
    [
      'Alignment — DEplain-web development split (German), scored like DEplain evaluate.py',
      `  documents ${alignment.documents}  gold pairs ${alignment.gold}  predicted ${alignment.predicted}  correct ${alignment.correct}`,
      `  precision ${pct(alignment.precision)}  recall ${pct(alignment.recall)}  F1 ${pct(alignment.f1)}   (MASSalign F1 0.61 on the full test set)`,
      `  (${((Date.now() - started) / 1000).toFixed(1)} s)`,
      '',
    ].join('\n'),
  );
}
