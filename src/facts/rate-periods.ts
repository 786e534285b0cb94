import type { LanguagePack, RatePeriod } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import type { Mention } from './types.js';

/** The longest period phrase, in words ("in der Stunde"). */
const LONGEST = 3;

/**
 * The period a figure is counted per, said where its words end (`from`, the first token after the figure and its
 * unit): "sechs Euro pro Stunde", "70 watts a day". Not where the phrase names a time instead: "im Jahr 2010",
 * "a year ago".
 */
export function ratePeriodAt(
  tokens: readonly Token[],
  from: number,
  text: string,
  offset: number,
  pack: LanguagePack,
): (Mention & { period: RatePeriod }) | undefined {
  for (let length = LONGEST; length >= 1; length--) {
    const words = tokens.slice(from, from + length);
    if (words.length < length) continue;
    const period = pack.ratePeriods.phrases.get(words.map((t) => t.norm).join(' '));
    if (!period) continue;
    const next = tokens[from + length];
    if (next && (next.isNumber || pack.ratePeriods.notBefore.has(next.norm))) return undefined;
    const [first, last] = [words[0]!, words.at(-1)!];
    return {
      start: offset + first.start,
      end: offset + last.end,
      text: text.slice(first.start, last.end),
      period,
    };
  }
  return undefined;
}

/** The first token after a figure's unit word(s), where a unit follows it ("Euro" in "sechs Euro pro Stunde"). */
export function afterUnit(tokens: readonly Token[], next: number, pack: LanguagePack): number {
  const two = tokens[next + 1] ? `${tokens[next]?.norm} ${tokens[next + 1]!.norm}` : '';
  if (pack.unitWords.has(two)) return next + 2;
  return tokens[next] && pack.unitWords.has(tokens[next].norm) ? next + 1 : next;
}
