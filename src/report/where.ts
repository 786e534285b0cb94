import type { Report } from '../compare.js';
import { severityRank, type Finding, type Severity } from '../detect/finding.js';

type Placed = Pick<Report, 'source' | 'rewrite' | 'alignment' | 'findings'>;

const worse = (a: Severity | undefined, b: Severity): Severity =>
  a && severityRank(a) >= severityRank(b) ? a : b;

/** The alignment pair each sentence sits in, by side and id. */
function pairOfSentence(report: Placed): Map<string, number> {
  const at = new Map<string, number>();
  report.alignment.forEach((pair, i) => {
    for (const id of pair.source) at.set(`source:${id}`, i);
    for (const id of pair.rewrite) at.set(`rewrite:${id}`, i);
  });
  return at;
}

/** The alignment pairs a finding's evidence sits in (one, or two when its sentences were paired apart). */
function pairsOf(finding: Finding, at: Map<string, number>): number[] {
  const pairs = [
    finding.source && at.get(`source:${finding.source.sentence}`),
    finding.rewrite && at.get(`rewrite:${finding.rewrite.sentence}`),
  ].filter((i): i is number => typeof i === 'number');
  return [...new Set(pairs)];
}

/** The worst severity of the findings in each alignment pair (undefined where there are none). */
export function worstPerPair(report: Placed): (Severity | undefined)[] {
  const at = pairOfSentence(report);
  const worst: (Severity | undefined)[] = report.alignment.map(() => undefined);
  for (const f of report.findings) for (const i of pairsOf(f, at)) worst[i] = worse(worst[i], f.severity);
  return worst;
}

/**
 * The source paragraph a finding belongs to: that of its source sentence; for a claim only the rewrite makes, that
 * of the source statement it follows in the alignment (or, at the very start, precedes).
 */
export function sourceParagraphOf(
  report: Placed,
  finding: Finding,
  at = pairOfSentence(report),
): number | undefined {
  const paragraph = (id: string | undefined) => report.source.sentences.find((s) => s.id === id)?.paragraph;
  if (finding.source) return paragraph(finding.source.sentence);
  const pair = pairsOf(finding, at)[0];
  if (pair === undefined) return undefined;
  const withSource = (i: number) => report.alignment[i]?.source.length;
  for (let i = pair; i >= 0; i--) if (withSource(i)) return paragraph(report.alignment[i]!.source[0]);
  for (let i = pair + 1; i < report.alignment.length; i++)
    if (withSource(i)) return paragraph(report.alignment[i]!.source[0]);
  return undefined;
}

/** The worst severity of the findings in each paragraph of the source, in article order. */
export function worstPerParagraph(report: Placed): (Severity | undefined)[] {
  const count = Math.max(0, ...report.source.sentences.map((s) => s.paragraph + 1));
  const worst: (Severity | undefined)[] = Array.from({ length: count }, () => undefined);
  const at = pairOfSentence(report);
  for (const f of report.findings) {
    const p = sourceParagraphOf(report, f, at);
    if (p !== undefined) worst[p] = worse(worst[p], f.severity);
  }
  return worst;
}
