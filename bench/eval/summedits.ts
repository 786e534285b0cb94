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
  /**
   * Each article scored alone, in the order of the file: one article's systematic error shows here
   * instead of being averaged away.
   */
  byArticle: ArticleScore[];
}

export interface ArticleScore {
  /** The article's first words. */
  title: string;
  rows: number;
  truePositiveRate: number;
  trueNegativeRate: number;
  balancedAccuracy: number;
}

interface Tally {
  tp: number;
  pos: number;
  tn: number;
  neg: number;
}

const rates = (t: Tally) => {
  const tpr = t.pos ? t.tp / t.pos : 0;
  const tnr = t.neg ? t.tn / t.neg : 0;
  // An article with rows of one label only is scored on that label alone.
  const balancedAccuracy = t.pos && t.neg ? (tpr + tnr) / 2 : t.pos ? tpr : tnr;
  return { rows: t.pos + t.neg, truePositiveRate: tpr, trueNegativeRate: tnr, balancedAccuracy };
};

/** The mean and the lowest of the per-article balanced accuracies. */
export function perArticle(score: BalancedScore): { mean: number; lowest: number } {
  const values = score.byArticle.map((a) => a.balancedAccuracy);
  return {
    mean: values.reduce((a, b) => a + b, 0) / Math.max(1, values.length),
    lowest: Math.min(...values),
  };
}

/** A rewrite counts as flagged when any finding other than an omission is high or medium. */
export const flags = (findings: Finding[]): Finding[] =>
  findings.filter((f) => f.type !== 'omission' && f.severity !== 'low');

/** Balanced accuracy on SummEdits news in one reading: article → summary, or original summary → summary. */
export function evaluateSummEdits(file: string, reading: 'article' | 'version'): BalancedScore {
  const rows = readJsonl<SummEditsRow>(file);
  const total: Tally = { tp: 0, pos: 0, tn: 0, neg: 0 };
  const articles = new Map<string, Tally>();
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
    const article = articles.get(row.doc) ?? { tp: 0, pos: 0, tn: 0, neg: 0 };
    articles.set(row.doc, article);
    for (const tally of [total, article]) {
      if (row.label === 0) {
        tally.pos++;
        if (flagged) tally.tp++;
      } else {
        tally.neg++;
        if (!flagged) tally.tn++;
      }
    }
    if (row.label === 0) {
      for (const e of row.edit_types) {
        recallByEdit[e] ??= { flagged: 0, total: 0 };
        recallByEdit[e].total++;
        if (flagged) recallByEdit[e].flagged++;
      }
    } else {
      for (const t of new Set(found.map((f) => f.type)))
        falseAlarmsByType[t] = (falseAlarmsByType[t] ?? 0) + 1;
    }
  }
  return {
    ...rates(total),
    falseAlarmsByType,
    recallByEdit,
    byArticle: [...articles].map(([doc, tally]) => ({
      title: doc.replace(/\s+/g, ' ').slice(0, 48),
      ...rates(tally),
    })),
  };
}
