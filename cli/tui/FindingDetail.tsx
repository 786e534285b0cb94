import { diffWords } from 'diff';
import { Box, Text } from 'ink';
import type { Evidence, Finding, Report } from '../../src/index.js';
import type { ReviewDecision } from '../../src/report/review.js';
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
  const source = sentence(report.source, finding.source);
  const rewrite = sentence(report.rewrite, finding.rewrite);
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
      {source ? <Marked label="Source " sentence={source} evidence={finding.source!} theme={theme} /> : null}
      {rewrite ? (
        <Marked label="Rewrite" sentence={rewrite} evidence={finding.rewrite!} theme={theme} />
      ) : null}
      {source && rewrite && source.text !== rewrite.text ? (
        <WordDiff from={source.text} to={rewrite.text} theme={theme} />
      ) : null}
    </Box>
  );
}

const sentence = (a: Report['source'], e: Evidence | undefined) =>
  e ? a.sentences.find((s) => s.id === e.sentence) : undefined;

function Marked({
  label,
  sentence,
  evidence,
  theme,
}: {
  label: string;
  sentence: { id: string; text: string; start: number };
  evidence: Evidence;
  theme: Theme;
}) {
  const from = Math.max(0, evidence.start - sentence.start);
  const to = Math.min(sentence.text.length, evidence.end - sentence.start);
  const whole = from === 0 && to >= sentence.text.length;
  return (
    <Box flexShrink={0}>
      <Text wrap="wrap">
        <Text color={theme.accent} bold>
          {label} {sentence.id.padEnd(4)}
        </Text>
        <Text>{sentence.text.slice(0, from)}</Text>
        {whole ? (
          <Text>{sentence.text}</Text>
        ) : (
          <Text bold underline>{`⟦${sentence.text.slice(from, to)}⟧`}</Text>
        )}
        {whole ? null : <Text>{sentence.text.slice(to)}</Text>}
      </Text>
    </Box>
  );
}

/** Removed words in red within [-…-], added words in green within {+…+}: readable without colour too. */
function WordDiff({ from, to, theme }: { from: string; to: string; theme: Theme }) {
  return (
    <Text wrap="wrap">
      <Text color={theme.accent} bold>
        Diff{'    '}
      </Text>
      {diffWords(from, to).map((part, i) =>
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
