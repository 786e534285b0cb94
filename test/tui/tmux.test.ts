import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `factdiff-e2e-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'factdiff-tmux-'));
const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (): string => tmux('capture-pane', '-p', '-t', session);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(text: string | RegExp, ms = 8000): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const s = screen();
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > until) throw new Error(`not on screen after ${ms} ms: ${text}\n${s}`);
    await sleep(100);
  }
}

// CI installs tmux (.ci/run); a developer machine without it skips this one test.
describe.skipIf(!hasTmux)('review in a real terminal (tmux)', () => {
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
  });

  it('shows the role-change, moves, records a decision, exports, and quits with status 0', async () => {
    for (const f of ['000_bafdc0cafe821a47.txt', '001_919184c9a5fb0886.txt'])
      cpSync(join(root, 'seeds', f), join(work, f));
    const cli = join(root, 'dist/bin/factdiff.mjs');
    // A person's terminal: Ink draws nothing interactive when it sees CI set, as it is in the CI run itself.
    const command = `cd ${work} && env -u CI node ${cli} 000_bafdc0cafe821a47.txt 001_919184c9a5fb0886.txt; echo "EXIT=$?"; sleep 60`;
    tmux('new-session', '-d', '-s', session, '-x', '80', '-y', '24', command);
    const first = await waitFor('findings');
    expect(first).toContain('role-change');
    expect(first).toMatch(/^› /m);

    tmux('send-keys', '-t', session, 'j');
    await waitFor(/2\/\d+ findings/);

    // Select the role-change finding by search, then confirm it.
    tmux('send-keys', '-t', session, '/');
    tmux('send-keys', '-t', session, '-l', 'ehemaligen');
    tmux('send-keys', '-t', session, 'Enter');
    await waitFor(/› .*role-change/);
    tmux('send-keys', '-t', session, 'c');
    await waitFor('Confirmed');
    const review = JSON.parse(readFileSync(join(work, '001_919184c9a5fb0886.txt.review.json'), 'utf8'));
    const decided = Object.values(review.decisions) as { decision: string; finding: { type: string } }[];
    expect(decided).toEqual([
      expect.objectContaining({
        decision: 'confirmed',
        finding: expect.objectContaining({ type: 'role-change' }),
      }),
    ]);

    tmux('send-keys', '-t', session, 'e');
    await waitFor('Report exported');
    const report = join(work, '001_919184c9a5fb0886.txt.report.md');
    expect(existsSync(report)).toBe(true);
    expect(readFileSync(report, 'utf8')).toContain('reviewer: **confirmed**');

    tmux('send-keys', '-t', session, 'q');
    await waitFor('EXIT=0');
  }, 30_000);
});
