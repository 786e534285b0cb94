import { Text } from 'ink';
import type { ReviewState } from './state.js';
import type { Theme } from './theme.js';

interface Props {
  state: ReviewState;
  theme: Theme;
  count: string;
  /** Decisions not on disk, and why: said until they are saved. */
  unsaved: { ids: ReadonlySet<string>; why: string };
  width: number;
  /** The detail, the selected pair or the help is taller than its pane. */
  scrollable?: boolean;
}

/** The keys that matter now, and the last message; unsaved decisions before everything else. */
export function StatusLine({ state, theme, count, unsaved, width, scrollable = false }: Props) {
  const notSaved = unsaved.ids.size
    ? `${unsaved.ids.size} decision${unsaved.ids.size === 1 ? '' : 's'} NOT SAVED (${unsaved.why})`
    : '';
  if (state.overlay === 'confirm-quit') {
    return (
      <Text wrap="wrap">
        <Text bold color={theme.severity('high')}>
          {notSaved}. Quit and lose {unsaved.ids.size === 1 ? 'it' : 'them'}?
        </Text>
        <Text> y quit · n stay · w try saving again</Text>
      </Text>
    );
  }
  if (state.overlay === 'search' || state.overlay === 'note') {
    const label = state.overlay === 'search' ? 'Search' : 'Note';
    const hint = ` Enter to ${state.overlay === 'search' ? 'search' : 'save'} · Esc to cancel`;
    // The text scrolls so that the cursor stays in view when it is longer than the line.
    const room = Math.max(8, width - label.length - 2 - hint.length - 1);
    const start = Math.max(0, state.inputCursor - room + 1);
    const shown = state.input.slice(start, start + room);
    const at = state.inputCursor - start;
    return (
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          {label}:{' '}
        </Text>
        <Text>{shown.slice(0, at)}</Text>
        <Text inverse>{shown[at] ?? ' '}</Text>
        <Text>{shown.slice(at + 1)}</Text>
        <Text color={theme.muted}>{hint}</Text>
      </Text>
    );
  }
  const filters = [
    state.typeFilter ? `type=${state.typeFilter}` : '',
    state.minSeverity !== 'low' ? `≥${state.minSeverity}` : '',
    state.search ? `/${state.search}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const left = [
    count + (filters ? ` [${filters}]` : ''),
    notSaved ? `${notSaved} · w retry` : '',
    state.message,
  ].filter(Boolean);
  const status = fitStatus(left, keysFor(state, scrollable), width);
  return (
    <Text wrap="truncate">
      <Text color={theme.accent}>{status.left[0]}</Text>
      {status.left[1] !== undefined ? (
        <Text bold color={notSaved ? theme.severity('high') : undefined}>
          {' '}
          {status.left[1]}
        </Text>
      ) : null}
      {status.left[2] !== undefined ? <Text bold> {status.left[2]}</Text> : null}
      <Text color={theme.muted}>
        {'  '}
        {status.keys}
      </Text>
    </Text>
  );
}

/** The keys of the present view, most needed first; "? help" is added last, always. */
function keysFor(state: ReviewState, scrollable: boolean): string[] {
  if (state.overlay === 'help') return ['Esc close', ...(scrollable ? ['j/k scroll'] : []), 'q quit'];
  const scroll = scrollable ? ['J/K scroll'] : [];
  if (state.view === 'alignment') return ['j/k move', ...scroll, 'Tab findings', 'q quit'];
  return [
    'j/k move',
    ...scroll,
    'c confirm',
    'x dismiss',
    'q quit',
    'Enter detail',
    'a note',
    '/ search',
    ...(state.search ? ['n/N next/prev'] : []),
    '] next open',
    'u clear',
    'f type',
    's severity',
    'e export',
    'Tab alignment',
  ];
}

const HELP = '? help';

/**
 * What fits in the line: the keys that fit after the counts and messages, always ending with "? help";
 * when even that does not fit, the messages are cut (marked …) before the help is.
 */
export function fitStatus(left: string[], keys: string[], width: number): { left: string[]; keys: string } {
  const leftLength = left.reduce((n, part) => n + part.length, 0) + Math.max(0, left.length - 1);
  const room = width - leftLength - 2;
  const chosen: string[] = [];
  for (const key of keys) {
    const next = [...chosen, key, HELP].join(' · ');
    if (next.length > room) break;
    chosen.push(key);
  }
  if (room >= HELP.length) return { left, keys: [...chosen, HELP].join(' · ') };
  // Cut the messages from the end until "? help" fits.
  const budget = Math.max(1, width - HELP.length - 2);
  const cut: string[] = [];
  let used = 0;
  for (const part of left) {
    const space = cut.length ? 1 : 0;
    if (used + space + part.length <= budget) {
      cut.push(part);
      used += space + part.length;
    } else {
      if (budget - used - space > 1) cut.push(`${part.slice(0, budget - used - space - 1)}…`);
      break;
    }
  }
  return { left: cut, keys: HELP };
}
