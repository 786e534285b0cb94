import { compare, type Finding, type FindingType } from '../../src/index.js';
import { readJsonl } from './jsonl.js';

interface SummEditsRow {
  id: string;
  doc: string;
  original_summary: string;
  summary: string;
  label: 0 | 1;
  edit_types: string[];
}

export interface BalancedScore {
  rows: number;
  /** Inconsistent rewrites flagged. */
  truePositiveRate: number;
  /** Consistent rewrites left alone. */
  trueNegativeRate: number;
  balancedAccuracy: number;
  /** Which finding types flagged consistent rewrites (false alarms), for tuning. */
  falseAlarmsByType: Partial<Record<FindingType, number>>;
  /** Recall per SummEdits edit type. */
  recallByEdit: Record<string, { flagged: number; total: number }>;
}

/** A rewrite counts as flagged when any finding other than an omission is high or medium. */
export const flags = (findings: Finding[]): Finding[] =>
  findings.filter((f) => f.type !== 'omission' && f.severity !== 'low');

/** Balanced accuracy on SummEdits news in one reading: article → summary, or original summary → summary. */
export function evaluateSummEdits(file: string, reading: 'article' | 'version'): BalancedScore {
  const rows = readJsonl<SummEditsRow>(file);
  let tp = 0;
  let pos = 0;
  let tn = 0;
  let neg = 0;
  const falseAlarmsByType: BalancedScore['falseAlarmsByType'] = {};
  const recallByEdit: BalancedScore['recallByEdit'] = {};
  for (const row of rows) {
    if (reading === 'version' && row.id.endsWith('_og')) continue; // the unedited summary against itself
    const source = reading === 'article' ? row.doc : row.original_summary;
    const found = flags(
      compare({ text: source, name: 'source' }, { text: row.summary, name: 'rewrite' }, { language: 'en' })
        .findings,
    );
    const flagged = found.length > 0;
    if (row.label === 0) {
      pos++;
      if (flagged) tp++;
      for (const e of row.edit_types) {
        recallByEdit[e] ??= { flagged: 0, total: 0 };
        recallByEdit[e].total++;
        if (flagged) recallByEdit[e].flagged++;
      }
    } else {
      neg++;
      if (!flagged) tn++;
      for (const t of new Set(found.map((f) => f.type)))
        falseAlarmsByType[t] = (falseAlarmsByType[t] ?? 0) + 1;
    }
  }
  const tpr = pos ? tp / pos : 0;
  const tnr = neg ? tn / neg : 0;
  return {
    rows: pos + neg,
    truePositiveRate: tpr,
    trueNegativeRate: tnr,
    balancedAccuracy: (tpr + tnr) / 2,
    falseAlarmsByType,
    recallByEdit,
  };
}
