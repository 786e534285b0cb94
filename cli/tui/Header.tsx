import { Box, Text } from 'ink';
import {
  severityRankOf,
  type ArticleReport,
  type Report,
  type ReviewDecision,
  type Severity,
} from '../../src/index.js';
import { SYMBOL, type Theme } from './theme.js';

type Described = Pick<ArticleReport, 'name' | 'language' | 'date'>;

const describe = (a: Described): string => `${a.name} (${a.language}${a.date ? `, ${a.date}` : ''})`;

/** Cuts a text to `room` cells in its middle, where a file name says least. */
function middleCut(text: string, room: number): string {
  const chars = [...text];
  if (chars.length <= room) return text;
  const head = Math.ceil((room - 1) / 2);
  return `${chars.slice(0, head).join('')}…${chars.slice(chars.length - (room - 1 - head)).join('')}`;
}

/** "source → rewrite": when both do not fit, each is cut in its own middle, so the arrow always shows. */
export function names(source: Described, rewrite: Described, width: number): string {
  const [a, b] = [describe(source), describe(rewrite)];
  if ([...a].length + 3 + [...b].length <= width) return `${a} → ${b}`;
  const half = Math.max(5, Math.floor((width - 3) / 2));
  return `${middleCut(a, half)} → ${middleCut(b, width - 3 - half)}`;
}

export interface HeaderProps {
  source: Described;
  rewrite: Described;
  /** The comparison's outcome; absent while it still runs. */
  outcome?: Pick<Report, 'summary' | 'related' | 'findings'>;
  /** The reviewer's decisions so far, counted against the findings. */
  decisions?: Record<string, ReviewDecision>;
  /** The worst finding in each source paragraph, and the paragraph of the selected finding. */
  where?: { worst: readonly (Severity | undefined)[]; current: number | undefined };
  theme: Theme;
  width: number;
}

/** The header's height in lines: names, counts, and where the findings sit. */
export const HEADER_ROWS = 3;

export function Header({ source, rewrite, outcome, decisions = {}, where, theme, width }: HeaderProps) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold wrap="truncate">
        {names(source, rewrite, width)}
      </Text>
      {outcome ? (
        <Counts outcome={outcome} decisions={decisions} theme={theme} />
      ) : (
        <Text color={theme.muted}>Comparing…</Text>
      )}
      {where?.worst.length ? <Strip {...where} theme={theme} width={width} /> : <Text> </Text>}
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

/** Groups paragraphs into at most `room` cells, each with the worst severity among its paragraphs. */
export function stripCells(
  worst: readonly (Severity | undefined)[],
  room: number,
): { severity: Severity | undefined; from: number; to: number }[] {
  const count = Math.min(worst.length, Math.max(1, room));
  const rank = (s: Severity | undefined) => (s ? severityRankOf(s) : 0);
  return Array.from({ length: count }, (_, i) => {
    const from = Math.floor((i * worst.length) / count);
    const to = Math.floor(((i + 1) * worst.length) / count) - 1;
    const severity = worst
      .slice(from, to + 1)
      .reduce<Severity | undefined>((a, b) => (rank(b) > rank(a) ? b : a), undefined);
    return { severity, from, to };
  });
}

const LABEL = 'Source ¶ ';

/**
 * One line of cells, one per source paragraph (or group of them on a narrow screen), each showing the worst finding
 * in it: which part of the article drifted, at a glance. The selected finding's paragraph is shown inverse.
 */
function Strip({
  worst,
  current,
  theme,
  width,
}: {
  worst: readonly (Severity | undefined)[];
  current: number | undefined;
  theme: Theme;
  width: number;
}) {
  const legend = `  ${worst.length} paragraph${worst.length === 1 ? '' : 's'}`;
  const room = width - LABEL.length - legend.length;
  const groups = stripCells(worst, room);
  // Wide screens give a paragraph up to three columns, so a short article is not a speck.
  const each = Math.max(1, Math.min(3, Math.floor(room / groups.length)));
  return (
    <Text wrap="truncate">
      <Text color={theme.muted}>{LABEL}</Text>
      {groups.map((g, i) => (
        <Text
          key={i}
          color={g.severity ? theme.severity(g.severity) : theme.muted}
          bold={Boolean(g.severity)}
          inverse={current !== undefined && current >= g.from && current <= g.to}
        >
          {(g.severity ? SYMBOL[g.severity] : '·').padEnd(each)}
        </Text>
      ))}
      <Text color={theme.muted}>{legend}</Text>
    </Text>
  );
}
