import type { CommandModule } from 'yargs';
import {
  compare,
  renderMarkdownReport,
  SEVERITIES,
  severityRankOf,
  type Finding,
  type Severity,
} from '../../src/index.js';
import {
  readInputs,
  usedOptions,
  withArticles,
  withReviewFile,
  type GlobalOptions,
  type ReviewFileArgs,
} from '../args.js';
import { writeOutput } from '../output.js';
import { renderCompact } from '../render/findings-compact.js';
import { renderFindings } from '../render/findings-text.js';
import { colorWanted, createStyle } from '../render/style.js';
import { openReview, preloadReview } from '../tui/launch.js';
import { version } from '../version.js';

export interface CheckArgs extends ReviewFileArgs {
  'min-severity': Severity;
  'fail-on'?: Severity;
}

export const checkCommand: CommandModule<GlobalOptions, CheckArgs> = {
  command: ['check <source> <rewrite>', '$0 <source> <rewrite>'],
  describe: 'Find where the rewrite drifted from the source (the default command)',
  builder: (y) =>
    withReviewFile(withArticles(y))
      .option('min-severity', {
        choices: SEVERITIES,
        default: 'low' as Severity,
        describe: 'Show findings at or above this severity',
      })
      .option('fail-on', {
        choices: SEVERITIES,
        describe: 'Exit with status 1 when a finding at or above this severity exists',
      })
      .example(
        '$0 check seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt',
        'The findings on the seed pair',
      )
      .example('$0 source.txt rewrite.txt --json', 'The findings as JSON (the documented contract)')
      .example(
        '$0 source.txt rewrite.txt --fail-on high -q',
        'In a pipeline: exit 1 when a high finding exists',
      ),
  handler: async (args) => {
    const interactive =
      process.stdout.isTTY &&
      process.stdin.isTTY &&
      !args.json &&
      !args.format &&
      !args.output &&
      !args['fail-on'];
    if (interactive) preloadReview();
    const { source, rewrite } = await readInputs(args);
    // At a terminal, with no output format asked for, check opens the review screen.
    if (interactive) {
      await openReview(args, { source, rewrite }, () => compare(source, rewrite));
      return;
    }
    const report = compare(source, rewrite);
    const shown = atLeast(report.findings, args['min-severity']);
    const format = args.json
      ? 'json'
      : (args.format ?? (process.stdout.isTTY && !args.output ? 'text' : 'compact'));
    const toFile = Boolean(args.output);
    let body: string;
    if (format === 'json') body = JSON.stringify({ ...report, findings: shown }, null, 2);
    else if (format === 'md')
      body = renderMarkdownReport(
        { ...report, findings: shown },
        { version, sha256: { source: source.sha256, rewrite: rewrite.sha256 }, options: usedOptions(args) },
      ).trimEnd();
    else if (format === 'compact')
      body = renderCompact(report, shown, { source: source.article.text, rewrite: rewrite.article.text });
    else
      body = renderFindings(
        report,
        shown,
        createStyle(!toFile && colorWanted(args.color, process.stdout)),
        process.stdout.columns || 100,
      );
    writeOutput(`${body}\n`, args.output);
    const failOn = args['fail-on'];
    if (failOn && atLeast(report.findings, failOn).length > 0) process.exitCode = 1;
  },
};

export const atLeast = (findings: Finding[], min: Severity): Finding[] =>
  findings.filter((f) => severityRankOf(f.severity) >= severityRankOf(min));
