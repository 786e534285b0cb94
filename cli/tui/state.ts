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
  typeFilter: FindingType | null;
  minSeverity: Severity;
  search: string;
  /** Text being typed in the search or note input. */
  input: string;
  message: string;
}

export const initialState: ReviewState = {
  view: 'findings',
  overlay: 'none',
  cursor: 0,
  alignmentCursor: 0,
  expanded: false,
  typeFilter: null,
  minSeverity: 'low',
  search: '',
  input: '',
  message: '',
};

const RANK: Record<Severity, number> = { high: 3, medium: 2, low: 1 };
const NEXT_SEVERITY: Record<Severity, Severity> = { low: 'medium', medium: 'high', high: 'low' };

/** The findings the filters let through, in report order. */
export function visibleFindings(report: Report, state: ReviewState): Finding[] {
  const query = state.search.toLowerCase();
  return report.findings.filter(
    (f) =>
      RANK[f.severity] >= RANK[state.minSeverity] &&
      (!state.typeFilter || f.type === state.typeFilter) &&
      (!query ||
        [f.explanation, f.type, f.source?.text ?? '', f.rewrite?.text ?? '', sentenceText(report, f)].some(
          (t) => t.toLowerCase().includes(query),
        )),
  );
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
  | { type: 'cycle-type'; types: FindingType[] }
  | { type: 'cycle-severity' }
  | { type: 'open'; overlay: Overlay; input?: string }
  | { type: 'close' }
  | { type: 'type-char'; text: string }
  | { type: 'backspace' }
  | { type: 'submit-search' }
  | { type: 'clear-search' }
  | { type: 'escape' }
  | { type: 'message'; text: string };

export function reduce(state: ReviewState, action: Action): ReviewState {
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
    case 'cycle-type': {
      const at = state.typeFilter ? action.types.indexOf(state.typeFilter) : -1;
      const next = at + 1 < action.types.length ? action.types[at + 1]! : null;
      return { ...state, typeFilter: next, cursor: 0, message: `Type filter: ${next ?? 'all types'}` };
    }
    case 'cycle-severity': {
      const next = NEXT_SEVERITY[state.minSeverity];
      return { ...state, minSeverity: next, cursor: 0, message: `Showing ${next} and above` };
    }
    case 'open':
      return { ...state, overlay: action.overlay, input: action.input ?? '' };
    case 'close':
      return state.overlay === 'search'
        ? { ...state, overlay: 'none', input: '', search: '', cursor: 0 }
        : { ...state, overlay: 'none', input: '' };
    case 'type-char':
      return {
        ...state,
        input: state.input + action.text,
        ...(state.overlay === 'search' ? { search: state.input + action.text, cursor: 0 } : {}),
      };
    case 'backspace': {
      const input = state.input.slice(0, -1);
      return { ...state, input, ...(state.overlay === 'search' ? { search: input, cursor: 0 } : {}) };
    }
    case 'submit-search':
      return { ...state, overlay: 'none', input: '' };
    case 'clear-search':
      return { ...state, search: '', cursor: 0, message: 'Search cleared' };
    case 'escape':
      // Out of the full-screen detail first, then out of the search.
      if (state.expanded) return { ...state, expanded: false };
      return state.search ? { ...state, search: '', cursor: 0, message: 'Search cleared' } : state;
    case 'message':
      return { ...state, message: action.text };
  }
}

/** A decision after a key: confirm, dismiss, note, or clear. */
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
  return next;
}
