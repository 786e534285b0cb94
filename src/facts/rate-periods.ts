import { derived } from '../lang/derived.js';
import type { LanguagePack, RatePeriod } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokens.js';
import { phraseAt } from './phrases.js';
import type { Mention } from './types.js';

/** The pack's period phrases, folded as tokens are, and the period each says. */
const periodsByPhrase = (pack: LanguagePack): Map<string, RatePeriod> =>
  new Map([...pack.ratePeriods.phrases].map(([phrase, period]) => [fold(phrase), period]));

const periodPhrases = (pack: LanguagePack): string[] => [...derived(pack, periodsByPhrase).keys()];

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
  const words = phraseAt(tokens, from, derived(pack, periodPhrases));
  if (!words) return undefined;
  const next = tokens[from + words.length];
  if (next && (next.isNumber || pack.ratePeriods.notBefore.has(next.norm))) return undefined;
  const [first, last] = [tokens[from]!, tokens[from + words.length - 1]!];
  return {
    start: offset + first.start,
    end: offset + last.end,
    text: text.slice(first.start, last.end),
    period: derived(pack, periodsByPhrase).get(words.join(' '))!,
  };
}
