/** The kinds of drift factdiff reports. */
export const FINDING_TYPES = [
  'role-change',
  'event-status',
  'modality',
  'certainty',
  'quote-altered',
  'quote-unsupported',
  'attribution',
  'number',
  'date-time',
  'entity',
  'negation',
  'addition',
  'omission',
  'framing',
] as const;
export type FindingType = (typeof FINDING_TYPES)[number];

export const SEVERITIES = ['high', 'medium', 'low'] as const;
/** high: a correction would be issued; medium: a fact-checker should look; low: worth knowing. */
export type Severity = (typeof SEVERITIES)[number];

export const severityRank = (s: Severity): number => SEVERITIES.length - SEVERITIES.indexOf(s);

/** Where a finding's evidence stands: a sentence and the exact words in it. */
export interface Evidence {
  sentence: string;
  start: number;
  end: number;
  text: string;
}

export interface Finding {
  /** Stable fingerprint: the same drift in the same texts keeps its id across runs and versions. */
  id: string;
  type: FindingType;
  severity: Severity;
  /** 0–1: how sure the detector is. */
  confidence: number;
  /** One plain-English sentence saying what changed. */
  explanation: string;
  source?: Evidence;
  rewrite?: Evidence;
}

/** What a rule reports; the runner adds the id and fills in defaults. */
export type FindingDraft = Omit<Finding, 'id' | 'type' | 'severity'> & { severity?: Severity };
