import { describe, expect, it } from 'vitest';
import { certainty } from '../../src/detect/rules/certainty.js';
import { findingsOf, ruleTable } from './harness.js';

ruleTable(certainty, {
  valid: [
    {
      lang: 'de',
      source: 'Der Verdächtige ist offenbar nach Frankreich geflohen.',
      rewrite: 'Offenbar floh der Verdächtige nach Frankreich.',
    },
    {
      lang: 'de',
      source: 'Das Museum öffnet im Mai wieder seine Türen.',
      rewrite: 'Im Mai öffnet das Museum seine Türen wieder.',
    },
    {
      lang: 'en',
      source: 'The suspect reportedly fled to France after the robbery.',
      rewrite: 'After the robbery the suspect reportedly fled to France.',
    },
    {
      lang: 'en',
      source: 'The museum reopens its doors in May.',
      rewrite: 'In May the museum reopens its doors.',
    },
  ],
  invalid: [
    {
      lang: 'en',
      source: 'Its likely first product after the vaccines will be a shot against RSV in older adults.',
      rewrite: 'Its first product after the vaccines will be a shot against RSV in older adults.',
      mentions: ['Hedge removed', '"likely"'],
    },
    {
      lang: 'de',
      source: 'Der Verdächtige ist offenbar nach Frankreich geflohen.',
      rewrite: 'Der Verdächtige ist nach Frankreich geflohen.',
      mentions: ['Hedge removed', 'offenbar'],
    },
    {
      lang: 'de',
      source: 'Die Vorschläge werden beim nächsten Treffen diskutiert.',
      rewrite: 'Die Vorschläge werden voraussichtlich beim nächsten Treffen diskutiert.',
      mentions: ['Hedge added'],
    },
    {
      lang: 'en',
      source: 'The minister allegedly accepted payments from the firm.',
      rewrite: 'The minister accepted payments from the firm.',
      mentions: ['allegedly'],
    },
    {
      lang: 'en',
      source: 'The virus spread through the school in two weeks.',
      rewrite: 'The virus apparently spread through the school in two weeks.',
      mentions: ['Hedge added'],
    },
  ],
});

describe('certainty severity', () => {
  it.each([
    ['en', 'The minister will likely resign next week.', 'The minister will resign next week.'],
    ['de', 'Der Minister tritt vermutlich nächste Woche zurück.', 'Der Minister tritt nächste Woche zurück.'],
  ] as const)('a removed probability hedge is medium (%s)', (lang, source, rewrite) => {
    const found = findingsOf(certainty, { lang, source, rewrite });
    expect(found.map((f) => f.severity)).toEqual(['medium']);
  });
});
