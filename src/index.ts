/** factdiff: shows where a rewritten news article drifted from its source. */
export { align, type AlignedPair, type AlignOptions } from './align/align.js';
export { alignArticles, type ArticleAlignment, type SentencePair } from './align/articles.js';
export type { Relatedness } from './align/related.js';
export type { Clause, EventStatus, Mood, ModalKind, TimeReference, VerbGroup } from './clauses/types.js';
export { ingestBytes, ingestText, type IngestOptions } from './ingest/article.js';
export { InputError } from './errors.js';
export { STAGES, stepsOf, type Progress, type ProgressListener, type Stage } from './progress.js';
export { detectLanguage } from './text/language.js';
export type { Article, ArticleDate, Language, Sentence, Span } from './types.js';
export {
  articleReport,
  compare,
  type ArticleInput,
  type ArticleReport,
  type CompareOptions,
  type Report,
} from './compare.js';
export {
  atLeast,
  SEVERITIES,
  severityRank as severityRankOf,
  type Evidence,
  type Finding,
  type FindingDraft,
  type FindingType,
  type MessageData,
  type Severity,
} from './detect/finding.js';
export { defineRule, REPORT_SECTIONS, type ReportSection, type Rule, type RuleMeta } from './detect/rule.js';
export type { RuleContext } from './detect/context.js';
export { FINDING_TYPES, rules } from './detect/rules/index.js';
export { formatMessage } from './detect/run.js';
export { counted } from './report/counted.js';
export {
  findingEvidence,
  markedSentence,
  sentenceById,
  sentencesText,
  type FindingEvidence,
  type MarkedSentence,
} from './report/evidence.js';
export { renderMarkdownReport, type ReportContext } from './report/markdown.js';
export {
  emptyReview,
  mergeDecisions,
  pairMismatch,
  parseReview,
  REVIEW_SCHEMA_VERSION,
  type ReviewDecision,
  type ReviewedPair,
  type ReviewFile,
} from './report/review.js';
export { sourceParagraphOf, worstPerPair, worstPerParagraph } from './report/where.js';
export type { IngestedArticle } from './ingest/article.js';
