import type { ColorChoice } from '../options.js';

/** Terminal styling that switches off cleanly: NO_COLOR, --no-color, or output that is not a terminal. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  green(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  enabled: boolean;
}

const wrap =
  (open: number, close: number) =>
  (s: string): string =>
    `\u001b[${open}m${s}\u001b[${close}m`;

export function createStyle(enabled: boolean): Style {
  const id = (s: string): string => s;
  return enabled
    ? {
        bold: wrap(1, 22),
        dim: wrap(2, 22),
        red: wrap(31, 39),
        green: wrap(32, 39),
        yellow: wrap(33, 39),
        cyan: wrap(36, 39),
        magenta: wrap(35, 39),
        enabled,
      }
    : { bold: id, dim: id, red: id, green: id, yellow: id, cyan: id, magenta: id, enabled };
}

/** An explicit --color always/never wins; on auto, colour is on for a terminal unless NO_COLOR is set (no-color.org). */
export function colorWanted(choice: ColorChoice | undefined, stream: NodeJS.WriteStream): boolean {
  if (choice === 'always') return true;
  if (choice === 'never') return false;
  if (process.env.NO_COLOR !== undefined && process.env.NO_COLOR !== '') return false;
  return Boolean(stream.isTTY);
}

/** Wraps text to a width, breaking at spaces. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of text.replace(/\s+/g, ' ').trim().split('\n')) {
    let line = '';
    for (const word of para.split(' ')) {
      if (line && line.length + 1 + word.length > width) {
        lines.push(line);
        line = '';
      }
      let w = word;
      while (w.length > width) {
        if (line) lines.push(line);
        lines.push(w.slice(0, width));
        w = w.slice(width);
        line = '';
      }
      line = line ? `${line} ${w}` : w;
    }
    lines.push(line);
  }
  return lines;
}
