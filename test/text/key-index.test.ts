import { describe, expect, it } from 'vitest';
import { KeyIndex, mostShared } from '../../src/text/key-index.js';

const indexOf = (items: string[][]): KeyIndex<number> => {
  const index = new KeyIndex<number>();
  items.forEach((keys, i) => keys.forEach((k) => index.add(k, i)));
  return index;
};

describe('key index', () => {
  it('keeps each key’s values in the order added, and none for an unknown key', () => {
    const index = new KeyIndex<string>();
    index.add('a', 'x');
    index.add('a', 'y');
    expect(index.get('a')).toEqual(['x', 'y']);
    expect(index.get('b')).toEqual([]);
  });

  it('ranks items by the rare keys they share, ties in item order', () => {
    const items = [['the', 'minister'], ['the', 'budget'], ['the', 'minister', 'budget'], ['the']];
    const index = indexOf(items);
    expect(mostShared(index, items.length, ['the', 'minister', 'budget'], { limit: 3, budget: 100 })).toEqual(
      [2, 0, 1],
    );
    expect(mostShared(index, items.length, ['the'], { limit: 2, budget: 100 })).toEqual([0, 1]);
  });

  it('reads the rarest key always and common keys only within the budget', () => {
    const items = Array.from({ length: 50 }, (_, i) => (i === 7 ? ['rare', 'common'] : ['common']));
    const index = indexOf(items);
    expect(mostShared(index, items.length, ['common', 'rare'], { limit: 5, budget: 10 })).toEqual([7]);
    expect(mostShared(index, items.length, ['common'], { limit: 2, budget: 10 })).toEqual([0, 1]);
  });
});
