import { sortedLines } from './sorted-lines.js';

/** A thesaurus of synonym sets in a hierarchy (see bench/lexicons/german-thesaurus.ts), read where it lies. */
export interface Thesaurus {
  /** The sets a folded word belongs to. */
  setsOf(word: string): number[];
  /** The sets directly above a set. */
  parentsOf(set: number): number[];
  /** A set's main member, to name it in evidence. */
  labelOf(set: number): string;
  /** The folded words of a set (an index built the first time it is asked). */
  membersOf(set: number): string[];
}

const numbers = (field: string | undefined): number[] =>
  field ? field.split(',').map((n) => parseInt(n, 36)) : [];

export function thesaurus(sets: string, words: string): Thesaurus {
  const setLines = sortedLines(sets);
  const wordLines = sortedLines(words);
  const set = (n: number) => setLines.line(n).split(';');
  let members: Map<number, string[]> | undefined;
  const memberIndex = (): Map<number, string[]> => {
    const index = new Map<number, string[]>();
    for (let i = 0; i < wordLines.size; i++) {
      const whole = wordLines.line(i);
      const bar = whole.indexOf('|');
      for (const n of numbers(whole.slice(bar + 1))) {
        if (!index.has(n)) index.set(n, []);
        index.get(n)!.push(whole.slice(0, bar));
      }
    }
    return index;
  };
  return {
    setsOf: (word) => numbers(wordLines.find(word)),
    parentsOf: (n) => numbers(set(n)[1]),
    labelOf: (n) => set(n)[0]!,
    membersOf: (n) => (members ??= memberIndex()).get(n) ?? [],
  };
}
