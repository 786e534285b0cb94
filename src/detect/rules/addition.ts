import { evidence, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { articleWords, supportIn } from '../support.js';

/** Below this share of its content found in the source, an unpaired rewrite sentence is a new claim. */
const SUPPORTED = 0.5;

/** A statement in the rewrite that the source does not make. */
export const addition: Rule = {
  meta: {
    id: 'addition',
    description: 'The rewrite makes a claim the source does not support',
    defaultSeverity: 'medium',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const words = articleWords(context.source);
    const headings = new Set(context.rewrite.article.sentences.filter((s) => s.heading).map((s) => s.id));
    for (const pair of context.pairs) {
      if (pair.source.length || pair.rewrite.every((s) => headings.has(s.sentenceId))) continue;
      for (const sentence of pair.rewrite) {
        const support = supportIn(sentence, words);
        if (support >= SUPPORTED) continue;
        const factual =
          sentence.numbers.length + sentence.times.length + sentence.quotes.length + sentence.people.length >
          0;
        findings.push({
          severity: factual ? 'medium' : 'low',
          confidence: 0.4 + 0.5 * (1 - support / SUPPORTED),
          explanation: `Claim not in the source: nothing in the source says this (${Math.round(support * 100)}% of its words appear there).`,
          rewrite: evidence(sentence),
        });
      }
    }
    return findings;
  },
};
