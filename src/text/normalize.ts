/**
 * Normalisation that hides differences without changing meaning, keeping a map from every normalised
 * character back to the text as given, so evidence always points at what the user supplied.
 */
export interface NormalizedText {
  /** The normalised text: LF line ends, plain spaces, no soft hyphens or zero-width characters. */
  text: string;
  /** `origin[i]` is the offset in the given text of normalised character `i`; `origin[text.length]` its length. */
  origin: Int32Array;
}

// Alternation, not a class: a class holding U+200D would read as a joined sequence.
const DROPPED = /^(?:\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF)$/;
const SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;

/** Any character normalisation changes: most texts hold none, and then nothing need be copied. */
const CHANGED = /\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF|[\r\u00A0\u2000-\u200A\u202F\u205F\u3000\t\f\v]/;

export function normalizeText(given: string): NormalizedText {
  if (!CHANGED.test(given)) {
    const origin = new Int32Array(given.length + 1);
    for (let i = 0; i <= given.length; i++) origin[i] = i;
    return { text: given, origin };
  }
  const out: string[] = [];
  const origin = new Int32Array(given.length + 1);
  let n = 0;
  for (let i = 0; i < given.length; i++) {
    const ch = given[i]!;
    if (DROPPED.test(ch)) continue;
    if (ch === '\r') {
      if (given[i + 1] === '\n') continue;
      out.push('\n');
    } else {
      out.push(SPACES.test(ch) ? ' ' : ch);
    }
    origin[n++] = i;
  }
  origin[n] = given.length;
  return { text: out.join(''), origin: origin.slice(0, n + 1) };
}

/** Maps a normalised range back to the given text. */
export function toGiven(norm: NormalizedText, start: number, end: number): { start: number; end: number } {
  const s = norm.origin[start] ?? norm.origin[norm.origin.length - 1]!;
  const e = end > start ? norm.origin[end - 1]! + 1 : s;
  return { start: s, end: e };
}

/** A character `fold` replaces. */
const FOLDED =
  /[ß\u2018\u2019\u201A\u201B\u2032\u00B4`\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033\u2010-\u2015\u2212]/;

/**
 * Folds a word or phrase for matching: case, ß/ss (Swiss spelling), typographic quotes and dashes.
 * Umlauts stay: in German they distinguish words.
 */
export function fold(s: string): string {
  const lower = s.toLowerCase();
  if (!FOLDED.test(lower)) return lower;
  return lower
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-');
}

/**
 * Folds a name for matching, its accents dropped as well: wire copy often loses them ("Copa America" for "Copa
 * América", "Sanchez" for "Sánchez"), and a name spelled so is still the same name. Words keep their umlauts (`fold`).
 */
export const foldName = (s: string): string =>
  fold(s).normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
