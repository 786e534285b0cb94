import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

/** A file's one true path: links resolved, also for a file that does not exist yet (through its folder). */
export function canonicalPath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}
