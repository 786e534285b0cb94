import { Box } from 'ink';
import { Lines } from './Lines.js';
import { wrap, type Line } from './text-lines.js';
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
  ['J K  ^D ^U', 'scroll the detail (or the selected pair) a line / half a pane'],
  ['?', 'this help (Esc or ? closes it; j k scroll it)'],
  ['Esc', 'close an input, clear the search, close this help'],
  ['← → ^A ^E ^U ^W', 'in a search or note: move, start, end, delete to start, delete a word'],
  ['q', 'quit (asks first when decisions are not saved)'],
  ['Ctrl-C', 'stop at once (exit status 130)'],
];

const KEY_COLUMN = 17;

/** The help as lines of a width: each key, then what it does, wrapped under the description. */
export function helpLines(width: number, theme: Theme): Line[] {
  return [
    [{ text: 'Keys', style: { bold: true } }],
    ...KEYS.flatMap(([key, what]) =>
      wrap(
        [{ text: key.padEnd(KEY_COLUMN), style: { color: theme.accent, bold: true } }, { text: what }],
        width,
        KEY_COLUMN,
      ),
    ),
    ...wrap(
      [
        {
          text: 'Decisions are saved to the review file as you make them; one that could not be saved is marked ! until it is.',
          style: { color: theme.muted },
        },
      ],
      width,
    ),
  ];
}

/** The help in a framed pane; on a short screen it scrolls (j/k) and says what lies beyond. */
export function HelpOverlay({
  lines,
  width,
  theme,
}: {
  lines: readonly Line[];
  width: number;
  theme: Theme;
}) {
  return (
    <Box flexDirection="column" borderStyle="round" borderColor={theme.accent} paddingX={1} width={width}>
      <Lines lines={lines} width={width - HELP_FRAME.columns} />
    </Box>
  );
}

export const HELP_FRAME = { rows: 2, columns: 4 } as const;
