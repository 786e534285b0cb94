/** factdiff: shows where a rewritten news article drifted from its source. */
export { align, type AlignedPair, type AlignOptions } from './align/align.js';
export { alignArticles, type ArticleAlignment, type SentencePair } from './align/articles.js';
export type { Relatedness } from './align/related.js';
export { ingestBytes, ingestText, type IngestOptions } from './ingest/article.js';
export { InputError } from './errors.js';
export { detectLanguage } from './text/language.js';
export type { Article, ArticleDate, Language, Sentence, Span } from './types.js';
