import type { CommandModule } from 'yargs';
import { readInputs, withArticles, type ReviewFileArgs } from '../args.js';
import { withOptionsOf } from '../options.js';
import { openReview, preloadReview } from '../tui/launch.js';

export const reviewCommand: CommandModule<object, ReviewFileArgs> = {
  command: 'review <source> <rewrite>',
  describe: 'Go through the findings in the terminal: decide, note, export (what check opens at a terminal)',
  builder: (y) =>
    withOptionsOf(withArticles(y), 'review').example(
      '$0 review seeds/000_bafdc0cafe821a47.txt seeds/001_919184c9a5fb0886.txt',
      'Review the seed pair',
    ) as never,
  handler: async (args) => {
    preloadReview();
    await openReview(args, await readInputs(args));
  },
};
