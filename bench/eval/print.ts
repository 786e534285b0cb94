import type { AlignmentScore } from './deplain.js';
import type { InjectionScore } from './injection.js';
import { summarizeRewrites, type LanguageScore } from './rewrites.js';
import { perArticle, type BalancedScore } from './summedits.js';

export interface EvalResults {
  rewrites: Record<string, LanguageScore>;
  alignment: AlignmentScore;
  alignmentApa: AlignmentScore;
  injection: InjectionScore;
  summeditsArticle: BalancedScore;
  summeditsVersion: BalancedScore;
}

const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => (100 * x).toFixed(1);
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

function rewriteLines(language: string, score: LanguageScore, verbose: boolean): string[] {
  const s = summarizeRewrites(score);
  const lines = [
    `  ${language}: ${score.cases} cases, ${score.items} labelled drifts`,
    `    recall ${pct(s.recall)} % (${score.found}/${score.items})   critical at high ${score.criticalAtHigh}/${score.critical}   precision ${pct(s.precision)} % (${score.flaggedFitting}/${score.flagged} medium/high fit a drift)`,
    `    alarms per faithful rewrite ${s.alarmsPerFaithful.toFixed(1)} (${score.faithfulAlarms})   per drifted rewrite ${s.alarmsPerDrifted.toFixed(1)} (${score.driftedAlarms})   (aims ≤ 0.5 and precision ≥ 80 %)`,
    `    ${'type'.padEnd(18)} ${'found'.padStart(11)}  alarms`,
    ...Object.entries(score.byType)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([type, t]) =>
          `    ${type.padEnd(18)} ${`${t.found}/${t.items}`.padStart(11)}  ${String(t.alarms).padStart(6)}`,
      ),
  ];
  if (!verbose) return lines;
  lines.push(...calibrationLines(score));
  for (const miss of score.misses)
    lines.push(
      `    miss  ${miss.case} ${miss.item.tier} [${miss.item.types.join('|')}] "${miss.item.anchor}": ${oneLine(miss.item.note ?? '')}`,
    );
  for (const alarm of score.alarms) {
    const f = alarm.finding;
    const where = f.rewrite?.text ?? f.source?.text ?? '';
    lines.push(
      `    alarm ${alarm.case} ${alarm.rewrite} ${f.type} ${f.severity} "${oneLine(where)}": ${oneLine(f.explanation)}`,
    );
  }
  return lines;
}

/** Per rule message and severity: findings that were real drifts / all that fit a drift or were alarms. */
function calibrationLines(score: LanguageScore): string[] {
  const cell = (c: { real: number; alarms: number }) =>
    (c.real + c.alarms ? `${c.real}/${c.real + c.alarms}` : '·').padStart(8);
  const totals = (['high', 'medium', 'low'] as const).map((severity) => {
    const all = Object.values(score.byMessage).map((row) => row[severity]);
    return {
      real: all.reduce((n, c) => n + c.real, 0),
      alarms: all.reduce((n, c) => n + c.alarms, 0),
    };
  });
  return [
    `    ${'real drifts / findings, by message'.padEnd(40)} ${'high'.padStart(8)} ${'medium'.padStart(8)} ${'low'.padStart(8)}`,
    ...Object.entries(score.byMessage)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(
        ([message, row]) =>
          `    ${message.padEnd(40)} ${cell(row.high)} ${cell(row.medium)} ${cell(row.low)}`,
      ),
    `    ${'all'.padEnd(40)} ${totals.map(cell).join(' ')}`,
  ];
}

function alignmentLines(title: string, a: AlignmentScore, aim: string): string[] {
  return [
    title,
    `  gold ${a.gold}  predicted ${a.predicted}  correct ${a.correct}`,
    `  precision ${f3(a.precision)}  recall ${f3(a.recall)}  F1 ${f3(a.f1)}   ${aim}`,
  ];
}

function summEditsLines(label: string, score: BalancedScore, aim: number): string[] {
  const each = perArticle(score);
  return [
    `  ${label.padEnd(28)} balanced accuracy ${pct(score.balancedAccuracy)}  (TPR ${pct(score.truePositiveRate)}, TNR ${pct(score.trueNegativeRate)}; aim ≥ ${aim})`,
    `    per article: mean ${pct(each.mean)}, lowest ${pct(each.lowest)}`,
    ...score.byArticle.map(
      (a) =>
        `      ${pct(a.balancedAccuracy).padStart(5)}  (TPR ${pct(a.truePositiveRate).padStart(5)}, TNR ${pct(a.trueNegativeRate).padStart(5)}, ${String(a.rows).padStart(2)} rows)  ${a.title}…`,
    ),
  ];
}

/** The evaluation as a plain-text report. */
export function formatReport(r: EvalResults, options: { verbose: boolean }): string {
  const out = [
    'Rewrites — real news with a faithful and a drifted rewrite, drifts labelled by hand',
    ...Object.entries(r.rewrites).flatMap(([language, score]) =>
      rewriteLines(language, score, options.verbose),
    ),
    '',
    ...alignmentLines(
      'Alignment — DEplain-web dev (German), scored like DEplain evaluate.py',
      r.alignment,
      '(MASSalign F1 0.61; aim ≥ 0.72)',
    ),
    ...alignmentLines('Alignment — APA-RST (German news), scored the same way', r.alignmentApa, ''),
    '',
    `Drift injection — ${r.injection.cases} edited sentences of the seeds (de) and SummEdits articles (en), ${r.injection.controls} controls`,
    `  ${'type'.padEnd(18)} ${'cases'.padStart(5)}  precision  recall   (aim ≥ 0.90 each)`,
    ...Object.entries(r.injection.byType).map(
      ([type, s]) =>
        `  ${type.padEnd(18)} ${String(s.cases).padStart(5)}  ${f3(s.precision).padStart(9)}  ${f3(s.recall).padStart(6)}`,
    ),
    `  meaning-preserving controls with a medium/high finding: ${r.injection.noisyControls} of ${r.injection.controls}`,
    '',
    'SummEdits news dev — flagged = any non-omission finding of medium or high severity',
    ...summEditsLines('article → summary:', r.summeditsArticle, 80),
    ...summEditsLines('original → edited summary:', r.summeditsVersion, 90),
    '  published on news: GPT-4 83.3, QAFactEval 74.4, SummaC-Conv 61.9, humans 90.0',
    '',
  ];
  return out.join('\n');
}
