import { Box, Text, useStdout } from 'ink';
import type { ArticleReport } from '../../src/index.js';
import { Header } from './Header.js';
import { createTheme } from './theme.js';

export interface ComparingProps {
  source: ArticleReport;
  rewrite: ArticleReport;
  colors: boolean;
}

/** What the screen shows while the articles are compared: which articles, and how much there is to read. */
export function Comparing({ source, rewrite, colors }: ComparingProps) {
  const { stdout } = useStdout();
  const width = Math.max(40, stdout.columns || 80);
  const theme = createTheme(colors);
  return (
    <Box flexDirection="column" width={width}>
      <Header source={source} rewrite={rewrite} theme={theme} width={width} />
      <Text color={theme.muted} wrap="wrap">
        Aligning {source.sentences.length} source sentences with {rewrite.sentences.length} rewrite sentences
        and comparing their facts…
      </Text>
    </Box>
  );
}
