import { evidence, type RuleContext } from '../context.js';
import { figuresAbsent, passageSupport, SUPPORTED, unsupportedConfidence } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { defineRule } from '../rule.js';

const listed = (texts: string[]): string => texts.map((t) => `"${t}"`).join(', ');

/** A statement in the rewrite that the source does not make; the facts it brings are named in the finding. */
export const addition = defineRule({
  meta: {
    id: 'addition',
    description: 'The rewrite makes a claim the source does not support',
    defaultSeverity: 'medium',
    section: 'additions',
    messages: {
      claim:
        'Claim not in the source: nothing in the source says this (at most {{share}}% of its words appear in any one passage of it).',
      figuresNotInSource:
        'Claim not in the source: its figures ({{facts}}) appear nowhere in the source, though {{share}}% of its words stand in one passage of it.',
      claimWithFacts:
        'Claim not in the source: nothing in the source says this (at most {{share}}% of its words appear in any one passage of it); it brings {{facts}}.',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<'claim' | 'claimWithFacts' | 'figuresNotInSource'>[] = [];
    for (const pair of context.pairs) {
      if (pair.source.length || pair.rewrite.every((s) => context.rewrite.isHeading(s))) continue;
      for (const sentence of pair.rewrite) {
        const support = passageSupport(sentence, context.source);
        if (support >= SUPPORTED && !figuresAbsent(sentence, context.source)) continue;
        const facts = [...sentence.quotes, ...sentence.numbers, ...sentence.times, ...sentence.people];
        // Its words are in the source, its figures not.
        const figuresOnly = support >= SUPPORTED;
        const told = figuresOnly ? sentence.numbers : facts;
        findings.push({
          messageId: figuresOnly ? 'figuresNotInSource' : facts.length ? 'claimWithFacts' : 'claim',
          data: {
            share: Math.round(support * 100),
            facts: listed(told.slice(0, 3).map((f) => f.text.replace(/\s+/g, ' ').trim())),
          },
          severity: facts.length ? 'medium' : 'low',
          confidence: unsupportedConfidence(support),
          rewrite: evidence(sentence),
        });
      }
    }
    return findings;
  },
});
