import { describe, expect, it } from 'vitest';
import {
  formEdit,
  nounLines,
  nounsFile,
  participlesOf,
  strongForms,
} from '../../bench/lexicons/german-nouns.js';
import {
  habenOnly,
  readEntry,
  verbOf,
  type VerbEvidence,
} from '../../bench/lexicons/german-perfect-auxiliary.js';
import { personNouns } from '../../bench/lexicons/german-person-nouns.js';
import type { DictSense } from '../../bench/lexicons/dictd.js';
import {
  nearestAbove,
  parseSets,
  telling,
  termOf,
  thesaurusFiles,
  wordLines,
} from '../../bench/lexicons/german-thesaurus.js';
import { readLexicon } from '../../src/lang/lexicon-files.js';
import { formsOfLine, lemmaPrefixes, nounLemmas } from '../../src/lang/noun-lexicon.js';
import { sortedLines } from '../../src/lang/sorted-lines.js';
import { thesaurus } from '../../src/lang/thesaurus.js';

describe('sorted lines', () => {
  const lines = sortedLines('\nabend|1\nabendessen|2\nabgott\nbaum|x\n');
  it('finds a key by binary search, and only a whole key', () => {
    expect(lines.find('abendessen')).toBe('2');
    expect(lines.find('abgott')).toBe('');
    expect(lines.find('abe')).toBeUndefined();
    expect(lines.find('zebra')).toBeUndefined();
    expect(lines.size).toBe(4);
  });
  it('lists the keys with a prefix', () => {
    expect(lines.withPrefix('abend')).toEqual([
      ['abend', '1'],
      ['abendessen', '2'],
    ]);
  });
});

describe('noun lexicon (german-pos-dict)', () => {
  it('writes each form as an edit of its lemma, and reads it back', () => {
    expect(formEdit('abgott', 'abgötter')).toBe('3ötter');
    expect(formEdit('ministerium', 'ministerien')).toBe('2en');
    expect(formEdit('haus', 'hauses')).toBe('es');
    expect(formsOfLine('abgott', '3ötter,s')).toEqual(['abgott', 'abgötter', 'abgotts']);
  });
  it('leaves out nominalised comparatives, sorts, and finds a form from its start', () => {
    const lines = nounLines({
      Haus: { NOM: { SIN: 'Haus', PLU: 'Häuser' }, GEN: { SIN: 'Hauses' } },
      Abgleitendere: { NOM: { SIN: 'Abgleitendere', PLU: 'Abgleitenderen' } },
      Straße: { NOM: { SIN: 'Straße', PLU: 'Straßen' } },
    });
    expect(lines).toEqual(['haus|3äuser,es', 'strasse|n']);
    const lexicon = sortedLines(lines.join('\n'));
    expect(lemmaPrefixes('häuser')).toEqual(['häu', 'hau']);
    expect(nounLemmas('häuser', lexicon)).toEqual(['haus']);
    expect(nounLemmas('strassen', lexicon)).toEqual(['strasse']);
    expect(nounLemmas('hausen', lexicon)).toEqual([]);
  });

  it('gives a nominalised participle its strong forms, and a weak noun none', () => {
    const weak = (lemma: string) => ({ NOM: { SIN: lemma, PLU: `${lemma}n` }, DAT: { SIN: `${lemma}n` } });
    const participles = participlesOf({
      abordnen: { PA1: 'abordnend', PA2: ['abgeordnet'] },
      vorsitzen: { PA1: 'vorsitzend', PA2: ['vorgesessen'] },
    });
    const lines = nounLines(
      { Abgeordnete: weak('Abgeordnete'), Vorsitzende: weak('Vorsitzende'), Kollege: weak('Kollege') },
      participles,
    );
    expect(lines).toEqual(['abgeordnete|n,r,s,m', 'kollege|n', 'vorsitzende|n,r,s,m']);
    expect(nounLemmas('abgeordneter', sortedLines(lines.join('\n')))).toEqual(['abgeordnete']);
    expect(strongForms('Kollege', ['Kollege', 'Kollegen'], participles)).toEqual([]);
  });
});

describe('thesaurus (OpenThesaurus, MyThes format)', () => {
  const dat = [
    'UTF-8',
    'ministerium|1',
    '-|Ministerium|Einrichtung (Oberbegriff)|Institution (Oberbegriff)|Laden (ugs., salopp) (Oberbegriff)',
    'innenministerium|1',
    '-|BMI|Innenministerium|Ministerium des Innern|Ministerium (Oberbegriff)',
    'institution|1',
    '-|Institution (Hauptform)|Anstalt|Einrichtung (Oberbegriff)',
    'einrichtung|1',
    '-|Einrichtung',
  ].join('\n');
  it('drops notes and phrases, and broader terms in a register of their own', () => {
    expect(termOf('Laden (ugs., salopp) (Oberbegriff)')).toBeUndefined();
    expect(termOf('Ministerium des Innern')).toBeUndefined();
    expect(termOf('Institution (Hauptform)')).toEqual({ word: 'Institution', above: false, main: true });
  });
  it('keeps only the nearest broader set, and a lookup finds both ways', () => {
    const sets = parseSets(dat);
    expect(sets.map((s) => s.label)).toEqual(['Ministerium', 'BMI', 'Institution', 'Einrichtung']);
    const parents = nearestAbove(sets);
    // "Einrichtung" is above "Institution", so "Ministerium" sits directly under "Institution".
    expect(parents).toEqual([[2], [0], [3], []]);
    const kept = telling(sets, parents);
    const t = thesaurus(
      kept.sets
        .map((s, i) => `${s.label};${kept.parents[i]!.map((p) => p.toString(36)).join(',')}`)
        .join('\n'),
      wordLines(kept.sets).join('\n'),
    );
    const [innen] = t.setsOf('innenministerium');
    expect(t.labelOf(t.parentsOf(innen!)[0]!)).toBe('Ministerium');
    expect(t.setsOf('anstalt')).toEqual(t.setsOf('institution'));
  });
});

describe('generated lexicon files', () => {
  it('are read without their "#" header, each line of data whole', () => {
    const nouns = readLexicon('de-nouns.txt');
    expect(nouns.startsWith('#')).toBe(false);
    expect(sortedLines(nouns).find('ministerium')).toBe('2en,s');
    const words = sortedLines(readLexicon('de-thesaurus-words.txt'));
    const sets = sortedLines(readLexicon('de-thesaurus-sets.txt'));
    const [innen] = (words.find('innenministerium') ?? '').split(',');
    expect(sets.line(parseInt(innen!, 36))).toMatch(/^BMI;/);
  });
  it('say which lexicon is missing and where it was looked for', () => {
    expect(() => readLexicon('de-missing.txt')).toThrow(/de-missing\.txt is missing \(looked in .*src\/lang/);
  });
  it('carry their source and licence in the header the generators write', () => {
    const files = thesaurusFiles([{ members: ['Haus'], above: [], label: 'Haus' }], [[]]);
    for (const text of [files.sets, files.words, nounsFile(['haus|es'])]) {
      const header = text.split('\n').filter((line) => line.startsWith('#'));
      expect(header.join(' ')).toMatch(/LGPL|CC BY-SA/);
      expect(text.split('\n').filter((line) => line && !line.startsWith('#'))).toHaveLength(1);
    }
  });
});

describe('person nouns (FreeDict with WordNet)', () => {
  const sense = (headword: string, ...terms: string[]): DictSense => ({
    headword,
    part: 'n',
    translations: terms.map((term) => ({ term, part: 'n' })),
  });
  const people = new Set(['teacher', 'landlord', 'host', 'manager']);
  const personSense = (english: string): boolean | undefined =>
    people.has(english) ? true : ['ladder', 'head', 'wire'].includes(english) ? false : undefined;
  it('lists a noun whose every known sense translates to a person, by its first translation WordNet knows', () => {
    expect(
      personNouns(
        [
          sense('Lehrer', 'teacher'),
          sense('Wirt', 'saloon-keeper', 'landlord'),
          sense('Wirt', 'host organism', 'host'),
          sense('Leiter', 'manager'),
          sense('Leiter', 'ladder'),
          sense('Kopf', 'head'),
          sense('Gadget', 'thingamajig'),
        ],
        personSense,
      ),
    ).toEqual(['lehrer', 'wirt']);
  });
  it('reads only single-word German nouns', () => {
    expect(personNouns([sense('guter Lehrer', 'teacher'), sense('lehren', 'teacher')], personSense)).toEqual(
      [],
    );
  });
});

describe('perfect auxiliary (Ding dictionary)', () => {
  const read = (...lines: string[]): string[] => {
    const evidence: VerbEvidence = { tags: new Map(), sein: new Set(), haben: new Set() };
    for (const line of lines) readEntry(line, evidence);
    return habenOnly(evidence);
  };
  it('reads a headword as its verb, its object stand-ins and notes taken off; a phrase is none', () => {
    expect(verbOf('jdm. etw. erlauben [geh.]')).toBe('erlauben');
    expect(verbOf('sich öffnen')).toBe('öffnen');
    expect(verbOf('von etw. Abstand nehmen')).toBeUndefined();
  });
  it('lists a verb given only as transitive or reflexive, the tag holding for the untagged headwords before it', () => {
    expect(
      read(
        'erlauben; zulassen {vt} | erlaubend; zulassend | erlaubt; zugelassen :: to permit',
        'tagen {vi} | tagend | getagt :: to meet',
        'sich beeilen {vr} | sich beeilend | sich beeilt :: to hurry',
      ),
    ).toEqual(['beeilen', 'erlauben', 'zulassen']);
  });
  it('reads a headword with "sich" as reflexive, though the tag closing its group is "vi"', () => {
    expect(
      read(
        'sich beteiligen; sich einbringen; mitwirken {vi} (bei etw.) | sich beteiligend; sich einbringend; mitwirkend :: to participate',
        "sich verlaufen {vr} | sich verlaufend | sich verlaufen :: to lose one's way",
        'verlaufen {vi} | verlaufend | verlaufen | es ist/war verlaufen :: to run',
      ),
    ).toEqual(['beteiligen', 'einbringen']);
  });
  it('leaves out a verb whose participle it shows after "ist/war", and one also given as intransitive', () => {
    expect(
      read(
        'etw. steigen {vt} | steigend | gestiegen :: to climb sth.',
        'steigen {vi} | steigend | gestiegen | es steigt | es stieg | es ist/war gestiegen :: to rise',
        'schließen {vt} | schließend | geschlossen :: to close',
        'schließen {vi} | schließend | geschlossen :: to shut',
      ),
    ).toEqual([]);
  });
  it('lists a verb it shows with "hat/hatte" though also intransitive, unless also with "ist/war"', () => {
    expect(
      read(
        'wählen {vi} | wählend | gewählt | er/sie hat/hatte gewählt :: to vote',
        'ziehen {vi} | ziehend | gezogen | er/sie hat/hatte gezogen; er/sie ist/war gezogen :: to move',
      ),
    ).toEqual(['wählen']);
  });
  it('ships the list the clause stage reads by binary search', () => {
    const text = readLexicon('de-haben-verbs.txt');
    expect(sortedLines(text).find('erlauben')).toBe('');
    expect(sortedLines(text).find('steigen')).toBeUndefined();
  });
});
