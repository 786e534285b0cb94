import type { Report } from '../../src/index.js';
import type { ReviewFileArgs } from '../args.js';
import type { InputArticle } from '../input.js';

type Screen = typeof import('./run.js');
let screen: Promise<Screen> | undefined;

/**
 * Ink and React load only for the review screen, so other commands start without them. Loading takes
 * longer than comparing the articles, so it starts first and runs while they are read and compared.
 */
export function preloadReview(): void {
  screen ??= import('./run.js');
}

/** Opens the review screen at once; `compareArticles` runs behind its first frame. */
export async function openReview(
  args: ReviewFileArgs,
  inputs: { source: InputArticle; rewrite: InputArticle },
  compareArticles: () => Report,
): Promise<void> {
  preloadReview();
  const { runReview } = await screen!;
  await runReview(args, inputs, compareArticles);
}
