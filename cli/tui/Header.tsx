import { Box, Text } from 'ink';
import type { Report } from '../../src/index.js';
import type { Theme } from './theme.js';

const describe = (a: Report['source']): string => `${a.name} (${a.language}${a.date ? `, ${a.date}` : ''})`;

export function Header({ report, theme, width }: { report: Report; theme: Theme; width: number }) {
  const s = report.summary;
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-middle">
        {describe(report.source)} → {describe(report.rewrite)}
      </Text>
      <Text wrap="truncate">
        <Text bold>{s.verdict.toUpperCase()}</Text>
        <Text> · </Text>
        <Text color={theme.severity('high')}>▲ {s.bySeverity.high} high</Text>
        <Text> · </Text>
        <Text color={theme.severity('medium')}>● {s.bySeverity.medium} medium</Text>
        <Text> · </Text>
        <Text color={theme.severity('low')}>○ {s.bySeverity.low} low</Text>
        <Text color={theme.muted}> · related {report.related.score.toFixed(2)}</Text>
      </Text>
    </Box>
  );
}
