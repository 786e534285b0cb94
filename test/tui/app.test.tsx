import { readFileSync } from 'node:fs';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { App } from '../../cli/tui/App.js';
import { Comparing } from '../../cli/tui/Comparing.js';
import { compare } from '../../src/index.js';
import { emptyReview, type ReviewFile } from '../../src/report/review.js';

const seed = (n: string) => ({
  text: readFileSync(new URL(`../../seeds/${n}`, import.meta.url), 'utf8'),
  name: n,
});
const report = compare(seed('000_bafdc0cafe821a47.txt'), seed('001_919184c9a5fb0886.txt'));
const tick = () => new Promise((r) => setTimeout(r, 30));

function mount(review: ReviewFile = emptyReview('s', 'r')) {
  const saved: ReviewFile[] = [];
  const exported: ReviewFile[] = [];
  const app = render(
    <App
      report={report}
      review={review}
      colors={false}
      now={() => '2026-11-22T00:00:00.000Z'}
      saveReview={(r) => {
        saved.push(r);
        return 'r.review.json';
      }}
      exportReport={(r) => {
        exported.push(r);
        return 'r.report.md';
      }}
    />,
  );
  return { ...app, saved, exported };
}

const selectedLine = (frame: string): string => frame.split('\n').find((l) => l.startsWith('›')) ?? '';

describe('review screen', () => {
  it('first render: header with verdict and counts, the list, the detail of the first finding, the keys', () => {
    const { lastFrame } = mount();
    const frame = lastFrame()!;
    expect(frame).toContain('DRIFT');
    expect(frame).toMatch(/▲ \d+ high/);
    expect(selectedLine(frame)).toContain(report.findings[0]!.type);
    expect(frame).toContain(`#${report.findings[0]!.id}`);
    expect(frame).toMatch(/j\/k move/);
  });

  it('moves with j/k and arrows, jumps with g/G', async () => {
    const { stdin, lastFrame } = mount();
    stdin.write('j');
    await tick();
    expect(selectedLine(lastFrame()!)).toContain(report.findings[1]!.type);
    stdin.write('G');
    await tick();
    expect(lastFrame()).toContain(`${report.findings.length}/${report.findings.length} findings`);
    stdin.write('g');
    await tick();
    expect(lastFrame()).toContain(`1/${report.findings.length} findings`);
    stdin.write('\u001B[B'); // arrow down
    await tick();
    expect(lastFrame()).toContain(`2/${report.findings.length} findings`);
  });

  it('filters by type with f and by severity with s', async () => {
    const { stdin, lastFrame } = mount();
    stdin.write('s');
    await tick();
    stdin.write('s');
    await tick();
    const high = report.findings.filter((f) => f.severity === 'high').length;
    expect(lastFrame()).toContain(`1/${high} findings`);
    expect(lastFrame()).toContain('[≥high]');
    stdin.write('f');
    await tick();
    expect(lastFrame()).toMatch(/\[type=[a-z-]+ ≥high\]/);
  });

  it('searches with / and clears the search with Esc', async () => {
    const { stdin, lastFrame } = mount();
    stdin.write('/');
    await tick();
    stdin.write('Trump');
    await tick();
    stdin.write('\r');
    await tick();
    expect(selectedLine(lastFrame()!)).toContain('role-change');
    expect(lastFrame()).toContain('“Trump”');
    stdin.write('\u001B');
    await tick();
    expect(lastFrame()).toContain(`1/${report.findings.length} findings`);
  });

  it('confirms, dismisses, notes and clears, saving each decision', async () => {
    const { stdin, lastFrame, saved } = mount();
    const id = report.findings[0]!.id;
    stdin.write('c');
    await tick();
    expect(saved.at(-1)!.decisions[id]!.decision).toBe('confirmed');
    expect(selectedLine(lastFrame()!)).toContain('✓');
    stdin.write('x');
    await tick();
    expect(saved.at(-1)!.decisions[id]!.decision).toBe('dismissed');
    stdin.write('n');
    await tick();
    stdin.write('Checked with the desk');
    await tick();
    stdin.write('\r');
    await tick();
    expect(saved.at(-1)!.decisions[id]).toMatchObject({
      decision: 'dismissed',
      note: 'Checked with the desk',
    });
    expect(lastFrame()).toContain('Note: Checked with the desk');
    stdin.write('u');
    await tick();
    expect(saved.at(-1)!.decisions[id]).toBeUndefined();
  });

  it('keeps decisions on findings that no longer exist', async () => {
    const review = {
      ...emptyReview('s', 'r'),
      decisions: { gone00000000: { decision: 'confirmed' as const } },
    };
    const { stdin, saved } = mount(review);
    stdin.write('c');
    await tick();
    expect(saved.at(-1)!.decisions.gone00000000).toEqual({ decision: 'confirmed' });
  });

  it('exports the report with e and says where it went', async () => {
    const { stdin, lastFrame, exported } = mount();
    stdin.write('c');
    await tick();
    stdin.write('e');
    await tick();
    expect(exported).toHaveLength(1);
    expect(Object.keys(exported[0]!.decisions)).toHaveLength(1);
    expect(lastFrame()).toContain('Report exported to r.report.md');
  });

  it('shows the help overlay with ? and closes it with Esc or ?', async () => {
    const { stdin, lastFrame } = mount();
    stdin.write('?');
    await tick();
    expect(lastFrame()).toContain('Keys');
    expect(lastFrame()).toContain('confirm / dismiss the finding');
    stdin.write('\u001B');
    await tick();
    expect(lastFrame()).not.toContain('confirm / dismiss the finding');
    stdin.write('?');
    await tick();
    stdin.write('?');
    await tick();
    expect(lastFrame()).not.toContain('confirm / dismiss the finding');
  });

  it('switches to the alignment view with Tab, showing omitted and added sentences', async () => {
    const { stdin, lastFrame } = mount();
    stdin.write('\t');
    await tick();
    expect(lastFrame()).toContain(`1/${report.alignment.length} pairs`);
    expect(lastFrame()).toContain('omitted');
  });

  it('handles keys typed faster than it renders', async () => {
    const { stdin, lastFrame } = mount();
    stdin.write('jjj');
    await tick();
    expect(lastFrame()).toContain(`4/${report.findings.length} findings`);
  });
});

describe('screen while comparing', () => {
  it('names both articles and what is being compared, with no verdict yet', () => {
    const { lastFrame } = render(
      <Comparing source={report.source} rewrite={report.rewrite} colors={false} />,
    );
    const frame = lastFrame()!;
    expect(frame).toContain('000_bafdc0cafe821a47.txt (de, 2026-02-10)');
    expect(frame).toContain('001_919184c9a5fb0886.txt (de');
    expect(frame).toContain(`Aligning ${report.source.sentences.length} source sentences`);
    expect(frame).not.toContain('DRIFT');
  });
});
