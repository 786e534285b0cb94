import { languagePack } from '../lang/index.js';
import type { Language } from '../types.js';
import { fold } from './normalize.js';
import { stem } from './stem.js';

export interface Token {
  /** The word as written. */
  text: string;
  /** Offsets in the string that was tokenised. */
  start: number;
  end: number;
  /** Folded for matching: lower case, ß → ss, plain quotes and dashes. */
  norm: string;
  stem: string;
  isNumber: boolean;
  isStopword: boolean;
  /** Starts with a capital letter (in German, nouns do too). */
  capitalized: boolean;
}

const TOKEN =
  /\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d+)?(?:-[\p{L}\p{N}]+)*|\d+(?:[.,]\d+)?(?:-[\p{L}\p{N}]+)*|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

export function tokenize(text: string, language: Language): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    tokens.push({ text: raw, start: m.index, end: m.index + raw.length, ...wordOf(raw, language) });
  }
  return tokens;
}

type WordReading = Pick<Token, 'norm' | 'stem' | 'isNumber' | 'isStopword' | 'capitalized'>;

/**
 * Words recur all through an article: each spelling is folded and stemmed once. Bounded, so a long-running process
 * reading many articles does not keep every word it ever saw.
 */
const readings: Record<Language, Map<string, WordReading>> = { de: new Map(), en: new Map() };
const MAX_READINGS = 200_000;

function wordOf(raw: string, language: Language): WordReading {
  const known = readings[language];
  let reading = known.get(raw);
  if (reading) return reading;
  const norm = fold(raw);
  const isNumber = /^\d/.test(raw);
  reading = {
    norm,
    stem: isNumber ? norm : stem(norm, language),
    isNumber,
    isStopword: languagePack(language).stopwords.has(norm),
    capitalized: /^\p{Lu}/u.test(raw),
  };
  if (known.size >= MAX_READINGS) known.clear();
  known.set(raw, reading);
  return reading;
}

/** The tokens of both articles' sentences, when a caller has read them already. */
export interface SentenceTokens {
  source: Token[][];
  rewrite: Token[][];
}

/** The tokens of each sentence of an article: read once, by every stage that reads words. */
export const sentenceTokens = (article: {
  language: Language;
  sentences: readonly { text: string }[];
}): Token[][] => article.sentences.map((s) => tokenize(s.text, article.language));

/** A possessive: "Putin's", "TikTok’s" — the name of an owner, never the subject of its clause. */
export const isPossessive = (t: Token): boolean => /['’]s$/u.test(t.text);

/**
 * Whether a word can be read as a verb by how it is written: both languages write verbs in lower case inside a
 * sentence, so a capital there marks a name's word ("Secretary of State Marco Rubio", "the United States"), not
 * "state". At a sentence's or a quotation's start anything is capitalised. `at` is the word's offset in `text`.
 */
export const writtenAsVerb = (t: Token, text: string, at: number): boolean =>
  !t.capitalized || /(?:^|[.!?:«»„“”"‚‘’‹›]\s*|\n\s*)$/u.test(text.slice(Math.max(0, at - 8), at));

/** Content tokens: no stopwords, no one-letter words. */
export function contentTokens(tokens: Token[]): Token[] {
  return tokens.filter((t) => !t.isStopword && (t.isNumber || t.norm.length > 1));
}

/** A sentence with its tokens, as the stages after segmentation read it: its text, its offset in the article. */
export interface TokenizedSentence {
  text: string;
  /** Offset of the sentence in its article. */
  start: number;
  tokens: Token[];
}
