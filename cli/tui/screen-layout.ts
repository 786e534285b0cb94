import type { Finding, Report, ReviewDecision } from '../../src/index.js';
import { alignmentWindow, type AlignmentWindow } from './alignment-lines.js';
import { DETAIL_FRAME, detailLines } from './FindingDetail.js';
import { HEADER_ROWS } from './Header.js';
import { HELP_FRAME, helpLines } from './HelpOverlay.js';
import { viewport, type Line, type Viewport } from './text-lines.js';
import { visibleFindings, type ReviewState } from './state.js';
import type { Theme } from './theme.js';

/** Everything the screen draws below the header, laid out for one state and one terminal size. */
export interface ScreenLayout {
  width: number;
  /** Rows between the header and the status line. */
  body: number;
  findings: Finding[];
  selected: Finding | undefined;
  listHeight: number;
  detailHeight: number;
  detail: Viewport;
  pairs: AlignmentWindow | undefined;
  help: Viewport | undefined;
  /** How far what scrolls now (the help, the selected pair, or the detail) can scroll. */
  maxScroll: number;
  /** Half the scrolling pane, for Ctrl-D and Ctrl-U. */
  halfPane: number;
}

export interface LayoutInput {
  report: Report;
  state: ReviewState;
  decisions: Record<string, ReviewDecision>;
  size: { columns: number; rows: number };
  theme: Theme;
  /** A pair's lines (cached by the screen: they change only with the width and the selection). */
  pairLines(index: number, selected: boolean): Line[];
  /** The first pair shown in the last frame, so the alignment view moves only as far as it must. */
  alignmentTop: number;
}

/**
 * Lays the screen out for a state. The screen draws it, and reads from it how far a key may scroll: computed from
 * the state the key acts on, not from the last frame, so fast keys are never judged by a stale layout.
 */
export function layOut({
  report,
  state,
  decisions,
  size,
  theme,
  pairLines,
  alignmentTop,
}: LayoutInput): ScreenLayout {
  const width = Math.max(40, size.columns);
  // The header, the status line, and one row spare: Ink redraws the whole screen when its output fills it.
  const body = Math.max(6, size.rows - HEADER_ROWS - 2);
  const findings = visibleFindings(report, state);
  const selected = findings[Math.min(state.cursor, findings.length - 1)];
  const lines = selected
    ? detailLines(report, selected, decisions[selected.id], width - DETAIL_FRAME.columns, theme)
    : [];
  const heights = shareHeight(body, {
    list: findings.length,
    detail: selected ? lines.length + DETAIL_FRAME.rows : 0,
    expanded: state.expanded,
  });
  const detail = viewport(
    lines,
    heights.detail - DETAIL_FRAME.rows,
    state.scroll,
    { above: ' · K or Ctrl-U', below: ' · J or Ctrl-D to scroll' },
    theme.muted,
  );
  const pairs =
    state.view === 'alignment'
      ? alignmentWindow(
          report,
          { cursor: state.alignmentCursor, scroll: state.scroll, top: alignmentTop, height: body - 1 },
          (i) => pairLines(i, i === state.alignmentCursor),
          theme,
        )
      : undefined;
  const help =
    state.overlay === 'help'
      ? viewport(
          helpLines(width - HELP_FRAME.columns, theme),
          body - HELP_FRAME.rows,
          state.helpScroll,
          { above: ' · k', below: ' · j' },
          theme.muted,
        )
      : undefined;
  const pane = help ? body - HELP_FRAME.rows : pairs ? body - 1 : heights.detail - DETAIL_FRAME.rows;
  return {
    width,
    body,
    findings,
    selected,
    listHeight: heights.list,
    detailHeight: heights.detail,
    detail,
    pairs,
    help,
    maxScroll: help ? help.maxOffset : pairs ? pairs.maxScroll : detail.maxOffset,
    halfPane: Math.max(1, Math.floor(pane / 2)),
  };
}

/**
 * How the findings list and the detail pane share the screen's height: each gets what it needs when both fit;
 * otherwise the list keeps at least a third (or all it has, if less) and the detail takes the rest it needs, and
 * what neither needs goes to the list, so a short finding shows more of the list.
 */
export function shareHeight(
  body: number,
  need: { list: number; detail: number; expanded: boolean },
): { list: number; detail: number } {
  if (need.expanded) return { list: 0, detail: body };
  const list = Math.max(1, need.list);
  if (!need.detail) return { list: Math.min(list, body), detail: 0 };
  const minimum = Math.min(list, Math.max(3, Math.floor(body / 3)));
  const detail = Math.max(Math.min(need.detail, body - minimum), Math.min(3, body - minimum));
  // Rows neither needs stay with the detail's frame rather than float below a short list.
  const listRows = Math.min(list, body - detail);
  return { list: listRows, detail: body - listRows };
}
