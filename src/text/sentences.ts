import { languagePack } from '../lang/index.js';
import type { Language } from '../types.js';
import { findQuotes, outermostQuotes } from './quotes.js';

/** A sentence as found in a (normalised) text: offsets into that text. */
export interface SentenceSpan {
  start: number;
  end: number;
  paragraph: number;
  heading: boolean;
}

export interface SegmentOptions {
  /** Offset where the body starts (after leading metadata). */
  from?: number;
  /** Quotes longer than this may be split inside; shorter ones stay whole with their attribution. */
  maxQuoteLength?: number;
}

const TERMINATORS = '.!?…';
const CLOSING = `"'»«“”’‘›‹)]`;
const OPENING = `"'«»„“‚‘‹›([`;

/** Paragraph ranges: text separated by blank lines. */
export function paragraphs(text: string, from = 0): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t]*\n\s*/g;
  re.lastIndex = from;
  let start = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out.map(trim(text)).filter((p) => p.end > p.start);
}

const trim =
  (text: string) =>
  (r: { start: number; end: number }): { start: number; end: number } => {
    let { start, end } = r;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start, end };
  };

/** Splits a text into sentences, paragraph by paragraph. */
export function segment(text: string, language: Language, options: SegmentOptions = {}): SentenceSpan[] {
  const maxQuote = options.maxQuoteLength ?? 500;
  const quotes = outermostQuotes(findQuotes(text)).filter((q) => q.end - q.start <= maxQuote);
  const out: SentenceSpan[] = [];
  paragraphs(text, options.from ?? 0).forEach((para, index) => {
    const ranges = splitParagraph(text, para, language, quotes)
      .flatMap((r) => cutLongSentence(text, r))
      .map(trim(text))
      .filter((r) => r.end > r.start);
    for (const r of ranges) {
      const wholeLine = r.start === para.start && !text.slice(r.start, r.end).includes('\n');
      const heading =
        wholeLine && (ranges.length === 1 || r.end < para.end) && isHeading(text.slice(r.start, r.end));
      out.push({ ...r, paragraph: index, heading });
    }
  });
  return out;
}

/** Words a sentence may have before it is cut into segments (far above real sentences, which rarely pass 80). */
export const MAX_SENTENCE_WORDS = 120;

/**
 * A run of text longer than any real sentence (a line without punctuation, a pasted table) cut into segments at
 * clause marks — the last comma, semicolon, colon or dash in its second half — or, where it has none, between
 * words. Every later stage compares statements word by word; bounding their length keeps those steps linear in
 * the article.
 */
export function cutLongSentence(
  text: string,
  range: { start: number; end: number },
  maxWords = MAX_SENTENCE_WORDS,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const word = /\S+/g;
  word.lastIndex = range.start;
  let start = range.start;
  let words = 0;
  let mark = -1;
  for (let m = word.exec(text); m && m.index < range.end; m = word.exec(text)) {
    words++;
    const end = Math.min(m.index + m[0].length, range.end);
    if (words >= maxWords / 2 && CLAUSE_MARK.test(m[0])) mark = end;
    if (words < maxWords) continue;
    const cut = mark > start ? mark : end;
    out.push({ start, end: cut });
    start = cut;
    words = countWords(text, start, end);
    mark = -1;
  }
  out.push({ start, end: range.end });
  return out;
}

/** A word that ends a clause: a comma, semicolon, colon or dash at its end, or a dash on its own. */
const CLAUSE_MARK = /[,;:\u2013\u2014]$|^-$/u;

const countWords = (text: string, from: number, to: number): number =>
  text.slice(from, to).split(/\s+/).filter(Boolean).length;

/** A short line without closing punctuation (a quoted one too): a title or subheading. */
function isHeading(s: string): boolean {
  const bare = s.replace(/^["'«»„“‚‘‹›]+|["'«»“”‘’‹›]+$/g, '');
  return !/[.!?…:;,)\]]$/.test(bare) && bare.split(/\s+/).length <= 14 && !bare.includes('\n');
}

function splitParagraph(
  text: string,
  para: { start: number; end: number },
  language: Language,
  quotes: { start: number; end: number }[],
): { start: number; end: number }[] {
  const ranges: { start: number; end: number }[] = [];
  let start = para.start;
  const firstLineEnd = text.indexOf('\n', para.start);
  // A paragraph whose first line is a short line without closing punctuation: a heading over its text.
  if (firstLineEnd > 0 && firstLineEnd < para.end && isHeading(text.slice(para.start, firstLineEnd).trim())) {
    ranges.push({ start, end: firstLineEnd });
    start = firstLineEnd + 1;
  }
  for (let i = start; i < para.end; i++) {
    if (!TERMINATORS.includes(text[i]!)) continue;
    // Copy pasted without spaces still breaks: 'note."It concerns', 'the world.An official'.
    const glued = gluedStart(text, i, quotes, language);
    if (glued > 0) {
      ranges.push({ start, end: glued });
      start = glued;
      i = glued - 1;
      continue;
    }
    let j = i;
    while (j + 1 < para.end && TERMINATORS.includes(text[j + 1]!)) j++;
    while (j + 1 < para.end && CLOSING.includes(text[j + 1]!)) j++;
    if (j + 1 >= para.end || !/\s/.test(text[j + 1]!)) continue;
    let k = j + 1;
    while (k < para.end && /\s/.test(text[k]!)) k++;
    if (k >= para.end) continue;
    if (insideQuote(quotes, j + 1)) continue;
    if (!startsSentence(text[k]!)) continue;
    if (text[i] === '.' && !endsSentenceAt(text, i, k, language)) continue;
    ranges.push({ start, end: j + 1 });
    start = k;
    i = k - 1;
  }
  ranges.push({ start, end: para.end });
  return ranges;
}

/**
 * Where a sentence starts right after a terminator with no space: a straight quote opening before a
 * capital, a capitalised word after the quotation the terminator closes ("an!“Die"), or a capitalised word right
 * after a lower-case word, a figure, a percentage or a closing quotation mark ("world.An", "Jan. 18.Japan's",
 * "0.27%.Australia's", "Missstände“.Ein"; "U.S.Army" and "z.B.Die" are not lower case before the stop,
 * "example.com" not capitalised after it, "am 3.März" a German date).
 */
function gluedStart(
  text: string,
  dot: number,
  quotes: { start: number; end: number }[],
  language: Language,
): number {
  const opens = quotes.some((q) => q.start === dot + 1);
  if (
    text[dot + 1] === '"' &&
    opens &&
    /\p{Lu}/u.test(text[dot + 2] ?? '') &&
    /\p{Ll}/u.test(text[dot - 1] ?? '')
  )
    return dot + 1;
  // "an!“Die": a quotation or bracket closed after the terminator, the next sentence glued to it.
  let closed = dot;
  while (CLOSING.includes(text[closed + 1] ?? ' ') && quotes.some((q) => q.end === closed + 2)) closed++;
  if (
    closed > dot &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(closed + 1, closed + 3)) &&
    (text[dot] !== '.' || endsSentenceAt(text, dot, closed + 1, language))
  )
    return closed + 1;
  if (
    /(\p{Ll}{2}|[\d%)“”»«’])$/u.test(text.slice(Math.max(0, dot - 2), dot)) &&
    /^\p{Lu}\p{Ll}/u.test(text.slice(dot + 1, dot + 3)) &&
    !insideQuote(quotes, dot) &&
    (text[dot] !== '.' || endsSentenceAt(text, dot, dot + 1, language))
  )
    return dot + 1;
  return -1;
}

const insideQuote = (quotes: { start: number; end: number }[], at: number): boolean =>
  quotes.some((q) => q.start < at && at < q.end);

const startsSentence = (ch: string): boolean =>
  /[\p{Lu}\p{N}]/u.test(ch) || OPENING.includes(ch) || ch === '¿';

/** Whether the full stop at `dot` ends a sentence, given the next sentence would start at `next`. */
function endsSentenceAt(text: string, dot: number, next: number, language: Language): boolean {
  const pack = languagePack(language);
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(0, dot - 30), dot))?.[1] ?? '';
  const word = before.toLowerCase();
  const nextWord = /^[\p{L}\p{N}]+/u.exec(text.slice(next))?.[0] ?? '';
  if (word === '') return true;
  if (pack.abbreviations.has(word) || pack.abbreviations.has(word.replace(/\.$/, ''))) return false;
  if (pack.numeralAbbreviations.has(word) && /^\d/.test(nextWord)) return false;
  // Initials and dotted abbreviations: "z. B.", "U.S.", "J. R. R. Tolkien".
  if (/^\p{L}$/u.test(before) || /^(\p{L}\.)+\p{L}?$/u.test(before)) return false;
  if (/^\d+$/.test(before)) {
    if (pack.months.has(nextWord.toLowerCase())) return false;
    // German ordinals: "am 10. Februar", "der 2. Weltkrieg" — but "im Jahr 2019. Dann …" ends a sentence.
    if (pack.ordinalDot && before.length <= 2 && !pack.stopwords.has(nextWord.toLowerCase())) return false;
  }
  return true;
}
