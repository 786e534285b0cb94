import type { CommandModule } from 'yargs';
import { compare, type Report } from '../../src/index.js';
import type { InputArticle } from '../input.js';
import { languageOption, withArticles, type GlobalOptions } from '../options.js';
import { readPair } from '../pair.js';

export interface ReviewArgs extends GlobalOptions {
  source: string;
  rewrite: string;
  'review-file'?: string;
}

type Screen = typeof import('../tui/run.js');
let screen: Promise<Screen> | undefined;

/**
 * Ink and React load only for the review screen, so other commands start without them. Loading takes
 * longer than comparing the articles, so it starts first and runs while they are read and compared.
 */
export function preloadReview(): void {
  screen ??= import('../tui/run.js');
}

/** Opens the review screen at once; `compareArticles` runs behind its first frame. */
export async function openReview(
  args: ReviewArgs,
  inputs: { source: InputArticle; rewrite: InputArticle },
  compareArticles: () => Report,
): Promise<void> {
  preloadReview();
  const { runReview } = await screen!;
  await runReview(args, inputs, compareArticles);
}

export const reviewCommand: CommandModule<GlobalOptions, ReviewArgs> = {
  command: 'review <source> <rewrite>',
  describe: 'Go through the findings in the terminal: decide, note, export (what check opens at a terminal)',
  builder: (y) =>
    withArticles(y)
      .option('review-file', {
        type: 'string',
        describe: 'Where decisions are kept (default: REWRITE.review.json)',
      })
      .example(
        '$0 review seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt',
        'Review the seed pair',
      ),
  handler: async (args) => {
    preloadReview();
    const { source, rewrite } = await readPair(args.source, args.rewrite, {
      ...languageOption(args.lang),
      quiet: args.quiet,
    });
    await openReview(args, { source, rewrite }, () => compare(source, rewrite));
  },
};
