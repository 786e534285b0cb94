import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import type { TimeFact } from './types.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for an hour, its minutes after a colon or a point, and a clock word: "11.00 Uhr", "1:30 p.m.". */
const clockPattern = (pack: LanguagePack): RegExp =>
  new RegExp(
    `(?<![\\d.,:])(\\d{1,2})(?:[.:](\\d{2}))?\\s?(${[...pack.clockWords.keys()].map(escape).join('|')})(?![\\p{L}])`,
    'giu',
  );

/**
 * Times of day said with a clock word, as "HH:MM" on a 24-hour clock: "gegen 11.00 Uhr" is 11:00, "1 p.m." 13:00.
 * A figure that is no hour (25 Uhr) or no minute (11.75 Uhr) is left to the number reader.
 */
export function findClockTimes(text: string, offset: number, pack: LanguagePack): TimeFact[] {
  if (!pack.clockWords.size) return [];
  const pattern = derived(pack, clockPattern);
  const out: TimeFact[] = [];
  for (const m of text.matchAll(pattern)) {
    const [hour, minutes] = [Number(m[1]), Number(m[2] ?? 0)];
    const added = pack.clockWords.get(m[3]!.toLowerCase()) ?? 0;
    if (hour > 23 || minutes > 59 || (added && hour > 12)) continue;
    // "12 p.m." is noon, "12 a.m." midnight.
    const h = added ? (hour % 12) + added : hour === 12 && /^a/iu.test(m[3]!) ? 0 : hour;
    out.push({
      start: offset + m.index,
      end: offset + m.index + m[0].length,
      text: m[0],
      kind: 'clock',
      value: `${String(h).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`,
    });
  }
  return out;
}
