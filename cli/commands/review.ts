import type { CommandModule } from 'yargs';
import { compare } from '../../src/index.js';
import {
  readInputs,
  withArticles,
  withReviewFile,
  type GlobalOptions,
  type ReviewFileArgs,
} from '../args.js';
import { openReview, preloadReview } from '../tui/launch.js';

export const reviewCommand: CommandModule<GlobalOptions, ReviewFileArgs> = {
  command: 'review <source> <rewrite>',
  describe: 'Go through the findings in the terminal: decide, note, export (what check opens at a terminal)',
  builder: (y) =>
    withReviewFile(withArticles(y)).example(
      '$0 review seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt',
      'Review the seed pair',
    ),
  handler: async (args) => {
    preloadReview();
    const { source, rewrite } = await readInputs(args);
    await openReview(args, { source, rewrite }, () => compare(source, rewrite));
  },
};
