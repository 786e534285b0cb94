import { Text } from 'ink';
import type { ReviewState } from './state.js';
import type { Theme } from './theme.js';

interface Props {
  state: ReviewState;
  theme: Theme;
  count: string;
  /** Decisions not on disk, and why: said until they are saved. */
  unsaved: { ids: ReadonlySet<string>; why: string };
}

/** The keys that matter now, and the last message; unsaved decisions before everything else. */
export function StatusLine({ state, theme, count, unsaved }: Props) {
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
    return (
      <Text wrap="truncate">
        <Text bold color={theme.accent}>
          {label}:{' '}
        </Text>
        <Text>{state.input}</Text>
        <Text inverse> </Text>
        <Text color={theme.muted}>
          {' '}
          Enter to {state.overlay === 'search' ? 'keep' : 'save'} · Esc to cancel
        </Text>
      </Text>
    );
  }
  const keys =
    state.overlay === 'help'
      ? 'Esc or ? close help · q quit'
      : state.view === 'findings'
        ? 'j/k move · Enter detail · c confirm · x dismiss · n note · u clear · f type · s severity · / search · e export · Tab alignment · ? help · q quit'
        : 'j/k move · g/G first/last · Tab findings · ? help · q quit';
  const filters = [
    state.typeFilter ? `type=${state.typeFilter}` : '',
    state.minSeverity !== 'low' ? `≥${state.minSeverity}` : '',
    state.search ? `“${state.search}”` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <Text wrap="truncate">
      <Text color={theme.accent}>{count}</Text>
      {filters ? <Text color={theme.severity('medium')}> [{filters}]</Text> : null}
      <Text> </Text>
      {notSaved ? (
        <Text bold color={theme.severity('high')}>
          {notSaved} · w retry ·{' '}
        </Text>
      ) : null}
      {state.message ? <Text bold>{state.message} · </Text> : null}
      <Text color={theme.muted}>{keys}</Text>
    </Text>
  );
}
