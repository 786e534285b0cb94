import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factdiff, REWRITE, root, SOURCE } from './run.js';

describe('factdiff commands', () => {
  it('check (the default) lists findings compactly when stdout is not a terminal, exit 0', () => {
    const r = factdiff([SOURCE, REWRITE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^seeds\/001_919184c9a5fb0886\.txt$/m);
    expect(r.stdout).toMatch(/^\s+\d+:\d+\s+high\s+Role changed: .*role-change$/m);
    expect(r.stdout).toMatch(/✖ drift: \d+ findings/);
  });

  it('--fail-on sets exit status 1 when a finding at or above it exists', () => {
    expect(factdiff(['check', SOURCE, REWRITE, '--fail-on', 'high', '-q']).status).toBe(1);
    expect(factdiff(['check', SOURCE, SOURCE.replace('000', '000'), '--fail-on', 'low']).status).toBe(2); // same file twice
  });

  it('--fail-on at any level exits 1 for unrelated articles, which report no findings', () => {
    const other = 'seeds/002_23dc4b873aa3af4c.txt'; // another event: the Ukraine talks in Berlin
    const plain = factdiff(['check', SOURCE, other, '--json']);
    expect(plain.status).toBe(0);
    const report = JSON.parse(plain.stdout);
    expect(report.summary.verdict).toBe('unrelated');
    expect(report.findings).toEqual([]);
    expect(factdiff(['check', SOURCE, other, '--fail-on', 'high', '-q']).status).toBe(1);
    expect(factdiff(['check', SOURCE, other, '--fail-on', 'low', '--json']).status).toBe(1);
  });

  it('--json prints the contract, parseable, on a clean stdout', () => {
    const r = factdiff(['check', SOURCE, REWRITE, '--json']);
    const report = JSON.parse(r.stdout);
    expect(report.schemaVersion).toBe(1);
    expect(report.findings.some((f: { type: string }) => f.type === 'role-change')).toBe(true);
  });

  it('--min-severity filters what is shown', () => {
    const r = JSON.parse(factdiff([SOURCE, REWRITE, '--json', '--min-severity', 'high']).stdout);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(r.findings.every((f: { severity: string }) => f.severity === 'high')).toBe(true);
  });

  it('--format text gives the readable list, without colour when NO_COLOR is set', () => {
    const r = factdiff([SOURCE, REWRITE, '--format', 'text'], { env: { NO_COLOR: '1' } });
    expect(r.stdout).toContain('▲ HIGH  role-change');
    expect(r.stdout).toContain('[ehemaligen US-Präsidenten]');
    expect(r.stdout).not.toContain(String.fromCharCode(27));
  });

  it('align prints the side-by-side alignment and --json the pairs', () => {
    const text = factdiff(['align', SOURCE, REWRITE]);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/related: same-event/);
    expect(text.stdout).toMatch(/s8 ↔ s5 {2}score/);
    const json = JSON.parse(factdiff(['align', SOURCE, REWRITE, '--json']).stdout);
    expect(json.alignment.length).toBeGreaterThan(10);
  });

  it('report writes the Markdown report atomically to -o, leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'factdiff-'));
    const out = join(dir, 'audit.md');
    const r = factdiff(['report', SOURCE, REWRITE, '-o', out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain(`report written to ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^# factdiff discrepancy report/);
    expect(readdirSync(dir)).toEqual(['audit.md']);
  });

  it('check --format md prints the report to stdout', () => {
    expect(factdiff([SOURCE, REWRITE, '--format', 'md']).stdout).toMatch(/^# factdiff discrepancy report/);
  });

  it('keeps the committed example report in reports/ up to date', () => {
    // The example has its own (empty) review file: a reviewer's decisions beside the seed must not change it.
    const fresh = factdiff([
      'report',
      SOURCE,
      REWRITE,
      '--review-file',
      'reports/seed-000-vs-001.review.json',
      '-q',
    ]).stdout;
    const committed = readFileSync(join(root, 'reports/seed-000-vs-001.md'), 'utf8');
    expect(fresh, 'reports/seed-000-vs-001.md is stale: run npm run report:example').toBe(committed);
  });

  it('reads an article from standard input with -', () => {
    const r = factdiff([SOURCE, '-', '--json'], { input: readFileSync(join(root, REWRITE)) });
    expect(JSON.parse(r.stdout).rewrite.name).toBe('stdin');
  });

  it('--version and --help on every command, with examples', () => {
    expect(factdiff(['--version']).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    for (const command of ['check', 'align', 'report']) {
      const r = factdiff([command, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('Examples:');
    }
  });
});
