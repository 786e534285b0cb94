import { languagePack, supportedLanguages } from '../lang/index.js';

/** An absolute calendar date written in a text. */
export interface DateMention {
  start: number;
  end: number;
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
