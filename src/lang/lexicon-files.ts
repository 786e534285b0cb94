import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A generated lexicon too large to be a module (src/lang/*.txt), read on first use: compiling megabytes of string
 * literal at start-up costs every run, also one in another language, where a file read costs only the run that needs
 * it. The file lies beside this module in src/lang and, after the build, in dist/src/lang; from the CLI bundle
 * (dist/bin) it is found from the package root. Its "#" header lines (source, licence) are left out.
 */
export function readLexicon(name: string): string {
  const text = readFileSync(locate(name), 'utf8');
  let at = 0;
  while (text.startsWith('#', at)) at = text.indexOf('\n', at) + 1;
  return text.slice(at);
}

function locate(name: string): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, name)];
  for (let dir = here; dirname(dir) !== dir; dir = dirname(dir))
    if (existsSync(join(dir, 'package.json'))) {
      candidates.push(join(dir, 'dist', 'src', 'lang', name), join(dir, 'src', 'lang', name));
      break;
    }
  const found = candidates.find((path) => existsSync(path));
  if (!found)
    throw new Error(`factdiff: the lexicon ${name} is missing (looked in ${candidates.join(', ')})`);
  return found;
}
