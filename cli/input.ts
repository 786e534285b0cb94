import { readFileSync, statSync } from 'node:fs';
import { ingestBytes, InputError, type Language } from '../src/index.js';
import type { IngestedArticle } from '../src/ingest/article.js';

/** Refused above this size: a news article is far smaller, and the aligner's memory grows with it. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  language?: Language;
}

/** Reads one article argument: a file path, or `-` for standard input. */
export function readArticle(path: string, options: ReadOptions = {}): IngestedArticle {
  const bytes = path === '-' ? readStdin() : readFileBytes(path);
  const name = path === '-' ? 'stdin' : path;
  return ingestBytes(bytes, { name, ...(options.language ? { language: options.language } : {}) });
}

function readFileBytes(path: string): Uint8Array {
  let size: number;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError(`${path}: is a directory, not an article file`);
    size = stat.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${path}: ${describe(error)}`);
  }
  if (size > MAX_INPUT_BYTES) throw tooLarge(path, size);
  try {
    return readFileSync(path);
  } catch (error) {
    throw new InputError(`${path}: ${describe(error)}`);
  }
}

function readStdin(): Uint8Array {
  try {
    const bytes = readFileSync(0);
    if (bytes.length > MAX_INPUT_BYTES) throw tooLarge('stdin', bytes.length);
    return bytes;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`stdin: ${describe(error)}`);
  }
}

const tooLarge = (name: string, size: number): InputError =>
  new InputError(
    `${name}: is ${(size / 1024 / 1024).toFixed(1)} MB; factdiff reads articles up to ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
  );

function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied (cannot read the file)';
  if (code === 'EISDIR') return 'is a directory, not an article file';
  return (error as Error).message;
}
