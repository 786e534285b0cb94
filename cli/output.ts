import { chmodSync, existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../src/index.js';
import { isStdin, isUrl } from './input.js';
import { canonicalPath } from './paths.js';

/** Writes to a file atomically (temporary file, then rename), or to standard output. */
export function writeOutput(content: string, file?: string): void {
  if (!file || file === '-') {
    process.stdout.write(content);
    return;
  }
  writeFileAtomic(file, content);
}

/** Written whole beside the target and renamed over it; the target's permissions are kept. */
export function writeFileAtomic(file: string, content: string): void {
  const temporary = join(dirname(file), `.factdiff-tmp-${process.pid}-${basename(file)}`);
  try {
    writeFileSync(temporary, content);
    if (existsSync(file)) chmodSync(temporary, statSync(file).mode & 0o7777);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`${file}: cannot write (${(error as Error).message.replace(/^[A-Z]+: /, '')})`);
  }
}

/** An output file that is one of the inputs would destroy it: refused before anything is read. */
export function refuseInputAsOutput(
  output: string | undefined,
  inputs: { role: string; path: string }[],
): void {
  if (!output || output === '-') return;
  const target = canonicalPath(output);
  for (const { role, path } of inputs) {
    if (!path || isStdin(path) || isUrl(path)) continue;
    if (canonicalPath(path) === target)
      throw new InputError(`${output}: is the ${role}; write the output to another file`);
  }
}

/**
 * A reader that stops early (`| head`, `| true`) closes the pipe: stop quietly, as git and ESLint do,
 * with the status the run had reached.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    });
}
