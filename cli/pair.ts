import { realpathSync } from 'node:fs';
import { InputError, type Language } from '../src/index.js';
import type { IngestedArticle } from '../src/ingest/article.js';
import { readArticle } from './input.js';

/** Reads the source and the rewrite, refusing what cannot be compared. */
export async function readPair(
  sourcePath: string,
  rewritePath: string,
  options: { language?: Language; quiet?: boolean },
): Promise<{ source: IngestedArticle; rewrite: IngestedArticle }> {
  if (sourcePath === '-' && rewritePath === '-')
    throw new InputError('only one of the two articles can come from stdin (-)');
  if (sourcePath !== '-' && rewritePath !== '-' && samePath(sourcePath, rewritePath)) {
    throw new InputError(`${sourcePath}: given as both source and rewrite; compare two different articles`);
  }
  const source = readArticle(sourcePath, options);
  const rewrite = readArticle(rewritePath, options);
  if (!options.language && source.article.language !== rewrite.article.language) {
    throw new InputError(
      `${sourcePath} is ${source.article.language} and ${rewritePath} is ${rewrite.article.language}: cross-language comparison is not supported`,
    );
  }
  for (const a of [source, rewrite])
    for (const w of a.article.warnings) process.stderr.write(`factdiff: warning: ${w}\n`);
  return { source, rewrite };
}

function samePath(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}
