import { Box, Text } from 'ink';
import { sentencesText, type Report } from '../../src/index.js';
import type { Theme } from './theme.js';

interface Props {
  report: Report;
  cursor: number;
  height: number;
  width: number;
  theme: Theme;
}

/** Every pair side by side in article order, unchanged ones too: the whole rewrite read against its source. */
export function AlignmentView({ report, cursor, height, width, theme }: Props) {
  const column = Math.max(20, Math.floor((width - 9) / 2));
  const rows = report.alignment;
  // Each row takes a few lines; show the selected row and those after it that fit.
  const perRow = 4;
  const shown = Math.max(1, Math.floor(height / perRow));
  const top = Math.max(0, Math.min(cursor, rows.length - shown));
  return (
    <Box flexDirection="column" height={height} overflow="hidden">
      {rows.slice(top, top + shown).map((p, i) => {
        const selected = top + i === cursor;
        const label =
          p.source.length && p.rewrite.length
            ? `${p.score.toFixed(2)}`
            : p.source.length
              ? 'omitted'
              : 'added';
        return (
          <Box key={`${p.source.join()}-${p.rewrite.join()}`} height={perRow} overflow="hidden">
            <Box width={column}>
              <Text wrap="wrap" inverse={selected} dimColor={!p.source.length}>
                {p.source.length ? `${p.source.join('+')} ${sentencesText(report.source, p.source)}` : '—'}
              </Text>
            </Box>
            <Box width={9} justifyContent="center">
              <Text color={p.source.length && p.rewrite.length ? theme.accent : theme.severity('medium')}>
                {label}
              </Text>
            </Box>
            <Box width={column}>
              <Text wrap="wrap" inverse={selected}>
                {p.rewrite.length
                  ? `${p.rewrite.join('+')} ${sentencesText(report.rewrite, p.rewrite)}`
                  : '—'}
              </Text>
            </Box>
          </Box>
        );
      })}
    </Box>
  );
}
