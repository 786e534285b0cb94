import type { CommandModule } from 'yargs';
import { atLeast, compare, renderMarkdownReport, type Report, type Severity } from '../../src/index.js';
import { readInputs, usedOptions, withArticles, type ReviewFileArgs } from '../args.js';
import { EXIT } from '../exit.js';
import type { InputArticle } from '../input.js';
import { withOptionsOf } from '../options.js';
import { writeOutput } from '../output.js';
import { withProgress } from '../progress.js';
import { renderCompact } from '../render/findings-compact.js';
import { renderFindings } from '../render/findings-text.js';
import { colorWanted, createStyle } from '../render/style.js';
import { openReview, preloadReview } from '../tui/launch.js';
import { version } from '../version.js';

export interface CheckArgs extends ReviewFileArgs {
  json?: boolean;
  format?: 'text' | 'compact' | 'json' | 'md';
  'fail-on'?: Severity;
}

export const checkCommand: CommandModule<object, CheckArgs> = {
  command: ['check <source> <rewrite>', '$0 <source> <rewrite>'],
  describe: 'Find where the rewrite drifted from the source (the default command)',
  builder: (y) =>
    withOptionsOf(withArticles(y), 'check')
      .example(
        '$0 check seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt',
        'The findings on the seed pair',
      )
      .example('$0 source.txt rewrite.txt --json', 'The findings as JSON (the documented contract)')
      .example(
        '$0 source.txt rewrite.txt --fail-on high -q',
        'In a pipeline: exit 1 when a high finding exists',
      ) as never,
  handler: async (args) => {
    const interactive =
      process.stdout.isTTY &&
      process.stdin.isTTY &&
      !args.json &&
      !args.format &&
      !args.output &&
      !args['fail-on'];
    if (interactive) preloadReview();
    const inputs = await readInputs(args);
    // At a terminal, with no output format asked for, check opens the review screen.
    if (interactive) return openReview(args, inputs);
    const report = withProgress(args.quiet, (onProgress) =>
      compare(inputs.source, inputs.rewrite, onProgress ? { onProgress } : {}),
    );
    const failOn = args['fail-on'];
    // Set before writing: a reader that closes the pipe early still gets the run's status. A rewrite that is not
    // about its source fails at any level: nothing in it was checked.
    if (failOn && (report.summary.verdict === 'unrelated' || atLeast(report.findings, failOn).length > 0))
      process.exitCode = EXIT.findings;
    writeOutput(`${render(report, inputs, args)}\n`, args.output);
  },
};

function render(
  report: Report,
  inputs: { source: InputArticle; rewrite: InputArticle },
  args: CheckArgs,
): string {
  const minSeverity = args['min-severity'] ?? 'low';
  const shown = atLeast(report.findings, minSeverity);
  const format = args.json
    ? 'json'
    : (args.format ?? (process.stdout.isTTY && !args.output ? 'text' : 'compact'));
  switch (format) {
    case 'json':
      return JSON.stringify(
        { ...report, findings: shown, summary: { ...report.summary, shown: shown.length, minSeverity } },
        null,
        2,
      );
    case 'md':
      return renderMarkdownReport(report, {
        version,
        sha256: { source: inputs.source.sha256, rewrite: inputs.rewrite.sha256 },
        options: usedOptions(args),
        minSeverity,
      }).trimEnd();
    case 'compact':
      return renderCompact(report, shown);
    case 'text':
      return renderFindings(
        report,
        shown,
        createStyle(!args.output && colorWanted(args.color, process.stdout)),
        process.stdout.columns || 100,
      );
  }
}
