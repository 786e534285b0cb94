import type { CommandModule } from 'yargs';
import { compare } from '../../src/index.js';
import { renderMarkdownReport } from '../../src/report/markdown.js';
import { languageOption, withArticles, type GlobalOptions } from '../options.js';
import { writeOutput } from '../output.js';
import { readPair } from '../pair.js';
import { loadReview, reviewPath } from '../review-file.js';
import { version } from '../version.js';

interface ReportArgs extends GlobalOptions {
  source: string;
  rewrite: string;
  'review-file'?: string;
}

export const reportCommand: CommandModule<GlobalOptions, ReportArgs> = {
  command: 'report <source> <rewrite>',
  describe: 'Write the Markdown discrepancy report (with reviewer decisions, when a review file exists)',
  builder: (y) =>
    withArticles(y)
      .option('review-file', {
        type: 'string',
        describe: 'Reviewer decisions (default: REWRITE.review.json)',
      })
      .example(
        '$0 report seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt -o audit.md',
        'Write the report to audit.md',
      ),
  handler: async (args) => {
    const { source, rewrite } = await readPair(args.source, args.rewrite, {
      ...languageOption(args.lang),
      quiet: args.quiet,
    });
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

/** The options that shape the report, as the user would type them (not paths or output targets). */
export function usedOptions(args: GlobalOptions & { 'min-severity'?: string }): string[] {
  return [
    `--lang ${args.lang}`,
    ...(args['min-severity'] && args['min-severity'] !== 'low'
      ? [`--min-severity ${args['min-severity']}`]
      : []),
  ];
}
