import type { CommandModule } from 'yargs';
import { compare, renderMarkdownReport } from '../../src/index.js';
import { readInputs, usedOptions, withArticles, type ReviewFileArgs } from '../args.js';
import { withOptionsOf } from '../options.js';
import { writeOutput } from '../output.js';
import { withProgress } from '../progress.js';
import { loadReview, reviewPath } from '../review-file.js';
import { version } from '../version.js';

export const reportCommand: CommandModule<object, ReviewFileArgs> = {
  command: 'report <source> <rewrite>',
  describe: 'Write the Markdown discrepancy report (with reviewer decisions, when a review file exists)',
  builder: (y) =>
    withOptionsOf(withArticles(y), 'report').example(
      '$0 report seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt -o audit.md',
      'Write the report to audit.md',
    ) as never,
  handler: async (args) => {
    const { source, rewrite } = await readInputs(args);
    const sha256 = { source: source.sha256, rewrite: rewrite.sha256 };
    const review = loadReview(
      reviewPath(args.rewrite, args['review-file']),
      { source: args.source, rewrite: args.rewrite, sha256 },
      (w) => {
        if (!args.quiet) process.stderr.write(`factdiff: warning: ${w}\n`);
      },
    );
    const report = withProgress(args.quiet, (onProgress) =>
      compare(source, rewrite, onProgress ? { onProgress } : {}),
    );
    const markdown = renderMarkdownReport(report, {
      version,
      sha256,
      review,
      options: usedOptions(args),
      ...(args['min-severity'] ? { minSeverity: args['min-severity'] } : {}),
    });
    writeOutput(markdown, args.output);
    if (args.output && !args.quiet) process.stderr.write(`factdiff: report written to ${args.output}\n`);
  },
};
