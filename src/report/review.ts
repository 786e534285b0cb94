import { InputError } from '../errors.js';

/** A reviewer's decision on one finding, keyed in the review file by the finding's stable id. */
export interface ReviewDecision {
  decision?: 'confirmed' | 'dismissed';
  note?: string;
  /** When the decision was last changed (ISO 8601). */
  updated?: string;
  /** The finding as it was when decided: kept so a decision outlives a finding that no longer exists. */
  finding?: { type: string; explanation: string };
}

export interface ReviewFile {
  schemaVersion: 1;
  source: string;
  rewrite: string;
  decisions: Record<string, ReviewDecision>;
}

export const emptyReview = (source: string, rewrite: string): ReviewFile => ({
  schemaVersion: 1,
  source,
  rewrite,
  decisions: {},
});

/** Reads a review file's JSON, tolerating what an older or hand-edited file may lack. */
export function parseReview(json: string, source: string, rewrite: string): ReviewFile {
  const data = JSON.parse(json) as Partial<ReviewFile>;
  if (typeof data !== 'object' || data === null || typeof data.decisions !== 'object') {
    throw new InputError('the review file is not a factdiff review file (no "decisions")');
  }
  return { ...emptyReview(source, rewrite), ...data, schemaVersion: 1 } as ReviewFile;
}
