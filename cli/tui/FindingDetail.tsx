import { Box } from 'ink';
import {
  findingEvidence,
  type Finding,
  type MarkedSentence,
  type Report,
  type ReviewDecision,
} from '../../src/index.js';
import { Lines } from './Lines.js';
import { wrap, type Line, type Run } from './text-lines.js';
import { SYMBOL, type Theme } from './theme.js';

/** The pane's frame: a border on each side and a space inside it. */
export const DETAIL_FRAME = { rows: 2, columns: 4 } as const;

/** Width of the labels before the sentences ("Source  s12  "): wrapped text lines up under the sentence. */
const LABEL = 8;

/**
 * The selected finding as lines of the given width: what changed, the note, both sentences with the evidence
 * marked, and the word-level diff.
 */
export function detailLines(
  report: Report,
  finding: Finding,
  decision: ReviewDecision | undefined,
  width: number,
  theme: Theme,
): Line[] {
  const { source, rewrite, diff } = findingEvidence(report, finding);
  const title: Run[] = [
    {
      text: `${SYMBOL[finding.severity]} ${finding.severity} · ${finding.type}`,
      style: { color: theme.severity(finding.severity), bold: true },
    },
    {
      text: `  confidence ${finding.confidence.toFixed(2)} · #${finding.id}${decision?.decision ? ` · ${decision.decision}` : ''}`,
      style: { color: theme.muted },
    },
  ];
  const label = (text: string): Run => ({
    text: text.padEnd(LABEL),
    style: { color: theme.accent, bold: true },
  });
  const marked = (name: string, m: MarkedSentence): Line[] => {
    const id = `${m.sentence.id} `.padEnd(5);
    const runs: Run[] = m.whole
      ? [{ text: m.sentence.text }]
      : [
          { text: m.before },
          { text: `⟦${m.evidence}⟧`, style: { bold: true, underline: true } },
          { text: m.after },
        ];
    return wrap(
      [label(name), { text: id, style: { color: theme.accent } }, ...runs],
      width,
      LABEL + id.length,
    );
  };
  const diffRuns: Run[] = (diff ?? []).map((part) =>
    part.removed
      ? { text: `[-${part.value}-]`, style: { color: theme.removed, strikethrough: true } }
      : part.added
        ? { text: `{+${part.value}+}`, style: { color: theme.added, bold: true } }
        : { text: part.value },
  );
  return [
    ...wrap(title, width),
    ...wrap([{ text: finding.explanation }], width),
    ...(decision?.note ? wrap([{ text: `Note: ${decision.note}`, style: { italic: true } }], width, 6) : []),
    ...(source ? marked('Source', source) : []),
    ...(rewrite ? marked('Rewrite', rewrite) : []),
    ...(diff ? wrap([label('Diff'), ...diffRuns], width, LABEL) : []),
  ];
}

interface Props {
  /** The pane's lines as the viewport shows them (marks for what is above and below included). */
  lines: readonly Line[];
  height: number;
  width: number;
  theme: Theme;
}

/** The selected finding in a framed pane; its lines are laid out and scrolled by the screen. */
export function FindingDetail({ lines, height, width, theme }: Props) {
  if (height <= 0) return null;
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
      <Lines lines={lines} width={width - DETAIL_FRAME.columns} />
    </Box>
  );
}
