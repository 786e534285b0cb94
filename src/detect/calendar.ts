import type { TimeFact } from '../facts/types.js';
import type { DayPart } from '../lang/pack.js';
import type { ArticleDate } from '../types.js';

/** How far from the article's date a month named without a year is taken to lie: "im März" in April is this March. */
const NEAREST_MONTHS = 5;

/**
 * Whether two time mentions mean the same time, placing relative times against each article's date. The first is the
 * source's, the second the rewrite's.
 */
export function sameTime(
  a: TimeFact,
  aDate: ArticleDate | undefined,
  b: TimeFact,
  bDate: ArticleDate | undefined,
): boolean {
  // "Anfang März" and "Ende März" are not the same time; "März" and "Anfang März" may be.
  if (a.part && b.part && a.part !== b.part) return false;
  if (a.dayPart && b.dayPart && a.dayPart !== b.dayPart) return false;
  if (a.kind === 'daypart' || b.kind === 'daypart') return samePartOfDay(a, b);
  if (a.kind === b.kind && a.value === b.value) return true;
  if (a.kind === 'weekday' || b.kind === 'weekday') return sameWeekday(a, aDate, b, bDate);
  // A season said for a month or a day says less, not otherwise; a day said for a season says more than is given.
  if (a.kind === 'season' || b.kind === 'season') return inSeason(b, a);
  if (isBareMonth(a) || isBareMonth(b)) return sameMonth(a, aDate, b, bDate);
  const ca = placed(a, aDate);
  const cb = placed(b, bDate);
  if (!ca || !cb) return false;
  // "2023" and "März 2023" speak of the same year when one is only the year; "last year" is a year too.
  return (
    ca === cb || sameDay(ca, cb) || (isYear(ca) && cb.startsWith(ca)) || (isYear(cb) && ca.startsWith(cb))
  );
}

/**
 * Whether a month or a day falls in a season: "im Oktober" is in autumn. A season's months as the weather counts them
 * (autumn September to November), and the month after them, which the astronomical season reaches into (autumn until
 * 21 December): a rewrite may count either way. The northern hemisphere's seasons, as the articles' are.
 */
export function inSeason(season: TimeFact, other: TimeFact): boolean {
  if (season.kind !== 'season') return false;
  const month = monthOf(other);
  if (month === undefined) return false;
  const first = 3 * Number(season.value);
  return [0, 1, 2, 3].some((k) => ((first + k - 1) % 12) + 1 === month);
}

/**
 * Whether a day falls in a month named without a day: "am 11. November" is in "November". Only a day the article does
 * not place in another year than the month's ("2013-11-11" in "November 2013").
 */
export function inMonth(month: TimeFact, day: TimeFact): boolean {
  if (month.kind !== 'month' || day.kind !== 'date') return false;
  const years = [month, day].map((t) => /^(\d{4})-/.exec(t.value)?.[1]);
  return monthOf(month) === monthOf(day) && (!years[0] || !years[1] || years[0] === years[1]);
}

/** The month a month or a day names ("2013-10", "10", "--10-03", "2013-10-03"). */
function monthOf(t: TimeFact): number | undefined {
  if (isBareMonth(t)) return Number(t.value);
  if (t.kind !== 'month' && t.kind !== 'date') return undefined;
  const m = /^(?:\d{4}|-)-(\d\d)/.exec(t.value);
  return m ? Number(m[1]) : undefined;
}

/** A month named without its year: "im März", "in March". */
const isBareMonth = (t: TimeFact): boolean => t.kind === 'month' && !t.value.includes('-');

/** The same month, one side without its year: they differ only in the year the article's date suggests. */
export const yearInferred = (a: TimeFact, b: TimeFact): boolean =>
  (isBareMonth(a) && b.kind === 'month' && Number(b.value.slice(5, 7)) === Number(a.value)) ||
  (isBareMonth(b) && a.kind === 'month' && Number(a.value.slice(5, 7)) === Number(b.value));

/** A day, with its year or without ("--03-10"). */
const isDay = (iso: string): boolean => /^(\d{4}|-)-\d\d-\d\d$/.test(iso);

const isYear = (iso: string): boolean => /^\d{4}$/.test(iso);

/**
 * A time as a calendar value: a day ("2025-03-10", or "--03-10" without its year), a month ("2025-03") or a year
 * ("2025"). Relative times ("gestern", "last year", "vor zwei Monaten") are placed by the article's date where it is
 * precise enough; a bare month or a weekday has no value of its own.
 */
function placed(t: TimeFact, date: ArticleDate | undefined): string | undefined {
  if (t.kind === 'date' || t.kind === 'year' || (t.kind === 'month' && !isBareMonth(t))) return t.value;
  if (t.kind !== 'relative' || !date) return undefined;
  const m = /^(day|month|year)([+-]\d+)$/.exec(t.value);
  if (!m) return undefined;
  const [unit, by] = [m[1] as 'day' | 'month' | 'year', Number(m[2])];
  if (unit === 'day' && date.precision !== 'day') return undefined;
  if (unit === 'month' && date.precision === 'year') return undefined;
  const d = new Date(`${date.iso.padEnd(10, '-01').slice(0, 10)}T12:00:00Z`);
  if (unit === 'day') d.setUTCDate(d.getUTCDate() + by);
  if (unit === 'month') d.setUTCMonth(d.getUTCMonth() + by, 1);
  if (unit === 'year') d.setUTCFullYear(d.getUTCFullYear() + by);
  return d.toISOString().slice(0, { day: 10, month: 7, year: 4 }[unit]);
}

/**
 * A bare month is the same month of any year, unless the article's date places it: the occurrence of that month
 * nearest the date, when one lies within five months of it ("März" in an article of April 2025 is March 2025).
 */
function sameMonth(
  a: TimeFact,
  aDate: ArticleDate | undefined,
  b: TimeFact,
  bDate: ArticleDate | undefined,
): boolean {
  const [bare, bareDate, other, otherDate] = isBareMonth(a) ? [a, aDate, b, bDate] : [b, bDate, a, aDate];
  const iso = placed(other, otherDate);
  const month = Number(bare.value);
  if (!iso || iso.length < 7 || iso.startsWith('--')) return false;
  if (Number(iso.slice(5, 7)) !== month) return false;
  const near = nearestYear(month, bareDate ?? otherDate);
  return near === undefined || near === Number(iso.slice(0, 4));
}

/** The year of the occurrence of a month nearest an article's date, if one lies within five months of it. */
function nearestYear(month: number, date: ArticleDate | undefined): number | undefined {
  if (!date || date.precision === 'year') return undefined;
  const [year, at] = [Number(date.iso.slice(0, 4)), Number(date.iso.slice(5, 7))];
  for (const y of [year, year - 1, year + 1])
    if (Math.abs(y * 12 + month - (year * 12 + at)) <= NEAREST_MONTHS) return y;
  return undefined;
}

/** A weekday and a day: the same when the day falls on it within a week of the article's date. */
function sameWeekday(
  a: TimeFact,
  aDate: ArticleDate | undefined,
  b: TimeFact,
  bDate: ArticleDate | undefined,
): boolean {
  const [weekday, day, dayDate] = a.kind === 'weekday' ? [a, b, bDate] : [b, a, aDate];
  const iso = placed(day, dayDate);
  return !!iso && weekdayOf(iso, aDate ?? bDate) === Number(weekday.value);
}

/** News names a weekday for a day within a week of its date: the weekday of a date that close, if it is. */
function weekdayOf(iso: string, date: ArticleDate | undefined): number | undefined {
  if (!date || date.precision !== 'day' || !isDay(iso)) return undefined;
  const full = iso.startsWith('--') ? `${date.iso.slice(0, 4)}${iso.slice(1)}` : iso;
  const day = new Date(`${full}T12:00:00Z`);
  const days = Math.abs(day.getTime() - new Date(`${date.iso}T12:00:00Z`).getTime()) / 86_400_000;
  return days <= 6 ? day.getUTCDay() : undefined;
}

/** "--03-15" (a day named without its year) is the 15 March of any year the other date gives. */
const sameDay = (a: string, b: string): boolean =>
  (a.startsWith('--') && b.endsWith(a.slice(1))) || (b.startsWith('--') && a.endsWith(b.slice(1)));

/** The hours each part of the day covers, from and to (exclusive), the night across midnight. */
const PART_HOURS: Record<DayPart, [number, number]> = {
  morning: [5, 12],
  forenoon: [8, 12],
  noon: [11, 14],
  afternoon: [12, 18],
  evening: [17, 24],
  night: [21, 30],
};

/**
 * Whether a part of the day and another time agree: the same part ("Abend", "abends"), a weekday joined to it
 * ("Samstagabend"), or a clock time within it ("20 Uhr" is in the evening; the morning and the forenoon overlap).
 */
function samePartOfDay(a: TimeFact, b: TimeFact): boolean {
  const part = (t: TimeFact): DayPart | undefined =>
    t.kind === 'daypart' ? (t.value as DayPart) : t.dayPart;
  const [pa, pb] = [part(a), part(b)];
  if (pa && pb) return pa === pb || overlap(PART_HOURS[pa], PART_HOURS[pb]);
  const clock = a.kind === 'clock' ? a : b.kind === 'clock' ? b : undefined;
  if (!clock || !(pa ?? pb)) return false;
  const hour = Number(clock.value.slice(0, 2));
  const [from, to] = PART_HOURS[(pa ?? pb)!];
  return (hour >= from && hour < to) || (hour + 24 >= from && hour + 24 < to);
}

const overlap = ([a1, a2]: [number, number], [b1, b2]: [number, number]): boolean => a1 < b2 && b1 < a2;
