import type { LanguagePack } from '../lang/pack.js';
import { findDates } from '../text/dates.js';
import type { Token } from '../text/tokens.js';
import { findPhrases } from './phrases.js';
import type { TimeFact } from './types.js';

/** Dates, years, months, weekdays and relative times ("in knapp zwei Wochen", "next week") in a sentence. */
export function findTimes(tokens: Token[], text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const out: TimeFact[] = findDates(text).map((d) => ({
    start: offset + d.start,
    end: offset + d.end,
    text: text.slice(d.start, d.end),
    kind: d.precision === 'day' ? 'date' : 'month',
    value: d.iso,
  }));
  const inside = (start: number): boolean => out.some((o) => o.start <= start && start < o.end);
  for (const m of findPhrases(tokens, pack.relativeTimes.keys(), text, offset)) {
    if (inside(m.start)) continue;
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
    let fact: TimeFact | null = null;
    if (/^(19|20)\d\d$/.test(t.text))
      fact = { start: at, end: offset + t.end, text: t.text, kind: 'year', value: t.text };
    else if (pack.weekdays.has(t.norm))
      fact = {
        start: at,
        end: offset + t.end,
        text: t.text,
        kind: 'weekday',
        value: String(pack.weekdays.get(t.norm)),
      };
    else if (pack.months.has(t.norm) && t.norm.length > 3 && t.capitalized) {
      // "May" is also a verb: an ambiguous month name counts only beside a number.
      const ambiguous = pack.stopwords.has(t.norm);
      if (!ambiguous || tokens[i - 1]?.isNumber || tokens[i + 1]?.isNumber) {
        fact = {
          start: at,
          end: offset + t.end,
          text: t.text,
          kind: 'month',
          value: String(pack.months.get(t.norm)),
        };
      }
    }
    if (fact) out.push(fact);
  }
  return out.sort((a, b) => a.start - b.start);
}
