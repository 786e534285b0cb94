import type { Key } from 'ink';
import type { FindingType, ReviewDecision } from '../../src/index.js';
import type { Action, ReviewState } from './state.js';

/** What a key asks of the screen: a state change, or an effect the screen carries out (save, export, quit). */
export type Command =
  | { type: 'dispatch'; action: Action }
  | { type: 'quit' }
  /** Quit although decisions are not saved (asked first). */
  | { type: 'quit-unsaved' }
  /** Ctrl-C: stop at once. */
  | { type: 'interrupt' }
  | { type: 'retry-save' }
  /** Enter in the search: go to the first match from here. */
  | { type: 'submit-search' }
  /** n / N: the next or previous match; ] / [: the next or previous finding with no decision. */
  | { type: 'step'; to: 'match' | 'open'; step: 1 | -1 }
  | { type: 'decide'; change: Partial<ReviewDecision> | null; message: string }
  | { type: 'edit-note' }
  | { type: 'save-note' }
  | { type: 'export' };

/** What the keys need to know of the screen as it is. */
export interface KeyContext {
  /** Rows in the current view, and how many make a page. */
  size: number;
  page: number;
  /** How far the detail (or the selected pair) can scroll, and how many lines make half its pane. */
  scroll: { max: number; half: number };
  types: FindingType[];
}

interface Binding {
  matches(input: string, key: Key): boolean;
  /** Only in the findings view (decisions, filters, detail). */
  findingsOnly?: true;
  command(context: KeyContext, state: ReviewState, input: string): Command;
}

const dispatch = (action: Action): Command => ({ type: 'dispatch', action });
const is =
  (...chars: string[]) =>
  (input: string): boolean =>
    chars.includes(input);

const interrupt: Binding = { matches: (i, k) => k.ctrl && i === 'c', command: () => ({ type: 'interrupt' }) };

/** The main screen's keys, in the order they are tried; the help overlay lists the same. */
export const MAIN_KEYS: readonly Binding[] = [
  interrupt,
  { matches: is('q'), command: () => ({ type: 'quit' }) },
  { matches: (_, k) => k.escape, command: () => dispatch({ type: 'escape' }) },
  {
    matches: (i, k) => k.upArrow || i === 'k',
    command: (c) => dispatch({ type: 'move', by: -1, size: c.size }),
  },
  {
    matches: (i, k) => k.downArrow || i === 'j',
    command: (c) => dispatch({ type: 'move', by: 1, size: c.size }),
  },
  { matches: (_, k) => k.pageUp, command: (c) => dispatch({ type: 'move', by: -c.page, size: c.size }) },
  { matches: (_, k) => k.pageDown, command: (c) => dispatch({ type: 'move', by: c.page, size: c.size }) },
  {
    matches: (i, k) => i === 'J' || (k.ctrl && i === 'd'),
    command: (c, _, i) => dispatch({ type: 'scroll', by: i === 'J' ? 1 : c.scroll.half, max: c.scroll.max }),
  },
  {
    matches: (i, k) => i === 'K' || (k.ctrl && i === 'u'),
    command: (c, _, i) =>
      dispatch({ type: 'scroll', by: i === 'K' ? -1 : -c.scroll.half, max: c.scroll.max }),
  },
  { matches: is('g'), command: (c) => dispatch({ type: 'jump', to: 'first', size: c.size }) },
  { matches: is('G'), command: (c) => dispatch({ type: 'jump', to: 'last', size: c.size }) },
  { matches: (_, k) => k.tab, command: () => dispatch({ type: 'toggle-view' }) },
  { matches: is('?'), command: () => dispatch({ type: 'open', overlay: 'help' }) },
  { matches: (_, k) => k.return, findingsOnly: true, command: () => dispatch({ type: 'toggle-expanded' }) },
  { matches: is('f'), findingsOnly: true, command: (c) => dispatch({ type: 'cycle-type', types: c.types }) },
  { matches: is('s'), findingsOnly: true, command: () => dispatch({ type: 'cycle-severity' }) },
  { matches: is('/'), findingsOnly: true, command: () => dispatch({ type: 'open', overlay: 'search' }) },
  { matches: is('n'), findingsOnly: true, command: () => ({ type: 'step', to: 'match', step: 1 }) },
  { matches: is('N'), findingsOnly: true, command: () => ({ type: 'step', to: 'match', step: -1 }) },
  { matches: is(']'), findingsOnly: true, command: () => ({ type: 'step', to: 'open', step: 1 }) },
  { matches: is('['), findingsOnly: true, command: () => ({ type: 'step', to: 'open', step: -1 }) },
  {
    matches: is('c'),
    findingsOnly: true,
    command: () => ({ type: 'decide', change: { decision: 'confirmed' }, message: 'Confirmed' }),
  },
  {
    matches: is('x'),
    findingsOnly: true,
    command: () => ({ type: 'decide', change: { decision: 'dismissed' }, message: 'Dismissed' }),
  },
  {
    matches: is('u'),
    findingsOnly: true,
    command: () => ({ type: 'decide', change: null, message: 'Decision cleared' }),
  },
  { matches: is('a'), findingsOnly: true, command: () => ({ type: 'edit-note' }) },
  { matches: is('e'), findingsOnly: true, command: () => ({ type: 'export' }) },
  { matches: is('w'), command: () => ({ type: 'retry-save' }) },
];

/** Keys while the help overlay is open. */
const HELP_KEYS: readonly Binding[] = [
  interrupt,
  {
    matches: (i, k) => k.downArrow || i === 'j' || i === 'J',
    command: (c) => dispatch({ type: 'scroll', by: 1, max: c.scroll.max }),
  },
  {
    matches: (i, k) => k.upArrow || i === 'k' || i === 'K',
    command: (c) => dispatch({ type: 'scroll', by: -1, max: c.scroll.max }),
  },
  {
    matches: (i, k) => k.pageDown || (k.ctrl && i === 'd') || i === ' ',
    command: (c) => dispatch({ type: 'scroll', by: c.scroll.half, max: c.scroll.max }),
  },
  {
    matches: (i, k) => k.pageUp || (k.ctrl && i === 'u'),
    command: (c) => dispatch({ type: 'scroll', by: -c.scroll.half, max: c.scroll.max }),
  },
  { matches: (i, k) => k.escape || i === '?', command: () => dispatch({ type: 'close' }) },
  { matches: is('q'), command: () => ({ type: 'quit' }) },
];

/** Keys while a search or a note is typed. */
const TEXT_KEYS: readonly Binding[] = [
  interrupt,
  { matches: (_, k) => k.escape, command: () => dispatch({ type: 'close' }) },
  {
    matches: (_, k) => k.return,
    command: (_, s) => (s.overlay === 'note' ? { type: 'save-note' } : { type: 'submit-search' }),
  },
  { matches: (_, k) => k.backspace || k.delete, command: () => dispatch({ type: 'backspace' }) },
  { matches: (_, k) => k.leftArrow, command: () => dispatch({ type: 'edit', op: 'left' }) },
  { matches: (_, k) => k.rightArrow, command: () => dispatch({ type: 'edit', op: 'right' }) },
  { matches: (i, k) => k.ctrl && i === 'a', command: () => dispatch({ type: 'edit', op: 'start' }) },
  { matches: (i, k) => k.ctrl && i === 'e', command: () => dispatch({ type: 'edit', op: 'end' }) },
  { matches: (i, k) => k.ctrl && i === 'u', command: () => dispatch({ type: 'edit', op: 'kill-before' }) },
  { matches: (i, k) => k.ctrl && i === 'w', command: () => dispatch({ type: 'edit', op: 'kill-word' }) },
  {
    matches: (i, k) => Boolean(i) && !k.ctrl && !k.meta,
    command: (_, __, input) => dispatch({ type: 'type-char', text: input }),
  },
];

/** Keys while the screen asks whether to quit with decisions not saved. */
const CONFIRM_QUIT_KEYS: readonly Binding[] = [
  interrupt,
  { matches: is('y', 'Y'), command: () => ({ type: 'quit-unsaved' }) },
  { matches: is('w'), command: () => ({ type: 'retry-save' }) },
  { matches: (i, k) => k.escape || i === 'n' || i === 'N', command: () => dispatch({ type: 'close' }) },
];

/** The command a key gives in the screen's present state, if any. */
export function commandFor(
  input: string,
  key: Key,
  state: ReviewState,
  context: KeyContext,
): Command | undefined {
  const table =
    state.overlay === 'search' || state.overlay === 'note'
      ? TEXT_KEYS
      : state.overlay === 'help'
        ? HELP_KEYS
        : state.overlay === 'confirm-quit'
          ? CONFIRM_QUIT_KEYS
          : MAIN_KEYS;
  const binding = table.find((b) => b.matches(input, key));
  if (!binding || (binding.findingsOnly && state.view !== 'findings')) return undefined;
  return binding.command(context, state, input);
}

/** One character of a chunk as the key it is: Enter, Backspace, Esc, Tab, or Ctrl with a letter ("\u0001" is Ctrl-A). */
export function keyOf(ch: string, chunk: Key): [string, Key] {
  const code = ch.charCodeAt(0);
  const plain = { ...chunk, return: false, backspace: false, escape: false, tab: false, ctrl: false };
  if (ch === '\r' || ch === '\n') return ['', { ...plain, return: true }];
  if (ch === '\u007f' || ch === '\b') return ['', { ...plain, backspace: true }];
  if (ch === '\u001b') return ['', { ...plain, escape: true }];
  if (ch === '\t') return ['', { ...plain, tab: true }];
  if (code >= 1 && code <= 26) return [String.fromCharCode(code + 96), { ...plain, ctrl: true }];
  return [ch, plain];
}
