import { render } from 'ink';
import { useEffect, useState } from 'react';
import {
  articleReport,
  InputError,
  renderMarkdownReport,
  type Progress,
  type Report,
  type ReviewFile,
  type Severity,
} from '../../src/index.js';
import { usedOptions, type ReviewFileArgs } from '../args.js';
import type { Comparison } from '../comparison.js';
import { EXIT } from '../exit.js';
import type { InputArticle } from '../input.js';
import { writeFileAtomic } from '../output.js';
import { colorWanted } from '../render/style.js';
import { loadReview, reviewPath, ReviewStore } from '../review-file.js';
import { version } from '../version.js';
import { App, type DecisionStore } from './App.js';
import { Comparing } from './Comparing.js';

/**
 * Opens the review screen and resolves with the exit status when the user quits. The screen names the
 * articles at once and shows the findings when the comparison ends: on long articles it takes seconds,
 * and q or Ctrl-C stop it.
 */
export async function runReview(
  args: ReviewFileArgs,
  inputs: { source: InputArticle; rewrite: InputArticle },
  comparison: Comparison,
): Promise<number> {
  if (!process.stdin.isTTY)
    throw new InputError('the review screen needs a terminal; use factdiff check (or --json) in pipes');
  const file = reviewPath(args.rewrite, args['review-file']);
  if (!file)
    throw new InputError(
      'the rewrite comes from standard input: give --review-file FILE to keep the review decisions',
    );
  const pair = {
    source: args.source,
    rewrite: args.rewrite,
    sha256: { source: inputs.source.sha256, rewrite: inputs.rewrite.sha256 },
  };
  const review = loadReview(file, pair, (w) => {
    if (!args.quiet) process.stderr.write(`factdiff: warning: ${w}\n`);
  });
  const store = new ReviewStore(file, pair);
  const exportPath = file.replace(/(\.review)?\.json$/, '') + '.report.md';
  const exportReport = (report: Report) => (r: ReviewFile) => {
    const markdown = renderMarkdownReport(report, {
      version,
      sha256: pair.sha256,
      review: r,
      options: usedOptions(args),
    });
    writeFileAtomic(exportPath, markdown);
    return exportPath;
  };
  let status: number = EXIT.ok;
  let failure: unknown;
  let done = false;
  const restoreScreen = enterAlternateScreen();
  const app = render(
    <Review
      inputs={inputs}
      comparison={comparison}
      review={review}
      store={store}
      exportReport={exportReport}
      colors={colorWanted(args.color, process.stdout)}
      minSeverity={args['min-severity'] ?? 'low'}
      onExit={(s, error) => {
        // The first way out counts: a cancelled comparison still reports its end afterwards.
        if (done) return;
        done = true;
        status = s;
        failure = error;
        comparison.cancel();
        app.unmount();
      }}
    />,
    // Ctrl-C is the screen's to handle: it must exit 130, and stop a running comparison.
    { exitOnCtrlC: false },
  );
  try {
    await app.waitUntilExit();
  } finally {
    restoreScreen();
  }
  if (failure) throw failure;
  return status;
}

const ENTER_ALTERNATE_SCREEN = '\u001b[?1049h\u001b[H';
const LEAVE_ALTERNATE_SCREEN = '\u001b[?1049l';

/**
 * Full-screen tools draw on the terminal's alternate screen and leave the user's scrollback as it was
 * (less, vim, lazygit); Ink has no option for it. Restored on quit, and on any exit, crash or not.
 */
function enterAlternateScreen(): () => void {
  process.stdout.write(ENTER_ALTERNATE_SCREEN);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    process.stdout.write(LEAVE_ALTERNATE_SCREEN);
    process.off('exit', restore);
  };
  process.on('exit', restore);
  return restore;
}

interface ReviewProps {
  inputs: { source: InputArticle; rewrite: InputArticle };
  comparison: Comparison;
  review: ReviewFile;
  store: DecisionStore;
  exportReport(report: Report): (review: ReviewFile) => string;
  colors: boolean;
  minSeverity: Severity;
  onExit(status: number, error?: unknown): void;
}

/** "Comparing…" until the report comes, then the review itself. */
function Review({
  inputs,
  comparison,
  review,
  store,
  exportReport,
  colors,
  minSeverity,
  onExit,
}: ReviewProps) {
  const [report, setReport] = useState<Report>();
  const [progress, setProgress] = useState<{ latest: Progress; elapsedMs: number }>();
  useEffect(() => {
    comparison.result.then(setReport, (error: unknown) => onExit(EXIT.internal, error));
    return comparison.onProgress((latest) =>
      setProgress({ latest, elapsedMs: performance.now() - comparison.startedAt }),
    );
  }, [comparison]);
  if (!report)
    return (
      <Comparing
        source={articleReport(inputs.source.article)}
        rewrite={articleReport(inputs.rewrite.article)}
        colors={colors}
        {...(progress ? { progress } : {})}
        onCancel={() => onExit(EXIT.interrupted)}
      />
    );
  return (
    <App
      report={report}
      review={review}
      store={store}
      exportReport={exportReport(report)}
      colors={colors}
      minSeverity={minSeverity}
      onExit={onExit}
    />
  );
}
