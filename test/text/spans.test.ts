import { describe, expect, it } from 'vitest';
import { outermost, spanIndexAt } from '../../src/text/spans.js';

describe('spanIndexAt', () => {
  const spans = [
    { start: 2, end: 5 },
    { start: 5, end: 9 },
    { start: 20, end: 21 },
  ];
  it.each([
    [0, -1],
    [2, 0],
    [4, 0],
    [5, 1],
    [8, 1],
    [9, -1],
    [19, -1],
    [20, 2],
    [21, -1],
  ])('offset %i is in span %i', (at, index) => expect(spanIndexAt(spans, at)).toBe(index));

  it('agrees with a linear search over many spans', () => {
    const many = outermost(
      Array.from({ length: 500 }, (_, k) => ({ start: k * 7, end: k * 7 + 3 + (k % 4) })),
    );
    for (let at = -1; at < 3600; at++)
      expect(spanIndexAt(many, at)).toBe(many.findIndex((s) => s.start <= at && at < s.end));
  });

  it('finds nothing in no spans', () => expect(spanIndexAt([], 3)).toBe(-1));
});
