import type { RuleContext } from './context.js';
import type { FindingDraft, FindingType, Severity } from './finding.js';

/** A detector for one finding type, in the manner of an ESLint rule: metadata and a pure check. */
export interface Rule {
  meta: {
    id: FindingType;
    description: string;
    defaultSeverity: Severity;
  };
  check(context: RuleContext): FindingDraft[];
}
