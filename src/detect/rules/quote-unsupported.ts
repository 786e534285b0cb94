import { evidence, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { innerWords, matchQuotes, REWORDED_QUOTE } from '../quotes.js';
import type { Rule } from '../rule.js';

/** A quote in the rewrite that no source quote stands behind: invented, or words the source never put in quotes. */
export const quoteUnsupported: Rule = {
  meta: {
    id: 'quote-unsupported',
    description: 'A direct quote in the rewrite has no counterpart among the source’s quotes',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourceText = innerWords(context.source.article.text);
    for (const m of matchQuotes(context)) {
      if ((m.best && m.best.similarity >= REWORDED_QUOTE) || m.paired) continue;
      const unquoted = sourceText.includes(innerWords(m.quote.inner));
      findings.push({
        severity: unquoted ? 'medium' : 'high',
        confidence: unquoted ? 0.7 : 0.8,
        explanation: unquoted
          ? `Quote not a quote in the source: the rewrite puts ${quoted(m.quote.inner)} in quotation marks; the source has these words but does not quote anyone saying them.`
          : `Unsupported quote: the rewrite quotes ${quoted(m.quote.inner)}${m.quote.speaker ? ` (attributed to ${m.quote.speaker.text})` : ''}, and no quote in the source says this.`,
        rewrite: evidence(m.sentence, m.quote),
      });
    }
    return findings;
  },
};
