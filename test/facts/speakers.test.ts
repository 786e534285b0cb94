import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract.js';
import { ingestText } from '../../src/ingest/article.js';
import type { Language } from '../../src/types.js';

const speakersIn = (lang: Language, text: string): (string | undefined)[] =>
  extractFacts(ingestText(text, { name: 'x', language: lang }).article).flatMap((s) =>
    s.quotes.map((q) => q.speaker?.text),
  );

type Row = [Language, string, (string | undefined)[]];

// Where the finite verb stands second, a phrase opened by a preposition before it is not its subject: the speaker
// follows the verb. An adverb or a determiner opening the sentence leaves the subject where it stands.
const rows: Row[] = [
  ['de', 'Nach einer Woche sagt der Amerikaner: „In zehn Tagen bin ich fertig!“', ['Amerikaner']],
  ['en', 'After a week the American says: “I will be done in ten days!”', ['American']],
  ['de', 'Nach Angaben der Polizei sagte der Fahrer: „Ich habe nichts gesehen.“', ['Fahrer']],
  ['en', 'According to the police, the spokesman said: “I saw nothing.”', ['spokesman']],
  ['de', 'Auch der Minister sagte: „Wir bleiben hart.“', ['Minister']],
  ['en', 'The minister also said: “We stay firm.”', ['minister']],
  ['de', 'Am Montag sagte Kallas in Brüssel: „Wir bleiben hart.“', ['Kallas']],
  ['en', 'On Monday Kallas said in Brussels: “We stay firm.”', ['Kallas']],
  // A plural's possessive stands inside a name: the whole name speaks, not its last word.
  [
    'en',
    'As the German Winegrowers\' Association says, "The vine is the voice of the soil."',
    ["German Winegrowers' Association"],
  ],
  [
    'de',
    'Wie der Deutsche Winzerverband schreibt: „Die Rebe ist die Stimme des Bodens.“',
    ['Deutsche Winzerverband'],
  ],
  // A report with an expletive subject names nobody; a reporting verb after it belongs to another clause (here the
  // relative clause that confirms the post), not to the quote's frame.
  [
    'de',
    '„Irgendwie hat er es geschafft“, hieß es in dem Post, dessen Echtheit ein Polizeisprecher bestätigte.',
    [undefined],
  ],
  ['en', '"Somehow he managed it," it said in the post, which a police spokesman confirmed.', [undefined]],
  [
    'de',
    '„Irgendwie hat er es geschafft“, sagte ein Polizeisprecher, wie es in dem Post hieß.',
    ['Polizeisprecher'],
  ],
];

describe('quote speakers', () => {
  it.each(rows)('%s: %s', (lang, text, expected) => {
    expect(speakersIn(lang, text)).toEqual(expected);
  });
});
