import { describe, expect, it } from 'vitest';
import { fold, normalizeText, toGiven } from '../../src/text/normalize.js';
import { tokenize } from '../../src/text/tokens.js';
import { detectLanguage } from '../../src/text/language.js';

describe('normalisation', () => {
  it('removes soft hyphens and zero-width characters, folds CRLF and odd spaces, and maps back', () => {
    const given = 'Ver\u00ADhand\u200Blung\r\nam\u00A010.\u2009Mai';
    const norm = normalizeText(given);
    expect(norm.text).toBe('Verhandlung\nam 10. Mai');
    const at = norm.text.indexOf('10.');
    const span = toGiven(norm, at, at + 3);
    expect(given.slice(span.start, span.end)).toBe('10.');
    const word = toGiven(norm, 0, 'Verhandlung'.length);
    expect(given.slice(word.start, word.end)).toBe('Ver\u00ADhand\u200Blung');
  });

  it('folds case, ß/ss, quotes and dashes for matching', () => {
    expect(fold('Außenminister')).toBe(fold('Aussenminister'));
    expect(fold('großen')).toBe(fold('grossen'));
    expect(fold('„Zitat“ – ‚so‘')).toBe('"zitat" - \'so\'');
  });

  it('stems German and English tokens and marks stopwords', () => {
    const de = tokenize('Die Verhandlungen der Außenminister', 'de');
    expect(de.map((t) => t.isStopword)).toEqual([true, false, true, false]);
    expect(de[1]!.stem).toBe(tokenize('Verhandlung', 'de')[0]!.stem);
    const en = tokenize('The negotiations continued', 'en');
    expect(en[1]!.stem).toBe(tokenize('negotiation', 'en')[0]!.stem);
  });

  it('keeps numbers with separators whole', () => {
    expect(tokenize('800.000 Soldaten und 3,4 Prozent', 'de').map((t) => t.text)).toEqual([
      '800.000',
      'Soldaten',
      'und',
      '3,4',
      'Prozent',
    ]);
  });

  it('detects German and English', () => {
    expect(
      detectLanguage('Die Regierung hat am Montag erklärt, dass sie nicht zustimmen wird.').language,
    ).toBe('de');
    expect(detectLanguage('The government said on Monday that it will not agree.').language).toBe('en');
  });
});
