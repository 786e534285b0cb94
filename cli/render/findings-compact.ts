import type { Finding, Report } from '../../src/index.js';
import { counted } from '../../src/index.js';

/** One line a finding, grouped by file, in the manner of ESLint's stylish formatter: for logs and pipes. */
export function renderCompact(
  report: Report,
  findings: Finding[],
  texts: { source: string; rewrite: string },
): string {
  const lines: string[] = [];
  const byFile = { source: [] as string[], rewrite: [] as string[] };
  for (const f of findings) {
    const side = f.rewrite ? 'rewrite' : 'source';
    const e = f[side]!;
    const { line, column } = position(texts[side], e.start);
    byFile[side].push(`  ${line}:${column}  ${f.severity.padEnd(6)}  ${f.explanation}  ${f.type}`);
  }
  for (const side of ['rewrite', 'source'] as const) {
    if (!byFile[side].length) continue;
    lines.push(report[side].name, ...byFile[side], '');
  }
  const s = report.summary;
  lines.push(
    report.related.verdict === 'unrelated'
      ? `✖ unrelated articles (relatedness ${report.related.score.toFixed(2)}): no findings reported`
      : `${s.verdict === 'consistent' ? '✔' : '✖'} ${s.verdict}: ${counted(s.findings, 'finding')} (${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low)`,
  );
  return lines.join('\n');
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
