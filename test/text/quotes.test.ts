import { describe, expect, it } from 'vitest';
import { findQuotes } from '../../src/text/quotes.js';

const quoted = (text: string) => findQuotes(text).map((q) => text.slice(q.start, q.end));

describe('findQuotes', () => {
  it.each([
    // Typographic pairs of both languages.
    ['Er sagte: „Wir bleiben hart.“ Dann ging er.', ['„Wir bleiben hart.“']],
    ['She said: “We stay firm.” Then she left.', ['“We stay firm.”']],
    // Web copy that closes a typographic opener with a straight mark.
    [
      'Er erklärt: „In 14 Tagen bin ich fertig!" Darauf der andere: „Noch nicht!“',
      ['„In 14 Tagen bin ich fertig!"', '„Noch nicht!“'],
    ],
    [
      'He said: “I will be done in two weeks." Then the other: “Not yet!”',
      ['“I will be done in two weeks."', '“Not yet!”'],
    ],
    // And a straight opener closed by a typographic mark.
    [
      'Es hilft der Baustein "Dem Zucker auf der Spur“ und die Methode „SinnExperimente“.',
      ['"Dem Zucker auf der Spur“', '„SinnExperimente“'],
    ],
    [
      'The unit "On the trail of sugar” helps. “Really?” she asked.',
      ['"On the trail of sugar”', '“Really?”'],
    ],
    // A straight mark that opens a word is a quotation nested inside, not the closer.
    ['Sie sagte: „Er hat "nein" gesagt.“', ['„Er hat "nein" gesagt.“', '"nein"']],
    ['She said: “He said "no" to it.”', ['“He said "no" to it.”', '"no"']],
    // Apostrophes and inch signs are no quotation marks.
    ["It's the firm's 12\" screen.", []],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });
});
