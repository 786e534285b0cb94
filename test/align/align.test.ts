import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { align } from '../../src/align/align.js';
import { alignArticles } from '../../src/align/articles.js';
import { ingestBytes } from '../../src/ingest/article.js';

const article = (n: string) =>
  ingestBytes(readFileSync(new URL(`../../seeds/${n}`, import.meta.url)), { name: n }).article;
const S000 = article('000_bafdc0cafe821a47.txt');
const S001 = article('001_919184c9a5fb0886.txt');

function partnerOf(rewriteStart: string): string[] {
  const r = S001.sentences.find((s) => s.text.startsWith(rewriteStart))!;
  const pair = alignArticles(S000, S001).pairs.find((p) => p.rewrite.includes(r.id))!;
  return pair.source.map((id) => S000.sentences.find((s) => s.id === id)!.text);
}

describe('alignment', () => {
  it('pairs the "ehemaligen US-Präsidenten" sentence with the source sentence on the negotiation process', () => {
    expect(partnerOf('Vor diesem Hintergrund plant Kallas').join(' ')).toContain(
      'von US-Präsident Donald Trump initiierten Verhandlungsprozess',
    );
  });

  it('pairs the talks "already held" with the source sentence looking ahead to them', () => {
    expect(partnerOf('Im Rahmen der Münchner Sicherheitskonferenz').join(' ')).toMatch(
      /^Mit Blick auf Gespräche mit US-Vertretern/,
    );
  });

  it('aligns an article with itself sentence by sentence with score 1', () => {
    const texts = S000.sentences.map((s) => s.text);
    const pairs = align(texts, texts, { language: 'de' });
    expect(pairs).toHaveLength(texts.length);
    pairs.forEach((p, i) => expect(p).toEqual({ source: [i], rewrite: [i], score: 1 }));
  });

  it.each([
    ['de', 'Die Regierung plant Gespräche mit den Ländern über die Kosten der Reform'],
    ['en', 'The government plans talks with the states about the cost of the reform'],
  ] as const)(
    '%s: pairs a long article of near-identical statements with itself (no rare word to find them by)',
    (language, sentence) => {
      // Past the size where every pair is scored: the candidates come from the index and the order.
      const texts = Array.from({ length: 300 }, (_, i) => `${sentence} ${i % 2 ? 'heute' : 'today'}.`);
      const pairs = align(texts, texts, { language });
      expect(pairs).toHaveLength(texts.length);
      pairs.forEach((p, i) => expect(p).toEqual({ source: [i], rewrite: [i], score: 1 }));
    },
  );

  it.each([
    [
      'de',
      [
        'Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.',
        'Man könne die Zuschüsse an Bedingungen für die Vereine knüpfen, hieß es.',
        'Die Opposition stimmte geschlossen gegen den Haushalt des Bürgermeisters.',
      ],
      [
        'Am Dienstag beschloss der Stadtrat den Haushalt für das kommende Jahr.',
        'Zuschüsse für Vereine sollen künftig mit Auflagen verbunden werden.',
        'Gegen den Haushalt des Bürgermeisters stimmte die gesamte Opposition.',
      ],
    ],
    [
      'en',
      [
        'The city council approved the budget for next year on Tuesday.',
        'Grants could be tied to conditions for the clubs, officials said.',
        "The opposition voted as one against the mayor's budget.",
      ],
      [
        "On Tuesday the city council approved next year's budget.",
        'Clubs will get their funding only with strings attached to the grants.',
        "The whole opposition voted against the mayor's budget.",
      ],
    ],
  ] as const)(
    '%s: pairs a paraphrase sharing few words where the pairs around it place it',
    (language, source, rewrite) => {
      // The order threshold set above the paraphrase's similarity (about 0.25-0.3): only the gap can pair it.
      const pairs = align([...source], [...rewrite], { language, orderedThreshold: 0.35 });
      expect(pairs.map((p) => [p.source, p.rewrite])).toEqual([
        [[0], [0]],
        [[1], [1]],
        [[2], [2]],
      ]);
    },
  );

  it.each([
    [
      'de',
      [
        'Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen.',
        'Das Wetter war an diesem Tag ungewöhnlich warm und sonnig.',
        'Die Opposition stimmte geschlossen gegen den Haushalt des Bürgermeisters.',
      ],
      [
        'Am Dienstag beschloss der Stadtrat den Haushalt für das kommende Jahr.',
        'Ein neues Hallenbad soll im Herbst eröffnet werden.',
        'Gegen den Haushalt des Bürgermeisters stimmte die gesamte Opposition.',
      ],
    ],
    [
      'en',
      [
        'The city council approved the budget for next year on Tuesday.',
        'The weather that day was unusually warm and sunny.',
        "The opposition voted as one against the mayor's budget.",
      ],
      [
        "On Tuesday the city council approved next year's budget.",
        'A new indoor pool is to open in the autumn.',
        "The whole opposition voted against the mayor's budget.",
      ],
    ],
  ] as const)(
    '%s: leaves an omission and an addition between two pairs apart when they share nothing',
    (language, source, rewrite) => {
      const pairs = align([...source], [...rewrite], { language });
      const both = pairs.filter((p) => p.source.length && p.rewrite.length);
      expect(both.map((p) => [p.source, p.rewrite])).toEqual([
        [[0], [0]],
        [[2], [2]],
      ]);
      expect(pairs).toContainEqual({ source: [1], rewrite: [], score: 0 });
      expect(pairs).toContainEqual({ source: [], rewrite: [1], score: 0 });
    },
  );

  it('pairs a sentence split in two (1:n) and leaves additions and omissions alone', () => {
    const source = [
      'The minister met union leaders on Monday.',
      'She promised a pay rise of four percent and an end to the hiring freeze in hospitals.',
      'The talks will resume in March.',
    ];
    const rewrite = [
      'On Monday the minister met leaders of the unions.',
      'She promised a pay rise of four percent.',
      'She also promised an end to the hiring freeze in hospitals.',
      'Critics called the offer a stunt.',
    ];
    const pairs = align(source, rewrite, { language: 'en' });
    expect(pairs.map(({ source: s, rewrite: r }) => ({ s, r }))).toEqual([
      { s: [0], r: [0] },
      { s: [1], r: [1, 2] },
      { s: [], r: [3] },
      { s: [2], r: [] },
    ]);
  });

  it('pairs statements across reordered paragraphs', () => {
    const source = [
      'Die Bahn erhöht die Preise im Fernverkehr um fünf Prozent.',
      'Der Fahrgastverband kritisierte die Erhöhung scharf.',
      'Im Nahverkehr bleiben die Ticketpreise stabil.',
    ];
    const rewrite = [
      'Im Nahverkehr bleiben die Ticketpreise stabil, teilte die Bahn mit.',
      'Die Bahn erhöht die Preise im Fernverkehr um fünf Prozent.',
      'Scharfe Kritik an der Erhöhung kam vom Fahrgastverband.',
    ];
    const pairs = align(source, rewrite, { language: 'de' }).filter(
      (p) => p.source.length && p.rewrite.length,
    );
    expect(pairs.map((p) => [p.source, p.rewrite])).toEqual(
      expect.arrayContaining([
        [[0], [1]],
        [[1], [2]],
        [[2], [0]],
      ]),
    );
  });

  it('recognises the seed rewrite as the same event and other seed articles as unrelated', () => {
    expect(alignArticles(S000, S001).related.verdict).toBe('same-event');
    expect(alignArticles(S000, article('002_23dc4b873aa3af4c.txt')).related.verdict).toBe('unrelated');
    expect(
      alignArticles(article('003_e72720a81388613f.txt'), article('004_c21471ac2a44d535.txt')).related.verdict,
    ).toBe('unrelated');
  });
});
