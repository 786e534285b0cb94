import { sortedLines } from './sorted-lines.js';

/** A thesaurus of synonym sets in a hierarchy (see bench/lexicons/german-thesaurus.ts), read where it lies. */
export interface Thesaurus {
  /** The sets a folded word belongs to. */
  setsOf(word: string): number[];
  /** The sets directly above a set. */
  parentsOf(set: number): number[];
  /** A set's main member, to name it in evidence. */
  labelOf(set: number): string;
}

const numbers = (field: string | undefined): number[] =>
  field ? field.split(',').map((n) => parseInt(n, 36)) : [];

export function thesaurus(sets: string, words: string): Thesaurus {
  const setLines = sortedLines(sets);
  const wordLines = sortedLines(words);
  const set = (n: number) => setLines.line(n).split(';');
  return {
    setsOf: (word) => numbers(wordLines.find(word)),
    parentsOf: (n) => numbers(set(n)[1]),
    labelOf: (n) => set(n)[0]!,
  };
}
