import { evidence, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { articleWords, supportIn, SUPPORTED } from '../support.js';

/** Salient source content the rewrite leaves out: quotes, numbers, named people, claims. */
export const omission: Rule = {
  meta: {
    id: 'omission',
    description: 'Source content is missing from the rewrite (quotes, numbers and named people count most)',
    defaultSeverity: 'low',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const words = articleWords(context.rewrite);
    const headings = new Set(context.source.article.sentences.filter((s) => s.heading).map((s) => s.id));
    // A rewrite under half the source's length is a summary: leaving things out is what it is for.
    const length = (a: typeof context.source): number => a.sentences.reduce((n, s) => n + s.tokens.length, 0);
    const summary = length(context.rewrite) < 0.5 * length(context.source);
    for (const pair of context.pairs) {
      if (pair.rewrite.length) continue;
      for (const sentence of pair.source) {
        if (headings.has(sentence.sentenceId)) continue;
        const kept = supportIn(sentence, words);
        if (kept >= SUPPORTED) continue;
        const what = sentence.quotes.length
          ? 'a quote'
          : sentence.numbers.length || sentence.times.length
            ? 'a statement with figures or dates'
            : sentence.people.length
              ? 'a statement about a named person'
              : 'a statement';
        findings.push({
          severity: what === 'a statement' || summary ? 'low' : 'medium',
          confidence: 0.4 + 0.5 * (1 - kept / SUPPORTED),
          explanation: `Omitted: the rewrite leaves out ${what} from the source.`,
          source: evidence(sentence),
        });
      }
    }
    return findings;
  },
};
