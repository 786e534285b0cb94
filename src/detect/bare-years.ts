import type { NumberFact, SentenceFacts, TimeFact } from '../facts/types.js';
import { YEAR_LIKE } from '../facts/years.js';

/**
 * Four digits with no unit and no word that leads a time ("Als Duden 1880 sein Wörterbuch herausbrachte") may be a
 * year or a count, and their sentence alone does not tell. Their pair does: where the paired statement gives a year
 * and not the same figure as a count, the figure is read as a year, as a reader reads it against the other text.
 */
export function yearsReadByPair(side: SentenceFacts[], other: SentenceFacts[]): TimeFact[] {
  return side.flatMap((s) => s.numbers.filter((n) => readsAsYear(n, other)).map(asYear));
}

/** Whether a figure reads as a year against its pair (see {@link yearsReadByPair}). */
export const readsAsYear = (n: NumberFact, other: SentenceFacts[]): boolean =>
  isBareYearLike(n) &&
  other.some((s) => s.times.some((t) => t.kind === 'year')) &&
  !other.some((s) => s.numbers.some((m) => m.text === n.text));

const isBareYearLike = (n: NumberFact): boolean =>
  !n.unit && !n.word && !n.magnitude && !n.qualifier && !n.per && YEAR_LIKE.test(n.text);

const asYear = (n: NumberFact): TimeFact => ({
  start: n.start,
  end: n.end,
  text: n.text,
  kind: 'year',
  value: n.text,
});
