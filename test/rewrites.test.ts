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

/** Articles written for the tests (not real events), each with a faithful and a drifted rewrite. */
const ownArticles: [string, [string, RegExp][]][] = [
  [
    'en-port',
    [
      ['entity', /"Antwerp"/],
      ['entity', /"vessels".*"trucks"/],
      ['number', /"second".*"third"/],
      ['number', /swapped.*"3.5%".*"7%"/],
      ['negation', /"not" about "want"/],
      ['quote-altered', /"did not want"/],
      ['attribution', /"according to"/],
      ['certainty', /"likely"/],
      ['event-status', /"are scheduled to resume".*"are resuming"/],
    ],
  ],
  [
    'en-recall',
    [
      ['entity', /"Basel".*"Geneva"/],
      ['date-time', /"March".*"May"/],
      ['negation', /"No" about "injuries"/],
      ['negation', /"not" about "stop"/],
      ['negation', /"fell".*"rose"/],
      ['number', /"up to 60 million"/],
      ['event-status', /"plans to resume".*"has resumed"/],
    ],
  ],
  [
    'de-bahn',
    [
      ['number', /"24-stündigen".*"48-stündigen"/],
      ['entity', /"München".*"Hamburg"/],
      ['attribution', /"sagte"/],
      ['negation', /"nicht" about "gern"/],
      ['negation', /"nicht" about "garantieren"/],
      ['number', /swapped.*"4,5".*"8"/],
      ['role-change', /"frühere Verkehrsminister"/],
      ['negation', /"unverhältnismäßig".*"verhältnismäßig"/],
      ['event-status', /"sollen … fortgesetzt werden".*"wurden … fortgesetzt"/],
    ],
  ],
];

describe.each(ownArticles)('our own article %s and its rewrites', (id, expected) => {
  const source = read(`./fixtures/rewrites/${id}-source.txt`);
  it('a faithful paraphrase raises nothing above low', () => {
    const report = compare(source, read(`./fixtures/rewrites/${id}-faithful.txt`));
    expect(serious(report.findings).map((f) => f.explanation)).toEqual([]);
  });
  const { findings } = compare(source, read(`./fixtures/rewrites/${id}-drifted.txt`));
  it.each(expected)('the drifted one: finds %s %s', (type, pattern) => {
    expect(found(findings, type, pattern)).toBe(true);
  });
  it('reports each drift once', () => {
    const evidence = findings.filter((f) => f.severity !== 'low').map((f) => `${f.type} ${f.rewrite?.start}`);
    expect(new Set(evidence).size).toBe(evidence.length);
    // An ordinal is a figure, not also a kind of thing.
    expect(findings.filter((f) => /"second"/.test(f.explanation)).length).toBeLessThanOrEqual(1);
  });
});
