import type { Mention, Modality, SentenceFacts } from '../../facts/types.js';
import { evidence, evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import type { Rule } from '../rule.js';
import { attributed } from '../support.js';

const KINDS: { kind: Modality; what: string }[] = [
  { kind: 'conditional', what: 'a condition' },
  { kind: 'possibility', what: 'a possibility' },
  { kind: 'demand', what: 'a demand' },
];

/** A condition, possibility or demand in the source stated as plain fact in the rewrite (or the reverse). */
export const modality: Rule = {
  meta: {
    id: 'modality',
    description:
      'What the source gives as conditional, possible or demanded is stated as fact, or the reverse',
    defaultSeverity: 'medium',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pair of context.matched) {
      const markers = (group: SentenceFacts[], kind: Modality): Mention[] =>
        group.flatMap((s) => s.modality[kind]);
      // How hedged a group is: a rewrite that drops one "könnte" but adds an "offenbar" still hedges.
      const hedging = (group: SentenceFacts[]): number =>
        markers(group, 'conditional').length +
        markers(group, 'possibility').length +
        group.reduce((n, s) => n + s.hedges.length, 0);
      const hedged = (group: SentenceFacts[]): boolean => hedging(group) > 0;
      const word = (m: Mention): string => m.text.toLowerCase();
      // One finding a pair: the strongest change of mood is what a reader needs to see.
      for (const { kind, what } of KINDS) {
        if (findings.some((f) => f.source?.sentence === pair.source[0]!.sentenceId)) break;
        const before = markers(pair.source, kind);
        const after = markers(pair.rewrite, kind);
        // A marker of the source that the rewrite no longer has, with no other hedge come in its place.
        const dropped = before.filter((m) => !after.some((a) => word(a) === word(m)));
        const lessHedged = kind === 'demand' ? !after.length : hedging(pair.rewrite) < hedging(pair.source);
        if (dropped.length && after.length < before.length && lessHedged) {
          // Dropping one of several hedges leaves the claim hedged: worth knowing, not more.
          const severity: Severity =
            kind !== 'demand' && hedged(pair.rewrite)
              ? 'low'
              : kind === 'conditional' && !attributed(pair.rewrite)
                ? 'high'
                : 'medium';
          findings.push({
            severity,
            confidence: 0.5 + 0.35 * Math.min(1, pair.score / 0.5),
            explanation: `${capital(what)} stated as fact: source says ${quoted(dropped[0]!.text)}, rewrite drops it and states the claim outright.`,
            source: evidenceIn(pair.source, dropped[0]!),
            rewrite: evidence(pair.rewrite[0]!),
          });
        } else if (after.length && !before.length && !hedged(pair.source) && kind !== 'possibility') {
          findings.push({
            severity: 'low',
            confidence: 0.4 + 0.3 * Math.min(1, pair.score / 0.5),
            explanation: `Fact turned into ${what}: rewrite adds ${quoted(after[0]!.text)} where the source states it outright.`,
            source: evidence(pair.source[0]!),
            rewrite: evidenceIn(pair.rewrite, after[0]!),
          });
        }
      }
    }
    return findings;
  },
};

const capital = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
