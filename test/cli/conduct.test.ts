import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMANDS, OPTIONS } from '../../cli/options.js';
import { factdiff, REWRITE, root, SOURCE } from './run.js';

const dir = mkdtempSync(join(tmpdir(), 'factdiff-conduct-'));
const file = (name: string, content: string | Buffer): string => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const copy = (from: string, name: string): string => {
  const path = join(dir, name);
  copyFileSync(join(root, from), path);
  return path;
};
const oneLine = (stderr: string): string => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  return stderr.trim();
};

describe('no command overwrites an input', () => {
  it.each([
    ['report', 'the rewrite', (rw: string) => rw, /is the rewritten article/],
    ['check', 'the source', (_: string, src: string) => src, /is the source article/],
    ['align', 'the rewrite', (rw: string) => rw, /is the rewritten article/],
    ['report', 'the review file', (rw: string) => `${rw}.review.json`, /is the review file/],
  ])('%s -o %s is refused with exit 2 and the file is untouched', (command, _, target, message) => {
    const src = copy(SOURCE, `src-${command}-${_.replace(/ /g, '-')}.txt`);
    const rw = copy(REWRITE, `rw-${command}-${_.replace(/ /g, '-')}.txt`);
    const out = target(rw, src);
    if (out.endsWith('.review.json'))
      writeFileSync(out, '{"schemaVersion":1,"source":"a","rewrite":"b","decisions":{}}\n');
    const before = readFileSync(out, 'utf8');
    const r = factdiff([command, src, rw, '-o', out]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });
});

describe('the review file is checked before it is used', () => {
  const review = (decisions: unknown, extra: object = {}) =>
    JSON.stringify({ schemaVersion: 1, source: 'a', rewrite: 'b', decisions, ...extra });

  it.each([
    [
      'a note that is a number',
      review({ abc: { note: 5 } }),
      /decisions\["abc"\]\.note is a number, not text/,
    ],
    [
      'a decision that is not one',
      review({ abc: { decision: 'maybe' } }),
      /decisions\["abc"\]\.decision is "maybe"/,
    ],
    ['another schema version', review({}, { schemaVersion: 7 }), /has schemaVersion 7/],
    ['a field no review file has', review({ abc: { decison: 'confirmed' } }), /decison is not a field/],
    ['not JSON', '{ "decisions": ', /is not JSON/],
  ])('%s: refused with exit 2, the field named, the file untouched', (_, content, message) => {
    const path = file(`bad-${_.replace(/\W+/g, '-')}.review.json`, content);
    const r = factdiff(['report', SOURCE, REWRITE, '--review-file', path]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(message);
    expect(r.stdout).toBe('');
    expect(readFileSync(path, 'utf8')).toBe(content);
  });

  it('a review file of another pair is read with a warning', () => {
    const other = 'f'.repeat(64);
    const path = file('other-pair.review.json', review({}, { sha256: { source: other, rewrite: other } }));
    const r = factdiff(['report', SOURCE, REWRITE, '--review-file', path]);
    expect(r.status).toBe(0);
    expect(oneLine(r.stderr)).toMatch(/was written for another source and rewrite \(its SHA-256 differs\)/);
    expect(factdiff(['report', SOURCE, REWRITE, '--review-file', path, '-q']).stderr).toBe('');
  });
});

describe('a reader that closes the pipe early', () => {
  it.each([
    ['check --json', ['check', SOURCE, REWRITE, '--json']],
    ['check compact', ['check', SOURCE, REWRITE]],
    ['align', ['align', SOURCE, REWRITE]],
    ['align --json', ['align', SOURCE, REWRITE, '--json']],
  ])('%s | head -1 and | true end quietly', (_, args) => {
    const cli = ['node', 'dist/bin/factdiff.mjs', ...args].join(' ');
    for (const reader of ['head -c 1', 'true']) {
      // Many runs: whether the reader has gone before the write is a race each run.
      const r = spawnSync(
        'bash',
        [
          '-c',
          `for i in 1 2 3 4 5; do ${cli} 2>>err.log | ${reader} >/dev/null; echo "\${PIPESTATUS[0]}"; done`,
        ],
        { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '' } },
      );
      expect(r.stdout.trim().split('\n')).toEqual(['0', '0', '0', '0', '0']);
    }
    const log = spawnSync('bash', ['-c', 'cat err.log; rm -f err.log'], { cwd: root, encoding: 'utf8' });
    expect(log.stdout).toBe('');
  });

  it('a pipe closed before the first byte keeps the --fail-on status, with no stack trace', async () => {
    const child = spawn(
      process.execPath,
      ['dist/bin/factdiff.mjs', SOURCE, REWRITE, '--json', '--fail-on', 'high'],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(1);
  });
});

describe('options mean what they say', () => {
  const cases = COMMANDS.flatMap((command) =>
    Object.entries(OPTIONS).map(([name, spec]) => [command, name, spec.commands.includes(command)] as const),
  );

  it.each(cases.filter(([, , takes]) => !takes))('%s refuses --%s, naming who takes it', (command, name) => {
    const r = factdiff([
      command,
      SOURCE,
      REWRITE,
      `--${name}`,
      ...(OPTIONS[name]!.yargs.type === 'boolean' ? [] : ['high']),
    ]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(
      new RegExp(`^factdiff: --${name} is not an option of ${command}; .* takes? it$`),
    );
  });

  it.each(COMMANDS)('%s --help lists exactly its own options', (command) => {
    const help = factdiff([command, '--help']).stdout;
    const listed = [...help.matchAll(/^\s+(?:-\w, )?--([\w-]+)/gm)]
      .map((m) => m[1])
      .filter((n) => n !== 'help' && n !== 'version');
    const own = Object.entries(OPTIONS)
      .filter(([, spec]) => spec.commands.includes(command))
      .map(([name]) => name);
    expect(listed.sort()).toEqual(own.sort());
  });

  it("the README's option table matches the commands", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const header = readme.split('\n').find((l) => l.startsWith('| option') && l.includes('| check'))!;
    const columns = header.split('|').map((c) => c.trim());
    for (const [name, spec] of Object.entries(OPTIONS)) {
      const row = readme.split('\n').find((l) => new RegExp(`^\\| \`(?:-\\w, )?--${name}[ \`]`).test(l));
      expect(row, `README row for --${name}`).toBeDefined();
      const cells = row!.split(/(?<!\\)\|/).map((c) => c.trim());
      for (const command of COMMANDS)
        expect(cells[columns.indexOf(command)] === '✓', `--${name} for ${command}`).toBe(
          spec.commands.includes(command),
        );
    }
  });

  // The seed pair's counts change as detection does; the formats must agree with the JSON summary, whatever they are.
  const seedCounts = () => {
    const { summary } = JSON.parse(factdiff([SOURCE, REWRITE, '--json']).stdout);
    const { high, medium, low } = summary.bySeverity as { high: number; medium: number; low: number };
    expect(high).toBeGreaterThan(0);
    expect(summary.findings).toBeGreaterThan(high);
    return { all: summary.findings as number, high, medium, low };
  };

  it('report --min-severity lists fewer findings and says how many of how many', () => {
    const { all, high } = seedCounts();
    const md = factdiff(['report', SOURCE, REWRITE, '--min-severity', 'high']).stdout;
    expect(md).toContain(`; ${all} findings, ${high} shown (high and above).`);
    expect([...md.matchAll(/^### \d+\. /gm)]).toHaveLength(high);
  });

  it('every format says both the count and what is shown under --min-severity', () => {
    const { all, high, medium, low } = seedCounts();
    const args = [SOURCE, REWRITE, '--min-severity', 'high'];
    expect(factdiff([...args, '--format', 'compact']).stdout).toContain(
      `✖ drift: ${all} findings, ${high} shown (${high} high, ${medium} medium, ${low} low)\n`,
    );
    expect(factdiff([...args, '--format', 'text']).stdout).toContain(
      `${all} findings, ${high} shown: ${high} high`,
    );
    expect(factdiff([...args, '--format', 'md']).stdout).toContain(`${all} findings, ${high} shown`);
    const json = JSON.parse(factdiff([...args, '--json']).stdout);
    expect(json.summary).toMatchObject({ findings: all, shown: high, minSeverity: 'high' });
    expect(json.findings).toHaveLength(high);
  });

  it('--color always wins over NO_COLOR, never wins over a terminal, and compact is never coloured', () => {
    const ESC = String.fromCharCode(27);
    const text = [SOURCE, REWRITE, '--format', 'text'];
    expect(factdiff([...text, '--color', 'always'], { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
    expect(factdiff([...text, '--color'], { env: { NO_COLOR: '1' } }).stdout).toContain(ESC);
    expect(factdiff([...text, '--color=never']).stdout).not.toContain(ESC);
    expect(factdiff([...text, '--no-color']).stdout).not.toContain(ESC);
    expect(factdiff([...text]).stdout).not.toContain(ESC);
    expect(factdiff([SOURCE, REWRITE, '--format', 'compact', '--color', 'always']).stdout).not.toContain(ESC);
    const bad = factdiff([...text, '--color=sometimes']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--color takes auto, always or never, not "sometimes"/);
  });
});

describe('positions point into the file as given', () => {
  it('plain text: line and column in the JSON and the compact format', () => {
    const json = JSON.parse(factdiff([SOURCE, REWRITE, '--json']).stdout);
    const text = readFileSync(join(root, REWRITE), 'utf8');
    const lines = text.split('\n');
    for (const f of json.findings)
      if (f.rewrite)
        expect(lines[f.rewrite.line - 1]!.slice(f.rewrite.column - 1)).toMatch(
          new RegExp(`^${escape(f.rewrite.text.split('\n')[0])}`),
        );
    const compact = factdiff([SOURCE, REWRITE, '--format', 'compact']).stdout;
    const first = json.findings.find((f: { rewrite?: object }) => f.rewrite);
    expect(compact).toContain(`  ${first.rewrite.line}:${first.rewrite.column}  `);
  });

  it('Markdown: no line:col (the extracted text has none in the file); the sentence id instead', () => {
    const md = file('rewrite.md', readFileSync(join(root, REWRITE), 'utf8'));
    const r = factdiff([SOURCE, md, '--format', 'compact']);
    // The rewrite's group: its name, then its rows up to the blank line.
    const group = r.stdout.split(`${md}\n`)[1]!.split('\n\n')[0]!;
    const rows = group.split('\n');
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/^ {2}s\d+ {2}/);
    const json = JSON.parse(factdiff([SOURCE, md, '--json']).stdout);
    expect(json.rewrite.format).toBe('markdown');
    for (const f of json.findings) expect(f.rewrite?.line).toBeUndefined();
  });
});

describe('mistakes get a message that names them', () => {
  it('a misspelt command', () => {
    const r = factdiff(['chek', SOURCE, REWRITE]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      "factdiff: unknown command 'chek'; did you mean check? (commands: check, align, report, review)",
    );
  });

  it('no arguments', () => {
    const r = factdiff([]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toBe(
      'factdiff: usage: factdiff SOURCE REWRITE (factdiff --help lists the commands)',
    );
  });

  it('a scheme factdiff does not fetch', () => {
    const r = factdiff(['ftp://example.com/a.txt', REWRITE]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/ftp:\/\/example\.com\/a\.txt: the ftp: scheme is not supported/);
  });

  it('a forced language the text is not: a warning per article', () => {
    const r = factdiff([SOURCE, REWRITE, '--lang', 'en']);
    expect(r.stderr).toMatch(/000_bafdc0cafe821a47\.txt: read as en as asked, but its text is de/);
    expect(r.stderr).toMatch(/001_919184c9a5fb0886\.txt: read as en as asked, but its text is de/);
  });

  it('a file of punctuation only is empty', () => {
    const r = factdiff([SOURCE, file('dots.txt', '... !!! ,,, – —\n')]);
    expect(r.status).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/dots\.txt: is empty/);
  });

  it('review with the rewrite on standard input and no --review-file is refused', () => {
    const r = factdiff(['review', SOURCE, '-'], { input: readFileSync(join(root, REWRITE)) });
    expect(r.status).toBe(2);
  });
});

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// As root every file is writable: the read-only review file is the case the test can make everywhere.
describe('a read-only review file', () => {
  it('is not replaced by a writable one', async () => {
    const { ReviewStore } = await import('../../cli/review-file.js');
    const path = file('ro.review.json', '{"schemaVersion":1,"source":"a","rewrite":"b","decisions":{}}\n');
    chmodSync(path, 0o444);
    const store = new ReviewStore(path, {
      source: 'a',
      rewrite: 'b',
      sha256: { source: 'a'.repeat(64), rewrite: 'b'.repeat(64) },
    });
    expect(() => store.decide('abc', { decision: 'confirmed' })).toThrow(/is read-only/);
    expect(store.unsaved).toBe(1);
    expect(readFileSync(path, 'utf8')).not.toContain('abc');
  });
});
