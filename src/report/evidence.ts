import { diffWords, type Change } from 'diff';
import type { ArticleReport, Report } from '../compare.js';
import type { Evidence, Finding } from '../detect/finding.js';

type ReportSentence = ArticleReport['sentences'][number];

/** A finding's evidence in its sentence: the words before it, the evidence, the words after. */
export interface MarkedSentence {
  sentence: ReportSentence;
  before: string;
  evidence: string;
  after: string;
  /** The evidence is the whole sentence: nothing to mark. */
  whole: boolean;
}

/** What every renderer shows of a finding: both sides' sentences with the evidence marked, and their word diff. */
export interface FindingEvidence {
  source?: MarkedSentence;
  rewrite?: MarkedSentence;
  /** Word by word from the source sentence to the rewrite sentence, when both exist and differ. */
  diff?: Change[];
}

/** An article's sentence by id. */
export const sentenceById = (article: ArticleReport, id: string | undefined): ReportSentence | undefined =>
  id === undefined ? undefined : article.sentences.find((s) => s.id === id);

/** The text of several sentences of an article, in the order given. */
export const sentencesText = (article: ArticleReport, ids: readonly string[]): string =>
  ids.map((id) => sentenceById(article, id)?.text ?? '').join(' ');

/** The evidence's sentence with the evidence cut out of it. */
export function markedSentence(article: ArticleReport, e: Evidence | undefined): MarkedSentence | undefined {
  const sentence = sentenceById(article, e?.sentence);
  if (!e || !sentence) return undefined;
  const from = Math.max(0, e.start - sentence.start);
  const to = Math.min(sentence.text.length, e.end - sentence.start);
  return {
    sentence,
    before: sentence.text.slice(0, from),
    evidence: sentence.text.slice(from, to),
    after: sentence.text.slice(to),
    whole: from === 0 && to >= sentence.text.length,
  };
}

export function findingEvidence(report: Report, finding: Finding): FindingEvidence {
  const source = markedSentence(report.source, finding.source);
  const rewrite = markedSentence(report.rewrite, finding.rewrite);
  const differ = source && rewrite && source.sentence.text !== rewrite.sentence.text;
  return {
    ...(source ? { source } : {}),
    ...(rewrite ? { rewrite } : {}),
    ...(differ ? { diff: diffWords(source.sentence.text, rewrite.sentence.text) } : {}),
  };
}
