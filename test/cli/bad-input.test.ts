import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factdiff, REWRITE, SOURCE } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'factdiff-bad-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

/** One clear line on stderr, no stack trace, exit status 2. */
function expectInputError(args: string[], message: RegExp, input?: string): void {
  const r = factdiff(args, input === undefined ? {} : { input });
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.trim().split('\n');
  expect(lines[0]).toMatch(/^factdiff: /);
  expect(lines[0]).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('bad input: a clear line, exit 2, nothing lost', () => {
  it('missing file', () => expectInputError([SOURCE, join(dir, 'nope.txt')], /nope\.txt: no such file/));
  it('a directory', () => expectInputError([SOURCE, dir], /is a directory/));
  it.skipIf(process.getuid?.() === 0)(
    'an unreadable file (not testable as root, who reads everything)',
    () => {
      const path = file('locked.txt', 'Der Präsident kam am Montag nach Berlin.');
      chmodSync(path, 0o000);
      expectInputError([SOURCE, path], /permission denied/);
    },
  );
  it('an empty file', () => expectInputError([SOURCE, file('empty.txt', '')], /is empty/));
  it('a whitespace-only file', () => expectInputError([SOURCE, file('blank.txt', ' \n\t\n ')], /is empty/));
  it('a binary file (an image)', () =>
    expectInputError(
      [SOURCE, file('photo.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]))],
      /PNG image, not an article/,
    ));
  it('a 20 MB file is refused with the limit named', () =>
    expectInputError(
      [SOURCE, file('huge.txt', Buffer.alloc(20 * 1024 * 1024, 'Der Präsident kam. '))],
      /20\.0 MB; factdiff reads articles up to 5 MB/,
    ));
  it('the same file twice', () => expectInputError([SOURCE, SOURCE], /given as both source and rewrite/));
  it('articles in two languages', () =>
    expectInputError(
      [
        SOURCE,
        file(
          'en.txt',
          'The EU foreign policy chief said on Tuesday that Russia is not winning the war and that its losses are rising.',
        ),
      ],
      /cross-language comparison is not supported/,
    ));
  it('an unknown option', () =>
    expectInputError([SOURCE, REWRITE, '--frobnicate'], /Unknown argument: frobnicate/));
  it('both articles from stdin', () => expectInputError(['-', '-'], /only one of the two articles/, 'x'));
  it('--debug shows the stack trace', () => {
    const r = factdiff([SOURCE, join(dir, 'nope.txt'), '--debug']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('text that is not UTF-8 is read as Windows-1252 and said so, not refused', () => {
    const latin = file('cp1252.txt', Buffer.from(readSeedAsWindows1252()));
    const r = factdiff([SOURCE, latin, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/not valid UTF-8; read as Windows-1252/);
    expect(JSON.parse(r.stdout).rewrite.encoding).toBe('windows-1252');
  });

  it('unrelated articles get the verdict, not a flood of findings', () => {
    const r = factdiff([SOURCE, 'seeds/002_23dc4b873aa3af4c.txt', '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.summary.verdict).toBe('unrelated');
    expect(report.findings).toEqual([]);
  });
});

function readSeedAsWindows1252(): Uint8Array {
  const text =
    'Die Außenministerin sagte am Montag, die Gespräche über die Zölle seien gescheitert. „Wir prüfen nun Gegenmaßnahmen“, sagte sie.';
  return Uint8Array.from([...text].map((ch) => ({ '„': 0x84, '“': 0x93 })[ch] ?? ch.charCodeAt(0)));
}

describe('URLs as inputs', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/article.html') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!doctype html><html><head><title>x</title></head><body><nav>Start Politik Sport</nav><article><h1>Kallas warnt</h1>
          <p>Die Verluste der russischen Armee seien deutlich gestiegen, sagte Kallas am Montag in Brüssel.</p>
          <p>Russland habe im Krieg keine Fortschritte gemacht.</p></article><footer>Impressum</footer></body></html>`);
      } else {
        res.writeHead(404);
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('fetches a page and compares its main text', async () => {
    const rewrite = file(
      'rw.txt',
      'Die Verluste der russischen Armee sind deutlich gestiegen, so Kallas am Montag in Brüssel. Russland habe im Krieg keine Fortschritte gemacht.',
    );
    const r = await runAsync([`${base}/article.html`, rewrite, '--json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.source.headline).toBe('Kallas warnt');
    expect(report.source.sentences.map((s: { text: string }) => s.text).join(' ')).not.toMatch(
      /Impressum|Politik Sport/,
    );
  });

  it('a failed fetch is a clear error', async () => {
    const r = await runAsync([`${base}/missing.html`, REWRITE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/missing\.html: could not be fetched \(HTTP 404/);
  });
});

/** The server runs in this process, so the CLI must run without blocking it. */
async function runAsync(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const { spawn } = await import('node:child_process');
  const { root } = await import('./run.js');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/bin/factdiff.mjs', ...args], {
      cwd: root,
      env: { ...process.env, NO_COLOR: '1' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
