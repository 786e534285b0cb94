import type { RuleContext } from './context.js';
import type { FindingDraft, Severity } from './finding.js';

/** Where a rule's findings stand in the Markdown report. */
export const REPORT_SECTIONS = ['findings', 'omissions', 'additions'] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** What a rule says about itself, as in ESLint: its id, what it finds, and every message it can give. */
export interface RuleMeta<Id extends string = string, MessageId extends string = string> {
  id: Id;
  description: string;
  defaultSeverity: Severity;
  section: ReportSection;
  /**
   * Message templates by id; `{{name}}` is replaced by the draft's `data.name`. Findings keep their ids
   * whatever the wording, so messages can change freely.
   */
  messages: Record<MessageId, string>;
}

/** A detector for one finding type, in the manner of an ESLint rule: metadata and a pure check. */
export interface Rule<Id extends string = string, MessageId extends string = string> {
  meta: RuleMeta<Id, MessageId>;
  check(context: RuleContext): FindingDraft<MessageId>[];
}

/** Declares a rule, keeping its id and message ids as literal types so drafts are checked against them. */
export function defineRule<const Id extends string, const MessageId extends string>(
  rule: Rule<Id, MessageId>,
): Rule<Id, MessageId> {
  return rule;
}
