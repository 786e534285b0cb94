import { Box, Text, useInput, useStdout } from 'ink';
import type { ArticleReport, Progress } from '../../src/index.js';
import { describeProgress } from '../progress.js';
import { Header } from './Header.js';
import { createTheme } from './theme.js';

export interface ComparingProps {
  source: ArticleReport;
  rewrite: ArticleReport;
  colors: boolean;
  /** How far the comparison has got, and since when it runs (absent until it first reports). */
  progress?: { latest: Progress; elapsedMs: number };
  /** q or Ctrl-C while comparing: stop it and quit. */
  onCancel(): void;
}

/**
 * What the screen shows while the articles are compared: which articles, how much there is to read, and how far
 * the comparison has got.
 */
export function Comparing({ source, rewrite, colors, progress, onCancel }: ComparingProps) {
  const { stdout } = useStdout();
  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) onCancel();
  });
  const width = Math.max(40, stdout.columns || 80);
  const theme = createTheme(colors);
  return (
    <Box flexDirection="column" width={width}>
      <Header source={source} rewrite={rewrite} theme={theme} width={width} />
      <Text color={theme.muted} wrap="wrap">
        Aligning {source.sentences.length} source sentences with {rewrite.sentences.length} rewrite sentences
        and comparing their facts…
      </Text>
      {progress && <Text>{describeProgress(progress.latest, progress.elapsedMs)}</Text>}
      <Text color={theme.muted}>q or Ctrl-C stops</Text>
    </Box>
  );
}
