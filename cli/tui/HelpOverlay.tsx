import { Box, Text } from 'ink';
import type { Theme } from './theme.js';

export const KEYS: [string, string][] = [
  ['↑ ↓  j k', 'move'],
  ['PgUp PgDn  g G', 'jump a page, to the first, to the last'],
  ['Enter', 'open or close the full detail'],
  ['Tab', 'switch between findings and alignment'],
  ['f', 'filter by type (cycles through the types)'],
  ['s', 'minimum severity (low → medium → high)'],
  ['/', 'search the findings and their sentences (matches are underlined)'],
  ['n  N', 'next / previous match of the search'],
  [']  [', 'next / previous finding with no decision yet'],
  ['c  x', 'confirm / dismiss the finding'],
  ['a', 'annotate: add or edit a note (✎ marks a row with one)'],
  ['u', 'clear the decision and note'],
  ['e', 'export the Markdown report with decisions'],
  ['w', 'try again to save decisions that could not be saved'],
  ['?', 'this help (Esc or ? closes it)'],
  ['Esc', 'close an input, clear the search, close this help'],
  ['← → ^A ^E ^U ^W', 'in a search or note: move, start, end, delete to start, delete a word'],
  ['q', 'quit (asks first when decisions are not saved)'],
  ['Ctrl-C', 'stop at once (exit status 130)'],
];

export function HelpOverlay({ theme }: { theme: Theme }) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1}>
      <Text bold>Keys</Text>
      {KEYS.map(([key, what]) => (
        <Text key={key}>
          <Text color={theme.accent} bold>
            {key.padEnd(16)}
          </Text>
          {what}
        </Text>
      ))}
      <Text color={theme.muted}>
        Decisions are saved to the review file as you make them; one that could not be saved is marked ! until
        it is.
      </Text>
    </Box>
  );
}
