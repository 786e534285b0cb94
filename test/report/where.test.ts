import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/index.js';
import { sourceParagraphOf, worstPerPair, worstPerParagraph } from '../../src/report/where.js';

const sentence = (id: string, paragraph: number) => ({ id, text: id, start: 0, end: 1, paragraph });
const finding = (severity: Finding['severity'], source?: string, rewrite?: string): Finding => ({
  id: `${severity}-${source}-${rewrite}`,
  type: 'number',
  messageId: 'changed',
  severity,
  confidence: 0.9,
  explanation: 'x',
  ...(source ? { source: { sentence: source, start: 0, end: 1, text: source } } : {}),
  ...(rewrite ? { rewrite: { sentence: rewrite, start: 0, end: 1, text: rewrite } } : {}),
});

// Source: ¶0 s1 s2, ¶1 s3, ¶2 s4. Rewrite r1..r4; r3 is a claim of its own after s3's pair.
const placed = (findings: Finding[]) =>
  ({
    source: { sentences: [sentence('s1', 0), sentence('s2', 0), sentence('s3', 1), sentence('s4', 2)] },
    rewrite: { sentences: [sentence('r1', 0), sentence('r2', 0), sentence('r3', 1), sentence('r4', 1)] },
    alignment: [
      { source: ['s1'], rewrite: ['r1'], score: 0.9 },
      { source: ['s2'], rewrite: [], score: 0 },
      { source: ['s3'], rewrite: ['r2'], score: 0.8 },
      { source: [], rewrite: ['r3'], score: 0 },
      { source: ['s4'], rewrite: ['r4'], score: 0.7 },
    ],
    findings,
  }) as unknown as Report;

describe('where findings sit', () => {
  it('gives each pair and each source paragraph the worst severity of its findings', () => {
    const report = placed([
      finding('low', 's1', 'r1'),
      finding('high', 's1', 'r1'),
      finding('medium', 's2'),
      finding('low', 's4', 'r4'),
    ]);
    expect(worstPerPair(report)).toEqual(['high', 'medium', undefined, undefined, 'low']);
    expect(worstPerParagraph(report)).toEqual(['high', undefined, 'low']);
  });

  it('puts a claim only the rewrite makes in the paragraph of the source statement it follows', () => {
    const report = placed([finding('high', undefined, 'r3')]);
    expect(sourceParagraphOf(report, report.findings[0]!)).toBe(1);
    expect(worstPerParagraph(report)).toEqual([undefined, 'high', undefined]);
    expect(worstPerPair(report)).toEqual([undefined, undefined, undefined, 'high', undefined]);
  });

  it('marks both pairs when a finding pairs sentences the aligner put apart', () => {
    const report = placed([finding('medium', 's2', 'r2')]);
    expect(worstPerPair(report)).toEqual([undefined, 'medium', 'medium', undefined, undefined]);
    expect(worstPerParagraph(report)).toEqual(['medium', undefined, undefined]);
  });
});
