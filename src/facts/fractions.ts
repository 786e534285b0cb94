import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { phraseAt } from './phrases.js';

/** Fractions written as one sign, the same in every language: "½", "2½". */
const SIGNS: ReadonlyMap<string, number> = new Map([
  ['½', 1 / 2],
  ['¼', 1 / 4],
  ['¾', 3 / 4],
  ['⅓', 1 / 3],
  ['⅔', 2 / 3],
]);

/** The denominators of a mixed number's fraction ("2 1/2", "3 3/4"); "24/7" or "10/11" are no fraction of one. */
const DENOMINATORS: ReadonlySet<number> = new Set([2, 3, 4, 8]);

/** A fraction after a whole number: its value and the index of its last token. */
export interface Fraction {
  value: number;
  last: number;
}

/**
 * The fraction written after the whole number at token `at`: "2 1/2", "2½", "2 ½", "two and a half", "zwei und
 * ein halb". Without it the whole number alone is read, and a change of 2.5 to 2 is reported that no one made.
 */
export function fractionAfter(
  tokens: readonly Token[],
  at: number,
  text: string,
  pack: LanguagePack,
): Fraction | undefined {
  const next = tokens[at + 1];
  if (!next) return undefined;
  const gap = text.slice(tokens[at]!.end, next.start);
  const sign = SIGNS.get(next.text);
  if (sign !== undefined && /^ ?$/.test(gap)) return { value: sign, last: at + 1 };
  const over = tokens[at + 2];
  if (next.isNumber && over?.isNumber && /^\s+$/.test(gap) && text.slice(next.end, over.start) === '/') {
    const [numerator, denominator] = [Number(next.text), Number(over.text)];
    if (DENOMINATORS.has(denominator) && numerator > 0 && numerator < denominator)
      return { value: numerator / denominator, last: at + 2 };
  }
  const words = phraseAt(tokens, at + 1, derived(pack, fractionPhrases));
  const value = words && pack.fractions.after.get(words.join(' '));
  return value === undefined ? undefined : { value, last: at + words!.length };
}

const fractionPhrases = (pack: LanguagePack): string[] => [...pack.fractions.after.keys()];

/** A number word with a fraction joined to it: "zweieinhalb" → 2.5, "eineinhalb" → 1.5. */
export function joinedFraction(norm: string, pack: LanguagePack): number | undefined {
  for (const [part, value] of pack.fractions.joined) {
    if (!norm.endsWith(part) || norm.length === part.length) continue;
    const whole = norm.slice(0, -part.length);
    const count = pack.numberWords.get(whole) ?? (pack.oneWords.includes(whole) ? 1 : undefined);
    if (count !== undefined) return count + value;
  }
  return undefined;
}

/** A fraction sign standing alone: "½ Liter". */
export const fractionSign = (written: string): number | undefined => SIGNS.get(written);
