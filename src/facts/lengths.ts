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

/**
 * A length of time told by a unit in the plural with no number: "for months", "over years", "several weeks",
 * "über Monate", "mehrere Jahre", "monatelang". Its value is the unit marked as many of it: "month*".
 */
export function findVagueLengths(
  tokens: readonly Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): TimeFact[] {
  const { prepositions, suffix } = pack.vagueLengths;
  const fact = (from: Token, to: Token, unit: string): TimeFact => ({
    start: offset + from.start,
    end: offset + to.end,
    text: text.slice(from.start, to.end),
    kind: 'length',
    value: `${unit}*`,
  });
  const out: TimeFact[] = [];
  tokens.forEach((t, i) => {
    const before = tokens[i - 1];
    const unit = pack.durationUnits.get(t.norm);
    // "monatelang", "jahrelang": the unit's plural joined to the suffix of length.
    const joined =
      suffix && t.norm.endsWith(suffix) ? pack.durationUnits.get(t.norm.slice(0, -suffix.length)) : undefined;
    if (joined) out.push(fact(t, t, joined));
    if (!unit || !before || !isPlural(t.norm, pack)) return;
    // A quantifier of some but not all: "several weeks", "mehrere Monate" ("all year" is no vague length).
    const level = pack.quantifiers.get(before.norm) ?? 0;
    const many = level >= 2 && level < 5;
    if (many || prepositions.includes(before.norm)) out.push(fact(before, t, unit));
  });
  return out;
}

/** A unit's plural: a form of it other than its singular, the shortest form the pack lists for the unit. */
function isPlural(norm: string, pack: LanguagePack): boolean {
  const unit = pack.durationUnits.get(norm);
  const forms = [...pack.durationUnits].filter(([, u]) => u === unit).map(([form]) => form);
  return norm !== forms.reduce((a, b) => (b.length < a.length ? b : a));
}
