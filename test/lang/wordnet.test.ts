import { describe, expect, it } from 'vitest';
import { indexLine } from '../../src/lang/wordnet/files.js';
import { nearInMeaning, opposedInMeaning, senses } from '../../src/lang/wordnet/synsets.js';

describe('WordNet, read in place', () => {
  it('finds the first, a middle and the last lemma of a sorted index, and misses absent ones', () => {
    expect(indexLine("'hood", 'n')).toMatch(/^'hood n /);
    expect(indexLine('dog', 'n')).toMatch(/^dog n /);
    expect(indexLine('zyrian', 'n')).toMatch(/^zyrian n /);
    expect(indexLine('zigzag', 'r')).toMatch(/^zigzag r /);
    expect(indexLine('aaaaaa', 'n')).toBeUndefined();
    expect(indexLine('zzzzzz', 'n')).toBeUndefined();
    expect(indexLine('dogx', 'n')).toBeUndefined();
  });

  it('reads a word through its regular inflections', () => {
    expect(senses('dogs', 'n').some((s) => s.words.includes('dog'))).toBe(true);
    expect(senses('churches', 'n').some((s) => s.words.includes('church'))).toBe(true);
    expect(senses('policies', 'n').some((s) => s.words.includes('policy'))).toBe(true);
    expect(senses('qwertyuiop', 'n')).toEqual([]);
  });

  it('joins synonyms and kinds within a few steps, not different kinds', () => {
    const near = (a: string, b: string) => nearInMeaning(senses(a, 'n'), senses(b, 'n'), 3);
    expect(near('heart', 'core')).toBe(true);
    expect(near('threat', 'danger')).toBe(true);
    expect(near('car', 'vehicle')).toBe(true);
    expect(near('bond', 'loan')).toBe(false);
    expect(near('coffee', 'tea')).toBe(false);
    expect(near('cattle', 'horses')).toBe(false);
  });
});

describe('WordNet opposites', () => {
  it('knows direct and indirect antonyms, not synonyms', () => {
    const opposed = (a: string, b: string, pos: 'v' | 'a') =>
      opposedInMeaning(senses(a, pos), senses(b, pos));
    expect(opposed('accept', 'reject', 'v')).toBe(true);
    expect(opposed('huge', 'tiny', 'a')).toBe(true);
    expect(opposed('huge', 'enormous', 'a')).toBe(false);
    expect(opposed('buy', 'purchase', 'v')).toBe(false);
  });
});
