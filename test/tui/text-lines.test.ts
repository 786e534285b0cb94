import { describe, expect, it } from 'vitest';
import { alignmentWindow } from '../../cli/tui/alignment-lines.js';
import { stripCells } from '../../cli/tui/Header.js';
import { shareHeight } from '../../cli/tui/screen-layout.js';
import {
  cells,
  lineCells,
  lineText,
  pad,
  truncate,
  viewport,
  wrap,
  type Line,
} from '../../cli/tui/text-lines.js';
import { createTheme } from '../../cli/tui/theme.js';
import { report } from './mount.js';

const texts = (lines: Line[]) => lines.map(lineText);

describe('wrap', () => {
  it('breaks at spaces, never starts a line with a space, and keeps every line within the width', () => {
    const lines = wrap([{ text: 'Die Verluste der russischen Armee seien deutlich gestiegen.' }], 20);
    expect(texts(lines)).toEqual(['Die Verluste der', 'russischen Armee', 'seien deutlich', 'gestiegen.']);
    for (const l of lines) expect(lineCells(l)).toBeLessThanOrEqual(20);
  });

  it('hangs the lines after the first under the text that follows a label', () => {
    const lines = wrap([{ text: 'Source  ' }, { text: 'The minister said the talks were held.' }], 24, 8);
    expect(texts(lines)).toEqual(['Source  The minister', '        said the talks', '        were held.']);
  });

  it('keeps a word whole across styled runs and breaks a word wider than the line', () => {
    const styled = wrap(
      [{ text: 'reports ' }, { text: '⟦seien⟧', style: { bold: true } }, { text: ', so' }],
      10,
    );
    expect(texts(styled)).toEqual(['reports', '⟦seien⟧,', 'so']);
    expect(styled[1]![0]!.style?.bold).toBe(true);
    expect(texts(wrap([{ text: 'Donaudampfschifffahrt' }], 8))).toEqual(['Donaudam', 'pfschiff', 'fahrt']);
  });

  it('counts wide characters as two cells and combining marks as none', () => {
    expect(cells('日本')).toBe(4);
    expect(cells('e\u0301')).toBe(1);
    expect(texts(wrap([{ text: '日本語 の 記事' }], 6))).toEqual(['日本語', 'の', '記事']);
  });
});

describe('truncate and pad', () => {
  it('ends a cut line with "…" and pads a short one to the width exactly', () => {
    expect(lineText(truncate([{ text: 'Angriffskrieg' }], 6))).toBe('Angri…');
    expect(lineText(truncate([{ text: 'kurz' }], 6))).toBe('kurz');
    expect(lineCells(pad([{ text: 'kurz' }], 9))).toBe(9);
    expect(lineCells(pad([{ text: 'Angriffskrieg' }], 9))).toBe(9);
  });
});

describe('viewport', () => {
  const ten = Array.from({ length: 10 }, (_, i): Line => [{ text: `line ${i + 1}` }]);
  it('shows everything that fits without marks', () => {
    expect(texts(viewport(ten, 10, 0).lines)).toEqual(texts(ten));
    expect(viewport(ten, 10, 5).maxOffset).toBe(0);
  });
  it('says how many lines lie below and above, and never cuts without saying so', () => {
    const top = viewport(ten, 4, 0, { above: ' · K', below: ' · J' });
    expect(texts(top.lines)).toEqual(['line 1', 'line 2', 'line 3', '… 7 more lines · J']);
    const middle = viewport(ten, 4, 3, { above: ' · K', below: ' · J' });
    expect(texts(middle.lines)).toEqual(['… 3 lines above · K', 'line 4', 'line 5', '… 5 more lines · J']);
    const end = viewport(ten, 4, 99);
    expect(texts(end.lines)).toEqual(['… 7 lines above', 'line 8', 'line 9', 'line 10']);
    expect(end.maxOffset).toBe(7);
  });
});

describe('shareHeight', () => {
  it('gives each what it needs when both fit, the spare rows to the detail', () => {
    expect(shareHeight(20, { list: 5, detail: 8, expanded: false })).toEqual({ list: 5, detail: 15 });
  });
  it('lets a long list use the rows a short detail does not need', () => {
    expect(shareHeight(45, { list: 50, detail: 8, expanded: false })).toEqual({ list: 37, detail: 8 });
    expect(shareHeight(45, { list: 30, detail: 8, expanded: false })).toEqual({ list: 30, detail: 15 });
  });
  it('keeps a third for the list when the detail is long, and all of it for an expanded detail', () => {
    expect(shareHeight(21, { list: 30, detail: 40, expanded: false })).toEqual({ list: 7, detail: 14 });
    expect(shareHeight(21, { list: 30, detail: 40, expanded: true })).toEqual({ list: 0, detail: 21 });
  });
});

describe('stripCells', () => {
  it('gives each paragraph a cell when there is room, with its worst severity', () => {
    const cellsOf = stripCells([undefined, 'low', 'high', undefined], 40);
    expect(cellsOf.map((c) => c.severity)).toEqual([undefined, 'low', 'high', undefined]);
  });
  it('groups paragraphs on a narrow screen, each group showing the worst of its paragraphs', () => {
    const worst = ['low', undefined, 'medium', 'high', undefined, undefined] as const;
    const cellsOf = stripCells(worst, 3);
    expect(cellsOf).toEqual([
      { severity: 'low', from: 0, to: 1 },
      { severity: 'high', from: 2, to: 3 },
      { severity: undefined, from: 4, to: 5 },
    ]);
  });
});

describe('alignmentWindow', () => {
  const theme = createTheme(false);
  // Pairs of 3 lines each (a blank line between them): 4 lines a pair.
  const linesOf = (i: number): Line[] => [0, 1, 2].map((j) => [{ text: `pair ${i} line ${j}` }]);
  const view = (cursor: number, top: number, height = 10, scroll = 0) =>
    alignmentWindow(report, { cursor, top, height, scroll }, linesOf, theme);

  it('keeps the first pair shown while the selected one is in view, and moves it only as far as needed', () => {
    // Two pairs and their blank lines fill the 10 lines; a third moves the first out.
    expect(view(1, 0).top).toBe(0);
    expect(view(2, 0).top).toBe(1);
    expect(view(1, 1).top).toBe(1);
    expect(view(5, 1).top).toBe(4);
    expect(view(0, 2).top).toBe(0);
  });
  it('marks the last line when pairs continue below it', () => {
    expect(lineText(view(0, 0).lines.at(-1)!)).toMatch(/^… more below/);
    expect(view(0, 0).lines).toHaveLength(10);
  });
  it('scrolls within a pair taller than the pane, saying what is above and below', () => {
    const tall = (i: number): Line[] =>
      Array.from({ length: i === 1 ? 12 : 2 }, (_, j) => [{ text: `pair ${i} line ${j}` }]);
    const at = (scroll: number) =>
      alignmentWindow(report, { cursor: 1, top: 0, height: 5, scroll }, tall, theme);
    expect(texts(at(0).lines)).toEqual([
      'pair 1 line 0',
      'pair 1 line 1',
      'pair 1 line 2',
      'pair 1 line 3',
      '… 8 more lines · J or Ctrl-D',
    ]);
    expect(at(0).maxScroll).toBe(8);
    expect(texts(at(8).lines)).toEqual([
      '… 8 lines above · K or Ctrl-U',
      'pair 1 line 8',
      'pair 1 line 9',
      'pair 1 line 10',
      'pair 1 line 11',
    ]);
  });
});
