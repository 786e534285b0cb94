import { describe, expect, it } from 'vitest';
import { counted } from '../../src/report/counted.js';

describe('counted', () => {
  it('says one finding, and any other number of findings', () => {
    expect(counted(1, 'finding')).toBe('1 finding');
    expect(counted(0, 'finding')).toBe('0 findings');
    expect(counted(21, 'finding')).toBe('21 findings');
  });
});
