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

export function findQuotes(text: string): QuoteSpan[] {
  const stack: { mark: string; at: number }[] = [];
  const spans: QuoteSpan[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n' && text[i + 1] === '\n') stack.length = 0; // quotes do not run across paragraphs
    const top = stack[stack.length - 1];
    if (top && CLOSERS_FOR[top.mark]!.includes(ch) && !(ch === '’' && isWordChar(text[i + 1]))) {
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
