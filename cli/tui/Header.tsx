import { Box, Text } from 'ink';
import type { ArticleReport, Report, ReviewDecision } from '../../src/index.js';
import type { Theme } from './theme.js';

type Described = Pick<ArticleReport, 'name' | 'language' | 'date'>;

const describe = (a: Described): string => `${a.name} (${a.language}${a.date ? `, ${a.date}` : ''})`;

export interface HeaderProps {
  source: Described;
  rewrite: Described;
  /** The comparison's outcome; absent while it still runs. */
  outcome?: Pick<Report, 'summary' | 'related' | 'findings'>;
  /** The reviewer's decisions so far, counted against the findings. */
  decisions?: Record<string, ReviewDecision>;
  theme: Theme;
  width: number;
}

export function Header({ source, rewrite, outcome, decisions = {}, theme, width }: HeaderProps) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate-middle">
        {describe(source)} → {describe(rewrite)}
      </Text>
      {outcome ? (
        <Counts outcome={outcome} decisions={decisions} theme={theme} />
      ) : (
        <Text color={theme.muted}>Comparing…</Text>
      )}
    </Box>
  );
}

interface CountsProps {
  outcome: Pick<Report, 'summary' | 'related' | 'findings'>;
  decisions: Record<string, ReviewDecision>;
  theme: Theme;
}

function Counts({ outcome, decisions, theme }: CountsProps) {
  const s = outcome.summary;
  const decided = (d: ReviewDecision['decision']) =>
    outcome.findings.filter((f) => decisions[f.id]?.decision === d).length;
  const confirmed = decided('confirmed');
  const dismissed = decided('dismissed');
  return (
    <Text wrap="truncate">
      <Text bold>{s.verdict.toUpperCase()}</Text>
      <Text> · </Text>
      <Text color={theme.severity('high')}>▲ {s.bySeverity.high} high</Text>
      <Text> · </Text>
      <Text color={theme.severity('medium')}>● {s.bySeverity.medium} medium</Text>
      <Text> · </Text>
      <Text color={theme.severity('low')}>○ {s.bySeverity.low} low</Text>
      <Text>
        {' '}
        · ✓ {confirmed} ✗ {dismissed} · {s.findings - confirmed - dismissed} open
      </Text>
      <Text color={theme.muted}> · related {outcome.related.score.toFixed(2)}</Text>
    </Text>
  );
}
