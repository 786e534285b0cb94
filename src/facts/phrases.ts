import { fold } from '../text/normalize.js';
import { outermost } from '../text/spans.js';
import type { Token } from '../text/tokens.js';
import type { Mention } from './types.js';

interface PhraseIndex {
  /** Phrases by their first word, for whole-word starts. */
  byFirst: Map<string, string[][]>;
  /** Phrases whose first word is a prefix ("ex-") or suffix ("-elect"): few, tried at every token. */
  affixed: string[][];
}

const indexes = new WeakMap<object, PhraseIndex>();

function indexOf(phrases: Iterable<string>): PhraseIndex {
  const key = phrases as object;
  let index = indexes.get(key);
  if (index) return index;
  index = { byFirst: new Map(), affixed: [] };
  // Written as the tokens are normalised: "heißt es" finds "heisst es", "außer" finds "ausser".
  for (const phrase of phrases) {
    const words = fold(phrase).split(' ');
    const first = words[0]!;
    if (first.endsWith('-') || first.startsWith('-')) index.affixed.push(words);
    else index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), words]);
  }
  indexes.set(key, index);
  return index;
}

/**
 * Finds lexicon phrases in a token list. A phrase is lower-case words separated by spaces; a word ending in
 * "-" matches as a prefix ("ex-" in "Ex-Präsident"), a word starting with "-" as a suffix ("-elect").
 * The lexicon is indexed once by first word, so a sentence costs one lookup per token.
 */
export function findPhrases(
  tokens: Token[],
  phrases: Iterable<string>,
  text: string,
  offset: number,
): Mention[] {
  const index = indexOf(phrases);
  const found: Mention[] = [];
  const tryAt = (i: number, candidates: readonly string[][]): void => {
    for (const words of candidates) {
      if (i + words.length > tokens.length) continue;
      if (!words.every((w, k) => wordMatches(tokens[i + k]!.norm, w))) continue;
      const start = tokens[i]!.start;
      const end = tokens[i + words.length - 1]!.end;
      found.push({ start: offset + start, end: offset + end, text: text.slice(start, end) });
    }
  };
  for (let i = 0; i < tokens.length; i++) {
    const byFirst = index.byFirst.get(tokens[i]!.norm);
    if (byFirst) tryAt(i, byFirst);
    if (index.affixed.length) tryAt(i, index.affixed);
  }
  return found.length > 1 ? outermost(found) : found;
}

/** The words of the lexicon phrase that starts at token `at`, the longest if several do. */
export function phraseAt(
  tokens: readonly Token[],
  at: number,
  phrases: Iterable<string>,
): string[] | undefined {
  const first = tokens[at];
  if (!first) return undefined;
  const index = indexOf(phrases);
  return [...(index.byFirst.get(first.norm) ?? []), ...index.affixed]
    .filter((words) => words.every((w, k) => tokens[at + k] && wordMatches(tokens[at + k]!.norm, w)))
    .sort((a, b) => b.length - a.length)[0];
}

export function wordMatches(token: string, word: string): boolean {
  if (word.endsWith('-')) return token.startsWith(word);
  if (word.startsWith('-')) return token.endsWith(word);
  return token === word;
}
