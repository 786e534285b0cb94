import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../cli/run.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const session = `factdiff-e2e-${process.pid}`;
const work = mkdtempSync(join(tmpdir(), 'factdiff-tmux-'));
const tmux = (...args: string[]): string => execFileSync('tmux', args, { encoding: 'utf8' });
const screen = (name = session): string => tmux('capture-pane', '-p', '-t', name);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cli = join(root, 'dist/bin/factdiff.mjs');
const SEEDS = ['000_bafdc0cafe821a47.txt', '001_919184c9a5fb0886.txt'] as const;
let sessions = 0;

/**
 * A folder the review cannot write: as root every folder is writable, so the screen then runs as nobody —
 * where setpriv exists and nobody can reach the command (CI may clone into a folder only root enters).
 */
const AS_NOBODY = 'setpriv --reuid=65534 --regid=65534 --clear-groups';
const readOnlyFolder: 'chmod' | 'as-nobody' | undefined =
  process.getuid?.() !== 0
    ? 'chmod'
    : spawnSync('setpriv', [...AS_NOBODY.split(' ').slice(1), process.execPath, cli, '--version']).status ===
        0
      ? 'as-nobody'
      : undefined;

/** A folder holding the seed pair, and a tmux session running `args` in it at 80×24; returns the session's name. */
function start(folder: string, args: string, options: { as?: string } = {}): string {
  const name = `${session}-${++sessions}`;
  // A person's terminal: Ink draws nothing interactive when it sees CI set, as it is in the CI run itself.
  const run = `env -u CI node ${cli} ${args}`;
  const command = `cd ${folder} && ${options.as ? `${options.as} ${run}` : run}; echo "EXIT=$?"; sleep 60`;
  tmux('new-session', '-d', '-s', name, '-x', '80', '-y', '24', command);
  return name;
}

function seedFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'factdiff-tmux-'));
  for (const f of SEEDS) cpSync(join(root, 'seeds', f), join(folder, f));
  chmodSync(folder, 0o755);
  return folder;
}

async function waitFor(text: string | RegExp, ms = 8000, name = session): Promise<string> {
  const until = Date.now() + ms;
  for (;;) {
    const s = screen(name);
    if (typeof text === 'string' ? s.includes(text) : text.test(s)) return s;
    if (Date.now() > until) throw new Error(`not on screen after ${ms} ms: ${text}\n${s}`);
    await sleep(100);
  }
}

// CI installs tmux (.ci/run); a developer machine without it skips this one test.
describe.skipIf(!hasTmux)('review in a real terminal (tmux)', () => {
  afterAll(() => {
    spawnSync('tmux', ['kill-session', '-t', session]);
    for (let n = 1; n <= sessions; n++) spawnSync('tmux', ['kill-session', '-t', `${session}-${n}`]);
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

  it('two review sessions on one review file keep each other’s decisions', async () => {
    const folder = seedFolder();
    const one = start(folder, SEEDS.join(' '));
    const two = start(folder, SEEDS.join(' '));
    await waitFor(/1\/\d+ findings/, 8000, one);
    await waitFor(/1\/\d+ findings/, 8000, two);
    tmux('send-keys', '-t', one, 'c');
    await waitFor('Confirmed', 8000, one);
    tmux('send-keys', '-t', two, 'j');
    await waitFor(/2\/\d+ findings/, 8000, two);
    tmux('send-keys', '-t', two, 'x');
    await waitFor('Dismissed', 8000, two);
    tmux('send-keys', '-t', one, 'j');
    tmux('send-keys', '-t', one, 'j');
    await waitFor(/3\/\d+ findings/, 8000, one);
    tmux('send-keys', '-t', one, 'c');
    await waitFor(/Confirmed/, 8000, one);
    for (const name of [one, two]) {
      tmux('send-keys', '-t', name, 'q');
      await waitFor('EXIT=0', 8000, name);
    }
    const review = JSON.parse(readFileSync(join(folder, `${SEEDS[1]}.review.json`), 'utf8'));
    const decisions = Object.values(review.decisions).map((d) => (d as { decision: string }).decision);
    expect(decisions.sort()).toEqual(['confirmed', 'confirmed', 'dismissed']);
  }, 40_000);

  it.skipIf(!readOnlyFolder)(
    'in a folder it cannot write: the decision stays marked unsaved, q asks, quitting anyway exits 4',
    async () => {
      const folder = seedFolder();
      const as = readOnlyFolder === 'as-nobody' ? AS_NOBODY : undefined;
      if (!as) chmodSync(folder, 0o555);
      const name = start(folder, SEEDS.join(' '), as ? { as } : {});
      await waitFor(/1\/\d+ findings/, 8000, name);
      tmux('send-keys', '-t', name, 'c');
      const marked = await waitFor('NOT SAVED', 8000, name);
      expect(marked).toMatch(/^› .*✓! /m);
      tmux('send-keys', '-t', name, 'j');
      await waitFor(/2\/\d+ findings.*NOT SAVED/, 8000, name);
      tmux('send-keys', '-t', name, 'q');
      await waitFor('Quit and lose it? y quit · n stay', 8000, name);
      tmux('send-keys', '-t', name, 'y');
      await waitFor('EXIT=4', 8000, name);
      expect(existsSync(join(folder, `${SEEDS[1]}.review.json`))).toBe(false);
    },
    30_000,
  );

  it('q while a long pair is still compared stops at once with 130; so does Ctrl-C in the review', async () => {
    const folder = seedFolder();
    const towns = [
      'Berlin',
      'Hamburg',
      'München',
      'Köln',
      'Frankfurt',
      'Leipzig',
      'Dresden',
      'Bremen',
      'Bonn',
      'Kiel',
    ];
    const article = (shift: number) =>
      Array.from(
        { length: 2000 },
        (_, i) =>
          `Im Jahr ${1800 + i} meldete die Stadt ${towns[i % 10]} ${(i * 37 + shift) % 1000} neue Fälle, sagte ein Sprecher der Verwaltung. Der Rat der Stadt ${towns[(i * 7) % 10]} beriet ${(i % 5) + 2} Stunden über den Haushalt.`,
      ).join('\n\n');
    writeFileSync(join(folder, 'long-a.txt'), article(0));
    writeFileSync(join(folder, 'long-b.txt'), article(1));
    const long = start(folder, 'long-a.txt long-b.txt');
    await waitFor('q or Ctrl-C stops', 8000, long);
    const asked = Date.now();
    tmux('send-keys', '-t', long, 'q');
    await waitFor('EXIT=130', 8000, long);
    expect(Date.now() - asked).toBeLessThan(1500);

    const seed = start(folder, SEEDS.join(' '));
    await waitFor(/1\/\d+ findings/, 8000, seed);
    tmux('send-keys', '-t', seed, 'C-c');
    await waitFor('EXIT=130', 8000, seed);
  }, 30_000);

  it('resizes, searches with n, edits a note with the cursor, and leaves the terminal as it was', async () => {
    const folder = seedFolder();
    const name = start(folder, SEEDS.join(' '));
    const first = await waitFor(/1\/\d+ findings/, 8000, name);
    expect(first.trimEnd().split('\n').at(-1)).toMatch(/\? help$/);
    tmux('resize-window', '-t', name, '-x', '160', '-y', '50');
    await waitFor(/a note · \/ search · .* · \? help/, 8000, name);
    tmux('send-keys', '-t', name, '/');
    tmux('send-keys', '-t', name, '-l', 'Attribution');
    tmux('send-keys', '-t', name, 'Enter');
    const found = await waitFor(/matching/, 8000, name);
    const at = Number(/(\d+)\/\d+ findings/.exec(found)![1]);
    tmux('send-keys', '-t', name, 'n');
    await waitFor(new RegExp(`(?!${at}/)\\d+/\\d+ findings \\[/Attribution\\]`), 8000, name);
    tmux('send-keys', '-t', name, 'a');
    tmux('send-keys', '-t', name, '-l', 'desk chcked');
    tmux('send-keys', '-t', name, 'Left', 'Left', 'Left', 'Left');
    tmux('send-keys', '-t', name, '-l', 'e');
    tmux('send-keys', '-t', name, 'C-a');
    tmux('send-keys', '-t', name, '-l', 'The ');
    tmux('send-keys', '-t', name, 'Enter');
    await waitFor('Note: The desk checked', 8000, name);
    // At each size: nothing wider than the window, "? help" last, the alignment in two columns, the help whole or
    // marked where it is cut.
    for (const [x, y] of [
      [80, 24],
      [100, 30],
      [160, 50],
    ] as const) {
      tmux('resize-window', '-t', name, '-x', String(x), '-y', String(y));
      tmux('send-keys', '-t', name, 'Tab');
      const pairs = await waitFor(/\d+\/\d+ pairs .*\? help/, 8000, name);
      const rows = pairs.trimEnd().split('\n');
      expect(rows.length).toBeLessThanOrEqual(y);
      expect(Math.max(...rows.map((r) => [...r].length))).toBeLessThanOrEqual(x);
      expect(rows.find((r) => r.startsWith('  Source  '))).toContain('Rewrite  ');
      expect(pairs).toMatch(/ [▲●○ ] (\d\.\d\d|omitted|added) /);
      tmux('send-keys', '-t', name, 'Tab', '?');
      const help = await waitFor(/Esc close .*\? help/, 8000, name);
      expect(help).toMatch(y < 30 ? /… \d+ more lines · j/ : /stop at once \(exit status 130\)/);
      tmux('send-keys', '-t', name, 'Escape');
      await waitFor(/\d+\/\d+ findings .*\? help/, 8000, name);
    }
    tmux('send-keys', '-t', name, 'q');
    const after = await waitFor('EXIT=0', 8000, name);
    // The alternate screen is gone: what was on the terminal before is back, no frame of the review left.
    expect(after).not.toMatch(/findings|\? help/);
  }, 30_000);
});
