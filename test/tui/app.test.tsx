import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { Comparing } from '../../cli/tui/Comparing.js';
import { emptyReview } from '../../src/report/review.js';
import { mount, pair, report, selectedLine, tick } from './mount.js';

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
    expect(lastFrame()).toContain('[/Trump]');
    stdin.write('\u001B');
    await tick();
    expect(lastFrame()).not.toContain('[/Trump]');
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
    stdin.write('a');
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
      ...emptyReview(pair),
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
      <Comparing source={report.source} rewrite={report.rewrite} colors={false} onCancel={() => {}} />,
    );
    const frame = lastFrame()!;
    expect(frame).toContain('000_bafdc0cafe821a47.txt (de, 2026-02-10)');
    expect(frame).toContain('001_919184c9a5fb0886.txt (de');
    expect(frame).toContain(`Aligning ${report.source.sentences.length} source sentences`);
    expect(frame).not.toContain('DRIFT');
  });

  it('shows how far the comparison has got once it reports', () => {
    const { lastFrame } = render(
      <Comparing
        source={report.source}
        rewrite={report.rewrite}
        colors={false}
        progress={{ latest: { stage: 'facts', done: 1204, total: 4000 }, elapsedMs: 2345 }}
        onCancel={() => {}}
      />,
    );
    expect(lastFrame()).toContain('reading facts 1,204/4,000 sentences · 2.3 s');
  });

  it('q and Ctrl-C stop it', async () => {
    for (const key of ['q', '\u0003']) {
      let cancelled = 0;
      const { stdin } = render(
        <Comparing
          source={report.source}
          rewrite={report.rewrite}
          colors={false}
          onCancel={() => cancelled++}
        />,
      );
      await tick();
      stdin.write(key);
      await tick();
      expect(cancelled).toBe(1);
    }
  });
});

describe('decisions that cannot be saved', () => {
  it('stay marked and said in the status line until a save succeeds; w tries again', async () => {
    const { stdin, lastFrame, store, saved } = mount();
    store.failing = 'EACCES: permission denied';
    stdin.write('c');
    await tick();
    expect(selectedLine(lastFrame()!)).toMatch(/✓! /);
    expect(lastFrame()).toContain('1 decision NOT SAVED (EACCES: permission denied)');
    stdin.write('j');
    await tick();
    stdin.write('x');
    await tick();
    // Moving on does not clear the warning; the second failure adds to it.
    expect(lastFrame()).toContain('2 decisions NOT SAVED');
    expect(saved).toHaveLength(0);
    store.failing = '';
    stdin.write('w');
    await tick();
    expect(lastFrame()).not.toContain('NOT SAVED');
    expect(lastFrame()).toContain('Saved (saved to r.review.json)');
    expect(Object.values(saved.at(-1)!.decisions).map((d) => d.decision)).toEqual(['confirmed', 'dismissed']);
    expect(selectedLine(lastFrame()!)).not.toContain('!');
  });

  it('q asks before quitting with unsaved decisions: n stays, y quits with status 4', async () => {
    const { stdin, lastFrame, store, exits } = mount();
    store.failing = 'read-only';
    stdin.write('c');
    await tick();
    stdin.write('q');
    await tick();
    expect(exits).toEqual([]);
    expect(lastFrame()).toContain('Quit and lose it? y quit · n stay · w try saving again');
    stdin.write('n');
    await tick();
    expect(lastFrame()).not.toContain('Quit and lose');
    stdin.write('q');
    await tick();
    stdin.write('y');
    await tick();
    expect(exits).toEqual([4]);
  });

  it('q quits with 0 when everything is saved; Ctrl-C with 130', async () => {
    const saved = mount();
    saved.stdin.write('c');
    await tick();
    saved.stdin.write('q');
    await tick();
    expect(saved.exits).toEqual([0]);
    const interrupted = mount();
    interrupted.stdin.write('\u0003');
    await tick();
    expect(interrupted.exits).toEqual([130]);
  });

  it('a save shows decisions another session wrote meanwhile', async () => {
    const { stdin, lastFrame, store } = mount();
    const other = report.findings[1]!.id;
    store.disk = { ...store.disk, decisions: { [other]: { decision: 'dismissed' } } };
    stdin.write('c');
    await tick();
    expect(Object.keys(store.disk.decisions).sort()).toEqual([other, report.findings[0]!.id].sort());
    stdin.write('j');
    await tick();
    expect(selectedLine(lastFrame()!)).toContain('✗');
  });
});
