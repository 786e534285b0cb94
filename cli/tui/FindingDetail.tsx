import type { Change } from 'diff';
import { Box, Text } from 'ink';
import {
  findingEvidence,
  type Finding,
  type MarkedSentence,
  type Report,
  type ReviewDecision,
} from '../../src/index.js';
import { SYMBOL, type Theme } from './theme.js';

interface Props {
  report: Report;
  finding: Finding | undefined;
  decision: ReviewDecision | undefined;
  height: number;
  width: number;
  theme: Theme;
}

/** The selected finding: explanation, both sentences with the evidence marked, and the word-level diff. */
export function FindingDetail({ report, finding, decision, height, width, theme }: Props) {
  if (!finding) return <Box height={height} />;
  const { source, rewrite, diff } = findingEvidence(report, finding);
  return (
    <Box
      flexDirection="column"
      height={height}
      width={width}
      overflow="hidden"
      borderStyle="single"
      borderColor={theme.muted}
      paddingX={1}
    >
      <Box flexShrink={0}>
        <Text wrap="wrap">
          <Text color={theme.severity(finding.severity)} bold>
            {SYMBOL[finding.severity]} {finding.severity} · {finding.type}
          </Text>
          <Text color={theme.muted}>
            {'  '}confidence {finding.confidence.toFixed(2)} · #{finding.id}
            {decision?.decision ? ` · ${decision.decision}` : ''}
          </Text>
        </Text>
      </Box>
      <Box flexShrink={0}>
        <Text wrap="wrap">{finding.explanation}</Text>
      </Box>
      {decision?.note ? (
        <Box flexShrink={0}>
          <Text wrap="wrap" italic>
            Note: {decision.note}
          </Text>
        </Box>
      ) : null}
      {source ? <Marked label="Source " marked={source} theme={theme} /> : null}
      {rewrite ? <Marked label="Rewrite" marked={rewrite} theme={theme} /> : null}
      {diff ? <WordDiff parts={diff} theme={theme} /> : null}
    </Box>
  );
}

function Marked({ label, marked, theme }: { label: string; marked: MarkedSentence; theme: Theme }) {
  const { sentence, whole } = marked;
  return (
    <Box flexShrink={0}>
      <Text wrap="wrap">
        <Text color={theme.accent} bold>
          {label} {sentence.id.padEnd(4)}
        </Text>
        {whole ? (
          <Text>{sentence.text}</Text>
        ) : (
          <>
            <Text>{marked.before}</Text>
            <Text bold underline>{`⟦${marked.evidence}⟧`}</Text>
            <Text>{marked.after}</Text>
          </>
        )}
      </Text>
    </Box>
  );
}

/** Removed words in red within [-…-], added words in green within {+…+}: readable without colour too. */
function WordDiff({ parts, theme }: { parts: readonly Change[]; theme: Theme }) {
  return (
    <Text wrap="wrap">
      <Text color={theme.accent} bold>
        Diff{'    '}
      </Text>
      {parts.map((part, i) =>
        part.removed ? (
          <Text key={i} color={theme.removed} strikethrough>{`[-${part.value}-]`}</Text>
        ) : part.added ? (
          <Text key={i} color={theme.added} bold>{`{+${part.value}+}`}</Text>
        ) : (
          <Text key={i}>{part.value}</Text>
        ),
      )}
    </Text>
  );
}
