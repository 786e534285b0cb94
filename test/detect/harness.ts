import { describe, expect, it } from 'vitest';
import { compare } from '../../src/compare.js';
import type { Rule } from '../../src/detect/rule.js';
import type { Finding, Language } from '../../src/index.js';

/** A row of a rule's table: two short articles, and whether the rule must report (invalid) or stay silent (valid). */
export interface Case {
  lang: Language;
  source: string;
  rewrite: string;
  /** For invalid cases: words the finding's explanation must contain. */
  mentions?: string[];
}

export function findingsOf(rule: Rule, c: Case): Finding[] {
  return compare(
    { text: c.source, name: 'source' },
    { text: c.rewrite, name: 'rewrite' },
    { language: c.lang, rules: [rule] },
  ).findings;
}

/** Runs a rule's table like ESLint's RuleTester: valid cases yield nothing, invalid ones a finding of the rule's type. */
export function ruleTable(rule: Rule, table: { valid: Case[]; invalid: Case[] }): void {
  describe(rule.meta.id, () => {
    it('has metadata', () => {
      expect(rule.meta.description.length).toBeGreaterThan(10);
      expect(['high', 'medium', 'low']).toContain(rule.meta.defaultSeverity);
    });
    it.each(table.valid.map((c) => [c.lang, c.rewrite, c] as const))('valid (%s): %s', (_l, _r, c) => {
      expect(findingsOf(rule, c).map((f) => f.explanation)).toEqual([]);
    });
    it.each(table.invalid.map((c) => [c.lang, c.rewrite, c] as const))('invalid (%s): %s', (_l, _r, c) => {
      const found = findingsOf(rule, c);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.type === rule.meta.id)).toBe(true);
      for (const word of c.mentions ?? []) expect(found.map((f) => f.explanation).join(' ')).toContain(word);
      for (const f of found) {
        for (const side of [f.source, f.rewrite]) if (side) expect(side.text.length).toBeGreaterThan(0);
      }
    });
  });
}
