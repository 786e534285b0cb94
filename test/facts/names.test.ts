import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract.js';
import { ingestText } from '../../src/ingest/article.js';
import type { Language } from '../../src/types.js';

const namesIn = (lang: Language, text: string): string[] =>
  extractFacts(ingestText(text, { name: 'x', language: lang }).article).flatMap((s) =>
    s.names.map((n) => n.text),
  );

type Row = [Language, string, string[]];

// Where every noun has a capital, a common noun's lemma after an attribute, or after an article and before a word that
// is no common noun, heads a noun phrase, not a name; before a common noun or a place it may open one.
const rows: Row[] = [
  // A possessive ends a name before a person's name of its own; words of the language go on the owner's name. A
  // German word with an apostrophe's "s" is a name, which ends there.
  [
    'en',
    "On Monday FIFA named Bayern Munich's Robert Lewandowski its best player.",
    ['FIFA', 'Bayern Munich', 'Robert Lewandowski'],
  ],
  [
    'en',
    "The ministers of the European Union's Foreign Affairs Council met.",
    ["European Union's Foreign Affairs Council"],
  ],
  ['de', "Am Montag versteigerte Sotheby's Auktionshaus das Bild.", ['Sotheby']],
  // A capital letter joined by its hyphen to a part the language does not know is a name; "U-Bahn" is a word.
  ['de', 'Das errechnete die E-Control am Montag.', ['E-Control']],
  ['de', 'Er schrieb eine E-Mail aus der U-Bahn.', []],
  // After a preposition of place, a word the language does not know is a place's name; a common noun is none.
  ['de', 'Das Weinlesefest findet jedes Jahr in Landau statt.', ['Landau']],
  ['en', 'The wine harvest festival takes place in Landau every year.', ['Landau']],
  ['de', 'Der Bericht spricht von Mindestsicherung und von Kürzungen.', []],
  ['de', 'Die Studie stammt von Wissenschaftern der Universität.', []],
  // The word joining an office to its body leads a place as a preposition of place does; not after a common noun.
  ['de', 'Luther schrieb einen Brief an den Erzbischof von Trier.', ['Trier']],
  ['en', 'Luther wrote a letter to the archbishop of Trier.', ['Trier']],
  ['de', 'Der Bürgermeister von Landau eröffnete das Fest.', ['Landau']],
  ['de', 'Die Einführung von Mindestsicherung wurde beschlossen.', []],
  // Two words run together by a missing space are no name.
  ['de', 'Der Minister gab seinen Rücktritt nach dem Abzug aus Syrienbekannt.', []],
  ['en', 'The minister resigned after the withdrawal from Syria was announced.', ['Syria']],
  ['en', 'The report speaks of minimum income support and of cuts.', []],
  // A part of the day or a time of the year before another noun is an adverbial of time.
  ['de', 'Die Deutschen trinken am Morgen Tee und im Sommer Eistee.', []],
  ['en', 'Germans drink tea in the morning and iced tea in summer.', []],
  ['de', 'Der Ofen verbrennt den ganzen Winter Kohle.', []],
  ['en', 'The stove burns coal all winter.', []],
  ['de', 'Der Minister traf am Montag den Unternehmer Klaus Winter.', ['Klaus Winter']],
  ['en', 'On Monday the minister met the entrepreneur Klaus Winter.', ['Klaus Winter']],
  [
    'de',
    'Kallas sprach bei der Münchner Sicherheitskonferenz mit Journalisten.',
    ['Münchner Sicherheitskonferenz'],
  ],
  ['en', 'Kallas spoke to journalists at the Munich Security Conference.', ['Munich Security Conference']],
  ['de', 'Die Studie kommt von der Universität Köln.', ['Universität Köln']],
  ['en', 'The study comes from Cologne University.', ['Cologne University']],
  // A place's adjective with a capital can only open a name, and the noun after it is the name's; a noun naming
  // someone by their country is said of the name beside it.
  ['de', 'Das Programm startete auf Initiative der Europäischen Union.', ['Europäischen Union']],
  // An ordinal ranks the title after it; with more of a name after it, it opens the name.
  ['en', 'Roberta Metsola named Othmar Karas First Vice-President.', ['Roberta Metsola', 'Othmar Karas']],
  ['en', 'Shares of First Solar rose on Tuesday.', ['First Solar']],
  ['en', 'The programme was started on the initiative of the European Union.', ['European Union']],
  ['de', 'Im Unterricht ging es um die Französische Revolution.', ['Französische Revolution']],
  ['de', 'Der Brasilianer Claudemir Baretto spielte für Stuttgart.', ['Claudemir Baretto', 'Stuttgart']],
  ['de', 'Die tschechische Regierung widersprach am Montag.', []],
  // A weak demonym in "-e"/"-in" of a place in "-en" or "-land", and one of an irregular stem ("Dänin"); in English a
  // noun WordNet makes a member of a country, after an article. One that is an adjective too may open a name.
  ['de', 'Die Grünen stellten die Schwedin Alice Bah Kuhnke auf.', ['Alice Bah Kuhnke']],
  ['de', 'Die Grünen stellten die Dänin Alice Bah Kuhnke auf.', ['Alice Bah Kuhnke']],
  ['en', 'The Left put forward the Spaniard Sira Rego on Tuesday.', ['Left', 'Sira Rego']],
  ['en', 'The Greens nominated the Swede Alice Bah Kuhnke.', ['Greens', 'Alice Bah Kuhnke']],
  ['en', 'Donations went to the American Red Cross.', ['American Red Cross']],
  // At the start of a sentence a run of capitals is a name only where its first word is none of the language's.
  ['de', 'Angela Merkel sprach am Montag mit Journalisten.', ['Angela Merkel']],
  ['en', 'Angela Merkel spoke to journalists on Monday.', ['Angela Merkel']],
  ['de', 'Zahlreiche Studien kommen zu dem Ergebnis, dass Jobs wegfallen.', []],
  ['en', 'Police Chief Smith spoke to journalists on Monday.', ['Smith']],
  // A conjunction opening the sentence is a word, not a name's first part: the name follows it.
  ['en', 'After Angela Merkel left, prices rose.', ['Angela Merkel']],
  ['de', 'Als Angela Merkel ging, stiegen die Preise.', ['Angela Merkel']],
  ['en', 'Because German wine is popular, prices rose.', ['German']],
  // A plural's possessive inside a name, not the closing mark of a quoted word.
  ['en', "The Farmers' Union objected.", ["Farmers' Union"]],
  ['en', "'Thanks' Jones said.", ['Jones']],
];

describe('names', () => {
  it.each(rows)('%s: %s', (lang, text, names) => {
    expect(namesIn(lang, text)).toEqual(names);
  });
});
