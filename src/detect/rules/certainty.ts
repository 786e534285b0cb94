import type { Mention, SentenceFacts } from '../../facts/types.js';
import { byPairScore, evidence, evidenceIn, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { restatement } from '../restatement.js';
import { defineRule } from '../rule.js';

const hedges = (group: SentenceFacts[]): Mention[] => group.flatMap((s) => s.hedges);
const word = (m: Mention): string => m.text.toLowerCase();

/** A hedge removed (the rewrite is surer than the source) or added (less sure). */
export const certainty = defineRule({
  meta: {
    id: 'certainty',
    description: 'A hedge ("reportedly", "möglicherweise") is removed or added',
    defaultSeverity: 'medium',
    section: 'findings',
    messages: {
      hedgeRemoved:
        'Hedge removed: source qualifies the claim with "{{hedge}}", rewrite states it as certain.',
      hedgeAdded: 'Hedge added: rewrite qualifies the claim with "{{hedge}}", which the source does not.',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<'hedgeRemoved' | 'hedgeAdded'>[] = [];
    for (const pair of context.matched) {
      const before = hedges(pair.source);
      const after = hedges(pair.rewrite);
      const kept = new Set(after.map(word));
      // A hedge kept in another part of speech still hedges: "allegedly" → "alleged ties", "vermutlich" → "vermutet".
      const words = pair.rewrite.flatMap((s) => s.tokens);
      const inOtherForm = (h: Mention) => {
        // The stem of the hedge's last word, as the source's tokens already have it.
        const last = pair.source.flatMap((s) => s.tokens.filter((t) => s.start + t.end === h.end))[0];
        const stem = last?.stem ?? '';
        return words.some(
          (t) =>
            (stem.length >= 5 && t.norm.startsWith(stem)) ||
            (t.stem.length >= 5 && word(h).startsWith(t.stem)),
        );
      };
      const removed = before.filter((h) => !kept.has(word(h)) && !inOtherForm(h));
      const added = after.filter((h) => !before.some((b) => word(b) === word(h)));
      if (removed.length && !after.length) {
        const claim = removed.some((h) => context.pack.claimHedges.includes(word(h)));
        findings.push({
          messageId: 'hedgeRemoved',
          data: { hedge: removed[0]!.text },
          severity: claim ? 'medium' : 'low',
          confidence: byPairScore(pair, 0.45, 0.35),
          source: evidenceIn(pair.source, removed[0]!),
          rewrite: evidence(restatement(pair.source, pair.rewrite, removed.slice(0, 1)).sentence),
        });
      } else if (added.length && !before.length) {
        findings.push({
          messageId: 'hedgeAdded',
          data: { hedge: added[0]!.text },
          severity: 'low',
          confidence: byPairScore(pair, 0.4, 0.3),
          source: evidence(restatement(pair.rewrite, pair.source, added.slice(0, 1)).sentence),
          rewrite: evidenceIn(pair.rewrite, added[0]!),
        });
      }
    }
    return findings;
  },
});
