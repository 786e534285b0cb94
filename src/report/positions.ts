import type { Evidence, Finding } from '../detect/finding.js';
import type { Article } from '../types.js';

/** 1-based line and column of an offset, counted as editors and ESLint count them (UTF-16 units). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Adds each evidence span's line and column in the file as given. Only plain text is the file itself;
 * for HTML and Markdown the offsets point into the extracted text, and a line there would point at the
 * wrong place in the file, so none is given.
 */
export function withFilePositions(findings: Finding[], source: Article, rewrite: Article): Finding[] {
  const place = (e: Evidence | undefined, article: Article): Evidence | undefined =>
    e && article.format === 'text' ? { ...e, ...lineColumn(article.text, e.start) } : e;
  return findings.map((f) => {
    const source_ = place(f.source, source);
    const rewrite_ = place(f.rewrite, rewrite);
    return { ...f, ...(source_ ? { source: source_ } : {}), ...(rewrite_ ? { rewrite: rewrite_ } : {}) };
  });
}
