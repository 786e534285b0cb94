/** factdiff: shows where a rewritten news article drifted from its source. */
export { align, type AlignedPair, type AlignOptions } from './align/align.js';
export { alignArticles, type ArticleAlignment, type SentencePair } from './align/articles.js';
export type { Relatedness } from './align/related.js';
export { ingestBytes, ingestText, type IngestOptions } from './ingest/article.js';
export { InputError } from './errors.js';
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
  FINDING_TYPES,
  SEVERITIES,
  severityRank as severityRankOf,
  type Evidence,
  type Finding,
  type FindingType,
  type Severity,
} from './detect/finding.js';
export type { Rule } from './detect/rule.js';
export { rules } from './detect/rules/index.js';
