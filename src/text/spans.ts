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
