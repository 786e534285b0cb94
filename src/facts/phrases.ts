import type { Token } from '../text/tokens.js';
import type { Mention } from './types.js';

/**
 * Finds lexicon phrases in a token list. A phrase is lower-case words separated by spaces; a word ending in
 * "-" matches as a prefix ("ex-" in "Ex-Präsident"), a word starting with "-" as a suffix ("-elect").
 */
export function findPhrases(
  tokens: Token[],
  phrases: Iterable<string>,
  text: string,
  offset: number,
): Mention[] {
  const found: Mention[] = [];
  for (const phrase of phrases) {
    const words = phrase.split(' ');
    for (let i = 0; i + words.length <= tokens.length; i++) {
      if (!words.every((w, k) => wordMatches(tokens[i + k]!.norm, w))) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + words.length - 1]!.end;
      found.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
    }
  }
  return dedupe(found);
}

export function wordMatches(token: string, word: string): boolean {
  if (word.endsWith('-')) return token.startsWith(word);
  if (word.startsWith('-')) return token.endsWith(word);
  return token === word;
}

/** Keeps the longest of overlapping mentions. */
function dedupe(mentions: Mention[]): Mention[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Mention[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) continue;
    out.push(m);
  }
  return out;
}
