import type { Progress, ProgressListener, Stage } from '../src/index.js';

/** What each stage is doing, and what it counts, as the waiting user reads it. */
const STAGE_TEXT: Record<Stage, { doing: string; unit: string }> = {
  align: { doing: 'pairing statements', unit: 'rewrite statements' },
  facts: { doing: 'reading facts', unit: 'sentences' },
  rules: { doing: 'checking', unit: 'detectors' },
};

/** Progress in words: the stage, how far it is, and how long the comparison has run. */
export function describeProgress(p: Progress, elapsedMs: number): string {
  const { doing, unit } = STAGE_TEXT[p.stage];
  const count = (n: number): string => n.toLocaleString('en-US');
  return `${doing} ${count(p.done)}/${count(p.total)} ${unit} · ${(elapsedMs / 1000).toFixed(1)} s`;
}

export interface ProgressOptions {
  /** Nothing shows before the comparison has run this long: a short one is not worth a flicker. */
  afterMs?: number;
  /** Shortest time between two redraws. */
  everyMs?: number;
  now?: () => number;
}

export interface ProgressDisplay {
  listener: ProgressListener;
  /** Clears the line; call when the comparison ends, before anything else is written. */
  end(): void;
}

/**
 * Progress on one line of a terminal, redrawn in place, when a comparison takes more than a second. Only at a
 * terminal: a log or a pipe gets no lines that are only about waiting, as git and curl do.
 */
export function progressOn(
  stream: NodeJS.WriteStream,
  { afterMs = 1000, everyMs = 100, now = () => performance.now() }: ProgressOptions = {},
): ProgressDisplay {
  if (!stream.isTTY) return { listener: () => undefined, end: () => undefined };
  const started = now();
  let drawnAt = -Infinity;
  let drawn = false;
  return {
    listener: (p) => {
      const at = now();
      if (at - started < afterMs || at - drawnAt < everyMs) return;
      drawnAt = at;
      drawn = true;
      // Synchronous at a terminal, so the line shows even while the comparison keeps the thread busy.
      stream.write(`\r\x1b[2K${fit(`factdiff: ${describeProgress(p, at - started)}`, stream.columns)}`);
    },
    end: () => {
      if (drawn) stream.write('\r\x1b[2K');
      drawn = false;
    },
  };
}

/** A line longer than the terminal would wrap, and `\r` would then redraw only its last part. */
const fit = (line: string, columns: number | undefined): string =>
  columns && line.length >= columns ? `${line.slice(0, Math.max(0, columns - 2))}…` : line;

/** Runs a comparison with its progress on standard error (unless quiet), cleared when it ends or fails. */
export function withProgress<T>(quiet: boolean | undefined, run: (listener?: ProgressListener) => T): T {
  const display = quiet ? undefined : progressOn(process.stderr);
  try {
    return run(display?.listener);
  } finally {
    display?.end();
  }
}
