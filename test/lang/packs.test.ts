import { describe, expect, it } from 'vitest';
import { languagePack, supportedLanguages } from '../../src/lang/index.js';

describe.each(supportedLanguages)('language pack %s', (code) => {
  const pack = languagePack(code);
  it('has no function word among its reporting verbs (a split multi-word entry would put one there)', () => {
    expect([...pack.reportingVerbs].filter((w) => pack.stopwords.has(w))).toEqual([]);
  });
  it('writes lexicon entries in lower case', () => {
    const all = [
      ...pack.reportingVerbs,
      ...pack.negations,
      ...pack.hedges,
      ...pack.plannedMarkers,
      ...pack.happenedMarkers,
    ];
    expect(all.filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
  it('has months, weekdays and number words', () => {
    expect(pack.months.size).toBeGreaterThanOrEqual(12);
    expect(pack.weekdays.size).toBe(code === 'de' ? 8 : 7);
    expect(pack.numberWords.get(code === 'de' ? 'zwei' : 'two')).toBe(2);
  });
});
