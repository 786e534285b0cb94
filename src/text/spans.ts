/** Of overlapping ranges, keeps the earliest and, at the same start, the longest: a quote over its inner quotes, a phrase over its parts. */
export function outermost<T extends { start: number; end: number }>(spans: readonly T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) continue;
    out.push(span);
  }
  return out;
}

/**
 * The index of the span of `sorted` (ordered, none overlapping) that holds `at`, or -1: a binary search, so that a
 * long article's every word can ask which of its hundreds of quotes or sentences it stands in.
 */
export function spanIndexAt(sorted: readonly { start: number; end: number }[], at: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = sorted[mid]!;
    if (at < span.start) hi = mid - 1;
    else if (at >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
