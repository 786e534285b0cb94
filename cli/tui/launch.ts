import type { ReviewFileArgs } from '../args.js';
import { compareInBackground } from '../comparison.js';
import type { InputArticle } from '../input.js';

type Screen = typeof import('./run.js');
let screen: Promise<Screen> | undefined;

/**
 * Ink and React load only for the review screen, so other commands start without them. Loading takes
 * longer than comparing the articles, so it starts first and runs while they are read.
 */
export function preloadReview(): void {
  screen ??= import('./run.js');
}

/** Opens the review screen at once; the comparison runs in the background behind its first frame. */
export async function openReview(
  args: ReviewFileArgs,
  inputs: { source: InputArticle; rewrite: InputArticle },
): Promise<void> {
  preloadReview();
  const comparison = compareInBackground(inputs.source, inputs.rewrite);
  const { runReview } = await screen!;
  process.exitCode = await runReview(args, inputs, comparison);
}
