import { existsSync, readFileSync } from 'node:fs';
import { InputError } from '../src/index.js';
import { emptyReview, parseReview, type ReviewFile } from '../src/index.js';
import { isStdin, isUrl } from './input.js';
import { writeFileAtomic } from './output.js';

/** Where decisions are kept: --review-file, else beside the rewrite, else (stdin, URL) in the working folder. */
export function reviewPath(rewrite: string, explicit?: string): string {
  if (explicit) return explicit;
  if (isStdin(rewrite) || isUrl(rewrite)) return 'factdiff.review.json';
  return `${rewrite}.review.json`;
}

export function loadReview(path: string, source: string, rewrite: string): ReviewFile {
  if (!existsSync(path)) return emptyReview(source, rewrite);
  try {
    return parseReview(readFileSync(path, 'utf8'), source, rewrite);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${path}: ${error.message}`);
    throw new InputError(`${path}: cannot read the review file (${(error as Error).message})`);
  }
}

/** Written whole to a temporary file and renamed: a crash never leaves half a review file. */
export function saveReview(path: string, review: ReviewFile): void {
  writeFileAtomic(path, `${JSON.stringify(review, null, 2)}\n`);
}
