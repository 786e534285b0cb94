import type { Mention, SentenceFacts } from '../../facts/types.js';
import { evidence, evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';

/** A hedge removed (the rewrite is surer than the source) or added (less sure). */
export const certainty: Rule = {
  meta: {
    id: 'certainty',
    description: 'A hedge ("reportedly", "möglicherweise") is removed or added',
    defaultSeverity: 'medium',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const hedges = (group: SentenceFacts[]): Mention[] => group.flatMap((s) => s.hedges);
    const word = (m: Mention): string => m.text.toLowerCase();
    for (const pair of context.matched) {
      const before = hedges(pair.source);
      const after = hedges(pair.rewrite);
      const kept = new Set(after.map(word));
      const removed = before.filter((h) => !kept.has(word(h)));
      const added = after.filter((h) => !before.some((b) => word(b) === word(h)));
      if (removed.length && !after.length) {
        const claim = removed.some((h) => context.pack.claimHedges.includes(word(h)));
        findings.push({
          severity: claim ? 'medium' : 'low',
          confidence: 0.45 + 0.35 * Math.min(1, pair.score / 0.5),
          explanation: `Hedge removed: source qualifies the claim with ${quoted(removed[0]!.text)}, rewrite states it as certain.`,
          source: evidenceIn(pair.source, removed[0]!),
          rewrite: evidence(pair.rewrite[0]!),
        });
      } else if (added.length && !before.length) {
        findings.push({
          severity: 'low',
          confidence: 0.4 + 0.3 * Math.min(1, pair.score / 0.5),
          explanation: `Hedge added: rewrite qualifies the claim with ${quoted(added[0]!.text)}, which the source does not.`,
          source: evidence(pair.source[0]!),
          rewrite: evidenceIn(pair.rewrite, added[0]!),
        });
      }
    }
    return findings;
  },
};
