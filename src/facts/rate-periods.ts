import { derived } from '../lang/derived.js';
import type { LanguagePack, RatePeriod } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokens.js';
import { inOneClause } from './clause-marks.js';
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

/** How many words from its figure a period may stand in the figure's clause: "3.5 million visitors come … every year". */
const CLAUSE_REACH = 8;

/**
 * The period a figure is counted per, said right after it or elsewhere in its clause with no other figure between:
 * "Jährlich halten sich rund 3,5 Millionen Besucher … auf", "3.5 million visitors spend time there every year".
 * `at` is the figure's token, `from` the first token after the figure and its unit.
 */
export function ratePeriodOf(
  tokens: readonly Token[],
  at: number,
  from: number,
  text: string,
  offset: number,
  pack: LanguagePack,
): (Mention & { period: RatePeriod }) | undefined {
  const joined = inOneClause(tokens, text);
  const figure = (j: number): boolean => tokens[j]!.isNumber || pack.numberWords.has(tokens[j]!.norm);
  for (let j = from; j < tokens.length && j - from <= CLAUSE_REACH; j++) {
    if (j > from && (!joined(j - 1, j) || figure(j))) break;
    const per = ratePeriodAt(tokens, j, text, offset, pack);
    if (per) return per;
  }
  for (let j = at - 1; j >= 0 && at - j <= CLAUSE_REACH && joined(j, j + 1) && !figure(j); j--) {
    const per = ratePeriodAt(tokens, j, text, offset, pack);
    if (per && per.end <= offset + tokens[at]!.start) return per;
  }
  return undefined;
}
