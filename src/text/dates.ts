import { derived } from '../lang/derived.js';
import { languagePack, supportedLanguages, type LanguagePack } from '../lang/index.js';

/** An absolute calendar date written in a text. */
export interface DateMention {
  start: number;
  end: number;
  /** `YYYY-MM-DD`, `YYYY-MM`; a day named without its year as ISO 8601 writes it, `--MM-DD`. */
  iso: string;
  precision: 'year' | 'month' | 'day';
}

const monthNumber = new Map<string, number>();
for (const lang of supportedLanguages) {
  for (const [name, n] of languagePack(lang).months) monthNumber.set(name, n);
}
const MONTH = [...monthNumber.keys()].sort((a, b) => b.length - a.length).join('|');
const pad = (n: number): string => String(n).padStart(2, '0');

const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => [number, number?, number?] }[] = [
  { re: /\b(\d{4})-(\d{2})-(\d{2})\b/giu, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  { re: /\b(\d{4})-(\d{2})\b(?!-\d)/giu, read: (m) => [+m[1]!, +m[2]!] },
  { re: /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/giu, read: (m) => [+m[3]!, +m[2]!, +m[1]!] },
  {
    re: new RegExp(`\\b(\\d{1,2})\\.?\\s*(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => [+m[3]!, monthNumber.get(m[2]!.toLowerCase()), +m[1]!],
  },
  {
    re: new RegExp(`\\b(${MONTH})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => [+m[3]!, monthNumber.get(m[1]!.toLowerCase()), +m[2]!],
  },
  {
    re: new RegExp(`\\b(${MONTH})\\.?,?\\s+(\\d{4})\\b`, 'giu'),
    read: (m) => [+m[2]!, monthNumber.get(m[1]!.toLowerCase())],
  },
];

/** Absolute dates in a text (German and English forms), earliest first, longest form winning overlaps. */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [y, mo, d] = read(m);
      if (mo === undefined || mo < 1 || mo > 12 || (d !== undefined && (d < 1 || d > 31))) continue;
      if (y < 1000 || y > 2999) continue;
      const iso = d === undefined ? `${y}-${pad(mo)}` : `${y}-${pad(mo)}-${pad(d)}`;
      const mention: DateMention = {
        start: m.index,
        end: m.index + m[0].length,
        iso,
        precision: d === undefined ? 'month' : 'day',
      };
      if (!found.some((f) => f.start < mention.end && mention.start < f.end)) found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** "16 February", "15. März" and, where the language writes it, "March 15": day and month as a group each. */
function yearless(pack: LanguagePack): RegExp[] {
  const names = [...pack.months.keys()].sort((a, b) => b.length - a.length).join('|');
  const patterns = [new RegExp(`\\b(?<day>\\d{1,2})\\.?\\s*(?<month>${names})\\b`, 'giu')];
  if (pack.monthBeforeDay)
    patterns.push(
      new RegExp(`\\b(?<month>${names})\\.?\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]?\\d)`, 'giu'),
    );
  return patterns;
}

/**
 * Days named without their year ("16 February", "March 15", "15. März"): news gives most dates so, the year being
 * the article's. Where a form with a year overlaps, that form is the date (`findDates`), so those are left out.
 * A month name counts only capitalised, as news writes it: "2 may" is a number and a verb.
 */
export function findYearlessDates(
  text: string,
  pack: LanguagePack,
  withYear: DateMention[] = findDates(text),
): DateMention[] {
  const found: DateMention[] = [];
  for (const re of derived(pack, yearless)) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const { day, month } = m.groups!;
      const mo = pack.months.get(month!.toLowerCase());
      const d = Number(day);
      if (mo === undefined || d < 1 || d > 31 || month![0] === month![0]!.toLowerCase()) continue;
      const mention: DateMention = {
        start: m.index,
        end: m.index + m[0].length,
        iso: `--${pad(mo)}-${pad(d)}`,
        precision: 'day',
      };
      const overlaps = (f: DateMention): boolean => f.start < mention.end && mention.start < f.end;
      if (!withYear.some(overlaps) && !found.some(overlaps)) found.push(mention);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
