import { describe, expect, it } from 'vitest';
import { fitStatus } from '../../cli/tui/StatusLine.js';
import { emptyReview } from '../../src/report/review.js';
import { mount, pair, report, selectedLine, tick } from './mount.js';

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
const type = async (stdin: { write(s: string): void }, keys: string[]) => {
  for (const k of keys) {
    stdin.write(k);
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
