import type { CommandModule } from 'yargs';
import { compare, renderMarkdownReport } from '../../src/index.js';
import {
  readInputs,
  usedOptions,
  withArticles,
  withReviewFile,
  type GlobalOptions,
  type ReviewFileArgs,
} from '../args.js';
import { writeOutput } from '../output.js';
import { loadReview, reviewPath } from '../review-file.js';
import { version } from '../version.js';

export const reportCommand: CommandModule<GlobalOptions, ReviewFileArgs> = {
  command: 'report <source> <rewrite>',
  describe: 'Write the Markdown discrepancy report (with reviewer decisions, when a review file exists)',
  builder: (y) =>
    withReviewFile(withArticles(y)).example(
      '$0 report seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt -o audit.md',
      'Write the report to audit.md',
    ),
  handler: async (args) => {
    const { source, rewrite } = await readInputs(args);
    const report = compare(source, rewrite);
    const review = loadReview(reviewPath(args.rewrite, args['review-file']), args.source, args.rewrite);
    const markdown = renderMarkdownReport(report, {
      version,
      sha256: { source: source.sha256, rewrite: rewrite.sha256 },
      review,
      options: usedOptions(args),
    });
    writeOutput(markdown, args.output);
    if (args.output && !args.quiet) process.stderr.write(`factdiff: report written to ${args.output}\n`);
  },
};
