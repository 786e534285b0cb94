import { diffWords } from 'diff';
import { evidence, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { innerWords, matchQuotes, REWORDED_QUOTE, SAME_QUOTE } from '../quotes.js';
import type { Rule } from '../rule.js';

/** A quote whose words differ from the source's: a quotation must be verbatim. */
export const quoteAltered: Rule = {
  meta: {
    id: 'quote-altered',
    description: 'A direct quote’s wording differs from the source’s quote',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const m of matchQuotes(context)) {
      const target =
        m.best && m.best.similarity >= REWORDED_QUOTE
          ? m.best
          : m.paired
            ? { ...m.paired, similarity: 0 }
            : undefined;
      if (!target || target.similarity >= SAME_QUOTE) continue;
      findings.push({
        severity: 'high',
        confidence: target.similarity >= REWORDED_QUOTE ? 0.6 + 0.35 * target.similarity : 0.6,
        explanation: `Quote altered: source quotes ${describeChange(target.quote.inner, m.quote.inner)}.`,
        source: evidence(target.sentence, target.quote),
        rewrite: evidence(m.sentence, m.quote),
      });
    }
    return findings;
  },
};

/** "«a b c»" → "«a x c»", naming the words taken out and put in. */
function describeChange(before: string, after: string): string {
  const parts = diffWords(innerWords(before), innerWords(after));
  const removed = parts
    .filter((p) => p.removed)
    .map((p) => p.value.trim())
    .filter(Boolean);
  const added = parts
    .filter((p) => p.added)
    .map((p) => p.value.trim())
    .filter(Boolean);
  const base = `"${before}", rewrite quotes "${after}"`;
  if (removed.length + added.length > 6 || removed.length === 0 || added.length === 0) return base;
  return `${base} (${removed.map((w) => `"${w}"`).join(', ')} → ${added.map((w) => `"${w}"`).join(', ')})`;
}
