import { Box, Text } from 'ink';
import type { ArticleReport, Report } from '../../src/index.js';
import type { Theme } from './theme.js';

type Described = Pick<ArticleReport, 'name' | 'language' | 'date'>;

const describe = (a: Described): string => `${a.name} (${a.language}${a.date ? `, ${a.date}` : ''})`;

export interface HeaderProps {
  source: Described;
  rewrite: Described;
  /** The comparison's outcome; absent while it still runs. */
  outcome?: Pick<Report, 'summary' | 'related'>;
  theme: Theme;
  width: number;
}

export function Header({ source, rewrite, outcome, theme, width }: HeaderProps) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-middle">
        {describe(source)} → {describe(rewrite)}
      </Text>
      {outcome ? <Counts outcome={outcome} theme={theme} /> : <Text color={theme.muted}>Comparing…</Text>}
    </Box>
  );
}

function Counts({ outcome, theme }: { outcome: Pick<Report, 'summary' | 'related'>; theme: Theme }) {
  const s = outcome.summary;
  return (
    <Text wrap="truncate">
      <Text bold>{s.verdict.toUpperCase()}</Text>
      <Text> · </Text>
      <Text color={theme.severity('high')}>▲ {s.bySeverity.high} high</Text>
      <Text> · </Text>
      <Text color={theme.severity('medium')}>● {s.bySeverity.medium} medium</Text>
      <Text> · </Text>
      <Text color={theme.severity('low')}>○ {s.bySeverity.low} low</Text>
      <Text color={theme.muted}> · related {outcome.related.score.toFixed(2)}</Text>
    </Text>
  );
}
