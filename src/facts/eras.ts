import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { phraseAt } from './phrases.js';
import type { TimeFact } from './types.js';

/** The most digits a year with its era may have: "38 BC", "800 n. Chr.", "1200 v. Chr.". */
const ERA_YEAR = /^\d{1,4}$/;

interface Era {
  /** -1 before the era's start, 1 after it. */
  sign: -1 | 1;
  /** The era phrase's first and last token. */
  first: number;
  last: number;
}

/** The last token of a phrase of the list that starts at token `at`. */
function phraseEnd(tokens: readonly Token[], at: number, phrases: readonly string[]): number | undefined {
  const words = phraseAt(tokens, at, phrases);
  return words && at + words.length - 1;
}

/** The era named right after token `i` ("38 BC", "16. Jahrhundert nach Christus"). */
export function eraAfter(tokens: readonly Token[], i: number, pack: LanguagePack): Era | undefined {
  const before = phraseEnd(tokens, i + 1, pack.eras.before);
  if (before !== undefined) return { sign: -1, first: i + 1, last: before };
  const after = phraseEnd(tokens, i + 1, pack.eras.after);
  return after === undefined ? undefined : { sign: 1, first: i + 1, last: after };
}

/** The era named right before token `i` ("AD 800"). */
function eraBefore(tokens: readonly Token[], i: number, pack: LanguagePack): Era | undefined {
  for (const phrase of pack.eras.leading) {
    const first = i - phrase.split(' ').length;
    if (first >= 0 && phraseEnd(tokens, first, pack.eras.leading) === i - 1)
      return { sign: 1, first, last: i - 1 };
  }
  return undefined;
}

/**
 * Years counted in an era: "38 BC", "im Jahr 38 v. Chr.", "AD 800". A figure with an era is a year whatever its
 * digits; one before the era's start is the negative year, so "38 BC" and "38 AD" are two years.
 */
export function findEraYears(tokens: Token[], text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const out: TimeFact[] = [];
  tokens.forEach((t, i) => {
    if (!ERA_YEAR.test(t.text)) return;
    const era = eraAfter(tokens, i, pack) ?? eraBefore(tokens, i, pack);
    if (!era) return;
    const [from, to] = [tokens[Math.min(i, era.first)]!, tokens[Math.max(i, era.last)]!];
    out.push({
      start: offset + from.start,
      end: offset + to.end,
      text: text.slice(from.start, to.end),
      kind: 'year',
      value: String(era.sign * Number(t.text)),
    });
  });
  return out;
}

/**
 * A century with the era named after it: "im 2. Jahrhundert nach Christus", "the 5th century BC". Before the era's
 * start it is the negative century.
 */
export function withEra(
  century: TimeFact,
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): TimeFact {
  const noun = tokens.findIndex((t) => offset + t.end === century.end);
  const era = noun < 0 ? undefined : eraAfter(tokens, noun, pack);
  if (!era) return century;
  const end = tokens[era.last]!.end;
  return {
    ...century,
    end: offset + end,
    text: text.slice(century.start - offset, end),
    value: String(era.sign * Number(century.value)),
  };
}
