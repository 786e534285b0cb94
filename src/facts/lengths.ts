import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import type { TimeFact } from './types.js';

/**
 * A length of time told by one unit made whole: "einen ganzen Tag", "a full week", "an entire year". The article
 * alone counts no length ("twice a day" is a rate), but with "whole" it does. Its value is the unit: "day", "week".
 */
export function findWholeUnits(
  tokens: readonly Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): TimeFact[] {
  const out: TimeFact[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    const [one, whole, unit] = [tokens[i]!, tokens[i + 1]!, tokens[i + 2]!];
    const calendar = pack.durationUnits.get(unit.norm);
    if (!calendar || !pack.oneWords.includes(one.norm) || !pack.wholeWords.includes(whole.norm)) continue;
    out.push({
      start: offset + one.start,
      end: offset + unit.end,
      text: text.slice(one.start, unit.end),
      kind: 'length',
      value: calendar,
    });
    i += 2;
  }
  return out;
}
