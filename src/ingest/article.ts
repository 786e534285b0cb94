import { InputError } from '../errors.js';
import { detectLanguage } from '../text/language.js';
import { normalizeText, toGiven, type NormalizedText } from '../text/normalize.js';
import { segment } from '../text/sentences.js';
import type { Article, Language, Sentence } from '../types.js';
import { decodeBytes } from './decode.js';
import { extractHtml, looksLikeHtml } from './html.js';
import { extractMarkdown, looksLikeMarkdown, type MarkdownExtract } from './markdown.js';
import { leadingMetadata } from './metadata.js';

export interface IngestOptions {
  name?: string;
  /** Skip detection and read the article as this language. */
  language?: Language;
  format?: Article['format'];
  /** For text decoded elsewhere. */
  encoding?: Article['encoding'];
  warnings?: string[];
}

/** An article together with its normalised view: what the later stages work on. */
export interface IngestedArticle {
  article: Article;
  norm: NormalizedText;
}

/** How clearly the text must be another language before a forced language is questioned. */
const CLEAR_LANGUAGE = 0.6;

/** Reads an article from bytes as they were stored: decoding, then as from text. */
export function ingestBytes(bytes: Uint8Array, options: IngestOptions = {}): IngestedArticle {
  const name = options.name ?? 'article';
  const decoded = decodeBytes(bytes, name);
  return ingestText(decoded.text, {
    ...options,
    encoding: decoded.encoding,
    warnings: [...(options.warnings ?? []), ...decoded.warnings],
  });
}

/** Reads an article from text: format extraction, normalisation, metadata, language and sentences. */
export function ingestText(input: string, options: IngestOptions = {}): IngestedArticle {
  const name = options.name ?? 'article';
  const given = input.replace(/^\uFEFF/, '');
  const format =
    options.format ?? (looksLikeHtml(given) ? 'html' : looksLikeMarkdown(name) ? 'markdown' : 'text');
  const extracted =
    format === 'html' ? extractHtml(given) : format === 'markdown' ? extractMarkdown(given) : { text: given };
  const text = extracted.text;
  // Punctuation and symbols alone say nothing: such a file is as empty as an empty one.
  if (!/[\p{L}\p{N}]/u.test(text)) throw new InputError(`${name}: is empty (no article text to compare)`);
  const norm = normalizeText(text);
  const meta = leadingMetadata(norm.text);
  const guess = detectLanguage(norm.text.slice(meta.bodyStart));
  const language = options.language ?? guess.language;
  const warnings = [...(options.warnings ?? [])];
  if (options.language && guess.language !== options.language && guess.confidence >= CLEAR_LANGUAGE)
    warnings.push(
      `${name}: read as ${options.language} as asked, but its text is ${guess.language}; the findings will be unreliable`,
    );
  const furniture: NonNullable<Article['furniture']> =
    'furniture' in extracted ? (extracted as MarkdownExtract).furniture : [];
  const inFurniture = (span: { start: number; end: number }): boolean =>
    furniture.some((f) => span.start < f.end && f.start < span.end);
  const sentences: Sentence[] = segment(norm.text, language, { from: meta.bodyStart })
    .map((s) => ({ s, span: toGiven(norm, s.start, s.end) }))
    .filter(({ span }) => !inFurniture(span))
    .map(({ s, span }, index) => ({
      id: `s${index + 1}`,
      index,
      ...span,
      text: text.slice(span.start, span.end),
      paragraph: s.paragraph,
      heading: s.heading,
    }));
  if (sentences.length === 0) throw new InputError(`${name}: has no sentences after its metadata`);
  const article: Article = {
    name,
    text,
    language,
    languageDetected: options.language === undefined,
    encoding: options.encoding ?? 'utf-8',
    format,
    sentences,
    warnings,
    ...(furniture.length ? { furniture } : {}),
  };
  if (meta.date) {
    article.date = {
      iso: meta.date.iso,
      precision: meta.date.precision,
      span: toGiven(norm, meta.date.span.start, meta.date.span.end),
    };
  } else if ('date' in extracted && extracted.date) {
    article.date = { iso: extracted.date, precision: 'day', span: { start: 0, end: 0 } };
  }
  for (const key of ['section', 'headline', 'byline'] as const) {
    const span = meta[key];
    if (span) {
      const g = toGiven(norm, span.start, span.end);
      article[key] = { ...g, text: text.slice(g.start, g.end) };
    }
  }
  return { article, norm };
}
