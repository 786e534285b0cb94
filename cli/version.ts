import { readFileSync } from 'node:fs';

/** factdiff's version, from its package.json (two levels above the compiled file). */
export const version: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
