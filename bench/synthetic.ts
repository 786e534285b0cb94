/** Synthetic article pairs of any length for timing: sentences of real words, rewritten with small edits. */
export function syntheticPair(
  sentences: number,
  vocabulary: string[],
  seed = 1,
): { source: string[]; rewrite: string[] } {
  let state = seed;
  const random = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  // Zipf-like choice: a few words often, most rarely, as in real text.
  const word = (): string => vocabulary[Math.floor(vocabulary.length * random() ** 2)]!;
  const source: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const length = 10 + Math.floor(random() * 15);
    const words = Array.from({ length }, word);
    // Capitalised and ending in a three-digit figure (not an ordinal), so that each is one sentence to the segmenter too.
    source.push(`${capitalised(words.join(' '))} ${100 + Math.floor(random() * 900)}.`);
  }
  const rewrite = source
    .filter(() => random() > 0.05)
    .map((s) =>
      s
        .split(' ')
        .map((w, i, all) => (i < all.length - 1 && random() < 0.15 ? word() : w))
        .join(' '),
    )
    .map(capitalised);
  return { source, rewrite };
}

const capitalised = (s: string): string => `${s[0]!.toUpperCase()}${s.slice(1)}`;
