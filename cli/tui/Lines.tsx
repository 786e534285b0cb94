import { Box, Text } from 'ink';
import { truncate, type Line } from './text-lines.js';

/** Lines laid out beforehand, drawn one terminal row each: Ink never wraps them again. */
export function Lines({ lines, width }: { lines: readonly Line[]; width: number }) {
  return (
    <Box flexDirection="column" width={width}>
      {lines.map((line, i) => (
        <Text key={i} wrap="truncate">
          {line.length
            ? truncate(line, width).map((run, j) => (
                <Text key={j} {...run.style}>
                  {run.text}
                </Text>
              ))
            : ' '}
        </Text>
      ))}
    </Box>
  );
}
