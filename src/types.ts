/** Plain records that flow through the pipeline: ingest → sentences → alignment → facts → findings. */

export type Language = 'de' | 'en';

/** A character range into an article's `text` (UTF-16 offsets, end exclusive). */
export interface Span {
  start: number;
  end: number;
}

export interface ArticleDate {
  /** ISO 8601, as precise as the article says: `2026`, `2026-02` or `2026-02-10`. */
  iso: string;
  precision: 'year' | 'month' | 'day';
  span: Span;
}

export interface Sentence extends Span {
  id: string;
  /** Index within the article's body sentences. */
  index: number;
  text: string;
  paragraph: number;
  /** A line without closing punctuation standing alone: a subheading. */
  heading: boolean;
}

export interface Article {
  name: string;
  /** The text factdiff read, after decoding and format extraction; every offset points into it. */
  text: string;
  language: Language;
  languageDetected: boolean;
  encoding: 'utf-8' | 'windows-1252';
  format: 'text' | 'markdown' | 'html';
  date?: ArticleDate;
  headline?: Span & { text: string };
  section?: Span & { text: string };
  /** Who wrote it ("By Jane Doe"): kept apart from the statements. */
  byline?: Span & { text: string };
  /** Markdown subheadings and image descriptions: the article's furniture, not its statements. */
  furniture?: (Span & { text: string; kind: 'subheading' | 'image' })[];
  sentences: Sentence[];
  warnings: string[];
}
