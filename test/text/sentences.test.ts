import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_WORDS, segment } from '../../src/text/sentences.js';
import type { Language } from '../../src/types.js';

const split = (text: string, language: Language): string[] =>
  segment(text, language).map((s) => text.slice(s.start, s.end));

describe('sentence segmentation', () => {
  it.each<[Language, string, string[]]>([
    ['de', 'Das ist z. B. ein Test. Dr. Müller kam.', ['Das ist z. B. ein Test.', 'Dr. Müller kam.']],
    [
      'de',
      'Sie kam am 10. Februar an. Der 2. Weltkrieg endete 1945.',
      ['Sie kam am 10. Februar an.', 'Der 2. Weltkrieg endete 1945.'],
    ],
    [
      'de',
      'Es waren 800.000 Soldaten. Das Plus lag bei 3,4 Prozent.',
      ['Es waren 800.000 Soldaten.', 'Das Plus lag bei 3,4 Prozent.'],
    ],
    [
      'de',
      'Er wohnt in Nr. 5 bzw. in der Nähe, u. a. mit ca. 20 Leuten. Dann ging er.',
      ['Er wohnt in Nr. 5 bzw. in der Nähe, u. a. mit ca. 20 Leuten.', 'Dann ging er.'],
    ],
    [
      'de',
      'Das geschah im Jahr 2019. Dann kam die Wende.',
      ['Das geschah im Jahr 2019.', 'Dann kam die Wende.'],
    ],
    [
      'de',
      '«Russland gewinnt nicht. Im Gegenteil: Die Lage ist klar», sagte sie. Dann ging sie.',
      ['«Russland gewinnt nicht. Im Gegenteil: Die Lage ist klar», sagte sie.', 'Dann ging sie.'],
    ],
    [
      'de',
      '„Wir kommen. Wir bleiben“, sagte er. Es folgte Stille.',
      ['„Wir kommen. Wir bleiben“, sagte er.', 'Es folgte Stille.'],
    ],
    [
      'de',
      '»Wir kommen. Wir bleiben«, sagte er. Es folgte Stille.',
      ['»Wir kommen. Wir bleiben«, sagte er.', 'Es folgte Stille.'],
    ],
    [
      'de',
      'Er sagte ‚Nein. Niemals‘ und ging. Sie blieb.',
      ['Er sagte ‚Nein. Niemals‘ und ging.', 'Sie blieb.'],
    ],
    [
      'de',
      'Sie sprach mit Vertretern der USA. Obwohl es spät war, blieb sie.',
      ['Sie sprach mit Vertretern der USA.', 'Obwohl es spät war, blieb sie.'],
    ],
    [
      'en',
      'Mr. Smith went to the U.S. on Monday. He stayed.',
      ['Mr. Smith went to the U.S. on Monday.', 'He stayed.'],
    ],
    [
      'en',
      'Prices rose 3.4% in May, e.g. for fuel. Wages did not.',
      ['Prices rose 3.4% in May, e.g. for fuel.', 'Wages did not.'],
    ],
    [
      'en',
      '"We will win. We always do," she said. Nobody answered.',
      ['"We will win. We always do," she said.', 'Nobody answered.'],
    ],
    [
      'en',
      '“It is over. Really,” he said. Then he left!',
      ['“It is over. Really,” he said.', 'Then he left!'],
    ],
    ['en', 'Is it true? Yes. It is.', ['Is it true?', 'Yes.', 'It is.']],
    [
      'en',
      'People worry that data flows all over the world.An unnamed official told Politico about it.',
      ['People worry that data flows all over the world.', 'An unnamed official told Politico about it.'],
    ],
    [
      'en',
      'The U.S.Army and example.com stay whole, as does the strategist.',
      ['The U.S.Army and example.com stay whole, as does the strategist.'],
    ],
    [
      'en',
      'Yields reached the highest level since Jan. 18.Japan’s index fell 1.25%.Australia’s index lost 0.25%.',
      [
        'Yields reached the highest level since Jan. 18.',
        'Japan’s index fell 1.25%.',
        'Australia’s index lost 0.25%.',
      ],
    ],
    [
      'de',
      'Die Sitzung ist am 3.März in Berlin. Sie beginnt um 9 Uhr.',
      ['Die Sitzung ist am 3.März in Berlin.', 'Sie beginnt um 9 Uhr.'],
    ],
    [
      'de',
      'Das gilt z.B.Für Banken. Die Zinsen stiegen im Mai.Der Markt fiel.',
      ['Das gilt z.B.Für Banken.', 'Die Zinsen stiegen im Mai.', 'Der Markt fiel.'],
    ],
    // A sentence glued to the quotation or bracket that closes the one before.
    [
      'de',
      'Darauf er: „Dann fang ich an!“Die Deutschen lachen. Sie heißt „Denken zum Wohle“.Ein Beispiel folgt.',
      [
        'Darauf er: „Dann fang ich an!“',
        'Die Deutschen lachen.',
        'Sie heißt „Denken zum Wohle“.',
        'Ein Beispiel folgt.',
      ],
    ],
    [
      'en',
      'He said: “We are done!”The talks ended. It is called “social”.The show is one. In banking (Grameen Bank).By now it is big.',
      [
        'He said: “We are done!”',
        'The talks ended.',
        'It is called “social”.',
        'The show is one.',
        'In banking (Grameen Bank).',
        'By now it is big.',
      ],
    ],
    // A quotation that ends in a terminator and runs on in lower case is part of its sentence.
    ['en', '“We are done!”he said, and left.', ['“We are done!”he said, and left.']],
  ])('%s: %s', (language, text, expected) => {
    expect(split(text, language)).toEqual(expected);
  });

  it('keeps a headline without a full stop apart from the text after it', () => {
    const text = 'Kallas gespannt auf Gespräche mit USA\n\nSie sagte etwas. Dann ging sie.';
    const spans = segment(text, 'de');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      'Kallas gespannt auf Gespräche mit USA',
      'Sie sagte etwas.',
      'Dann ging sie.',
    ]);
    expect(spans.map((s) => s.heading)).toEqual([true, false, false]);
    expect(spans.map((s) => s.paragraph)).toEqual([0, 1, 1]);
  });

  it('splits a heading on the first line of a paragraph from its text', () => {
    const text = 'Keine Erwartungen\nSie sagte etwas.';
    expect(split(text, 'de')).toEqual(['Keine Erwartungen', 'Sie sagte etwas.']);
  });

  it.each([
    ['de', 'die Regierung plant weitere Gespräche mit den Ländern', 'und', ','],
    ['en', 'the government plans further talks with the states', 'and', ';'],
  ] as const)(
    '%s: cuts a line longer than any sentence at clause marks, every word kept once, none split',
    (language, clause, join, mark) => {
      const clauses = Array.from({ length: 60 }, (_, i) => `${clause} ${i}`);
      const text = clauses.map((c, i) => (i % 5 === 4 ? `${c}${mark}` : `${c} ${join}`)).join(' ');
      const parts = split(text, language);
      expect(parts.length).toBeGreaterThan(1);
      // At a clause mark, not between two words of one clause.
      for (const part of parts.slice(0, -1)) expect(part.endsWith(mark)).toBe(true);
      for (const part of parts) expect(part.split(/\s+/).length).toBeLessThanOrEqual(MAX_SENTENCE_WORDS);
      expect(parts.join(' ')).toBe(text);
    },
  );

  it('cuts a line with no clause mark at all between words, at the word limit', () => {
    const text = Array.from({ length: 3 * MAX_SENTENCE_WORDS + 7 }, (_, i) => `wort${i}`).join(' ');
    const parts = split(text, 'de');
    expect(parts.map((p) => p.split(' ').length)).toEqual([
      MAX_SENTENCE_WORDS,
      MAX_SENTENCE_WORDS,
      MAX_SENTENCE_WORDS,
      7,
    ]);
    expect(parts.join(' ')).toBe(text);
  });

  it('leaves a long real sentence whole', () => {
    const sentence = `${Array.from({ length: 70 }, (_, i) => `Wort${i},`).join(' ')} Ende.`;
    expect(split(sentence, 'de')).toEqual([sentence]);
  });
});
