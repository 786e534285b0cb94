import type { Evidence, Finding, Report } from '../../src/index.js';
import { counted } from '../../src/index.js';

/**
 * One line a finding, grouped by file, in the manner of ESLint's stylish formatter: for logs and pipes.
 * Where the evidence has no line in the file (HTML, Markdown), the sentence id stands in its place.
 */
export function renderCompact(report: Report, findings: Finding[]): string {
  const lines: string[] = [];
  const byFile = { source: [] as string[], rewrite: [] as string[] };
  for (const f of findings) {
    const side = f.rewrite ? 'rewrite' : 'source';
    byFile[side].push(`  ${place(f[side]!)}  ${f.severity.padEnd(6)}  ${f.explanation}  ${f.type}`);
  }
  for (const side of ['rewrite', 'source'] as const) {
    if (!byFile[side].length) continue;
    lines.push(report[side].name, ...byFile[side], '');
  }
  const s = report.summary;
  const shown = findings.length === s.findings ? '' : `, ${findings.length} shown`;
  lines.push(
    report.related.verdict === 'unrelated'
      ? `✖ unrelated articles (relatedness ${report.related.score.toFixed(2)}): no findings reported`
      : `${s.verdict === 'consistent' ? '✔' : '✖'} ${s.verdict}: ${counted(s.findings, 'finding')}${shown} (${s.bySeverity.high} high, ${s.bySeverity.medium} medium, ${s.bySeverity.low} low)`,
  );
  return lines.join('\n');
}

const place = (e: Evidence): string => (e.line !== undefined ? `${e.line}:${e.column}` : e.sentence);
