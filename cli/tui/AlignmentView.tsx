import { Box } from 'ink';
import { Lines } from './Lines.js';
import type { Line } from './text-lines.js';

interface Props {
  /** The column heads, then the pairs in view as the screen laid them out. */
  heads: Line;
  lines: readonly Line[];
  height: number;
  width: number;
}

/** Every pair side by side in article order, unchanged ones too: the whole rewrite read against its source. */
export function AlignmentView({ heads, lines, height, width }: Props) {
  return (
    <Box flexDirection="column" height={height} width={width} overflow="hidden">
      <Lines lines={[heads, ...lines]} width={width} />
    </Box>
  );
}
