import type { SentenceFacts } from '../../facts/types.js';
import { evidence, type ArticleFacts, type RuleContext } from '../context.js';
import { figuresAbsent, passageSupport, SUPPORTED, unsupportedConfidence } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { defineRule } from '../rule.js';

type Omitted = 'quote' | 'figures' | 'person' | 'statement';

/** What a left-out sentence carries, most salient first. */
const omittedKind = (s: SentenceFacts): Omitted =>
  s.quotes.length
    ? 'quote'
    : s.numbers.length || s.times.length
      ? 'figures'
      : s.people.length
        ? 'person'
        : 'statement';

/** A sentence wholly in parentheses is an aside ("(Also see … – Scrip, 2 Feb 2023.)"), not the report's content. */
const aside = (s: SentenceFacts): boolean => /^\s*[([][^]*[)\]][.!?]?\s*$/u.test(s.text);

const length = (a: ArticleFacts): number => a.sentences.reduce((n, s) => n + s.tokens.length, 0);

/** Salient source content the rewrite leaves out: quotes, numbers, named people, claims. */
export const omission = defineRule({
  meta: {
    id: 'omission',
    description: 'Source content is missing from the rewrite (quotes, numbers and named people count most)',
    defaultSeverity: 'low',
    section: 'omissions',
    messages: {
      quote: 'Omitted: the rewrite leaves out a quote from the source.',
      figures: 'Omitted: the rewrite leaves out a statement with figures or dates from the source.',
      person: 'Omitted: the rewrite leaves out a statement about a named person from the source.',
      statement: 'Omitted: the rewrite leaves out a statement from the source.',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<Omitted>[] = [];
    // A rewrite under half the source's length is a summary: leaving things out is what it is for.
    const summary = length(context.rewrite) < 0.5 * length(context.source);
    for (const pair of context.pairs) {
      if (pair.rewrite.length) continue;
      for (const sentence of pair.source) {
        if (context.source.isHeading(sentence)) continue;
        const kept = passageSupport(sentence, context.rewrite);
        if (kept >= SUPPORTED && !figuresAbsent(sentence, context.rewrite)) continue;
        const kind = omittedKind(sentence);
        findings.push({
          messageId: kind,
          severity: kind === 'statement' || summary || aside(sentence) ? 'low' : 'medium',
          confidence: unsupportedConfidence(kept),
          source: evidence(sentence),
        });
      }
    }
    return findings;
  },
});
