/**
 * A generated list of "key|value" lines sorted by key (code unit order), searched where it lies: a large lexicon is
 * a string in a module, and finding a word in it costs a binary search instead of an index built at start-up.
 */
export interface SortedLines {
  /** The value of the line whose key is this one ("" for a key alone), or undefined. */
  find(key: string): string | undefined;
  /** The lines whose keys start with this prefix, as [key, value]. */
  withPrefix(prefix: string): [string, string][];
  /** Line n (from 0), whole. */
  line(n: number): string;
  readonly size: number;
}

/** The offsets at which the text's lines start, its leading and trailing line breaks left out. */
function lineStarts(text: string): Int32Array {
  const starts: number[] = [];
  let at = text.startsWith('\n') ? 1 : 0;
  while (at < text.length) {
    const end = text.indexOf('\n', at);
    if (end !== at) starts.push(at);
    if (end < 0) break;
    at = end + 1;
  }
  return Int32Array.from(starts);
}

export function sortedLines(text: string): SortedLines {
  let starts: Int32Array | undefined;
  const index = () => (starts ??= lineStarts(text));
  const line = (n: number): string => {
    const from = index()[n]!;
    const end = text.indexOf('\n', from);
    return text.slice(from, end < 0 ? text.length : end);
  };
  const split = (whole: string): [string, string] => {
    const bar = whole.indexOf('|');
    return bar < 0 ? [whole, ''] : [whole.slice(0, bar), whole.slice(bar + 1)];
  };
  /** The first line whose key is not below this one. */
  const lowerBound = (key: string): number => {
    let lo = 0;
    let hi = index().length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (split(line(mid))[0] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    find(key) {
      const at = lowerBound(key);
      if (at >= index().length) return undefined;
      const [k, value] = split(line(at));
      return k === key ? value : undefined;
    },
    withPrefix(prefix) {
      const found: [string, string][] = [];
      for (let at = lowerBound(prefix); at < index().length; at++) {
        const entry = split(line(at));
        if (!entry[0].startsWith(prefix)) break;
        found.push(entry);
      }
      return found;
    },
    line,
    get size() {
      return index().length;
    },
  };
}
