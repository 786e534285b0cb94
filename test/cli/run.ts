import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const SOURCE = 'seeds/000_bafdc0cafe821a47.txt';
export const REWRITE = 'seeds/001_919184c9a5fb0886.txt';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, from the project folder, without a terminal. */
export function factdiff(
  args: string[],
  options: { input?: string | Buffer; env?: Record<string, string> } = {},
): Run {
  const r = spawnSync(process.execPath, ['dist/bin/factdiff.mjs', ...args], {
    cwd: root,
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '0', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
