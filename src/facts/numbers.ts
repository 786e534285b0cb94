import { answeredOnce } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { ordinalAt } from './digit-ordinals.js';
import { fractionAfter, fractionSign, joinedFraction } from './fractions.js';
import { findPhrases } from './phrases.js';
import { ratePeriodOf } from './rate-periods.js';
import type { NumberFact } from './types.js';

const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const DIGITS = /^(\d{1,3}(?:[.,'’]\d{3})+|\d+)(?:[.,](\d+))?(?:-(\p{L}+(?:-\p{L}+)*))?$/u;

/** Reads "800.000", "3,4", "1,200.5" by the shape of the groups: three digits after a separator are thousands. */
export function parseDigits(raw: string): number | null {
  const m = DIGITS.exec(raw);
  if (!m) return null;
  const whole = m[1]!;
  const integer = whole.replace(/[.,'’]/g, '');
  return Number(m[2] === undefined ? integer : `${integer}.${m[2]}`);
}

/**
 * Numbers in a sentence: digits and number words, with a scale ("Millionen", "bn") and a unit
 * ("Prozent", "%", "$", "years") when one stands beside them. Years and dates are times, not numbers.
 */
export function findNumbers(
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
  taken: (start: number) => boolean,
): NumberFact[] {
  const out: NumberFact[] = [];
  // A figure's place from a token to an offset in the sentence, as offsets in the article.
  const spanFrom = (from: Token, end: number) => ({
    start: offset + from.start,
    end: offset + end,
    text: text.slice(from.start, end),
  });
  for (let i = 0; i < tokens.length; i++) {
    // The figure's first token: the count's word before a scale ("a million") opens it.
    let index = i;
    const t = tokens[i]!;
    if (taken(offset + t.start)) continue;
    const share = shareAt(tokens, i, pack);
    if (share) {
      const last = tokens[share.last]!;
      const qualifier = qualifierBefore(tokens, index, text, offset, pack);
      out.push({
        ...(qualifier ? { qualifier } : {}),
        ...spanFrom(t, last.end),
        value: share.percent,
        word: true,
        unit: '%',
      });
      i = share.last;
      continue;
    }
    // "im 3. Quartal", "the 3rd quarter": an ordinal with a word after it within the sentence ranks, it takes no unit.
    const ordinal = ordinalAt(tokens, i, text, pack);
    if (ordinal && tokens[ordinal.last + 1]) {
      out.push({ ...spanFrom(t, ordinal.end), value: ordinal.value, word: false, unit: 'ordinal' });
      i = ordinal.last;
      continue;
    }
    let value: number | null = null;
    let word = false;
    let magnitude = false;
    let unit: string | undefined;
    const scale = t.isNumber ? undefined : magnitudeOf(t.norm, pack);
    if (t.isNumber) {
      value = parseDigits(t.text);
      // "6-Tage-Woche", "8-Stunden-Tag", "64-jährigen", "5-day": the words joined to the digits name the unit.
      const suffix = /-(\p{L}[\p{L}-]*)$/u.exec(t.text)?.[1];
      if (suffix) unit = unitOf(suffix, pack);
    } else if (pack.numberWords.has(t.norm)) {
      value = pack.numberWords.get(t.norm)!;
      word = true;
    } else if (pack.ordinalWords.has(t.norm)) {
      value = pack.ordinalWords.get(t.norm)!;
      word = true;
      unit = 'ordinal';
    } else if (scale) {
      ({ value, unit } = scale);
      word = true;
      // "a million", "eine Million": a count of one, not a magnitude.
      if (!unit && pack.oneWords.includes(tokens[i - 1]?.norm ?? '')) index = i - 1;
      else magnitude = true;
    } else {
      const joined = joinedFraction(t.norm, pack);
      const compound = joined === undefined ? numberCompound(t.norm, pack) : undefined;
      if (compound) ({ value, unit } = compound);
      else value = joined ?? fractionSign(t.text) ?? null;
      word = joined !== undefined || compound !== undefined;
    }
    if (value === null || Number.isNaN(value)) continue;
    let end = t.end;
    const fraction = unit === undefined && !magnitude ? fractionAfter(tokens, i, text, pack) : undefined;
    if (fraction) {
      value += fraction.value;
      end = tokens[fraction.last]!.end;
      i = fraction.last;
    }
    const from = tokens[index]!.start;
    const prefix = text[from - 1];
    if (prefix && CURRENCY[prefix]) unit = CURRENCY[prefix];
    if (text[t.start - 1] === '(' && text[t.end] === ')' && value > 0 && value < 120) unit = 'age';
    // "5.1bn", "3 Millionen", "two million": a scale multiplies.
    // A magnitude takes no further scale: "Millionen Milliarden" is no figure.
    const glued = magnitude ? null : /^(bn|mn|m|k|tn|b)\b/i.exec(text.slice(end));
    const next = magnitude ? undefined : tokens[i + 1];
    if (glued && pack.scaleWords.has(glued[1]!.toLowerCase())) {
      value *= pack.scaleWords.get(glued[1]!.toLowerCase())!;
      end = t.end + glued[1]!.length;
    } else if (next && pack.scaleWords.has(next.norm) && next.start - end <= 1) {
      value *= pack.scaleWords.get(next.norm)!;
      end = next.end;
      i++;
    }
    // The unit's words after the figure ("Euro" in "sechs Euro pro Stunde"), before a rate's period.
    let unitWords = 0;
    if (text[end] === '%' || text.slice(end, end + 2) === ' %') {
      unit = '%';
      end = text.indexOf('%', end) + 1;
    } else {
      const after = tokens[i + 1];
      const two = after && tokens[i + 2] ? `${after.norm} ${tokens[i + 2]!.norm}` : '';
      if (two && pack.unitWords.has(two)) {
        unit = pack.unitWords.get(two);
        unitWords = 2;
      } else if (after && pack.unitWords.has(after.norm)) {
        unit ??= pack.unitWords.get(after.norm);
        unitWords = 1;
      }
    }
    const qualifier = qualifierBefore(tokens, index, text, offset, pack);
    const per = ratePeriodOf(tokens, index, i + 1 + unitWords, text, offset, pack);
    out.push({
      ...(qualifier ? { qualifier } : {}),
      ...(per ? { per } : {}),
      start: offset + from - (prefix && CURRENCY[prefix] ? 1 : 0),
      end: offset + end,
      text: text.slice(from - (prefix && CURRENCY[prefix] ? 1 : 0), end),
      value,
      word,
      ...(magnitude ? { magnitude: true as const } : {}),
      ...(unit ? { unit } : {}),
    });
  }
  return out;
}

/**
 * A share told by a noun with its count before it ("ein Fünftel", "zwei Drittel", "two thirds", "a third of"), or a
 * half without one ("die Hälfte", "half of"). Its value is the percentage, rounded as news rounds it: 20, 67, 50.
 */
function shareAt(
  tokens: Token[],
  at: number,
  pack: LanguagePack,
): { percent: number; last: number } | undefined {
  const { nouns, beforeLink } = pack.proportions;
  const denominator = (i: number): number | undefined => {
    const t = tokens[i];
    if (!t) return undefined;
    const plain = nouns.get(t.norm);
    if (plain !== undefined) return plain;
    return beforeLink && tokens[i + 1]?.norm === beforeLink.link ? beforeLink.nouns.get(t.norm) : undefined;
  };
  const t = tokens[at]!;
  const count = t.isNumber
    ? parseDigits(t.text)
    : pack.oneWords.includes(t.norm)
      ? 1
      : pack.numberWords.get(t.norm);
  const counted = count === undefined || count === null ? undefined : denominator(at + 1);
  if (counted !== undefined) return { percent: Math.round((100 * count!) / counted), last: at + 1 };
  // Without a count only a half is a share: "Viertel" alone is as often a district, "quarter" a quarter of a year, and
  // "halves" pieces.
  const half =
    t.norm === pack.proportions.countless ||
    (tokens[at + 1]?.norm === beforeLink?.link && beforeLink?.nouns.get(t.norm) === 2);
  return half ? { percent: 50, last: at } : undefined;
}

/** Scales from a million up are orders of magnitude; "Tausende" is as often a crowd as a figure. */
const MAGNITUDE_FROM = 1e6;
/** Shorter scale words are abbreviations ("m", "Mio"), which stand after a count. */
const SCALE_WORD_LENGTH = 5;
/** A shorter rest after a scale is an inflection ("millionth"), not the second part of a compound ("Millionenhöhe"). */
const COMPOUND_REST = 3;

/**
 * A scale told without a count: alone ("Millionen", "billions") or opening a compound ("Millionenhöhe",
 * "multibillion-dollar", whose rest names its unit when it is one). An inflection is no compound ("millionth").
 */
function magnitudeOf(norm: string, pack: LanguagePack): { value: number; unit?: string } | undefined {
  const prefix = pack.scalePrefixes.find((p) => norm.startsWith(p));
  const word = prefix ? norm.slice(prefix.length).replace(/^-/, '') : norm;
  for (const [scale, value] of pack.scaleWords) {
    if (value < MAGNITUDE_FROM || scale.length < SCALE_WORD_LENGTH || !word.startsWith(scale)) continue;
    const rest = word.slice(scale.length).replace(/^-/, '');
    if (rest && rest.length < COMPOUND_REST) continue;
    const unit = rest ? pack.unitWords.get(rest) : undefined;
    return unit ? { value, unit } : { value };
  }
  return undefined;
}

/**
 * The unit a compound names by its first word after the figure: the pack's unit for the word or for its uninflected
 * form ("6-Tage-Woche" → days, "64-jährigen" → years), or else the word without its adjective ending, as "30-tägige"
 * and "dreitägigen" both give "täg".
 */
const unitOf = (suffix: string, pack: LanguagePack): string => {
  const word = suffix.split('-')[0]!.toLowerCase();
  const uninflected = pack.modifierEndings
    .filter((e) => word.endsWith(e))
    .map((e) => pack.unitWords.get(word.slice(0, -e.length)))
    .find(Boolean);
  return pack.unitWords.get(word) ?? uninflected ?? word.replace(/(ige|igen|iger|ig)$/, '');
};

/**
 * A number word joined to a unit: "two-day", "twenty-five", "dreitägigen", "zweifache". Answered once per word: the
 * answer tries every number word as a beginning, and every word of an article is asked.
 */
const numberCompound = answeredOnce(function numberCompound(
  norm: string,
  pack: LanguagePack,
): { value: number; unit?: string } | undefined {
  const parts = norm.split('-');
  if (parts.length > 1 && pack.numberWords.has(parts[0]!)) {
    const values = parts.map((p) => pack.numberWords.get(p));
    if (values.every((v) => v !== undefined)) return { value: values.reduce((a, b) => a! + b!, 0)! };
    return { value: pack.numberWords.get(parts[0]!)!, unit: unitOf(parts[1]!, pack) };
  }
  // "Zweite-Liga-Verein", "second-largest": a rank heads the compound.
  if (parts.length > 1 && pack.ordinalWords.has(parts[0]!))
    return { value: pack.ordinalWords.get(parts[0]!)!, unit: 'ordinal' };
  for (const [word, value] of pack.numberWords) {
    if (!norm.startsWith(word)) continue;
    const rest = norm.slice(word.length);
    // The compound's ending may carry an adjective ending: "dreitägigen".
    if (pack.numberCompounds.some((c) => rest.startsWith(c) && rest.length - c.length <= 2))
      return { value, unit: unitOf(rest, pack) };
  }
  return undefined;
});

/** The qualifier right before a number's token: "mehr als", "up to", "rund". */
function qualifierBefore(
  tokens: Token[],
  at: number,
  text: string,
  offset: number,
  pack: LanguagePack,
): NumberFact['qualifier'] {
  const kinds = [
    ['approximate', pack.approximators],
    ['lower', pack.lowerBounds],
    ['upper', pack.upperBounds],
    ['exact', pack.exactMarkers],
  ] as const;
  // The qualifier must end right before the number: "mehr als 800", not "mehr als die Hälfte der 800". Of the
  // qualifiers ending there the longest is meant: "no more than 200" bounds from above, though "more than" ends there too.
  const endingAt = (end: number) => {
    const window = tokens.slice(Math.max(0, end - 3), end);
    const last = window[window.length - 1]?.end;
    const candidates = kinds.flatMap(([kind, lexicon]) =>
      findPhrases(window, lexicon, text, 0)
        .filter((m) => m.end === last)
        .map((m) => ({ kind, ...m })),
    );
    return candidates.sort((a, b) => a.start - b.start)[0];
  };
  // One preposition may stand between: "mindestens zu 95 Prozent" (no article: "mehr als die 800" is no bound).
  const between = tokens[at - 1];
  const preposition =
    !!between && between.isStopword && !between.isNumber && !pack.roleGrammar.determiners.has(between.norm);
  const qualifier = endingAt(at) ?? (preposition ? endingAt(at - 1) : undefined);
  if (!qualifier) return undefined;
  const { kind } = qualifier;
  const end = qualifier.end === between?.end ? at : at - 1;
  // A capitalized word inside the sentence is a noun where nouns are capitalized.
  const b = end - 1 - qualifier.text.split(' ').length;
  const before = tokens[b];
  // After a number an upper bound joins a range ("3 bis 6 Prozent"): the range's end is no bound of its own. A
  // lower bound there bounds its own number ("3.5% over two years").
  if (kind === 'upper' && before?.isNumber) return undefined;
  const afterNoun = pack.nounsCapitalized && b > 0 && before!.capitalized && !before!.isStopword;
  const maybePreposition = afterNoun && pack.prepositionalBounds.includes(qualifier.text.toLowerCase());
  return {
    kind,
    text: qualifier.text,
    start: offset + qualifier.start,
    ...(maybePreposition ? { maybePreposition: true as const } : {}),
  };
}
