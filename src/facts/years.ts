import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';

/** A year as news writes one alone: four digits of this century or the last. */
export const YEAR = /^(19|20)\d\d$/;

/** Four digits that may be a year of any time since 1000: "1789", "1575". */
export const YEAR_LIKE = /^(1\d|20)\d\d$/;

/**
 * Whether the token at `i` is a year. One of this century or the last is read as a year alone; an earlier one
 * ("From 1789", "ab 1789 schuf", "von 1575 bis 1770") only after a word that leads a time or as the end of a range
 * that starts with a year, and not where a counted noun follows ("in 1500 cases", "vor 1500 Jahren").
 */
export function isYearAt(tokens: readonly Token[], i: number, text: string, pack: LanguagePack): boolean {
  const t = tokens[i]!;
  if (YEAR.test(t.text)) return true;
  if (!YEAR_LIKE.test(t.text)) return false;
  const before = tokens[i - 1];
  if (!before || !adjacent(text, before, t)) return false;
  // "From 1789", "about 1720": a time word or an approximation leads a year.
  const led = pack.years.leads.has(before.norm) || pack.approximators.includes(before.norm);
  const rangeEnd = pack.years.rangeWords.has(before.norm) && i >= 2 && isYearAt(tokens, i - 2, text, pack);
  return (led || rangeEnd) && !countsANoun(tokens, i, text, pack);
}

/** Nothing but space between two tokens. */
const adjacent = (text: string, a: Token, b: Token): boolean => text.slice(a.end, b.start).trim() === '';

/**
 * A figure right before a noun counts it. Where every noun has a capital a capitalised word is a noun; elsewhere a
 * capitalised word is a name and a lower-case word of content a noun.
 */
function countsANoun(tokens: readonly Token[], i: number, text: string, pack: LanguagePack): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !adjacent(text, t, next) || next.isStopword || next.isNumber) return false;
  return pack.nounsCapitalized ? next.capitalized : !next.capitalized;
}
