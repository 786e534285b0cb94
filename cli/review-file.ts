import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync, writeSync } from 'node:fs';
import {
  emptyReview,
  InputError,
  mergeDecisions,
  pairMismatch,
  parseReview,
  type ReviewDecision,
  type ReviewedPair,
  type ReviewFile,
} from '../src/index.js';
import { isStdin, isUrl } from './input.js';
import { writeFileAtomic } from './output.js';

/**
 * Where decisions are kept: --review-file, else beside the rewrite; for a URL, a file named after it in
 * the working folder; for standard input there is no name to keep them under (undefined).
 */
export function reviewPath(rewrite: string, explicit?: string): string | undefined {
  if (explicit) return explicit;
  if (isStdin(rewrite)) return undefined;
  if (isUrl(rewrite)) return `${urlFileName(rewrite)}.review.json`;
  return `${rewrite}.review.json`;
}

/** "https://example.com/news/a-1.html?x=1" → "example.com_news_a-1.html_x=1". */
export function urlFileName(url: string): string {
  return url
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/[^\w.=-]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 150);
}

/** The review file's decisions; one that does not belong to these articles is read with a warning. */
export function loadReview(
  path: string | undefined,
  pair: Required<ReviewedPair>,
  warn: (message: string) => void,
): ReviewFile {
  const review = readReview(path);
  if (!review) return emptyReview(pair);
  const differs = pairMismatch(review, pair);
  if (differs.length)
    warn(
      `${path}: was written for another ${differs.length === 2 ? 'source and rewrite' : differs[0]} (its SHA-256 differs); decisions apply only to findings with the same id`,
    );
  return review;
}

function readReview(path: string | undefined): ReviewFile | undefined {
  if (!path || !existsSync(path)) return undefined;
  let json: string;
  try {
    json = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`${path}: cannot read the review file (${(error as Error).message})`);
  }
  try {
    return parseReview(json);
  } catch (error) {
    if (error instanceof InputError)
      throw new InputError(`${path}: ${error.message}; the file is left as it is`);
    throw error;
  }
}

/**
 * Keeps one review session's decisions on disk without dropping anyone's: every save takes a lock,
 * re-reads the file, lays this session's changes over it and writes it atomically. Changes that could
 * not be written stay pending and go with the next save.
 */
export class ReviewStore {
  private readonly pending = new Map<string, ReviewDecision | null>();

  constructor(
    readonly path: string,
    private readonly pair: Required<ReviewedPair>,
  ) {}

  /** How many decisions this session made that are not on disk. */
  get unsaved(): number {
    return this.pending.size;
  }

  /** Records a decision (undefined clears it) and saves; returns the merged review, throws when it could not be written. */
  decide(id: string, decision: ReviewDecision | undefined): ReviewFile {
    this.pending.set(id, decision ?? null);
    return this.save();
  }

  save(): ReviewFile {
    return withLock(`${this.path}.lock`, () => {
      const onDisk = readReview(this.path);
      if (onDisk && (statSync(this.path).mode & 0o222) === 0)
        throw new InputError(`${this.path}: is read-only`);
      const merged = mergeDecisions(onDisk, this.pair, this.pending);
      writeFileAtomic(this.path, `${JSON.stringify(merged, null, 2)}\n`);
      this.pending.clear();
      return merged;
    });
  }
}

const LOCK_WAIT_MS = 2000;
const LOCK_STALE_MS = 10_000;
const pause = (ms: number): void => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
};

/** Runs `work` holding a lock file; a lock older than a save could ever take is left by a crash and broken. */
function withLock<T>(lock: string, work: () => T): T {
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST')
        throw new InputError(
          `${lock}: cannot create the lock file (${(error as Error).message.replace(/^[A-Z]+: /, '')})`,
        );
      if (isStale(lock)) rmSync(lock, { force: true });
      else if (Date.now() > until)
        throw new InputError(`${lock}: another factdiff is saving this review; try again`);
      else pause(20);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { force: true });
  }
}

function isStale(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > LOCK_STALE_MS;
  } catch {
    return false;
  }
}
