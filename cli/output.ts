import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../src/index.js';

/** Writes to a file atomically (temporary file, then rename), or to standard output. */
export function writeOutput(content: string, file?: string): void {
  if (!file || file === '-') {
    process.stdout.write(content);
    return;
  }
  writeFileAtomic(file, content);
}

export function writeFileAtomic(file: string, content: string): void {
  const temporary = join(dirname(file), `.factdiff-tmp-${process.pid}-${basename(file)}`);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new InputError(`${file}: cannot write (${(error as Error).message.replace(/^[A-Z]+: /, '')})`);
  }
}
