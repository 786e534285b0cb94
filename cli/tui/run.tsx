import { render } from 'ink';
import { dirname, join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  articleReport,
  InputError,
  renderMarkdownReport,
  type Report,
  type ReviewFile,
} from '../../src/index.js';
import { usedOptions, type ReviewFileArgs } from '../args.js';
import type { InputArticle } from '../input.js';
import { writeFileAtomic } from '../output.js';
import { colorWanted } from '../render/style.js';
import { loadReview, reviewPath, saveReview } from '../review-file.js';
import { version } from '../version.js';
import { App } from './App.js';
import { Comparing } from './Comparing.js';

/**
 * Opens the review screen and resolves when the user quits. The screen names the articles at once and
 * shows the findings when `compareArticles` returns: on long articles the comparison takes seconds.
 */
export async function runReview(
  args: ReviewFileArgs,
  inputs: { source: InputArticle; rewrite: InputArticle },
  compareArticles: () => Report,
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
  const colors = colorWanted(args.color, process.stdout);
  const app = render(
    <Comparing
      source={articleReport(inputs.source.article)}
      rewrite={articleReport(inputs.rewrite.article)}
      colors={colors}
    />,
    { exitOnCtrlC: true },
  );
  // The comparison blocks the event loop: let the first frame reach the terminal before it starts.
  await nextTurn();
  let report: Report;
  try {
    report = compareArticles();
  } catch (error) {
    app.unmount();
    throw error;
  }
  app.rerender(
    <App
      report={report}
      review={review}
      colors={colors}
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
  );
  await app.waitUntilExit();
}
