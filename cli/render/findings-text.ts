import {
  counted,
  markedSentence,
  type Evidence,
  type Finding,
  type Report,
  type Severity,
} from '../../src/index.js';
import { wrapText, type Style } from './style.js';

const BADGE: Record<Severity, string> = { high: '▲ HIGH', medium: '● MED ', low: '○ LOW ' };

export function severityColor(style: Style, severity: Severity): (s: string) => string {
  return severity === 'high' ? style.red : severity === 'medium' ? style.yellow : style.dim;
}

/** The findings for a reader at a terminal: each with its explanation and the evidence in its sentence. */
export function renderFindings(report: Report, findings: Finding[], style: Style, width: number): string {
  const out = [header(report, findings, style), ''];
  if (report.related.verdict === 'unrelated') {
    out.push(
      style.yellow(
        'The two articles do not report the same event: too little of one is restated by the other.',
      ),
      'No findings are reported for unrelated articles. Run `factdiff align` to see what little pairs up.',
    );
    return out.join('\n');
  }
  if (findings.length === 0) out.push(style.green('No drift found at this severity.'));
  for (const f of findings) {
    const color = severityColor(style, f.severity);
    out.push(
      `${color(style.bold(BADGE[f.severity]))}  ${style.cyan(f.type)}  ${style.dim(`confidence ${f.confidence.toFixed(2)}  #${f.id}`)}`,
    );
    for (const line of wrapText(f.explanation, width - 4)) out.push(`    ${line}`);
    if (f.source) out.push(...evidenceLines('source ', f.source, report.source, style, width));
    if (f.rewrite) out.push(...evidenceLines('rewrite', f.rewrite, report.rewrite, style, width));
    out.push('');
  }
  return out.join('\n').trimEnd();
}

function header(report: Report, findings: Finding[], style: Style): string {
  const a = (x: Report['source']): string => `${x.name} (${x.language}${x.date ? `, ${x.date}` : ''})`;
  const s = report.summary;
  const shown = findings.length === s.findings ? '' : `, ${findings.length} shown`;
  return [
    style.bold(`${a(report.source)}  →  ${a(report.rewrite)}`),
    `related: ${report.related.verdict} (${report.related.score.toFixed(2)})   verdict: ${style.bold(s.verdict)}   ` +
      `${counted(s.findings, 'finding')}${shown}: ${style.red(`${s.bySeverity.high} high`)}, ${style.yellow(`${s.bySeverity.medium} medium`)}, ${s.bySeverity.low} low`,
  ].join('\n');
}

/** The evidence inside its sentence, trimmed to a window around it, the evidence marked. */
function evidenceLines(
  label: string,
  e: Evidence,
  article: Report['source'],
  style: Style,
  width: number,
): string[] {
  const m = markedSentence(article, e);
  if (!m) return [`    ${style.dim(label)} ${e.text}`];
  const room = Math.max(30, width - 16);
  const whole = m.evidence.length >= m.sentence.text.length - 1;
  let { before, after } = m;
  const marked = whole ? e.text : style.enabled ? style.bold(style.magenta(e.text)) : `[${e.text}]`;
  const spare = Math.max(0, room - m.evidence.length);
  if (before.length > spare / 2) before = `…${before.slice(before.length - Math.floor(spare / 2))}`;
  if (after.length > spare / 2) after = `${after.slice(0, Math.floor(spare / 2))}…`;
  const line = whole
    ? e.text.length > room
      ? `${e.text.slice(0, room)}…`
      : e.text
    : `${before}${marked}${after}`;
  return [`    ${style.dim(`${label} ${e.sentence.padEnd(4)}`)} ${line.replace(/\s+/g, ' ')}`];
}
