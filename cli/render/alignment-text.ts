import type { Article } from '../../src/index.js';
import type { ArticleAlignment } from '../../src/index.js';
import { wrapText, type Style } from './style.js';

/** The alignment side by side: source on the left, rewrite on the right, score between. */
export function renderAlignment(
  source: Article,
  rewrite: Article,
  alignment: ArticleAlignment,
  style: Style,
  width: number,
): string {
  const column = Math.max(24, Math.floor((width - 3) / 2));
  const text = (a: Article, ids: string[]): string =>
    ids.map((id) => a.sentences.find((s) => s.id === id)!.text).join(' ');
  const out: string[] = [
    style.bold(
      `${source.name} (${source.language}${source.date ? `, ${source.date.iso}` : ''})  ↔  ${rewrite.name} (${rewrite.language}${rewrite.date ? `, ${rewrite.date.iso}` : ''})`,
    ),
    `related: ${alignment.related.verdict} (score ${alignment.related.score.toFixed(2)})`,
    '',
  ];
  let paired = 0;
  for (const pair of alignment.pairs) {
    const both = pair.source.length > 0 && pair.rewrite.length > 0;
    if (both) paired++;
    const label = both
      ? `${pair.source.join('+')} ↔ ${pair.rewrite.join('+')}  score ${pair.score.toFixed(2)}`
      : pair.source.length
        ? `${pair.source.join('+')} → only in source (no counterpart in the rewrite)`
        : `${pair.rewrite.join('+')} ← only in rewrite (no counterpart in the source)`;
    out.push(both ? style.cyan(label) : style.yellow(label));
    const left = pair.source.length ? wrapText(text(source, pair.source), column) : [];
    const right = pair.rewrite.length ? wrapText(text(rewrite, pair.rewrite), column) : [];
    for (let k = 0; k < Math.max(left.length, right.length); k++) {
      out.push(`${(left[k] ?? '').padEnd(column)} │ ${right[k] ?? ''}`.trimEnd());
    }
    out.push('');
  }
  const onlySource = alignment.pairs.filter((p) => !p.rewrite.length).length;
  const onlyRewrite = alignment.pairs.filter((p) => !p.source.length).length;
  out.push(
    `${paired} pairs; ${onlySource} source sentences and ${onlyRewrite} rewrite sentences left alone.`,
  );
  return out.join('\n');
}
