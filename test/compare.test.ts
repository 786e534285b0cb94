import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compare, FINDING_TYPES, rules, STAGES, type Progress } from '../src/index.js';

const seed = (n: string): { text: string; name: string } => ({
  text: readFileSync(new URL(`../seeds/${n}`, import.meta.url), 'utf8'),
  name: n,
});
const S000 = seed('000_bafdc0cafe821a47.txt');
const S001 = seed('001_919184c9a5fb0886.txt');

describe('compare on the seed pair', () => {
  const report = compare(S000, S001);
  const high = report.findings.filter((f) => f.severity === 'high');

  it('finds the rewrite calling Trump a former president (role-change, high)', () => {
    const f = high.find((x) => x.type === 'role-change');
    expect(f?.rewrite?.text).toMatch(/ehemaligen US-Präsidenten/);
    expect(f?.source?.text).toBe('US-Präsident');
    expect(f?.explanation).toMatch(
      /^Role changed: source calls Donald Trump "US-Präsident", rewrite calls .*"ehemaligen US-Präsidenten"/,
    );
  });

  it('finds talks that were only planned reported as held (event-status, high)', () => {
    const f = high.find((x) => x.type === 'event-status');
    expect(f?.source?.sentence).toBe(
      report.source.sentences.find((s) => s.text.startsWith('Mit Blick auf Gespräche'))!.id,
    );
    expect(report.rewrite.sentences.find((s) => s.id === f?.rewrite?.sentence)?.text).toMatch(
      /führte Kallas bereits Gespräche/,
    );
  });

  it('finds the other drifts a fact-checker would mark', () => {
    const types = new Set(report.findings.filter((f) => f.severity !== 'low').map((f) => f.type));
    for (const t of ['attribution', 'framing', 'modality', 'quote-altered', 'omission'] as const)
      expect(types).toContain(t);
  });

  it('points every piece of evidence at the text as given', () => {
    for (const f of report.findings) {
      if (f.source) expect(S000.text.slice(f.source.start, f.source.end)).toBe(f.source.text);
      if (f.rewrite) expect(S001.text.slice(f.rewrite.start, f.rewrite.end)).toBe(f.rewrite.text);
    }
  });

  it("shows each sentence's clauses, with the verb group that status and mood were read from", () => {
    const { source, rewrite } = compare(
      'Lauterbach will im Herbst einen Entwurf vorlegen.',
      'Lauterbach legte im Herbst einen Entwurf vor.',
    );
    const [planned] = source.sentences[0]!.clauses!;
    expect(planned).toMatchObject({ kind: 'main', status: 'planned', mood: 'indicative' });
    expect(planned!.verb).toMatchObject({ lemma: 'vorlegen', text: 'will … vorlegen', modal: 'intended' });
    expect(planned!.verb!.words.map((w) => source.sentences[0]!.text.slice(w.start, w.end))).toEqual([
      'will',
      'vorlegen',
    ]);
    expect(rewrite.sentences[0]!.clauses![0]).toMatchObject({
      status: 'done',
      verb: { lemma: 'vorlegen', text: 'legte … vor', tense: 'past' },
    });
    const { rewrite: english } = compare(
      'The minister will present the plan.',
      'The minister presented the plan.',
    );
    expect(english.sentences[0]!.clauses![0]).toMatchObject({ status: 'done', verb: { lemma: 'present' } });
  });

  it('follows the JSON contract', () => {
    expect(report.schemaVersion).toBe(1);
    for (const side of [report.source, report.rewrite]) {
      expect(side).toMatchObject({ name: expect.any(String), language: 'de', date: '2026-02-10' });
      for (const s of side.sentences)
        expect(Object.keys(s).sort()).toEqual(['clauses', 'end', 'id', 'paragraph', 'start', 'text']);
    }
    expect(report.related).toEqual({ score: expect.any(Number), verdict: 'same-event' });
    for (const p of report.alignment)
      expect(p).toEqual({ source: expect.any(Array), rewrite: expect.any(Array), score: expect.any(Number) });
    for (const f of report.findings) {
      expect(f.id).toMatch(/^[0-9a-f]{12}$/);
      expect(FINDING_TYPES).toContain(f.type);
      expect(['high', 'medium', 'low']).toContain(f.severity);
      expect(f.confidence).toBeGreaterThanOrEqual(0);
      expect(f.confidence).toBeLessThanOrEqual(1);
      expect(f.source ?? f.rewrite).toBeDefined();
    }
    expect(report.summary.findings).toBe(report.findings.length);
    expect(report.summary.verdict).toBe('drift');
    const total = Object.values(report.summary.byType).reduce((a, b) => a + b, 0);
    expect(total).toBe(report.findings.length);
  });

  it('lists who is who in each article, with the role the role-change finding compared', () => {
    const trump = (side: typeof report.source) => side.people!.find((p) => p.key === 'trump')!;
    expect(trump(report.source).names).toContain('Donald Trump');
    expect(trump(report.source).roles.map((r) => [r.text, r.status])).toContainEqual([
      'US-Präsident',
      'unmarked',
    ]);
    const former = trump(report.rewrite).roles.find((r) => r.status === 'former')!;
    expect(former.text).toMatch(/ehemaligen US-Präsidenten/);
    const finding = high.find((x) => x.type === 'role-change')!;
    expect([finding.rewrite!.start, finding.rewrite!.end]).toEqual([former.start, former.end]);
  });

  it('gives the same ids on every run', () => {
    expect(compare(S000, S001).findings.map((f) => f.id)).toEqual(report.findings.map((f) => f.id));
  });
});

describe('compare on other pairs', () => {
  it('finds nothing when an article is compared with itself', () => {
    const r = compare(S000, S000);
    expect(r.findings).toEqual([]);
    expect(r.summary.verdict).toBe('consistent');
  });

  it.each([
    ['000_bafdc0cafe821a47.txt', '002_23dc4b873aa3af4c.txt'],
    ['003_e72720a81388613f.txt', '004_c21471ac2a44d535.txt'],
  ])('calls %s and %s unrelated, with no high findings', (a, b) => {
    const r = compare(seed(a), seed(b));
    expect(r.summary.verdict).toBe('unrelated');
    expect(r.findings.filter((f) => f.severity === 'high')).toEqual([]);
    // Nothing was compared, so no clauses were read to explain it.
    expect(r.source.sentences.every((s) => s.clauses === undefined)).toBe(true);
  });

  it('refuses to compare articles in two languages', () => {
    expect(() =>
      compare('Die Regierung hat am Montag die Steuern erhöht.', 'The government raised taxes on Monday.'),
    ).toThrow(/cross-language/);
  });
});

describe('progress of a comparison', () => {
  const heard = (
    a: typeof S000,
    b: typeof S000,
  ): { events: Progress[]; report: ReturnType<typeof compare> } => {
    const events: Progress[] = [];
    return { events, report: compare(a, b, { onProgress: (p) => events.push(p) }) };
  };

  it('tells each stage in order, counting up to its whole, and changes nothing in the result', () => {
    const { events, report } = heard(S000, S001);
    expect([...new Set(events.map((e) => e.stage))]).toEqual([...STAGES]);
    const last = (stage: Progress['stage']): Progress => events.filter((e) => e.stage === stage).at(-1)!;
    const sentences = report.source.sentences.length + report.rewrite.sentences.length;
    expect(last('align')).toEqual({
      stage: 'align',
      done: report.rewrite.sentences.length,
      total: report.rewrite.sentences.length,
    });
    expect(last('facts')).toEqual({ stage: 'facts', done: sentences, total: sentences });
    expect(last('rules')).toEqual({ stage: 'rules', done: rules.length, total: rules.length });
    for (const stage of STAGES) {
      const done = events.filter((e) => e.stage === stage).map((e) => e.done);
      expect(done).toEqual([...done].sort((x, y) => x - y));
    }
    expect(report).toEqual(compare(S000, S001));
  });

  it('stops telling after the aligner when the articles are unrelated', () => {
    const { events } = heard(S000, seed('002_23dc4b873aa3af4c.txt'));
    expect(new Set(events.map((e) => e.stage))).toEqual(new Set(['align']));
  });
});
