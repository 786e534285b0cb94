import { evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';

/** What was only planned reported as done, or what was done reported as still to come. */
export const eventStatus: Rule = {
  meta: {
    id: 'event-status',
    description: 'An event the source reports as planned is reported as having happened, or the reverse',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pair of context.matched) {
      const srcPlanned = pair.source.flatMap((s) => s.modality.planned);
      const srcHappened = pair.source.flatMap((s) => s.modality.happened);
      const rwPlanned = pair.rewrite.flatMap((s) => s.modality.planned);
      const rwHappened = pair.rewrite.flatMap((s) => s.modality.happened);
      if (srcPlanned.length && !srcHappened.length && rwHappened.length && !rwPlanned.length) {
        findings.push({
          severity: 'high',
          confidence: 0.55 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Planned event reported as done: source looks ahead (${quoted(srcPlanned[0]!.text)}), rewrite reports it as already happened (${quoted(rwHappened[0]!.text)}).`,
          source: evidenceIn(pair.source, srcPlanned[0]!),
          rewrite: evidenceIn(pair.rewrite, rwHappened[0]!),
        });
      } else if (srcHappened.length && !srcPlanned.length && rwPlanned.length && !rwHappened.length) {
        findings.push({
          severity: 'medium',
          confidence: 0.45 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Completed event reported as still to come: source says it happened (${quoted(srcHappened[0]!.text)}), rewrite presents it as planned (${quoted(rwPlanned[0]!.text)}).`,
          source: evidenceIn(pair.source, srcHappened[0]!),
          rewrite: evidenceIn(pair.rewrite, rwPlanned[0]!),
        });
      }
    }
    return findings;
  },
};
