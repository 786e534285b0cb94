import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readArticle } from '../../cli/input.js';
import { compare, ingestBytes, type Finding, type Report, type Severity } from '../../src/index.js';
import { caseSource } from './case-source.js';

/** One hand-labelled drift of a case's drifted rewrite. */
interface GoldItem {
  id: string;
  tier: 'critical' | 'major' | 'minor';
  types: string[];
  side: 'source' | 'rewrite';
  anchor: string;
  note?: string;
}

/** A harmless difference a detector may mention at low importance. */
interface Acceptable {
  side: 'source' | 'rewrite';
  anchor: string;
}

interface Gold {
  items: GoldItem[];
  acceptable: Acceptable[];
  faithful_acceptable: Acceptable[];
}

/** A medium or high finding that fits no labelled drift and no acceptable difference. */
export interface Alarm {
  case: string;
  rewrite: 'faithful' | 'drifted';
  finding: Finding;
}

export interface Miss {
  case: string;
  item: GoldItem;
}

export interface LanguageScore {
  cases: number;
  items: number;
  found: number;
  critical: number;
  criticalAtHigh: number;
  /** Medium/high findings on drifted rewrites, and those of them that fit an item. */
  flagged: number;
  flaggedFitting: number;
  faithfulAlarms: number;
  driftedAlarms: number;
  byType: Record<string, { items: number; found: number; alarms: number }>;
  /**
   * Every finding at every severity, by rule message: how many fit a labelled drift and how many were alarms
   * (fitting nothing and no harmless difference). The figures severities are calibrated against.
   */
  byMessage: Record<string, Record<Severity, { real: number; alarms: number }>>;
  misses: Miss[];
  alarms: Alarm[];
}

export interface RewriteScore {
  recall: number;
  criticalAtHigh: number;
  precision: number;
  alarmsPerFaithful: number;
  alarmsPerDrifted: number;
}

/**
 * Text as the benchmark matches it: whitespace runs to one space, every quotation mark to `"` or `'`, ß to
 * ss, lower case — so an anchor matches evidence that differs only in typography.
 */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E\uFF02]/g, '"')
    .replace(/[\u2018\u2019\u201A\u201B\u2039\u203A\u2032\u0060\u00B4]/g, "'")
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .trim();
}

/** The evidence a finding gives on one side: its span and its whole sentence, normalised. */
function evidenceTexts(report: Report, finding: Finding, side: 'source' | 'rewrite'): string[] {
  const evidence = finding[side];
  if (!evidence) return [];
  const sentence = report[side].sentences.find((s) => s.id === evidence.sentence);
  return [evidence.text, sentence?.text ?? ''].map(normalizeForMatch);
}

const holds = (report: Report, finding: Finding, anchor: { side: 'source' | 'rewrite'; anchor: string }) =>
  evidenceTexts(report, finding, anchor.side).some((t) => t.includes(normalizeForMatch(anchor.anchor)));

const fits = (report: Report, finding: Finding, item: GoldItem): boolean =>
  item.types.includes(finding.type) && holds(report, finding, item);

const raised = (f: Finding): boolean => f.severity !== 'low';

/** Compares through the command line's own reading of the rewrite file, as `factdiff check` does. */
async function compareWith(source: string, rewrite: string): Promise<Report> {
  const a = ingestBytes(new TextEncoder().encode(source), { name: 'source' });
  return compare(a, await readArticle(rewrite));
}

const emptyScore = (): LanguageScore => ({
  cases: 0,
  items: 0,
  found: 0,
  critical: 0,
  criticalAtHigh: 0,
  flagged: 0,
  flaggedFitting: 0,
  faithfulAlarms: 0,
  driftedAlarms: 0,
  byType: {},
  byMessage: {},
  misses: [],
  alarms: [],
});

/** Scores every case folder (`de-NN`, `en-NN`) of a rewrites set, per language. */
export async function evaluateRewrites(folder: string, data: string): Promise<Record<string, LanguageScore>> {
  const scores: Record<string, LanguageScore> = {};
  const cases = readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'gold.json')))
    .sort();
  for (const name of cases) {
    const dir = join(folder, name);
    const language = name.split('-')[0]!;
    const score = (scores[language] ??= emptyScore());
    const read = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as Partial<Gold> &
      Pick<Gold, 'items'>;
    // A case written without harmless differences lists none.
    const gold: Gold = { acceptable: [], faithful_acceptable: [], ...read };
    const source = caseSource(dir, data);
    const drifted = await compareWith(source, join(dir, 'drifted.txt'));
    const faithful = await compareWith(source, join(dir, 'faithful.txt'));
    score.cases++;
    scoreDrifted(score, name, gold, drifted);
    scoreFaithful(score, name, gold, faithful);
  }
  return scores;
}

const typeRow = (score: LanguageScore, type: string) =>
  (score.byType[type] ??= { items: 0, found: 0, alarms: 0 });

function scoreDrifted(score: LanguageScore, name: string, gold: Gold, report: Report): void {
  for (const item of gold.items) {
    const fitting = report.findings.filter((f) => fits(report, f, item));
    score.items++;
    for (const type of item.types.slice(0, 1)) typeRow(score, type).items++;
    if (fitting.length) {
      score.found++;
      typeRow(score, item.types[0]!).found++;
    } else score.misses.push({ case: name, item });
    if (item.tier === 'critical') {
      score.critical++;
      if (fitting.some((f) => f.severity === 'high')) score.criticalAtHigh++;
    }
  }
  for (const finding of report.findings) {
    if (gold.items.some((item) => fits(report, finding, item))) tally(score, finding, 'real');
    else if (!gold.acceptable.some((a) => holds(report, finding, a))) tally(score, finding, 'alarms');
  }
  for (const finding of report.findings.filter(raised)) {
    score.flagged++;
    if (gold.items.some((item) => fits(report, finding, item))) {
      score.flaggedFitting++;
      continue;
    }
    if (gold.acceptable.some((a) => holds(report, finding, a))) continue;
    score.driftedAlarms++;
    typeRow(score, finding.type).alarms++;
    score.alarms.push({ case: name, rewrite: 'drifted', finding });
  }
}

function tally(score: LanguageScore, finding: Finding, kind: 'real' | 'alarms'): void {
  const row = (score.byMessage[`${finding.type}/${finding.messageId}`] ??= {
    high: { real: 0, alarms: 0 },
    medium: { real: 0, alarms: 0 },
    low: { real: 0, alarms: 0 },
  });
  row[finding.severity][kind]++;
}

function scoreFaithful(score: LanguageScore, name: string, gold: Gold, report: Report): void {
  for (const finding of report.findings)
    if (!gold.faithful_acceptable.some((a) => holds(report, finding, a))) tally(score, finding, 'alarms');
  for (const finding of report.findings.filter(raised)) {
    if (gold.faithful_acceptable.some((a) => holds(report, finding, a))) continue;
    score.faithfulAlarms++;
    typeRow(score, finding.type).alarms++;
    score.alarms.push({ case: name, rewrite: 'faithful', finding });
  }
}

/** The headline figures of one language. */
export function summarizeRewrites(score: LanguageScore): RewriteScore {
  const ratio = (a: number, b: number): number => (b ? a / b : 0);
  return {
    recall: ratio(score.found, score.items),
    criticalAtHigh: ratio(score.criticalAtHigh, score.critical),
    precision: ratio(score.flaggedFitting, score.flagged),
    alarmsPerFaithful: ratio(score.faithfulAlarms, score.cases),
    alarmsPerDrifted: ratio(score.driftedAlarms, score.cases),
  };
}
