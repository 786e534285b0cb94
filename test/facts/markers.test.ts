import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract.js';
import { ingestText } from '../../src/ingest/article.js';
import type { Language } from '../../src/types.js';

const planned = (text: string, language: Language): string[] =>
  extractFacts(ingestText(text, { language }).article).flatMap((s) => s.modality.planned.map((m) => m.text));

describe('planned markers', () => {
  it.each([
    ['en', 'The minister is due to sign the deal on Monday.', ['due to']],
    ['en', 'The app was banned due to concerns that it may be spying.', []],
    ['en', 'Prices are set to rise next year.', ['set to', 'next']],
    ['en', 'The dial was set to the lowest level.', []],
    ['de', 'Die Ministerin plant, das Gesetz im Herbst vorzulegen.', ['plant']],
    ['de', 'Das Gesetz wurde aufgrund von Bedenken gestoppt.', []],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(planned(text, language)).toEqual(expected);
  });
});
