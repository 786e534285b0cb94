import { findDates } from '../text/dates.js';
import type { Span } from '../types.js';

/** Leading metadata of an article: offsets into the normalised text. */
export interface LeadingMetadata {
  bodyStart: number;
  date?: { iso: string; precision: 'year' | 'month' | 'day'; span: Span };
  section?: Span;
  headline?: Span;
}

const DATE_LABEL = /^\s*(?:date|datum|published|veröffentlicht|stand|updated|aktualisiert)\s*:?\s*/i;
const CLOSES_SENTENCE = /[.!?…:;,"'»«“”)]$/;

/** Finds a date line (possibly glued to the lead), a section label and a headline at the top of an article. */
export function leadingMetadata(text: string): LeadingMetadata {
  const meta: LeadingMetadata = { bodyStart: 0 };
  let pos = skipSpace(text, 0);
  const label = DATE_LABEL.exec(text.slice(pos));
  const leadDate = findDates(text.slice(pos, pos + 80))[0];
  const labelled = label && label[0].trim() !== '';
  const datePos = pos + (labelled ? label[0].length : 0);
  if (leadDate && leadDate.start === datePos - pos) {
    meta.date = {
      iso: leadDate.iso,
      precision: leadDate.precision,
      span: { start: pos + leadDate.start, end: pos + leadDate.end },
    };
    pos = skipSpace(text, pos + leadDate.end);
  } else if (labelled) {
    const year = /^(\d{4})\b/.exec(text.slice(datePos));
    if (year) {
      meta.date = { iso: year[1]!, precision: 'year', span: { start: datePos, end: datePos + 4 } };
      pos = skipSpace(text, datePos + 4);
    }
  }
  // Then paragraphs that are a single short line without closing punctuation: a section label, a headline.
  const lines: { start: number; end: number; words: number }[] = [];
  for (let line = lineAt(text, pos); line && line.blankAfter && lines.length < 2; line = lineAt(text, pos)) {
    const words = line.text.split(/\s+/).length;
    if (CLOSES_SENTENCE.test(line.text) || words > 25) break;
    lines.push({ start: line.start, end: line.end, words });
    pos = skipSpace(text, line.end);
  }
  const [first, second] = lines;
  if (first && second && first.words <= 3) {
    meta.section = { start: first.start, end: first.end };
    meta.headline = { start: second.start, end: second.end };
  } else if (first) {
    meta.headline = { start: first.start, end: first.end };
    if (second) pos = second.start;
  }
  meta.bodyStart = pos;
  return meta;
}

const skipSpace = (text: string, i: number): number => {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
};

function lineAt(
  text: string,
  start: number,
): { start: number; end: number; text: string; blankAfter: boolean } | null {
  if (start >= text.length) return null;
  const nl = text.indexOf('\n', start);
  const end = nl < 0 ? text.length : nl;
  const rest = text.slice(end, end + 3);
  const lineText = text.slice(start, end).trim();
  // Only a line standing as its own paragraph (a blank line after it, and text after that) is metadata.
  return {
    start,
    end: start + text.slice(start, end).trimEnd().length,
    text: lineText,
    blankAfter: /^\n\s*\n/.test(rest) && end < text.trimEnd().length,
  };
}
