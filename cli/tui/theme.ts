import type { Severity } from '../../src/index.js';

/** Colours when wanted; symbols and markers carry the meaning without them. */
export interface Theme {
  colors: boolean;
  severity(s: Severity): string | undefined;
  accent: string | undefined;
  removed: string | undefined;
  added: string | undefined;
  muted: string | undefined;
}

export const SYMBOL: Record<Severity, string> = { high: '▲', medium: '●', low: '○' };

export function createTheme(colors: boolean): Theme {
  // Red, yellow, cyan, green read on dark and light backgrounds alike; grey is used only for secondary text.
  const pick = (c: string): string | undefined => (colors ? c : undefined);
  return {
    colors,
    severity: (s) => pick(s === 'high' ? 'red' : s === 'medium' ? 'yellow' : 'gray'),
    accent: pick('cyan'),
    removed: pick('red'),
    added: pick('green'),
    muted: pick('gray'),
  };
}
