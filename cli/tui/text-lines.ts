/**
 * Text laid out as terminal lines before Ink sees it: the screen must know how many lines a text takes to share
 * the height by need, to scroll by lines and to say where something is cut.
 */

/** How a run of text looks; every field is optional, as on Ink's Text. */
export interface Style {
  color?: string | undefined;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  inverse?: boolean;
  dimColor?: boolean;
}

export interface Run {
  text: string;
  style?: Style;
}

/** One terminal line: runs side by side, never wider than the width it was laid out for. */
export type Line = Run[];

const COMBINING = /\p{M}/u;
// East Asian wide and full-width characters take two cells.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;

/** Terminal cells a text takes. */
export function cells(text: string): number {
  let n = 0;
  for (const ch of text) n += COMBINING.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return n;
}

/** The longest start of a text that fits in `room` cells. */
function fitStart(text: string, room: number): string {
  let n = 0;
  let out = '';
  for (const ch of text) {
    const w = cells(ch);
    if (n + w > room) break;
    n += w;
    out += ch;
  }
  return out;
}

/** Cells a line takes. */
export const lineCells = (line: Line): number => line.reduce((n, r) => n + cells(r.text), 0);

/** The plain text of a line, styles aside (for tests and search). */
export const lineText = (line: Line): string => line.map((r) => r.text).join('');

interface Word {
  runs: Run[];
  width: number;
  /** The spaces that follow it, kept when the line goes on, dropped at a line's end. */
  space: Run | undefined;
}

/** Splits runs into words (a word may cross runs: "⟦seien⟧," is one) each with the spaces after it. */
function words(runs: readonly Run[]): Word[] {
  const out: Word[] = [];
  let word: Run[] = [];
  const close = (space: Run | undefined) => {
    if (word.length || space) out.push({ runs: word, width: lineCells(word), space });
    word = [];
  };
  for (const run of runs) {
    for (const piece of run.text.split(/(\s+)/)) {
      if (!piece) continue;
      const styled = (text: string): Run => (run.style ? { text, style: run.style } : { text });
      if (/^\s+$/.test(piece)) close(styled(piece.includes('\n') ? ' ' : piece));
      else word.push(styled(piece));
    }
  }
  close(undefined);
  return out;
}

/**
 * Word-wraps runs to a width. Lines after the first start with `indent` spaces (a hanging indent, so text under
 * a label lines up); a word wider than a line is broken. A wrapped line never starts with a space.
 */
export function wrap(runs: readonly Run[], width: number, indent = 0): Line[] {
  const hang = Math.min(indent, Math.max(0, width - 8));
  const lines: Line[] = [];
  let line: Run[] = [];
  let used = 0;
  const newLine = () => {
    lines.push(line);
    line = hang ? [{ text: ' '.repeat(hang) }] : [];
    used = hang;
  };
  for (const word of words(runs)) {
    if (word.width && used > (lines.length ? hang : 0) && used + word.width > width) newLine();
    for (const run of word.runs) {
      let text = run.text;
      while (cells(text) > width - used) {
        const head = fitStart(text, width - used);
        if (head) line.push({ ...run, text: head });
        text = text.slice(head.length);
        newLine();
      }
      if (text) line.push({ ...run, text });
      used += cells(text);
    }
    if (word.space && used + cells(word.space.text) <= width) {
      line.push(word.space);
      used += cells(word.space.text);
    }
  }
  lines.push(line);
  return lines.map(trimEnd);
}

/** Drops the spaces at a line's end: they would only push the line wider. */
function trimEnd(line: Line): Line {
  const out = [...line];
  while (out.length && !out.at(-1)!.text.trim()) out.pop();
  if (out.length) {
    const last = out.at(-1)!;
    out[out.length - 1] = { ...last, text: last.text.trimEnd() };
  }
  return out;
}

/** Cuts a line to a width, ending it with "…" when something was cut. */
export function truncate(line: Line, width: number): Line {
  if (lineCells(line) <= width) return line;
  const out: Line = [];
  let room = width - 1;
  for (const run of line) {
    const head = fitStart(run.text, room);
    if (head) out.push({ ...run, text: head });
    room -= cells(head);
    if (head.length < run.text.length) break;
  }
  out.push({ text: '…' });
  return out;
}

/** Pads a line with spaces to exactly a width (cutting it with "…" if it is wider). */
export function pad(line: Line, width: number): Line {
  const cut = truncate(line, width);
  const rest = width - lineCells(cut);
  return rest > 0 ? [...cut, { text: ' '.repeat(rest) }] : cut;
}

/** What part of a tall text a pane of `height` lines shows, from line `offset` on. */
export interface Viewport {
  /** The lines to draw, with "…" marks in place of the first and last when text lies beyond them. */
  lines: Line[];
  /** Lines cut off above and below. */
  above: number;
  below: number;
  /** The largest offset that still fills the pane. */
  maxOffset: number;
}

/**
 * The lines of a text a pane shows. Where text lies above or below, the first or last line says so with "…" and how
 * many lines, so nothing is ever cut without a mark.
 */
export function viewport(
  lines: readonly Line[],
  height: number,
  offset: number,
  hint: { above: string; below: string } = { above: '', below: '' },
  muted?: string,
): Viewport {
  if (height <= 0) return { lines: [], above: 0, below: lines.length, maxOffset: 0 };
  if (lines.length <= height) return { lines: [...lines], above: 0, below: 0, maxOffset: 0 };
  // With marks at both ends a pane of h lines shows h − 2 of the text; the ends need only one mark.
  const maxOffset = lines.length - (height - 1);
  // A pane of one or two lines has no room for a mark above and text: it shows the start.
  const top = height > 2 ? Math.max(0, Math.min(offset, maxOffset)) : 0;
  const markAbove = top > 0;
  const room = height - (markAbove ? 1 : 0);
  const fitsToEnd = lines.length - top <= room;
  const count = fitsToEnd ? lines.length - top : Math.max(0, room - 1);
  const shown = lines.slice(top, top + count);
  const below = lines.length - top - count;
  const mark = (text: string): Line => [{ text, style: { color: muted, dimColor: !muted } }];
  return {
    lines: [
      ...(markAbove ? [mark(`… ${top} line${top === 1 ? '' : 's'} above${hint.above}`)] : []),
      ...shown,
      ...(below ? [mark(`… ${below} more line${below === 1 ? '' : 's'}${hint.below}`)] : []),
    ],
    above: top,
    below,
    maxOffset,
  };
}
