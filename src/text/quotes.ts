import { outermost } from './spans.js';

/** Finds balanced quotations of every typographic kind: «…» »…« „…“ „…” “…” "…" ‚…‘ ‘…’ ‹…› ›…‹. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
}

const CLOSERS_FOR: Record<string, string[]> = {
  '«': ['»'],
  '»': ['«'],
  '„': ['“', '”'],
  '“': ['”'],
  '"': ['"'],
  '‚': ['‘', '’'],
  '‘': ['’'],
  '‹': ['›'],
  '›': ['‹'],
};

const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The marks above and a paragraph break: a long article is read mark by mark, not character by character. */
const MARK_OR_BREAK = /[«»„“”"‚‘’‹›]|\n\n/g;

/**
 * Web copy often mixes straight and typographic marks: a typographic opening closed by a straight mark („fertig!" or
 * “done."), or a straight opening by a typographic closing ("Dem Zucker auf der Spur“). A mark that ends a word and is
 * followed by no word closes it. One that opens a word ("nein") is a quotation nested inside.
 */
function closesMixed(text: string, opener: string, at: number): boolean {
  const ch = text[at];
  const endsWord = !/\s/.test(text[at - 1] ?? ' ') && !isWordChar(text[at + 1]);
  return (
    endsWord &&
    ((ch === '"' && (opener === '„' || opener === '“')) || (opener === '"' && (ch === '“' || ch === '”')))
  );
}

export function findQuotes(text: string): QuoteSpan[] {
  const stack: { mark: string; at: number }[] = [];
  const spans: QuoteSpan[] = [];
  for (const found of text.matchAll(MARK_OR_BREAK)) {
    const [ch, i] = [found[0], found.index];
    if (ch === '\n\n') {
      stack.length = 0; // quotes do not run across paragraphs
      continue;
    }
    const top = stack[stack.length - 1];
    if (
      top &&
      (CLOSERS_FOR[top.mark]!.includes(ch) || closesMixed(text, top.mark, i)) &&
      !(ch === '’' && isWordChar(text[i + 1]))
    ) {
      stack.pop();
      spans.push({ start: top.at, end: i + 1 });
      continue;
    }
    if (!(ch in CLOSERS_FOR)) continue;
    // A straight or single mark inside a word is an apostrophe or inch sign, not a quotation.
    if ((ch === '"' || ch === '‘') && isWordChar(text[i - 1])) continue;
    if (ch === '"' && (text[i + 1] === undefined || /\s/.test(text[i + 1]!))) continue;
    stack.push({ mark: ch, at: i });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The quote spans that are not nested inside another. */
export const outermostQuotes = (spans: QuoteSpan[]): QuoteSpan[] => outermost(spans);
