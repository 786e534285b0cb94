import { evidence, type FactPair, type RuleContext } from '../context.js';
import { figuresAbsent, passageSupport, SUPPORTED, unsupportedConfidence } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { insertedClauses } from '../inserted-clauses.js';
import { addedWordsEvidence } from '../restatement.js';
import { defineRule } from '../rule.js';

type MessageId = 'claim' | 'claimWithFacts' | 'figuresNotInSource' | 'clauseAdded';

const listed = (texts: string[]): string => texts.map((t) => `"${t}"`).join(', ');

/**
 * A statement in the rewrite that the source does not make, whole or as a clause added to one it keeps; the facts
 * it brings are named in the finding.
 */
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
      clauseAdded:
        "Clause added to a kept statement: the source has none of {{words}} anywhere ({{share}}% of the clause's words).",
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const findings: FindingDraft<MessageId>[] = [];
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
    return [...findings, ...context.matched.flatMap((pair) => clausesAdded(pair, context))];
  },
});

/**
 * A clause added to a statement the rewrite keeps. Worth a look, not an alarm: a paraphrase in words the resources
 * do not join to the source's reads the same.
 */
const clausesAdded = (pair: FactPair, context: RuleContext): FindingDraft<MessageId>[] =>
  insertedClauses(pair, context).map((added) => ({
    messageId: 'clauseAdded',
    data: { words: listed(added.unsupported.slice(0, 4)), share: Math.round(added.share * 100) },
    severity: 'low',
    confidence: unsupportedConfidence(added.share),
    // The statement it was added to, as the source says it: what a reader compares the clause with.
    ...addedWordsEvidence(pair, added.clause),
  }));
