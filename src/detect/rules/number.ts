import type { NumberFact } from '../../facts/types.js';
import { evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { checkablePairs } from '../support.js';

const same = (a: NumberFact, b: NumberFact): boolean =>
  Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) &&
  (!a.unit || !b.unit || a.unit === b.unit);

/** A count, amount, percentage or age that differs from the source, or that the source never gives. */
export const number: Rule = {
  meta: {
    id: 'number',
    description: 'A number, amount, percentage or age differs from the source or is not in it',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourceNumbers = context.source.sentences.flatMap((s) => s.numbers);
    const rewriteNumbers = context.rewrite.sentences.flatMap((s) => s.numbers);
    for (const pair of checkablePairs(context)) {
      for (const n of pair.rewrite.flatMap((s) => s.numbers)) {
        if (sourceNumbers.some((s) => same(s, n))) continue;
        // The source number in the paired sentence that the rewrite no longer gives: the one it replaced.
        const replaced = pair.source
          .flatMap((s) => s.numbers)
          .find(
            (s) =>
              !rewriteNumbers.some((r) => same(r, s)) &&
              (s.unit ?? '') === (n.unit ?? '') &&
              s.word === n.word,
          );
        const replacedAny =
          replaced ??
          pair.source.flatMap((s) => s.numbers).find((s) => !rewriteNumbers.some((r) => same(r, s)));
        if (replacedAny) {
          findings.push({
            severity: 'high',
            confidence: replaced ? 0.85 : 0.65,
            explanation: `Number changed: source says ${quoted(replacedAny.text)}, rewrite says ${quoted(n.text)}.`,
            source: evidenceIn(pair.source, replacedAny),
            rewrite: evidenceIn(pair.rewrite, n),
          });
        } else if (!n.word || n.value > 2) {
          findings.push({
            severity: 'medium',
            confidence: pair.source.length ? 0.6 : 0.5,
            explanation: `Number not in the source: rewrite says ${quoted(n.text)}, which the source never gives.`,
            rewrite: evidenceIn(pair.rewrite, n),
          });
        }
      }
    }
    return findings;
  },
};
