import type { FindingType } from './rules/index.js';

export type { FindingType } from './rules/index.js';

export const SEVERITIES = ['high', 'medium', 'low'] as const;
/** high: a correction would be issued; medium: a fact-checker should look; low: worth knowing. */
export type Severity = (typeof SEVERITIES)[number];

export const severityRank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

/** The findings at or above a severity, in their order. */
export const atLeast = <F extends { severity: Severity }>(findings: readonly F[], min: Severity): F[] =>
  findings.filter((f) => severityRank(f.severity) >= severityRank(min));

/** Where a finding's evidence stands: a sentence and the exact words in it. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  text: string;
  /** 1-based line and column of `start` in the file as given: plain-text input only. */
  line?: number;
  column?: number;
}

export interface Finding {
  /** Stable fingerprint: the same drift in the same texts keeps its id across runs and versions. */
  id: string;
  type: FindingType;
  /** Which of its rule's messages this is: a stable name for the kind of change, whatever the wording. */
  messageId: string;
  severity: Severity;
  /** 0–1: how sure the detector is. */
  confidence: number;
  /** One plain-English sentence saying what changed. */
  explanation: string;
  source?: Evidence;
  rewrite?: Evidence;
}

/** Values put into a message's `{{placeholders}}`. */
export type MessageData = Record<string, string | number>;

/** What a rule reports: a message id with its data; the runner formats the text and adds the id. */
export interface FindingDraft<MessageId extends string = string> {
  messageId: MessageId;
  data?: MessageData;
  /** The rule's default severity when left out. */
  severity?: Severity;
  confidence: number;
  source?: Evidence;
  rewrite?: Evidence;
}
