import { derived } from '../lang/derived.js';
import { relativeTimePhrases } from '../lang/indexes.js';
import type { DayPart, LanguagePack } from '../lang/pack.js';
import { findDates, findYearlessDates } from '../text/dates.js';
import { isPossessive, type Token } from '../text/tokens.js';
import { findCenturies } from './centuries.js';
import { findEraYears, withEra } from './eras.js';
import { findClockTimes } from './clock-times.js';
import { findVagueLengths, findWholeUnits } from './lengths.js';
import { fractionAfter, joinedFraction } from './fractions.js';
import { parseDigits } from './numbers.js';
import { findPhrases, phraseAt } from './phrases.js';
import { isYearAt } from './years.js';
import type { TimeFact, TimePart } from './types.js';

/** Dates, years, months, weekdays and relative times ("in knapp zwei Wochen", "next week") in a sentence. */
export function findTimes(tokens: Token[], text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const withYear = findDates(text);
  const dates = [...withYear, ...findYearlessDates(text, pack, withYear)];
  const out: TimeFact[] = dates.map((d) => ({
    start: offset + d.start,
    end: offset + d.end,
    text: text.slice(d.start, d.end),
    kind: d.precision === 'day' ? 'date' : 'month',
    value: d.iso,
  }));
  for (const c of findClockTimes(text, offset, pack)) out.push(c);
  const inside = (start: number): boolean => out.some((o) => o.start <= start && start < o.end);
  for (const d of findDurations(tokens, text, offset, pack)) if (!inside(d.start)) out.push(d);
  for (const w of findWholeUnits(tokens, text, offset, pack)) if (!inside(w.start)) out.push(w);
  for (const w of findVagueLengths(tokens, text, offset, pack)) if (!inside(w.start)) out.push(w);
  for (const c of findCenturies(tokens, text, offset, pack))
    if (!inside(c.start)) out.push(withEra(c, tokens, text, offset, pack));
  for (const y of findEraYears(tokens, text, offset, pack)) if (!inside(y.start)) out.push(y);
  for (const m of findPhrases(tokens, relativePhrases(pack), text, offset)) {
    if (inside(m.start)) continue;
    // Where every noun has a capital, one word of time written with one inside the sentence is the noun: "am Morgen"
    // is a time of day, "morgen" tomorrow.
    const noun = pack.nounsCapitalized && !/\s/u.test(m.text) && /^\p{Lu}/u.test(m.text);
    if (noun && m.start > offset + (tokens[0]?.start ?? 0)) continue;
    out.push({
      ...m,
      kind: 'relative',
      value:
        pack.relativeTimes.get(m.text.toLowerCase().replace(/ß/g, 'ss')) ??
        pack.relativeTimes.get(m.text.toLowerCase()) ??
        m.text.toLowerCase(),
    });
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const at = offset + t.start;
    if (inside(at)) continue;
    const single = (kind: TimeFact['kind'], value: string): TimeFact => ({
      start: at,
      end: offset + t.end,
      text: t.text,
      kind,
      value,
    });
    let fact: TimeFact | null = null;
    // Two cheap lookups, asked once each: a weekday with a part of the day joined to it, and a part alone.
    const joined = weekdayWithPart(t.norm, pack);
    const part = dayPartAt(tokens, i, pack);
    if (isYearAt(tokens, i, text, pack)) fact = single('year', t.text);
    else if (pack.weekdays.has(t.norm)) fact = single('weekday', String(pack.weekdays.get(t.norm)));
    // "am Samstagabend", "samstagabends": a weekday with a part of the day joined to it names both.
    else if (joined) fact = { ...single('weekday', String(joined.day)), dayPart: joined.part };
    else if (part) fact = single('daypart', part);
    // "Monday's talks": the day as its possessive.
    else if (isPossessive(t) && pack.weekdays.has(t.norm.slice(0, -2)))
      fact = single('weekday', String(pack.weekdays.get(t.norm.slice(0, -2))));
    else if (pack.months.has(t.norm) && (t.norm.length > 3 || pack.stopwords.has(t.norm)) && t.capitalized) {
      // "May" is also a verb: an ambiguous month name counts beside a number, or capitalised after a
      // function word inside the sentence ("from January to May"; not "Theresa May", not "May I").
      const ambiguous = pack.stopwords.has(t.norm);
      const before = tokens[i - 1];
      if (
        !ambiguous ||
        before?.isNumber ||
        tokens[i + 1]?.isNumber ||
        (before?.isStopword && !before.capitalized)
      )
        fact = single('month', String(pack.months.get(t.norm)));
    } else if (isSeasonAt(tokens, i, pack)) fact = single('season', String(pack.seasons.get(t.norm)));
    if (fact) out.push(fact);
  }
  for (const period of periodParts(tokens, text, offset, pack)) if (!inside(period.start)) out.push(period);
  return withParts(out, tokens, text, offset, pack).sort((a, b) => a.start - b.start);
}

/**
 * A season where it names a time: after a function word ("im Herbst", "in the spring") or beside a number ("summer
 * 2013"), as a month name counts; "Summer said" names someone.
 */
function isSeasonAt(tokens: Token[], i: number, pack: LanguagePack): boolean {
  if (!pack.seasons.has(tokens[i]!.norm)) return false;
  return !!tokens[i - 1]?.isStopword || !!tokens[i - 1]?.isNumber || !!tokens[i + 1]?.isNumber;
}

/**
 * A part of the article's own year or month: "Jahresbeginn", "Monatsende" where a period and a part make one word,
 * "Ende des Jahres", "the end of the month".
 */
function periodParts(tokens: Token[], text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const { words, periods, periodLinks, compounds } = pack.timeParts;
  const out: TimeFact[] = [];
  const push = (from: Token, to: Token, unit: string, part: TimePart) =>
    out.push({
      start: offset + from.start,
      end: offset + to.end,
      text: text.slice(from.start, to.end),
      kind: 'relative',
      value: `${unit}+0`,
      part,
    });
  tokens.forEach((t, i) => {
    if (compounds)
      for (const [period, unit] of periods) {
        const part = t.norm.startsWith(period) ? words.get(t.norm.slice(period.length)) : undefined;
        if (part) push(t, t, unit, part);
      }
    const part = words.get(t.norm);
    if (!part) return;
    const linked = phraseAt(tokens, i + 1, periodLinks);
    const period = linked && tokens[i + 1 + linked.length];
    const unit = period && periods.get(period.norm);
    if (unit) push(t, period, unit, part);
  });
  return out;
}

/** Times of a year or a month named with a part of it: "Anfang März", "Ende 2023", "late last year", "the end of May". */
function withParts(
  facts: TimeFact[],
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): TimeFact[] {
  return facts.map((fact) => {
    if (fact.part || fact.kind === 'date' || fact.kind === 'weekday') return fact;
    const found = partBefore(
      tokens,
      tokens.findIndex((t) => offset + t.start === fact.start),
      pack,
    );
    if (!found) return fact;
    const start = tokens[found.at]!.start;
    return { ...fact, start: offset + start, text: text.slice(start, fact.end - offset), part: found.part };
  });
}

/**
 * The part word before a time's first token, right before it or before a linking word or phrase: "late 2023", "the
 * end of May", "Ende des 15. Jahrhunderts", "the end of the 15th century".
 */
function partBefore(
  tokens: Token[],
  at: number,
  pack: LanguagePack,
): { part: TimePart; at: number } | undefined {
  const { words, links, periodLinks } = pack.timeParts;
  for (const link of ['', ...links, ...periodLinks]) {
    const linkWords = link ? link.split(' ') : [];
    const from = at - linkWords.length;
    if (from < 1 || !linkWords.every((w, k) => tokens[from + k]!.norm === w)) continue;
    const part = words.get(tokens[from - 1]!.norm);
    if (part) return { part, at: from - 1 };
  }
  return undefined;
}

const relativePhrases = (pack: LanguagePack): string[] => derived(pack, relativeTimePhrases);

const SCALE = { day: ['day', 1], week: ['day', 7], month: ['month', 1], year: ['year', 1] } as const;

/**
 * Durations relative to the article's date: "in knapp zwei Wochen", "vor drei Tagen", "in a week", "two months
 * ago" — a direction word, an optional qualifier, a count (digits, a number word or "a"/"eine"), and a unit.
 */
export function findDurations(tokens: Token[], text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const out: TimeFact[] = [];
  const qualifiers = new Set(
    [...pack.approximators, ...pack.lowerBounds, ...pack.upperBounds].filter((q) => !q.includes(' ')),
  );
  const countOf = (t: Token | undefined): number | undefined => {
    if (!t) return undefined;
    const n = t.isNumber
      ? (parseDigits(t.text) ?? undefined)
      : pack.oneWords.includes(t.norm)
        ? 1
        : (pack.numberWords.get(t.norm) ?? joinedFraction(t.norm, pack));
    return n === undefined || Number.isNaN(n) ? undefined : n;
  };
  for (let i = 0; i < tokens.length; i++) {
    // A span: "in den kommenden vier Jahren", "over the past two weeks".
    const span = pack.periodDirections.get(tokens[i]!.norm);
    const spanCount = span !== undefined ? countOf(tokens[i + 1]) : undefined;
    const spanUnit = spanCount !== undefined ? pack.durationUnits.get(tokens[i + 2]?.norm ?? '') : undefined;
    if (span !== undefined && spanCount !== undefined && spanUnit) {
      const [calendar, factor] = SCALE[spanUnit];
      out.push({
        start: offset + tokens[i]!.start,
        end: offset + tokens[i + 2]!.end,
        text: text.slice(tokens[i]!.start, tokens[i + 2]!.end),
        kind: 'relative',
        value: `${span > 0 ? 'next' : 'last'} ${spanCount * factor} ${calendar}`,
        span: { count: spanCount, unit: spanUnit },
      });
      i += 2;
      continue;
    }
    let k = i;
    const direction = pack.durationDirections.get(tokens[k]!.norm);
    if (direction !== undefined) k++;
    if (direction !== undefined && tokens[k] && qualifiers.has(tokens[k]!.norm)) k++;
    const count = tokens[k];
    const whole = countOf(count);
    if (!count || whole === undefined) continue;
    // "two and a half years ago", "2 1/2 years ago": the unit follows the fraction.
    const fraction = fractionAfter(tokens, k, text, pack);
    const u = fraction ? fraction.last + 1 : k + 1;
    const unit = tokens[u] && pack.durationUnits.get(tokens[u]!.norm);
    if (!unit) continue;
    const n = whole + (fraction?.value ?? 0);
    const ago = pack.durationAgo.includes(tokens[u + 1]?.norm ?? '');
    const sign = ago ? -1 : direction;
    if (sign === undefined) continue;
    const first = direction !== undefined ? tokens[i]! : count;
    const last = ago ? tokens[u + 1]! : tokens[u]!;
    const [calendar, factor] = SCALE[unit];
    out.push({
      start: offset + first.start,
      end: offset + last.end,
      text: text.slice(first.start, last.end),
      kind: 'relative',
      value: `${calendar}${sign > 0 ? '+' : '-'}${n * factor}`,
    });
    i = u;
  }
  return out;
}

/** The weekday a word names with a part of the day joined to it ("samstagabend", "sonntagmorgens"). */
function weekdayWithPart(norm: string, pack: LanguagePack): { day: number; part: DayPart } | undefined {
  if (!pack.dayParts.joinsWeekday) return undefined;
  for (const [day, value] of pack.weekdays) {
    if (!norm.startsWith(day)) continue;
    const part = pack.dayParts.nouns.get(norm.slice(day.length).replace(/s$/u, ''));
    if (part) return { day: value, part };
  }
  return undefined;
}

/**
 * The part of the day a word names where it stands: an adverb alone ("abends"); a noun after an article or a
 * preposition, a weekday or a relative day ("in the morning", "am Abend", "Monday evening", "heute Abend"), with the
 * capital of a noun where nouns have one ("morgen" is tomorrow).
 */
function dayPartAt(tokens: readonly Token[], i: number, pack: LanguagePack): DayPart | undefined {
  const t = tokens[i]!;
  const adverb = pack.dayParts.adverbs.get(t.norm);
  if (adverb && !(pack.nounsCapitalized && t.capitalized && i > 0)) return adverb;
  const noun = pack.dayParts.nouns.get(t.norm);
  const before = tokens[i - 1];
  if (!noun || !before || (pack.nounsCapitalized && !t.capitalized)) return undefined;
  const placed = before.isStopword || pack.weekdays.has(before.norm) || pack.relativeTimes.has(before.norm);
  return placed ? noun : undefined;
}
