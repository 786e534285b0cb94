import { sentencesText, type Report, type Severity } from '../../src/index.js';
import { cells, pad, viewport, wrap, type Line, type Run } from './text-lines.js';
import { SYMBOL, type Theme } from './theme.js';

/** The columns of the alignment view: a mark for the selected pair, the source, a gutter, the rewrite. */
export interface PairColumns {
  mark: number;
  side: number;
  gutter: number;
  /** Width of the sentence ids before each side's text ("s12+s13 "). */
  id: number;
}

const GUTTER = 11;

export function pairColumns(report: Report, width: number): PairColumns {
  const mark = 2;
  const side = Math.max(12, Math.floor((width - mark - GUTTER) / 2));
  const longest = Math.max(
    2,
    ...report.alignment.flatMap((p) => [cells(p.source.join('+')), cells(p.rewrite.join('+'))]),
  );
  // Ids longer than a third of the column wrap with the text rather than squeeze it.
  return { mark, side, gutter: GUTTER, id: Math.min(longest, Math.floor(side / 3)) + 1 };
}

/** The gutter between the columns: the pair's score, or that one side has no counterpart, and its worst finding. */
function gutterRuns(report: Report, index: number, worst: Severity | undefined, theme: Theme): Run[] {
  const pair = report.alignment[index]!;
  const label = !pair.source.length ? 'added' : !pair.rewrite.length ? 'omitted' : pair.score.toFixed(2);
  const runs: Run[] = [
    {
      text: worst ? SYMBOL[worst] : ' ',
      style: { color: worst ? theme.severity(worst) : undefined, bold: true },
    },
    {
      text: ` ${label}`,
      style: { color: pair.source.length && pair.rewrite.length ? theme.accent : theme.severity('medium') },
    },
  ];
  // The symbol and the label start at the same column in every pair, so the gutter reads as a column.
  return [{ text: ' ' }, ...runs, { text: ' '.repeat(Math.max(1, GUTTER - 3 - label.length)) }];
}

/** One side of a pair: its sentence ids, then its text, wrapped under the text; "—" for no counterpart. */
function sideLines(
  article: Report['source'],
  ids: readonly string[],
  columns: PairColumns,
  selected: boolean,
  theme: Theme,
): Line[] {
  if (!ids.length) return [[{ text: '—', style: { color: theme.muted, dimColor: !theme.muted } }]];
  const id = ids.join('+');
  const label: Run = {
    text: `${id} `.padEnd(columns.id),
    style: { color: theme.accent, bold: true, inverse: selected },
  };
  return wrap([label, { text: sentencesText(article, ids) }], columns.side, columns.id);
}

/** A pair as lines: source and rewrite side by side, each line starting in its column. */
export function pairLines(
  report: Report,
  index: number,
  columns: PairColumns,
  worst: Severity | undefined,
  selected: boolean,
  theme: Theme,
): Line[] {
  const pair = report.alignment[index]!;
  const left = sideLines(report.source, pair.source, columns, selected, theme);
  const right = sideLines(report.rewrite, pair.rewrite, columns, selected, theme);
  const gutter = gutterRuns(report, index, worst, theme);
  const blank: Run = { text: ' '.repeat(columns.gutter) };
  return Array.from({ length: Math.max(left.length, right.length) }, (_, i) => [
    { text: selected && i === 0 ? '› ' : ' '.repeat(columns.mark), style: { bold: true } },
    ...pad(left[i] ?? [], columns.side),
    ...(i === 0 ? gutter : [blank]),
    ...(right[i] ?? []),
  ]);
}

/** The line over both columns: which article is which. */
export function columnHeads(report: Report, columns: PairColumns, theme: Theme): Line {
  const head = (name: string): Run[] => [{ text: name, style: { bold: true, color: theme.accent } }];
  return [
    { text: ' '.repeat(columns.mark) },
    ...pad([...head('Source  '), { text: report.source.name, style: { color: theme.muted } }], columns.side),
    { text: ' '.repeat(columns.gutter) },
    ...head('Rewrite  '),
    { text: report.rewrite.name, style: { color: theme.muted } },
  ];
}

export interface AlignmentWindow {
  lines: Line[];
  /** The first pair shown: the next window starts from it so that the view does not jump. */
  top: number;
  /** How far the selected pair can scroll (0 when it fits). */
  maxScroll: number;
}

/**
 * The pairs a pane of `height` lines shows: from the pair shown first before (`top`), moved only as far as the
 * selected pair needs to be in view; one blank line between pairs. A pair taller than the pane is shown from
 * `scroll` lines into it, and wherever a pair is cut the pane says so.
 */
export function alignmentWindow(
  report: Report,
  view: { cursor: number; scroll: number; top: number; height: number },
  linesOf: (index: number) => Line[],
  theme: Theme,
): AlignmentWindow {
  const { cursor, height } = view;
  const count = report.alignment.length;
  if (!count || height <= 0) return { lines: [], top: 0, maxScroll: 0 };
  const tall = (i: number) => linesOf(i).length + (i < count - 1 ? 1 : 0);
  let top = Math.min(view.top, cursor);
  let used = 0;
  for (let i = top; i <= cursor; i++) used += tall(i);
  while (top < cursor && used > height) used -= tall(top++);
  const hint = { above: ' · K or Ctrl-U', below: ' · J or Ctrl-D' };
  const selected = linesOf(cursor);
  if (top === cursor && selected.length > height) {
    const shown = viewport(selected, height, view.scroll, hint, theme.muted);
    return { lines: shown.lines, top, maxScroll: shown.maxOffset };
  }
  const lines: Line[] = [];
  for (let i = top; i < count && lines.length <= height; i++) {
    lines.push(...linesOf(i));
    if (i < count - 1) lines.push([]);
  }
  if (lines.length <= height) return { lines, top, maxScroll: 0 };
  const more: Line = [{ text: '… more below · j', style: { color: theme.muted, dimColor: !theme.muted } }];
  return { lines: [...lines.slice(0, height - 1), more], top, maxScroll: 0 };
}
