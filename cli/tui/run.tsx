import { render } from 'ink';
import { dirname, join } from 'node:path';
import { InputError, type Report } from '../../src/index.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import type { ReviewFile } from '../../src/report/review.js';
import { usedOptions } from '../commands/report.js';
import type { ReviewArgs } from '../commands/review.js';
import type { InputArticle } from '../input.js';
import { writeFileAtomic } from '../output.js';
import { colorWanted } from '../render/style.js';
import { loadReview, reviewPath, saveReview } from '../review-file.js';
import { version } from '../version.js';
import { App } from './App.js';

/** Opens the review screen and resolves when the user quits. */
export async function runReview(
  args: ReviewArgs,
  report: Report,
  inputs: { source: InputArticle; rewrite: InputArticle },
): Promise<void> {
  if (!process.stdin.isTTY)
    throw new InputError('the review screen needs a terminal; use factdiff check (or --json) in pipes');
  const file = reviewPath(args.rewrite, args['review-file']);
  const review = loadReview(file, args.source, args.rewrite);
  const exportPath = join(
    dirname(file),
    `${file
      .replace(/\.review\.json$/, '')
      .split('/')
      .pop()}.report.md`,
  );
  const app = render(
    <App
      report={report}
      review={review}
      colors={colorWanted(args.color, process.stdout)}
      saveReview={(r: ReviewFile) => {
        saveReview(file, r);
        return file;
      }}
      exportReport={(r: ReviewFile) => {
        const markdown = renderMarkdownReport(report, {
          version,
          sha256: { source: inputs.source.sha256, rewrite: inputs.rewrite.sha256 },
          review: r,
          options: usedOptions(args),
        });
        writeFileAtomic(exportPath, markdown);
        return exportPath;
      }}
    />,
    { exitOnCtrlC: true },
  );
  await app.waitUntilExit();
}
