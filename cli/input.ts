import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { ingestBytes, InputError, type Language } from '../src/index.js';
import type { IngestedArticle } from '../src/index.js';

/** Refused above this size: a news article is far smaller, and the aligner's memory grows with it. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 15_000;

export interface ReadOptions {
  language?: Language;
}

/** An article as read for the command line: the engine's record plus the hash of the bytes, for the audit trail. */
export interface InputArticle extends IngestedArticle {
  sha256: string;
}

/** How a "-" argument (standard input) reaches the commands. */
export const STDIN = '\u0000stdin';
const isStdin = (path: string): boolean => path === '-' || path === STDIN;

export { isStdin };
export const isUrl = (path: string): boolean => /^https?:\/\//i.test(path);
/** The scheme of an argument written as a URL ("ftp" in "ftp://…"; a Windows path "C:\\…" has no "//"). */
export const schemeOf = (path: string): string | undefined => /^([a-z][a-z0-9+.-]*):\/\//i.exec(path)?.[1];

/** Reads one article argument: a file path, a URL, or `-` for standard input. */
export async function readArticle(path: string, options: ReadOptions = {}): Promise<InputArticle> {
  const scheme = isUrl(path) ? undefined : schemeOf(path);
  if (scheme)
    throw new InputError(`${path}: the ${scheme}: scheme is not supported; give a file, an http(s) URL or -`);
  const bytes = isStdin(path) ? readStdin() : isUrl(path) ? await fetchBytes(path) : readFileBytes(path);
  const name = isStdin(path) ? 'stdin' : path;
  const ingested = ingestBytes(bytes, { name, ...(options.language ? { language: options.language } : {}) });
  return { ...ingested, sha256: createHash('sha256').update(bytes).digest('hex') };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), redirect: 'follow' });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const why =
      (error as Error).name === 'TimeoutError'
        ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
        : (cause?.code ?? cause?.message ?? (error as Error).message);
    throw new InputError(`${url}: could not be fetched (${why})`);
  }
  if (!response.ok)
    throw new InputError(`${url}: could not be fetched (HTTP ${response.status} ${response.statusText})`);
  const length = Number(response.headers.get('content-length') ?? 0);
  if (length > MAX_INPUT_BYTES) throw tooLarge(url, length);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_INPUT_BYTES) throw tooLarge(url, bytes.length);
  return bytes;
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
