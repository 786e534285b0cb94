import { InputError, type Language } from '../src/index.js';
import { isStdin, isUrl, readArticle, type InputArticle } from './input.js';
import { canonicalPath } from './paths.js';

/** Reads the source and the rewrite, refusing what cannot be compared. */
export async function readPair(
  sourcePath: string,
  rewritePath: string,
  options: { language?: Language; quiet?: boolean },
): Promise<{ source: InputArticle; rewrite: InputArticle }> {
  if (isStdin(sourcePath) && isStdin(rewritePath)) {
    throw new InputError('only one of the two articles can come from standard input (-)');
  }
  if (
    sourcePath === rewritePath ||
    (!isUrl(sourcePath) && !isStdin(sourcePath) && canonicalPath(sourcePath) === canonicalPath(rewritePath))
  ) {
    throw new InputError(`${sourcePath}: given as both source and rewrite; compare two different articles`);
  }
  const source = await readArticle(sourcePath, options);
  const rewrite = await readArticle(rewritePath, options);
  if (!options.language && source.article.language !== rewrite.article.language) {
    throw new InputError(
      `${source.article.name} is ${source.article.language} and ${rewrite.article.name} is ${rewrite.article.language}: cross-language comparison is not supported`,
    );
  }
  if (!options.quiet)
    for (const a of [source, rewrite])
      for (const w of a.article.warnings) process.stderr.write(`factdiff: warning: ${w}\n`);
  return { source, rewrite };
}
