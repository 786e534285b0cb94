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

/** The two articles a review belongs to: as named, and the SHA-256 of their bytes. */
export interface ReviewedPair {
  source: string;
  rewrite: string;
  sha256?: { source: string; rewrite: string };
}

export interface ReviewFile extends ReviewedPair {
  schemaVersion: 1;
  decisions: Record<string, ReviewDecision>;
}

export const REVIEW_SCHEMA_VERSION = 1;
const DECISIONS = ['confirmed', 'dismissed'] as const;
const SHA256 = /^[0-9a-f]{64}$/;

export const emptyReview = (pair: ReviewedPair): ReviewFile => ({
  schemaVersion: REVIEW_SCHEMA_VERSION,
  ...pair,
  decisions: {},
});

/**
 * Reads a review file's JSON and checks every field, so that a hand-edited or foreign file is refused
 * with the place of the fault instead of reaching the report. Files written before the pair's hashes
 * were kept have none; that is allowed.
 */
export function parseReview(json: string): ReviewFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new InputError(`is not JSON (${(error as Error).message})`);
  }
  const file = record(data, 'the file');
  if (!('decisions' in file)) throw new InputError('is not a factdiff review file (no "decisions")');
  if (file.schemaVersion !== REVIEW_SCHEMA_VERSION)
    throw new InputError(
      `has schemaVersion ${JSON.stringify(file.schemaVersion)}; this factdiff reads version ${REVIEW_SCHEMA_VERSION}`,
    );
  only(file, ['schemaVersion', 'source', 'rewrite', 'sha256', 'decisions'], '');
  const review: ReviewFile = {
    schemaVersion: REVIEW_SCHEMA_VERSION,
    source: text(file.source, 'source'),
    rewrite: text(file.rewrite, 'rewrite'),
    decisions: {},
  };
  if (file.sha256 !== undefined) {
    const sha = record(file.sha256, 'sha256');
    only(sha, ['source', 'rewrite'], 'sha256.');
    const hash = (side: 'source' | 'rewrite'): string => {
      const value = text(sha[side], `sha256.${side}`);
      if (!SHA256.test(value)) throw new InputError(`sha256.${side} is not a SHA-256 hex digest`);
      return value;
    };
    review.sha256 = { source: hash('source'), rewrite: hash('rewrite') };
  }
  for (const [id, value] of Object.entries(record(file.decisions, 'decisions'))) {
    review.decisions[id] = decision(value, `decisions[${JSON.stringify(id)}]`);
  }
  return review;
}

function decision(value: unknown, at: string): ReviewDecision {
  const d = record(value, at);
  only(d, ['decision', 'note', 'updated', 'finding'], `${at}.`);
  const out: ReviewDecision = {};
  if (d.decision !== undefined) {
    if (!DECISIONS.includes(d.decision as (typeof DECISIONS)[number]))
      throw new InputError(
        `${at}.decision is ${JSON.stringify(d.decision)}; it can be "confirmed" or "dismissed"`,
      );
    out.decision = d.decision as ReviewDecision['decision'];
  }
  if (d.note !== undefined) out.note = text(d.note, `${at}.note`);
  if (d.updated !== undefined) {
    out.updated = text(d.updated, `${at}.updated`);
    if (Number.isNaN(Date.parse(out.updated))) throw new InputError(`${at}.updated is not a date and time`);
  }
  if (d.finding !== undefined) {
    const f = record(d.finding, `${at}.finding`);
    out.finding = {
      type: text(f.type, `${at}.finding.type`),
      explanation: text(f.explanation, `${at}.finding.explanation`),
    };
  }
  return out;
}

function record(value: unknown, at: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InputError(`${at} is ${kindOf(value)}, not an object`);
  return value as Record<string, unknown>;
}

function text(value: unknown, at: string): string {
  if (typeof value !== 'string') throw new InputError(`${at} is ${kindOf(value)}, not text`);
  return value;
}

function only(value: Record<string, unknown>, keys: string[], at: string): void {
  const unknown = Object.keys(value).find((k) => !keys.includes(k));
  if (unknown !== undefined) throw new InputError(`${at}${unknown} is not a field of a review file`);
}

const kindOf = (value: unknown): string =>
  value === null
    ? 'null'
    : Array.isArray(value)
      ? 'a list'
      : `a ${typeof value === 'string' ? 'text' : typeof value}`;

/** How a review file's pair differs from the articles given now; empty when it is theirs (or cannot tell). */
export function pairMismatch(review: ReviewedPair, now: Required<ReviewedPair>): string[] {
  if (!review.sha256) return [];
  return (['source', 'rewrite'] as const).filter((side) => review.sha256![side] !== now.sha256[side]);
}

/**
 * This session's decisions laid over the file as it is on disk now: another session's decisions on
 * other findings are kept, and for the same finding the one changed here wins. `null` removes one.
 */
export function mergeDecisions(
  onDisk: ReviewFile | undefined,
  pair: ReviewedPair,
  changes: ReadonlyMap<string, ReviewDecision | null>,
): ReviewFile {
  const decisions = { ...(onDisk?.decisions ?? {}) };
  for (const [id, d] of changes) {
    if (d === null) delete decisions[id];
    else decisions[id] = d;
  }
  return { ...emptyReview(pair), decisions };
}
