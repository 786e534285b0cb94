import { languagePack, supportedLanguages } from '../lang/index.js';
import { findDates } from '../text/dates.js';
import type { Span } from '../types.js';

/** Leading metadata of an article: offsets into the normalised text. */
export interface LeadingMetadata {
  bodyStart: number;
  date?: { iso: string; precision: 'year' | 'month' | 'day'; span: Span };
  /** The whole date line ("Berlin, 12. März 2025, 14:30 Uhr"), when it stands as its own line. */
  dateline?: Span;
  byline?: Span;
  section?: Span;
  headline?: Span;
}

const DATE_LABEL = /^\s*(?:date|datum|published|veröffentlicht|stand|updated|aktualisiert)\s*:?\s*/i;
const CLOSES_SENTENCE = /[.!?…:;,"'»«“”)]$/;
/** Up to two names before a date, each closed by a comma: a place, a weekday ("Frankfurt am Main, Mittwoch, "). */
const PLACE_PREFIX = /^(?:\p{Lu}[\p{L}.'’-]*(?:[ -](?:\p{Ll}{1,3} )?\p{Lu}[\p{L}.'’-]*){0,2},\s*){1,2}/u;
/** A time after the date, with what may follow it: "14:30 Uhr", ", 9:15 a.m. ET", "um 09.15", "at 09:15 GMT". */
const TIME_SUFFIX = /^,?\s*(?:\p{Ll}{1,3}\s+)?\d{1,2}[:.]\d{2}(?:\s*[\p{L}.]{1,5}){0,2}/u;
/** How many leading lines may hold metadata before the body must have begun. */
const MAX_METADATA_LINES = 5;

/** Finds a date line, a byline, a section label and a headline at the top of an article, in any order. */
export function leadingMetadata(text: string): LeadingMetadata {
  const meta: LeadingMetadata = { bodyStart: 0 };
  let pos = skipSpace(text, 0);
  // A date may open the text glued to the lead ("12.03.2025 Die Regierung …"): it is metadata all the same.
  const glued = datelineAt(text, pos, false);
  if (glued && !datelineAt(text, pos, true)) {
    meta.date = glued.date;
    pos = skipSpace(text, glued.end);
  }
  const titles: { start: number; end: number; words: number }[] = [];
  for (let n = 0; n < MAX_METADATA_LINES; n++) {
    const line = lineAt(text, pos);
    if (!line || !line.blankAfter) break;
    const dateline = meta.date ? undefined : datelineAt(text, pos, true);
    if (dateline) {
      meta.date = dateline.date;
      meta.dateline = { start: pos, end: dateline.end };
    } else if (!meta.byline && (titles.length || meta.date) && isByline(line.text)) {
      meta.byline = { start: line.start, end: line.end };
    } else {
      const words = line.text.split(/\s+/).length;
      if (CLOSES_SENTENCE.test(line.text) || words > 25 || titles.length === 2) break;
      titles.push({ start: line.start, end: line.end, words });
    }
    pos = skipSpace(text, line.end);
  }
  const [first, second] = titles;
  if (first && second && first.words <= 3) {
    meta.section = { start: first.start, end: first.end };
    meta.headline = { start: second.start, end: second.end };
  } else if (first) {
    meta.headline = { start: first.start, end: first.end };
    // A second title-like line after a headline is the body's first (a standfirst, a subheading).
    if (second) pos = Math.min(pos, second.start);
  }
  meta.bodyStart = pos;
  return meta;
}

/**
 * A date at `pos`, after an optional label ("Published:") and place or weekday ("LONDON, "), with an
 * optional time after it. `wholeLine`: only when nothing else stands on the line.
 */
function datelineAt(
  text: string,
  pos: number,
  wholeLine: boolean,
): { date: NonNullable<LeadingMetadata['date']>; end: number } | undefined {
  const newline = text.indexOf('\n', pos);
  const line = text.slice(pos, newline < 0 ? text.length : newline);
  const label = DATE_LABEL.exec(line);
  const afterLabel = label && label[0].trim() !== '' ? label[0].length : 0;
  const place = PLACE_PREFIX.exec(line.slice(afterLabel));
  for (const start of place ? [afterLabel, afterLabel + place[0].length] : [afterLabel]) {
    const found = findDates(line.slice(start, start + 80))[0];
    if (!found || found.start !== 0) continue;
    let end = start + found.end;
    end += TIME_SUFFIX.exec(line.slice(end))?.[0].length ?? 0;
    if (wholeLine && line.slice(end).trim() !== '') continue;
    const span = { start: pos + start, end: pos + start + found.end };
    return { date: { iso: found.iso, precision: found.precision, span }, end: pos + end };
  }
  // "Stand: 2025": a bare year counts only after a date label.
  const year = afterLabel ? /^(\d{4})\b/.exec(line.slice(afterLabel)) : null;
  if (!year || (wholeLine && line.slice(afterLabel + 4).trim() !== '')) return undefined;
  const span = { start: pos + afterLabel, end: pos + afterLabel + 4 };
  return { date: { iso: year[1]!, precision: 'year', span }, end: span.end };
}

/** "By Jane Doe and John Roe, Reuters", "Von Anna Berg": a byline marker of any language, then names. */
function isByline(line: string): boolean {
  const [marker, ...rest] = line.split(/\s+/);
  if (!marker || !BYLINE_MARKERS().has(marker) || rest.length === 0 || rest.length > 12) return false;
  if (/[.!?:;]$/.test(line)) return false;
  // Names are capitalised; only short joining words ("and", "und", "von") may be lower case.
  return rest.every((w) => /^[\p{Lu}(]/u.test(w) || /^\p{Ll}{1,4},?$/u.test(w)) && /^\p{Lu}/u.test(rest[0]!);
}

let bylineMarkers: ReadonlySet<string> | undefined;
/** The language is not known yet when metadata is read: every pack's markers count. */
const BYLINE_MARKERS = (): ReadonlySet<string> =>
  (bylineMarkers ??= new Set(supportedLanguages.flatMap((l) => languagePack(l).bylineMarkers)));

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
