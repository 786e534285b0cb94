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
    // Before a figure, a marker of time compares amounts; before a year it still looks ahead.
    ['en', 'Its efficacy was well ahead of the 66.7% of its rival.', []],
    ['en', 'Talks resume ahead of the summit.', ['ahead of']],
    ['en', 'Parties are campaigning ahead of 2026.', ['ahead of']],
    ['de', 'Die Firma will in den nächsten 5 Jahren wachsen.', ['will', 'nächsten']],
    ['de', 'Mit Blick auf die 20 Prozent der Stimmen sprach er von einem Erfolg.', []],
    ['de', 'Die Ministerin plant, das Gesetz im Herbst vorzulegen.', ['plant']],
    ['de', 'Das Gesetz wurde aufgrund von Bedenken gestoppt.', []],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(planned(text, language)).toEqual(expected);
  });
});
