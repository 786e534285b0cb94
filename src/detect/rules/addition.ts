import { evidence, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { articleWords, supportIn, SUPPORTED } from '../support.js';

/** A statement in the rewrite that the source does not make; the facts it brings are named in the finding. */
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
        const facts = [...sentence.quotes, ...sentence.numbers, ...sentence.times, ...sentence.people];
        const carrying = facts.length
          ? `; it brings ${facts
              .slice(0, 3)
              .map((f) => quoted(f.text))
              .join(', ')}`
          : '';
        findings.push({
          severity: facts.length ? 'medium' : 'low',
          confidence: 0.4 + 0.5 * (1 - support / SUPPORTED),
          explanation: `Claim not in the source: nothing in the source says this (${Math.round(support * 100)}% of its words appear there)${carrying}.`,
          rewrite: evidence(sentence),
        });
      }
    }
    return findings;
  },
};
