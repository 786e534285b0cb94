/** Reads a compact list of pairs, `a:b` separated by white space. */
export function pairs(source: string): [string, string][] {
  return source
    .trim()
    .split(/\s+/)
    .map((entry) => entry.split(':') as [string, string]);
}

/** Reads a compact lexicon table, `word:value` pairs separated by white space, into a map. */
export function table(source: string): Map<string, number> {
  return new Map(
    source
      .trim()
      .split(/\s+/)
      .map((entry) => {
        const at = entry.lastIndexOf(':');
        return [entry.slice(0, at), Number(entry.slice(at + 1))] as [string, number];
      }),
  );
}
