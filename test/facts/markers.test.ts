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

const sentenceFacts = (text: string, language: Language) =>
  extractFacts(ingestText(text, { language }).article);

describe('implied negations', () => {
  it.each([
    ['en', 'The hospital was unable to treat the patients.', ['unable']],
    ['en', 'Unable to land, the pilot turned back.', ['Unable']],
    // A prefix alone is no negation, nor is a negated adjective that governs no verb.
    ['en', 'The under-secretary was under pressure to resign.', []],
    ['en', 'It was an unusual report.', []],
    ['de', 'Es sei unmöglich, die Gehälter im Dezember zu zahlen.', ['unmöglich']],
    ['de', 'Die Feuerwehr war unfähig zu helfen.', ['unfähig']],
    ['de', 'Das waren ungefähr zu viele.', []],
    ['de', 'Der Unfall geschah ungefähr um neun, zu spät für die Fähre.', []],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(sentenceFacts(text, language).flatMap((s) => s.impliedNegations.map((m) => m.text))).toEqual(
      expected,
    );
  });
});

describe('a possibility from a modal verb', () => {
  it.each([
    ['en', 'The firm could not pay the workers.', []],
    ['en', 'The firm may not pay the workers.', ['may']],
    ['en', 'The firm could pay the workers.', ['could']],
    ['de', 'Die Firma könne die Löhne nicht zahlen.', []],
    ['de', 'Er sagte, dass die Firma die Löhne nicht zahlen könne.', []],
    ['de', 'Das Geld könnte nicht reichen.', ['könnte']],
    // The negation of a verb coordinated before the modal's group is not the modal's.
    [
      'de',
      'Er stimme Garantien zu, die nichts garantieren und außer Kraft gesetzt werden können.',
      ['können'],
    ],
    ['de', 'Die Firma kann die Löhne zahlen.', ['kann']],
  ] as const)('%s: %s', (language, text, expected) => {
    expect(sentenceFacts(text, language).flatMap((s) => s.modality.possibility.map((m) => m.text))).toEqual(
      expected,
    );
  });
});
