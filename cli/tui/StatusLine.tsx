import { Text } from 'ink';
import type { ReviewState } from './state.js';
import type { Theme } from './theme.js';

/** The keys that matter now, and the last message. */
export function StatusLine({ state, theme, count }: { state: ReviewState; theme: Theme; count: string }) {
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
      {state.message ? <Text bold>{state.message} · </Text> : null}
      <Text color={theme.muted}>{keys}</Text>
    </Text>
  );
}
