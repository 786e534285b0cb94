import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/facts/extract.js';
import { ingestText } from '../../src/ingest/article.js';
import { languagePack } from '../../src/lang/index.js';
import { isPersonNoun } from '../../src/lexicon/person-nouns.js';
import { registerPeople } from '../../src/people/registry.js';
import type { Language } from '../../src/types.js';

const factsOf = (lang: Language, text: string) =>
  extractFacts(ingestText(text, { name: 'x', language: lang }).article);

/** Each person of a text with a role, as a reviewer reads it: name, role words, office, status, body, how told. */
const rolesIn = (lang: Language, text: string) =>
  factsOf(lang, text).flatMap((s) =>
    s.people.map((p) => ({
      name: p.name,
      role: p.role?.text,
      title: p.role?.title,
      status: p.role?.status,
      body: p.role?.body?.text,
      told: p.role?.told,
    })),
  );

type Row = [Language, string, ReturnType<typeof rolesIn>];

const rows: Row[] = [
  // Two roles joined by "und"/"and"; a surname that is also a person noun; a preposition opening the sentence is no
  // part of the name.
  [
    'de',
    'Laut Lena Vogt, Mitglied des Vorstands und Sprecherin der Initiative, beginnt der Bau im Mai.',
    [
      {
        name: 'Lena Vogt',
        role: 'Mitglied des Vorstands',
        title: 'mitglied',
        status: 'unmarked',
        body: 'Vorstands',
        told: 'apposition',
      },
      {
        name: 'Lena Vogt',
        role: 'Sprecherin der Initiative',
        title: 'sprecherin',
        status: 'unmarked',
        body: 'Initiative',
        told: 'apposition',
      },
    ],
  ],
  // A body before the office after an article, the status before it; a possessive split from its word.
  [
    'en',
    'Tom Hale, a former PHANGS team member and an associate professor of geology at Leeds, said so.',
    [
      {
        name: 'Tom Hale',
        role: 'a former PHANGS team member',
        title: 'team member',
        status: 'former',
        body: 'PHANGS',
        told: 'apposition',
      },
      {
        name: 'Tom Hale',
        role: 'an associate professor of geology at Leeds',
        title: 'associate professor',
        status: 'unmarked',
        body: 'geology at Leeds',
        told: 'apposition',
      },
    ],
  ],
  [
    'en',
    '"Rates will rise," said Ana Reyes, Harbor Capital Management \'s global strategist.',
    [
      {
        name: 'Ana Reyes',
        role: "Harbor Capital Management 's global strategist",
        title: 'global strategist',
        status: 'unmarked',
        body: 'Harbor Capital Management',
        told: 'apposition',
      },
    ],
  ],
  // A title before the name: a listed title, or a noun the lexicon knows names a person; a name in its first part
  // is the body, a word is part of the office.
  [
    'de',
    'Das sagte Sport-Geschäftsführer Zoran Barisic am Montag.',
    [
      {
        name: 'Zoran Barisic',
        role: 'Sport-Geschäftsführer',
        title: 'geschäftsführer',
        status: 'unmarked',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  [
    'de',
    'Das sagte Rapid-Präsident Zoran Barisic am Montag.',
    [
      {
        name: 'Zoran Barisic',
        role: 'Rapid-Präsident',
        title: 'präsident',
        status: 'unmarked',
        body: 'Rapid',
        told: 'title',
      },
    ],
  ],
  [
    'de',
    'Der frühere katalanische Regionalpräsident Quim Torra traf Sanchez.',
    [
      {
        name: 'Quim Torra',
        role: 'frühere katalanische Regionalpräsident',
        title: 'regionalpräsident',
        status: 'former',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  [
    'en',
    'The results were encouraging, chief medical officer Stephen Hoge told the call.',
    [
      {
        name: 'Stephen Hoge',
        role: 'chief medical officer',
        title: 'chief medical officer',
        status: 'unmarked',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  [
    'en',
    "Also, TikTok's CEO Shou Zi Chew is expected to testify.",
    [
      {
        name: 'Shou Zi Chew',
        role: "TikTok's CEO",
        title: 'ceo',
        status: 'unmarked',
        body: 'TikTok',
        told: 'title',
      },
    ],
  ],
  // A status prefix joined to the title counts only before a word of its own: "Altbundeskanzler", not
  // "Exekutivdirektor" or "Alterspräsident".
  [
    'de',
    'Das sagte Altbundeskanzler Wolfgang Schüssel am Montag.',
    [
      {
        name: 'Wolfgang Schüssel',
        role: 'Altbundeskanzler',
        title: 'bundeskanzler',
        status: 'former',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  [
    'de',
    'Das sagte Exekutivdirektor Hans Berg am Montag.',
    [
      {
        name: 'Hans Berg',
        role: 'Exekutivdirektor',
        title: 'exekutivdirektor',
        status: 'unmarked',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  [
    'de',
    'Das sagte Alterspräsident Hans Berg am Montag.',
    [
      {
        name: 'Hans Berg',
        role: 'Alterspräsident',
        title: 'alterspräsident',
        status: 'unmarked',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  // An apposition after the name, with a status in a modifier or in the title word, and the body after it.
  [
    'de',
    'Das kritisierte Greylinger, stellvertretender Vorsitzender der Polizeigewerkschaft, am Dienstag.',
    [
      {
        name: 'Greylinger',
        role: 'stellvertretender Vorsitzender der Polizeigewerkschaft',
        title: 'vorsitzender',
        status: 'deputy',
        body: 'Polizeigewerkschaft',
        told: 'apposition',
      },
    ],
  ],
  [
    'de',
    'Sebastian Theissing-Matei, der Landwirtschaftsexperte bei Greenpeace in Österreich, spricht von Verschwendung.',
    [
      {
        name: 'Sebastian Theissing-Matei',
        role: 'der Landwirtschaftsexperte bei Greenpeace in Österreich',
        title: 'landwirtschaftsexperte',
        status: 'unmarked',
        body: 'Greenpeace in Österreich',
        told: 'apposition',
      },
    ],
  ],
  [
    'en',
    "Jane Roe, a spokesperson for the governor's office, wrote in an email.",
    [
      {
        name: 'Jane Roe',
        role: "a spokesperson for the governor's office",
        title: 'spokesperson',
        status: 'unmarked',
        body: "governor's office",
        told: 'apposition',
      },
    ],
  ],
  [
    'de',
    'Das sagte Greylinger, Vorsitzender der Fraktion Sozialdemokratischer GewerkschafterInnen (FSG).',
    [
      {
        name: 'Greylinger',
        role: 'Vorsitzender der Fraktion Sozialdemokratischer GewerkschafterInnen (FSG)',
        title: 'vorsitzender',
        status: 'unmarked',
        body: 'Fraktion Sozialdemokratischer GewerkschafterInnen (FSG)',
        told: 'apposition',
      },
    ],
  ],
  // An apposition before the name; in a list, a role noun right before the next name is that name's title.
  [
    'de',
    'Es nahmen der Vizerektor der MedUni Wien, Oswald Wagner, Simulationsforscher Niki Popper und andere teil.',
    [
      {
        name: 'Oswald Wagner',
        role: 'der Vizerektor der MedUni Wien',
        title: 'rektor',
        status: 'deputy',
        body: 'MedUni Wien',
        told: 'apposition',
      },
      {
        name: 'Niki Popper',
        role: 'Simulationsforscher',
        title: 'simulationsforscher',
        status: 'unmarked',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  [
    'en',
    "Cambodia's health minister, Mam Bunheng, said the virus poses a threat.",
    [
      {
        name: 'Mam Bunheng',
        role: "Cambodia's health minister",
        title: 'health minister',
        status: 'unmarked',
        body: 'Cambodia',
        told: 'apposition',
      },
    ],
  ],
  // A relative clause: a copula or the predicative word; its past tense makes the role a former one.
  [
    'en',
    "Mam Bunheng, who previously served as Cambodia's health minister, said the virus poses a threat.",
    [
      {
        name: 'Mam Bunheng',
        role: "served as Cambodia's health minister",
        title: 'health minister',
        status: 'former',
        body: 'Cambodia',
        told: 'relative',
      },
    ],
  ],
  [
    'de',
    'Sabine Berg, die Bürgermeisterin von Linz war, eröffnete die Brücke.',
    [
      {
        name: 'Sabine Berg',
        role: 'Bürgermeisterin von Linz war',
        title: 'bürgermeisterin',
        status: 'former',
        body: 'Linz',
        told: 'relative',
      },
    ],
  ],
  [
    'de',
    'Sabine Berg, die Bürgermeisterin von Linz ist, eröffnete die Brücke.',
    [
      {
        name: 'Sabine Berg',
        role: 'Bürgermeisterin von Linz',
        title: 'bürgermeisterin',
        status: 'unmarked',
        body: 'Linz',
        told: 'relative',
      },
    ],
  ],
  [
    'de',
    'Die Köchin Anna Huber öffnete das Gasthaus am Montag.',
    [
      {
        name: 'Anna Huber',
        role: 'Köchin',
        title: 'köchin',
        status: 'unmarked',
        body: undefined,
        told: 'title',
      },
    ],
  ],
  // A copula's predicate: a person noun with the body it is held in names a post, as a title does; one introduced as
  // one of many only describes.
  [
    'de',
    'Nicola Townsend ist die Wirtin des Tan Hill Inn.',
    [
      {
        name: 'Nicola Townsend',
        role: 'die Wirtin des Tan Hill Inn',
        title: 'wirtin',
        status: 'unmarked',
        body: 'Tan Hill Inn',
        told: 'predicate',
      },
    ],
  ],
  [
    'en',
    'Nicola Townsend is the landlady of the Tan Hill Inn.',
    [
      {
        name: 'Nicola Townsend',
        role: 'the landlady of the Tan Hill Inn',
        title: 'landlady',
        status: 'unmarked',
        body: 'Tan Hill Inn',
        told: 'predicate',
      },
    ],
  ],
  ['de', 'Nicola Townsend ist eine Köchin des Hotels.', []],
  ['en', 'Nicola Townsend is a cook at the hotel.', []],
  ['de', 'Duterte war einer der klarsten Kritiker der chinesischen Politik.', []],
  ['en', 'Duterte was one of the fiercest critics of the policy.', []],
  // An occupation that is a common surname too ("Müller": miller) may be a name.
  [
    'de',
    'Müller, die Vorsitzende des Vereins, eröffnete die Sitzung.',
    [
      {
        name: 'Müller',
        role: 'die Vorsitzende des Vereins',
        title: 'vorsitzende',
        status: 'unmarked',
        body: 'Vereins',
        told: 'apposition',
      },
    ],
  ],
  // No role: a relative clause that says what someone did, a place with an apposition, a clause after a comma, a
  // list of person nouns (in German they are capitalised like names).
  ['de', 'Bei der Wahl durch Spieler, Nationaltrainer und Journalisten gewann Lewandowski.', []],
  ['de', 'Die Jury bestand aus Lehrerinnen, Schulleitern und Eltern.', []],
  ['en', "Maria Lopez, who met Chile's finance minister, said the budget was balanced.", []],
  ['de', 'Wien, die Hauptstadt Österreichs, öffnet die Gastronomie.', []],
  [
    'de',
    'Das Derby gegen die Austria, wo den Neo-Trainer laut Barisic eine Herausforderung erwartet, folgt.',
    [],
  ],
];

describe('roles told with a name', () => {
  it.each(rows)('%s: %s', (lang, text, expected) => {
    expect(rolesIn(lang, text)).toEqual(expected);
  });
});

describe('person nouns from the lexical resources', () => {
  it.each([
    ['de', 'geschäftsführer', true],
    ['de', 'landwirtschaftsexperte', true],
    ['de', 'simulationsforscher', true],
    ['de', 'hauptstadt', false],
    ['de', 'polizeigewerkschaft', false],
    // Occupations the thesaurus does not put under "Person", from the dictionary and WordNet, in any form.
    ['de', 'kellner', true],
    ['de', 'lehrern', true],
    ['de', 'gastwirtin', true],
    // A feminine noun formed from a person's: with its umlaut taken back, or its "-e" restored.
    ['de', 'anwohnerin', true],
    ['de', 'ärztin', true],
    ['de', 'kollegin', true],
    ['de', 'medizin', false],
    ['de', 'termin', false],
    ['de', 'sender', false],
    ['en', 'officer', true],
    ['en', 'spokesperson', true],
    ['en', 'company', false],
    ['en', 'city', false],
  ] as const)('%s: %s → %s', (lang, word, expected) => {
    expect(isPersonNoun(word, languagePack(lang))).toBe(expected);
  });
});

describe('the people of an article', () => {
  it('joins a person named with a role in one paragraph and by surname in another, with every role', () => {
    const text =
      'Hermann Greylinger, Vorsitzender der Polizeigewerkschaft, kritisierte die Pläne.\n\n' +
      'Die Kontrollen seien sinnlos, sagte Greylinger.\n\nGreylingers Kritik blieb ohne Antwort.';
    const people = registerPeople(factsOf('de', text), languagePack('de'));
    const greylinger = people.find((p) => p.key === 'greylinger')!;
    expect(greylinger.names).toEqual(['Hermann Greylinger', 'Greylingers', 'Greylinger']);
    expect(greylinger.mentions.map((m) => m.text)).toEqual([
      'Hermann Greylinger',
      'Greylinger',
      'Greylingers',
    ]);
    expect(greylinger.roles.map((r) => [r.text, r.title, r.body?.text, r.sentence])).toEqual([
      ['Vorsitzender der Polizeigewerkschaft', 'vorsitzender', 'Polizeigewerkschaft', 's1'],
    ]);
    expect(text.slice(greylinger.roles[0]!.start, greylinger.roles[0]!.end)).toBe(
      'Vorsitzender der Polizeigewerkschaft',
    );
  });
});

describe('speakers of quotes', () => {
  it('gives a quote beside a pronoun to the person last named or quoted before it, in another paragraph', () => {
    const text =
      'Luke Gumley, head of the airspace programme, presented the plan.\n\n' +
      '"Drones must be tracked," Gumley said.\n\n"Segregated integration is not a model for the future," he notes.';
    const people = registerPeople(factsOf('en', text), languagePack('en'));
    const gumley = people.find((p) => p.key === 'gumley')!;
    expect(gumley.quotes.map((q) => q.text)).toEqual([
      '"Drones must be tracked,"',
      '"Segregated integration is not a model for the future,"',
    ]);
  });

  it('reads the speaker after an attribution phrase, and never inside another quotation', () => {
    const text =
      'Man habe ein Paket schnüren wollen, „das seine Wirkung hat“, betonte Kanzler Karl Nehammer, man wolle „schnell und gezielt helfen“. Im Derby wartet laut Sportchef Zoran Barisic „eine riesengroße Herausforderung“.';
    const quotes = factsOf('de', text).flatMap((s) => s.quotes.map((q) => [q.inner, q.speaker?.text]));
    expect(quotes).toEqual([
      ['das seine Wirkung hat', 'Kanzler Karl Nehammer'],
      ['schnell und gezielt helfen', 'Kanzler Karl Nehammer'],
      ['eine riesengroße Herausforderung', 'Sportchef Zoran Barisic'],
    ]);
  });
});
