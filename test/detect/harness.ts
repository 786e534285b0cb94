import { describe, expect, it } from 'vitest';
import { compare, type Report } from '../../src/compare.js';
import { REPORT_SECTIONS, type Rule } from '../../src/detect/rule.js';
import type { Language, Severity } from '../../src/index.js';

/** A row the rule must stay silent on: two short articles that pair, so the rule really runs. */
export interface ValidCase {
  lang: Language;
  source: string;
  rewrite: string;
}

/** One finding a row must yield, as ESLint's RuleTester names an error. */
export interface ExpectedFinding {
  messageId: string;
  severity: Severity;
  /** The evidence's exact words on each side; left out where the finding has no evidence on that side. */
  source?: string;
  rewrite?: string;
  /** The message as the reader sees it, where a row checks the data filled in (RuleTester's `data`). */
  explanation?: string;
}

/** A row the rule must report: exactly these findings, in the report's order. */
export interface InvalidCase extends ValidCase {
  errors: ExpectedFinding[];
}

export function reportOf(rule: Rule, c: ValidCase): Report {
  return compare(
    { text: c.source, name: 'source' },
    { text: c.rewrite, name: 'rewrite' },
    { language: c.lang, rules: [rule] },
  );
}

/** Every evidence span is the article's own words at its offsets. */
function expectEvidenceInText(report: Report): void {
  for (const f of report.findings)
    for (const side of ['source', 'rewrite'] as const) {
      const e = f[side];
      if (!e) continue;
      const sentence = report[side].sentences.find((s) => s.id === e.sentence);
      expect(sentence, `${side} sentence ${e.sentence}`).toBeDefined();
      expect(sentence!.text.slice(e.start - sentence!.start, e.end - sentence!.start)).toBe(e.text);
    }
}

/**
 * Runs a rule's table as strictly as ESLint's RuleTester: a valid row is a related pair with at least one
 * matched statement and yields nothing; an invalid row yields exactly its findings, each with its message
 * id, severity and evidence; every message of the rule is shown by some row.
 */
export function ruleTable(rule: Rule, table: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    it('has metadata and messages', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(rule.meta.defaultSeverity);
      expect(REPORT_SECTIONS).toContain(rule.meta.section);
      expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
    });
    it('shows every message in an invalid row', () => {
      const shown = new Set(table.invalid.flatMap((c) => c.errors.map((e) => e.messageId)));
      expect(Object.keys(rule.meta.messages).filter((id) => !shown.has(id))).toEqual([]);
    });
    it.each(table.valid.map((c) => [c.lang, c.rewrite, c] as const))('valid (%s): %s', (_l, _r, c) => {
      const report = reportOf(rule, c);
      expect(report.related.verdict, 'the pair must be related, or the rule never runs').toBe('same-event');
      expect(report.alignment.some((p) => p.source.length > 0 && p.rewrite.length > 0)).toBe(true);
      expect(report.findings.map((f) => f.explanation)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.lang, c.rewrite, c] as const))('invalid (%s): %s', (_l, _r, c) => {
      const report = reportOf(rule, c);
      expect(
        report.findings.map((f, i) => ({
          messageId: f.messageId,
          severity: f.severity,
          ...(f.source ? { source: f.source.text } : {}),
          ...(f.rewrite ? { rewrite: f.rewrite.text } : {}),
          ...(c.errors[i]?.explanation !== undefined ? { explanation: f.explanation } : {}),
        })),
      ).toEqual(c.errors);
      for (const f of report.findings) {
        expect(f.type).toBe(rule.meta.id);
        // A placeholder left in the text is data the draft did not give.
        expect(f.explanation).not.toMatch(/\{\{/);
      }
      expectEvidenceInText(report);
    });
  });
}
