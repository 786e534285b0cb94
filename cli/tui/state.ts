import {
  sentenceById,
  type Finding,
  type FindingType,
  type Report,
  type ReviewDecision,
  type Severity,
} from '../../src/index.js';

export type View = 'findings' | 'alignment';
export type Overlay = 'none' | 'help' | 'search' | 'note' | 'confirm-quit';

/** Everything the review screen shows that changes while the user works. */
export interface ReviewState {
  view: View;
  overlay: Overlay;
  /** Index into the visible findings (or alignment rows). */
  cursor: number;
  alignmentCursor: number;
  /** The selected finding's detail fills the screen. */
  expanded: boolean;
  /** Lines scrolled in the selected finding's detail (or the selected pair of the alignment view). */
  scroll: number;
  /** Lines scrolled in the help: its own, so closing it leaves the detail where it was. */
  helpScroll: number;
  typeFilter: FindingType | null;
  minSeverity: Severity;
  /** The last search: rows matching it are marked, n/N go to the next and previous. */
  search: string;
  /** Text being typed in the search or note input, and where in it the cursor stands. */
  input: string;
  inputCursor: number;
  message: string;
}

export const initialState: ReviewState = {
  view: 'findings',
  overlay: 'none',
  cursor: 0,
  alignmentCursor: 0,
  expanded: false,
  scroll: 0,
  helpScroll: 0,
  typeFilter: null,
  minSeverity: 'low',
  search: '',
  input: '',
  inputCursor: 0,
  message: '',
};

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
const NEXT_SEVERITY: Record<Severity, Severity> = { low: 'medium', medium: 'high', high: 'low' };

/** The findings the filters let through, in report order. */
export function visibleFindings(report: Report, state: ReviewState): Finding[] {
  return report.findings.filter(
    (f) => RANK[f.severity] >= RANK[state.minSeverity] && (!state.typeFilter || f.type === state.typeFilter),
  );
}

/** Whether a finding, its evidence or its sentences hold the search text (case aside). */
export function matchesSearch(report: Report, f: Finding, search: string): boolean {
  const query = search.toLowerCase();
  return (
    query !== '' &&
    [f.explanation, f.type, f.source?.text ?? '', f.rewrite?.text ?? '', sentenceText(report, f)].some((t) =>
      t.toLowerCase().includes(query),
    )
  );
}

/**
 * The next row after `from` (or before it, `step` -1) that `wanted` accepts, going round the end as
 * less and vim do; undefined when no row is wanted.
 */
export function nextRow(
  size: number,
  from: number,
  step: 1 | -1,
  wanted: (row: number) => boolean,
): number | undefined {
  for (let i = 1; i <= size; i++) {
    const row = (((from + step * i) % size) + size) % size;
    if (wanted(row)) return row;
  }
  return undefined;
}

const sentenceText = (report: Report, f: Finding): string =>
  [
    sentenceById(report.source, f.source?.sentence)?.text ?? '',
    sentenceById(report.rewrite, f.rewrite?.sentence)?.text ?? '',
  ].join(' ');

export type Action =
  | { type: 'move'; by: number; size: number }
  | { type: 'jump'; to: 'first' | 'last'; size: number }
  | { type: 'toggle-view' }
  | { type: 'toggle-expanded' }
  /** Scrolls the detail (or the selected pair) by lines, no further than `max`. */
  | { type: 'scroll'; by: number; max: number }
  | { type: 'cycle-type'; types: FindingType[] }
  | { type: 'cycle-severity' }
  | { type: 'open'; overlay: Overlay; input?: string }
  | { type: 'close' }
  | { type: 'type-char'; text: string }
  | { type: 'backspace' }
  | { type: 'edit'; op: 'left' | 'right' | 'start' | 'end' | 'kill-before' | 'kill-word' }
  | { type: 'submit-search'; cursor?: number; message: string }
  | { type: 'select'; cursor: number; message: string }
  | { type: 'clear-search' }
  | { type: 'escape' }
  | { type: 'message'; text: string }
  /** A message has been read: it goes, unless another has replaced it. */
  | { type: 'fade'; text: string };

export function reduce(state: ReviewState, action: Action): ReviewState {
  const next = apply(state, action);
  // Another finding, pair or view starts at its top.
  const moved =
    next.view !== state.view ||
    next.cursor !== state.cursor ||
    next.alignmentCursor !== state.alignmentCursor ||
    next.typeFilter !== state.typeFilter ||
    next.minSeverity !== state.minSeverity;
  return moved && next.scroll ? { ...next, scroll: 0 } : next;
}

function apply(state: ReviewState, action: Action): ReviewState {
  const clamp = (n: number, size: number): number => Math.max(0, Math.min(n, size - 1));
  const cursorKey = state.view === 'findings' ? 'cursor' : 'alignmentCursor';
  switch (action.type) {
    case 'move':
      return { ...state, [cursorKey]: clamp(state[cursorKey] + action.by, action.size), message: '' };
    case 'jump':
      return { ...state, [cursorKey]: action.to === 'first' ? 0 : Math.max(0, action.size - 1), message: '' };
    case 'toggle-view':
      return {
        ...state,
        view: state.view === 'findings' ? 'alignment' : 'findings',
        expanded: false,
        message: '',
      };
    case 'toggle-expanded':
      return { ...state, expanded: !state.expanded };
    case 'scroll': {
      const key = state.overlay === 'help' ? 'helpScroll' : 'scroll';
      return { ...state, [key]: Math.max(0, Math.min(state[key] + action.by, action.max)) };
    }
    case 'cycle-type': {
      const at = state.typeFilter ? action.types.indexOf(state.typeFilter) : -1;
      const next = at + 1 < action.types.length ? action.types[at + 1]! : null;
      return { ...state, typeFilter: next, cursor: 0, message: `Type filter: ${next ?? 'all types'}` };
    }
    case 'cycle-severity': {
      const next = NEXT_SEVERITY[state.minSeverity];
      return { ...state, minSeverity: next, cursor: 0, message: `Showing ${next} and above` };
    }
    case 'open': {
      const input = action.input ?? '';
      // The help opens at its top.
      return { ...state, overlay: action.overlay, input, inputCursor: input.length, helpScroll: 0 };
    }
    case 'close':
      return { ...state, overlay: 'none', input: '', inputCursor: 0 };
    case 'type-char':
      return editInput(state, state.inputCursor, state.inputCursor, action.text);
    case 'backspace':
      return editInput(state, Math.max(0, state.inputCursor - 1), state.inputCursor, '');
    case 'edit':
      return lineEdit(state, action.op);
    case 'submit-search':
      return {
        ...state,
        overlay: 'none',
        search: state.input,
        input: '',
        inputCursor: 0,
        ...(action.cursor !== undefined ? { cursor: action.cursor } : {}),
        message: action.message,
      };
    case 'select':
      return { ...state, cursor: action.cursor, message: action.message };
    case 'clear-search':
      return { ...state, search: '', message: 'Search cleared' };
    case 'escape':
      // Out of the full-screen detail first, then out of the search.
      if (state.expanded) return { ...state, expanded: false };
      return state.search ? { ...state, search: '', message: 'Search cleared' } : state;
    case 'message':
      return { ...state, message: action.text };
    case 'fade':
      return state.message === action.text ? { ...state, message: '' } : state;
  }
}

/** Replaces the input between two positions, the cursor after the new text. */
const editInput = (state: ReviewState, from: number, to: number, text: string): ReviewState => ({
  ...state,
  input: state.input.slice(0, from) + text + state.input.slice(to),
  inputCursor: from + text.length,
});

/** The line editing every shell knows: ← →, Ctrl-A / Ctrl-E, Ctrl-U (to the start), Ctrl-W (a word back). */
function lineEdit(state: ReviewState, op: Extract<Action, { type: 'edit' }>['op']): ReviewState {
  const at = state.inputCursor;
  switch (op) {
    case 'left':
      return { ...state, inputCursor: Math.max(0, at - 1) };
    case 'right':
      return { ...state, inputCursor: Math.min(state.input.length, at + 1) };
    case 'start':
      return { ...state, inputCursor: 0 };
    case 'end':
      return { ...state, inputCursor: state.input.length };
    case 'kill-before':
      return editInput(state, 0, at, '');
    case 'kill-word':
      // The spaces before the cursor and the word before them, as Ctrl-W does in a shell.
      return editInput(state, state.input.slice(0, at).replace(/\S*\s*$/, '').length, at, '');
  }
}

/** A decision after a key: confirm, dismiss, note, or clear; nothing left (no decision, no note) is none. */
export function decide(
  current: ReviewDecision | undefined,
  change: Partial<ReviewDecision> | null,
  finding: Finding,
  now: string,
): ReviewDecision | undefined {
  if (change === null) return undefined;
  const next: ReviewDecision = {
    ...current,
    ...change,
    updated: now,
    finding: { type: finding.type, explanation: finding.explanation },
  };
  if (next.note === '') delete next.note;
  return next.decision || next.note ? next : undefined;
}
