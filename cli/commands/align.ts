import type { CommandModule } from 'yargs';
import { alignArticles, articleReport, stepsOf } from '../../src/index.js';
import { readInputs, withArticles, type PairArgs } from '../args.js';
import { withOptionsOf } from '../options.js';
import { writeOutput } from '../output.js';
import { withProgress } from '../progress.js';
import { renderAlignment } from '../render/alignment-text.js';
import { colorWanted, createStyle } from '../render/style.js';

interface AlignArgs extends PairArgs {
  json?: boolean;
  format?: 'text' | 'json';
}

export const alignCommand: CommandModule<object, AlignArgs> = {
  command: 'align <source> <rewrite>',
  describe: 'Show which statements of the rewrite restate which of the source, side by side',
  builder: (y) =>
    withOptionsOf(withArticles(y), 'align')
      .example(
        '$0 align seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt',
        'Side-by-side alignment',
      )
      .example('$0 align a.txt b.txt --json', 'The alignment as JSON') as never,
  handler: async (args) => {
    const { source, rewrite } = await readInputs(args);
    const alignment = withProgress(args.quiet, (onProgress) =>
      alignArticles(source.article, rewrite.article, { onStep: stepsOf('align', onProgress) }),
    );
    const json = args.json || args.format === 'json';
    const body = json
      ? JSON.stringify(
          {
            schemaVersion: 1,
            source: articleReport(source.article),
            rewrite: articleReport(rewrite.article),
            related: alignment.related,
            alignment: alignment.pairs,
          },
          null,
          2,
        )
      : renderAlignment(
          source.article,
          rewrite.article,
          alignment,
          createStyle(!args.output && colorWanted(args.color, process.stdout)),
          process.stdout.columns || 100,
        );
    writeOutput(`${body}\n`, args.output);
  },
};
