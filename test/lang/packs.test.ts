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

/**
 * What a pack may leave empty, and why: a field empty for another reason is a lexicon someone forgot.
 * Optional fields (`?` in pack.ts) are what only some languages have.
 */
const MAY_BE_EMPTY: Record<string, string> = {
  durationAgo: 'German places the direction before the count ("vor drei Tagen")',
  feminineEndings: 'English titles do not inflect for gender',
  modifierEndings: 'English adjectives do not inflect',
  placeNames: 'a capital marks a name where only names are capitalised',
  placePrepositions: 'a capital marks a name where only names are capitalised',
  prepositionalBounds: 'a noun before "over" cannot be told where nouns are not capitalised',
  oppositeSuffixes:
    'English "-less" / "-ful" pairs are opposites only as WordNet lists them ("helpless", "helpful")',
};
const OPTIONAL = new Set([
  'genitiveAttribute',
  'ongoingForm',
  'wordnet',
  'thesaurus',
  'impersonalReporting',
  // English attribution phrases precede whom they name ("according to"); German "zufolge" follows.
  'attributionPostpositions',
]);

const sizeOf = (v: unknown): number =>
  v instanceof Map || v instanceof Set
    ? v.size
    : Array.isArray(v)
      ? v.length
      : typeof v === 'string'
        ? v.trim().length
        : typeof v === 'object' && v !== null
          ? Object.keys(v).length
          : 1;

describe('language packs', () => {
  const packs = supportedLanguages.map(languagePack);
  const fields = [...new Set(packs.flatMap((p) => Object.keys(p)))].filter((k) => !OPTIONAL.has(k));
  it.each(fields)('every pack fills %s', (field) => {
    for (const pack of packs) {
      const value = (pack as unknown as Record<string, unknown>)[field];
      expect(value, `${pack.code}.${field}`).toBeDefined();
      if (!(field in MAY_BE_EMPTY))
        expect(sizeOf(value), `${pack.code}.${field} is empty`).toBeGreaterThan(0);
    }
  });
});
