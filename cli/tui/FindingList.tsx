import { Box, Text } from 'ink';
import type { Finding, Report } from '../../src/index.js';
import { matchesSearch } from './state.js';
import type { ReviewDecision } from '../../src/index.js';
import { SYMBOL, type Theme } from './theme.js';

interface Props {
  findings: Finding[];
  cursor: number;
  height: number;
  width: number;
  decisions: Record<string, ReviewDecision>;
  /** Findings whose decision is not on disk yet. */
  unsaved: ReadonlySet<string>;
  /** The last search: rows that hold it are marked. */
  search: string;
  report: Report;
  theme: Theme;
}

const MARK = { confirmed: '✓', dismissed: '✗' } as const;

/** The findings, one line each, scrolled so the selected one is always in view. */
export function FindingList({
  findings,
  cursor,
  height,
  width,
  decisions,
  unsaved,
  search,
  report,
  theme,
}: Props) {
  if (!findings.length) {
    return (
      <Box height={height}>
        <Text color={theme.muted}>No findings pass the filters. Press s or f to widen them.</Text>
      </Box>
    );
  }
  const top = Math.max(0, Math.min(cursor - Math.floor(height / 2), findings.length - height));
  return (
    <Box flexDirection="column" height={height} width={width}>
      {findings.slice(top, top + height).map((f, i) => {
        const selected = top + i === cursor;
        const decision = decisions[f.id]?.decision;
        const note = decisions[f.id]?.note;
        const match = matchesSearch(report, f, search);
        return (
          <Text key={f.id} inverse={selected} wrap="truncate">
            <Text>{selected ? '› ' : '  '}</Text>
            <Text color={theme.severity(f.severity)} bold>
              {SYMBOL[f.severity]} {f.severity.padEnd(6)}
            </Text>
            <Text color={theme.accent}> {f.type.padEnd(17)}</Text>
            <Text> {decision ? MARK[decision] : ' '}</Text>
            <Text color={theme.severity('high')} bold>
              {unsaved.has(f.id) ? '!' : ' '}
            </Text>
            <Text>{note ? '✎' : ' '} </Text>
            <Text bold={match} underline={match}>
              {f.explanation}
            </Text>
          </Text>
        );
      })}
    </Box>
  );
}
