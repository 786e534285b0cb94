import { describe, expect, it } from 'vitest';
import { fitStatus } from '../../cli/tui/StatusLine.js';
import { pairColumns } from '../../cli/tui/alignment-lines.js';
import { worstPerParagraph, type Report } from '../../src/index.js';
import { emptyReview } from '../../src/report/review.js';
import { mount, pair, report, selectedLine, tick } from './mount.js';

/** The seed report with a finding and a pair too long for any screen: what is cut must say so. */
function longReport(): Report {
  const long: Report = structuredClone(report);
  long.findings[0]!.explanation = Array.from(
    { length: 40 },
    (_, i) => `Clause ${i + 1} of a long explanation.`,
  ).join(' ');
  const first = long.alignment.findIndex((p) => p.source.length && p.rewrite.length);
  const id = long.alignment[first]!.source[0]!;
  const sentence = long.source.sentences.find((x) => x.id === id)!;
  sentence.text = Array.from({ length: 160 }, (_, i) => `Satz ${i + 1} eines langen Absatzes.`).join(' ');
  return long;
}

const SIZES = [
  [80, 24],
  [160, 50],
] as const;
const lines = (frame: string): string[] => frame.split('\n');
const statusLine = (frame: string): string =>
  lines(frame)
    .filter((l) => l.trim())
    .at(-1)!;
const widest = (frame: string): number => Math.max(...lines(frame).map((l) => [...l].length));
const type = async (stdin: { write(s: string): void; drawn(): Promise<void> }, keys: string[]) => {
  // The screen listens for keys once it has rendered: the first key waits for that.
  await tick();
  for (const k of keys) {
    stdin.write(k);
    await stdin.drawn();
    await tick();
  }
};

describe.each(SIZES)('the review screen at %i×%i', (columns, rows) => {
  it('fits the terminal and its status line always ends with "? help"', async () => {
    const { lastFrame, stdin, store } = mount(emptyReview(pair), { columns, rows });
    expect(widest(lastFrame())).toBeLessThanOrEqual(columns);
    expect(lines(lastFrame()).length).toBeLessThanOrEqual(rows);
    expect(statusLine(lastFrame())).toMatch(/ · \? help$|^.* {2}\? help$/);
    // A long message and an unsaved decision still leave "? help" in view.
    store.failing =
      'EACCES: permission denied, open /a/very/long/path/to/the/review/file/of/this/article.review.json';
    await type(stdin, ['c']);
    expect(statusLine(lastFrame())).toMatch(/\? help$/);
    expect(statusLine(lastFrame())).toContain('NOT SAVED');
    expect(widest(lastFrame())).toBeLessThanOrEqual(columns);
  });

  it('n / N go to the next and previous match of the search, round the end; / starts empty', async () => {
    const { lastFrame, stdin } = mount(emptyReview(pair), { columns, rows });
    const term = 'Attribution';
    const matching = report.findings.flatMap((f, i) => (f.explanation.includes(term) ? [i] : []));
    expect(matching.length).toBeGreaterThan(1);
    await type(stdin, ['/', term, '\r']);
    expect(lastFrame()).toContain(`${matching[0]! + 1}/${report.findings.length} findings`);
    await type(stdin, ['n']);
    expect(lastFrame()).toContain(`${matching[1]! + 1}/${report.findings.length} findings`);
    await type(stdin, ['N', 'N']);
    // Back to the first, then round the start to the last.
    expect(lastFrame()).toContain(`${matching.at(-1)! + 1}/${report.findings.length} findings`);
    // A second search starts from nothing, not from the last text.
    await type(stdin, ['/']);
    expect(statusLine(lastFrame())).toMatch(/^Search: {3}Enter to search/);
  });

  it('a note is edited like a line: arrows, Ctrl-A/E/U/W; an emptied note is no note', async () => {
    const { lastFrame, stdin, saved } = mount(emptyReview(pair), { columns, rows });
    const id = report.findings[0]!.id;
    await type(stdin, ['a', 'Chcked with desk']);
    // ← ×14 to just after "Ch", type "e": "Checked with desk".
    await type(stdin, [...Array(14).fill('\u001B[D'), 'e']);
    await type(stdin, ['\u0001', '>', '\u0005', ' today']);
    await type(stdin, ['\r']);
    expect(saved.at(-1)!.decisions[id]!.note).toBe('>Checked with desk today');
    expect(selectedLine(lastFrame())).toContain('✎');
    await type(stdin, ['a', '\u0017', '\r']);
    expect(saved.at(-1)!.decisions[id]!.note).toBe('>Checked with desk');
    await type(stdin, ['a', '\u0015', '\r']);
    // No decision and no note: nothing is kept for the finding.
    expect(saved.at(-1)!.decisions[id]).toBeUndefined();
    expect(selectedLine(lastFrame())).not.toContain('✎');
  });

  it('the header counts decisions; ] and [ go to the next and previous open finding', async () => {
    const { lastFrame, stdin } = mount(emptyReview(pair), { columns, rows });
    const total = report.findings.length;
    expect(lastFrame()).toContain(`✓ 0 ✗ 0 · ${total} open`);
    await type(stdin, ['c', 'j', 'x', 'j', 'c', 'g']);
    expect(lastFrame()).toContain(`✓ 2 ✗ 1 · ${total - 3} open`);
    await type(stdin, [']']);
    expect(lastFrame()).toContain(`4/${total} findings`);
    await type(stdin, ['[']);
    // Before the 4th, all are decided: round the start to the last.
    expect(lastFrame()).toContain(`${total}/${total} findings`);
  });

  it('a message fades after a while; an unsaved warning does not', async () => {
    const { lastFrame, stdin, store } = mount(emptyReview(pair), { columns, rows, messageMs: 60 });
    await type(stdin, ['c']);
    expect(statusLine(lastFrame())).toContain('Confirmed');
    await new Promise((r) => setTimeout(r, 150));
    expect(statusLine(lastFrame())).not.toContain('Confirmed');
    store.failing = 'read-only';
    await type(stdin, ['x']);
    await new Promise((r) => setTimeout(r, 150));
    expect(statusLine(lastFrame())).toContain('NOT SAVED');
  });
});

describe.each(SIZES)('using the height at %i×%i', (columns, rows) => {
  const findingRows = (frame: string) => lines(frame).filter((l) => /^(›| ) [▲●○] /.test(l)).length;

  it('the list takes the rows a short detail does not need; the frame fills the screen and no more', async () => {
    const { lastFrame } = mount(emptyReview(pair), { columns, rows });
    await tick();
    const frame = lastFrame();
    expect(lines(frame).length).toBeLessThanOrEqual(rows - 1);
    expect(lines(frame).length).toBeGreaterThanOrEqual(rows - 2);
    expect(widest(frame)).toBeLessThanOrEqual(columns);
    // The first finding's detail takes under ten lines: the list shows more than its minimum third.
    const body = rows - 5;
    expect(findingRows(frame)).toBeGreaterThan(Math.floor(body / 3));
    expect(findingRows(frame)).toBe(Math.min(report.findings.length, findingRows(frame)));
    if (rows >= 50) expect(findingRows(frame)).toBe(report.findings.length);
  });

  it('the detail says how much is cut and scrolls with J / K and Ctrl-D / Ctrl-U; another finding starts at its top', async () => {
    const { lastFrame, stdin } = mount(emptyReview(pair), { columns, rows, of: longReport() });
    await tick();
    expect(lastFrame()).toMatch(/… \d+ more lines · J or Ctrl-D to scroll/);
    expect(lastFrame()).not.toContain('lines above');
    expect(statusLine(lastFrame())).toContain('J/K scroll');
    await type(stdin, ['J']);
    expect(lastFrame()).toContain('… 1 line above · K or Ctrl-U');
    await type(stdin, ['\u0004']);
    const scrolled = Number(/… (\d+) lines above/.exec(lastFrame())![1]);
    expect(scrolled).toBeGreaterThan(2);
    await type(stdin, ['\u0015', 'K']);
    expect(lastFrame()).not.toContain('above ·');
    await type(stdin, ['J', 'J', 'j', 'k']);
    expect(lastFrame()).not.toContain('above ·');
    // Scrolled to the end: the diff's last words (the long source sentence's end) close the pane, nothing below.
    for (let i = 0; i < 40; i++) await type(stdin, ['\u0004']);
    const inside = lines(lastFrame()).filter((l) => l.startsWith('│'));
    expect(inside.at(-1)).toMatch(/Absatzes\.-\] *│$/);
    expect(inside[0]).toMatch(/│ … \d+ lines above/);
    expect(lastFrame()).not.toContain('more lines');
    expect(widest(lastFrame())).toBeLessThanOrEqual(columns);
  });

  it('the alignment view lays pairs out in two columns with a gutter of scores and marks', async () => {
    const { lastFrame, stdin } = mount(emptyReview(pair), { columns, rows });
    await type(stdin, ['\t']);
    const frame = lastFrame();
    expect(widest(frame)).toBeLessThanOrEqual(columns);
    expect(lines(frame).length).toBeLessThanOrEqual(rows - 1);
    const { mark, side } = pairColumns(report, columns);
    const gutter = mark + side;
    // Every pair's first line has its score or mark at the same column, after a space.
    const firsts = lines(frame).filter((l) => /^[› ] s\d/.test(l));
    expect(firsts.length).toBeGreaterThan(2);
    for (const l of firsts) {
      expect([...l].slice(gutter + 1, gutter + 11).join('')).toMatch(/^[▲●○ ] (\d\.\d\d|omitted|added) *$/);
      expect([...l][gutter]).toBe(' ');
    }
    expect(frame).toContain('omitted');
    // The source column's wrapped lines start under the text, not under the id and never at a space of their own.
    const continued = lines(frame).filter((l) => /^ {6}\S/.test(l));
    expect(continued.length).toBeGreaterThan(0);
    expect(lines(frame).at(-2)).toMatch(/^… more below · j/);
  });

  it('a pair taller than the screen scrolls within itself and says what lies above and below', async () => {
    const { lastFrame, stdin } = mount(emptyReview(pair), { columns, rows, of: longReport() });
    const long = longReport();
    const first = long.alignment.findIndex((p) => p.source.length && p.rewrite.length);
    await type(stdin, ['\t', ...Array(first).fill('j')]);
    expect(lastFrame()).toMatch(/… \d+ more lines · J or Ctrl-D/);
    await type(stdin, ['J', 'J']);
    expect(lastFrame()).toContain('… 2 lines above · K or Ctrl-U');
    await type(stdin, ['j']);
    expect(lastFrame()).not.toContain('lines above');
  });

  it('the help fits the screen, scrolling where it must', async () => {
    const { lastFrame, stdin } = mount(emptyReview(pair), { columns, rows });
    await type(stdin, ['?']);
    expect(lines(lastFrame()).length).toBeLessThanOrEqual(rows - 1);
    expect(lastFrame()).toContain('confirm / dismiss');
    if (rows < 30) {
      expect(lastFrame()).toMatch(/… \d+ more lines · j/);
      for (let i = 0; i < 20; i++) await type(stdin, ['j']);
      expect(lastFrame()).toContain('stop at once (exit status 130)');
      expect(lastFrame()).toMatch(/… \d+ lines above · k/);
    } else {
      expect(lastFrame()).not.toContain('more lines');
    }
    await type(stdin, ['\u001B']);
    expect(lastFrame()).toContain('findings');
  });

  it('the header shows where in the source the findings sit, one cell per paragraph, worst severity first', async () => {
    const { lastFrame } = mount(emptyReview(pair), { columns, rows });
    await tick();
    const strip = lines(lastFrame()).find((l) => l.startsWith('Source ¶'))!;
    const worst = worstPerParagraph(report);
    const symbols = strip
      .replace(/^Source ¶ /, '')
      .replace(/\s+\d+ paragraphs$/, '')
      .replace(/ /g, '');
    expect(symbols).toBe(worst.map((w) => (w ? { high: '▲', medium: '●', low: '○' }[w] : '·')).join(''));
    expect(strip).toContain(`${worst.length} paragraphs`);
  });
});

describe('fitting the status line', () => {
  it('keeps the keys that fit in order and always ends with "? help"; cuts messages with … before the help', () => {
    expect(fitStatus(['1/5 findings'], ['j/k move', 'c confirm', 'x dismiss'], 80)).toEqual({
      left: ['1/5 findings'],
      keys: 'j/k move · c confirm · x dismiss · ? help',
    });
    expect(fitStatus(['1/5 findings'], ['j/k move', 'c confirm', 'x dismiss'], 45).keys).toBe(
      'j/k move · c confirm · ? help',
    );
    const cut = fitStatus(['1/5 findings', 'x'.repeat(100)], ['j/k move'], 40);
    expect(cut.keys).toBe('? help');
    expect(cut.left[1]!.endsWith('…')).toBe(true);
    expect([...cut.left.join(' '), ...'  ? help'].length).toBeLessThanOrEqual(40);
  });
});
