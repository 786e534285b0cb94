import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, type Finding } from '../src/index.js';

const read = (path: string) => ({
  text: readFileSync(new URL(path, import.meta.url), 'utf8'),
  name: path.split('/').pop()!,
});
const seed = (prefix: string) => {
  const dir = new URL('../seeds/', import.meta.url);
  const name = readdirSync(dir).find((f) => f.startsWith(prefix))!;
  return read(`../seeds/${name}`);
};

const serious = (findings: Finding[]) => findings.filter((f) => f.severity !== 'low');
const found = (findings: Finding[], type: string, pattern: RegExp) =>
  findings.some((f) => f.type === type && f.severity !== 'low' && pattern.test(f.explanation));

describe.each([
  ['003', seed('003_')],
  ['004', seed('004_')],
])('rewrites of seed %s', (id, source) => {
  it('a faithful paraphrase raises nothing above low', () => {
    const report = compare(source, read(`./fixtures/rewrites/${id}-faithful.txt`));
    expect(serious(report.findings).map((f) => f.explanation)).toEqual([]);
    expect(report.summary.verdict).toBe('consistent');
  });
});

describe('a drifted rewrite of seed 003', () => {
  const { findings } = compare(seed('003_'), read('./fixtures/rewrites/003-drifted.txt'));
  it.each([
    ['number', /"zweitägigen".*"dreitägigen"/],
    ['number', /"Mehrere".*"alle"/],
    ['number', /"150 Milliarden".*"250 Milliarden"/],
    ['role-change', /"ehemaligen EU-Chefdiplomatin"/],
    ['quote-altered', /"Wochen als um Monate".*"Tage als um Monate"/],
    ['negation', /"abgelehnt".*"akzeptiert"/],
    ['attribution', /David Lammy.*Jean-Noël Barrot/],
    ['event-status', /"Geplant".*"beschlossen"/],
    ['date-time', /"kommenden vier Jahren".*"vergangenen vier Jahren"/],
    ['date-time', /"Freitag".*"Donnerstag"/],
    ['certainty', /"vermutlich"/],
  ])('finds %s: %s', (type, pattern) => {
    expect(found(findings, type, pattern)).toBe(true);
  });
});

describe('a drifted rewrite of seed 004', () => {
  const { findings } = compare(seed('004_'), read('./fixtures/rewrites/004-drifted.txt'));
  it.each([
    ['role-change', /"früheren US-Präsidenten"/],
    ['date-time', /"Donnerstag".*"Mittwoch"/],
    ['quote-unsupported', /"bedauerlich und gefährlich"/],
    ['negation', /"nicht" about "akzeptieren"/],
    ['negation', /"wenig".*"große"/],
    ['negation', /"frustriert".*"zuversichtlich"/],
    ['attribution', /"meldete"/],
    ['modality', /"könnten"/],
    ['modality', /"wäre"/],
  ])('finds %s: %s', (type, pattern) => {
    expect(found(findings, type, pattern)).toBe(true);
  });
});

describe('an English article of our own and its rewrites', () => {
  const source = read('./fixtures/rewrites/en-port-source.txt');
  it('a faithful paraphrase raises nothing above low', () => {
    const report = compare(source, read('./fixtures/rewrites/en-port-faithful.txt'));
    expect(serious(report.findings).map((f) => f.explanation)).toEqual([]);
  });
  const { findings } = compare(source, read('./fixtures/rewrites/en-port-drifted.txt'));
  it.each([
    ['entity', /"Antwerp"/],
    ['entity', /"vessels".*"trucks"/],
    ['number', /"second".*"third"/],
    ['number', /swapped.*"3.5%".*"7%"/],
    ['negation', /"not" about "want"/],
    ['quote-altered', /"did not want"/],
    ['attribution', /"according to"/],
    ['certainty', /"likely"/],
    ['event-status', /"scheduled".*"resuming"/],
  ])('finds %s: %s', (type, pattern) => {
    expect(found(findings, type, pattern)).toBe(true);
  });
  it('reports each drift once: no kind change for an ordinal', () => {
    expect(findings.filter((f) => /"second"/.test(f.explanation))).toHaveLength(1);
  });
});

describe('a second English article of our own and its rewrites', () => {
  const source = read('./fixtures/rewrites/en-recall-source.txt');
  it('a faithful paraphrase raises nothing above low', () => {
    const report = compare(source, read('./fixtures/rewrites/en-recall-faithful.txt'));
    expect(serious(report.findings).map((f) => f.explanation)).toEqual([]);
  });
  const { findings } = compare(source, read('./fixtures/rewrites/en-recall-drifted.txt'));
  it.each([
    ['entity', /"Basel".*"Geneva"/],
    ['date-time', /"March".*"May"/],
    ['negation', /"No" about "injuries"/],
    ['negation', /"not" about "stop"/],
    ['negation', /"fell".*"rose"/],
    ['number', /"up to 60 million"/],
    ['event-status', /"plans".*"resumed"/],
  ])('finds %s: %s', (type, pattern) => {
    expect(found(findings, type, pattern)).toBe(true);
  });
});

describe('a German article of our own and its rewrites', () => {
  const source = read('./fixtures/rewrites/de-bahn-source.txt');
  it('a faithful paraphrase raises nothing above low', () => {
    const report = compare(source, read('./fixtures/rewrites/de-bahn-faithful.txt'));
    expect(serious(report.findings).map((f) => f.explanation)).toEqual([]);
  });
  const { findings } = compare(source, read('./fixtures/rewrites/de-bahn-drifted.txt'));
  it.each([
    ['number', /"24-stündigen".*"48-stündigen"/],
    ['entity', /"München".*"Hamburg"/],
    ['attribution', /"sagte"/],
    ['negation', /"nicht" about "gern"/],
    ['negation', /"nicht" about "garantieren"/],
    ['number', /swapped.*"4,5".*"8"/],
    ['role-change', /"frühere Verkehrsminister"/],
    ['negation', /"unverhältnismäßig".*"verhältnismäßig"/],
    ['event-status', /"sollen".*"fortgesetzt"/],
    ['modality', /"kann"/],
  ])('finds %s: %s', (type, pattern) => {
    expect(found(findings, type, pattern)).toBe(true);
  });
});
