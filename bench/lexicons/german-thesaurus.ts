/**
 * Builds the German pack's word meanings from OpenThesaurus, as Debian packages it (`mythes-de`): its synonym sets
 * of single words, each with the sets directly above it (its Oberbegriffe). The word-relation service reads from
 * them whether a rewrite's word says the same as the source's, something more general, or another thing of the
 * same kind.
 *
 *   apt-get install mythes-de   # /usr/share/mythes/th_de_DE_v2.dat, about 29 MB: needed only to rebuild
 *   node dist/bench/lexicons/german-thesaurus.js /usr/share/mythes/th_de_DE_v2.dat src/lang
 *
 * It writes src/lang/de-thesaurus-sets.txt and de-thesaurus-words.txt, read on first use (src/lang/lexicon-files.ts).
 *
 * The MyThes file lists every set once per member and, after the members, every term above it up the hierarchy,
 * each marked "(Oberbegriff)". Only the nearest are kept: a term above the set that is not itself above another of
 * its terms. Phrases ("feste Einrichtung") are left out: the engine compares single words in one slot.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from '../../src/text/normalize.js';

/** One synonym set: its single-word members and the terms the file lists above it. */
export interface ThesaurusSet {
  members: string[];
  above: string[];
  /** The member the file marks as the set's main form ("Hauptform"), else its first. */
  label: string;
}

const ANNOTATION = /\s*\([^()]*\)/g;
const WORD = /^[\p{L}][\p{L}-]*\p{L}$/u;

/** Notes that say nothing of the term's register: the head word of a set, the mark of a broader term. */
const PLAIN_NOTES = new Set(['(Oberbegriff)', '(Hauptform)']);

/**
 * A term as the set lists it, without its notes ("(ugs.)", "(Oberbegriff)"); undefined for a phrase, and for a
 * broader term in a register of its own ("Laden (ugs., salopp)" above "Ministerium"), which is a figure, not a kind.
 */
export function termOf(raw: string): { word: string; above: boolean; main: boolean } | undefined {
  const above = raw.includes('(Oberbegriff)');
  const main = raw.includes('(Hauptform)');
  const notes = raw.match(ANNOTATION)?.map((n) => n.trim()) ?? [];
  if (above && notes.some((n) => !PLAIN_NOTES.has(n))) return undefined;
  const word = raw.replace(ANNOTATION, '').trim();
  return WORD.test(word) ? { word, above, main } : undefined;
}

/** The distinct synonym sets of a MyThes data file ("-|member|member|term (Oberbegriff)" lines). */
export function parseSets(dat: string): ThesaurusSet[] {
  const seen = new Set<string>();
  const sets: ThesaurusSet[] = [];
  for (const line of dat.split('\n')) {
    if (!line.startsWith('-|') && !line.startsWith('(')) continue;
    if (seen.has(line)) continue;
    seen.add(line);
    const members: string[] = [];
    const above: string[] = [];
    let label: string | undefined;
    for (const raw of line.split('|').slice(1)) {
      const term = termOf(raw);
      if (term) (term.above ? above : members).push(term.word);
      if (term?.main && !term.above) label ??= term.word;
    }
    if (members.length)
      sets.push({ members: [...new Set(members)], above: [...new Set(above)], label: label ?? members[0]! });
  }
  return sets;
}

/**
 * Each set's nearest sets above: for each term above it that no other of its terms has above itself, the sets that
 * term belongs to — those whose own terms above stay within the set's where there are such (the file lists the
 * whole chain above some sets and only the nearest term above others).
 */
export function nearestAbove(sets: ThesaurusSet[]): number[][] {
  const setsOf = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const m of s.members) {
      if (!setsOf.has(m)) setsOf.set(m, []);
      setsOf.get(m)!.push(i);
    }
  });
  return sets.map((set) => {
    const above = new Set(set.above);
    // The sense the hierarchy meant: one whose own terms above stay within the set's, where the file lists them.
    const senses = (term: string) => {
      const all = setsOf.get(term) ?? [];
      const meant = all.filter((i) => sets[i]!.above.every((a) => above.has(a)));
      return meant.length ? meant : all;
    };
    const aboveOf = (term: string) => new Set(senses(term).flatMap((i) => sets[i]!.above));
    const nearest = set.above.filter(
      (term) => !set.above.some((other) => other !== term && aboveOf(other).has(term)),
    );
    return [...new Set(nearest.flatMap(senses))];
  });
}

/**
 * The sets that say something: with two members or more, or a place in the hierarchy. A lone word with neither is
 * known but related to nothing, which is what the engine assumes of a word it does not find.
 */
export function telling(
  sets: ThesaurusSet[],
  parents: number[][],
): { sets: ThesaurusSet[]; parents: number[][] } {
  const isParent = new Set(parents.flat());
  const kept = sets.map((s, i) => s.members.length > 1 || parents[i]!.length > 0 || isParent.has(i));
  const renumbered: number[] = [];
  let next = 0;
  for (const k of kept) renumbered.push(k ? next++ : -1);
  return {
    sets: sets.filter((_, i) => kept[i]),
    parents: parents.filter((_, i) => kept[i]).map((ps) => ps.map((p) => renumbered[p]!)),
  };
}

/** Sorted "word|set,set" lines: each word, folded as the engine's tokens are, and the sets it belongs to (base 36). */
export function wordLines(sets: ThesaurusSet[]): string[] {
  const setsOf = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const word of new Set(s.members.map(fold))) {
      if (!setsOf.has(word)) setsOf.set(word, []);
      setsOf.get(word)!.push(i);
    }
  });
  return [...setsOf.keys()].sort().map(
    (w) =>
      `${w}|${setsOf
        .get(w)!
        .map((i) => i.toString(36))
        .join(',')}`,
  );
}

const LICENCE = `# OpenThesaurus: (C) Daniel Naber and the OpenThesaurus contributors, GNU LGPL 2.1 or later
# (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html). This file is derived from it under the same licence.`;

/**
 * The two generated files, each a header of "#" lines and then its lines: the sets, one a line, "label;parent,parent"
 * (the parents' line numbers in base 36); and the sorted index of their members.
 */
export function thesaurusFiles(sets: ThesaurusSet[], parents: number[][]): { sets: string; words: string } {
  const lines = sets.map((s, i) => `${s.label};${parents[i]!.map((p) => p.toString(36)).join(',')}`);
  const source = `# From OpenThesaurus (https://www.openthesaurus.de) as Debian's mythes-de packages it, written by
# bench/lexicons/german-thesaurus.ts: do not edit by hand.`;
  return {
    sets: `# German synonym sets and their nearest broader sets.
${source}
# Line n of the data (from 0) is set n: its main member, then after ";" the sets directly above (base 36).
${LICENCE}
${lines.join('\n')}
`,
    words: `# The members of the German synonym sets in de-thesaurus-sets.txt and the sets each is in.
${source}
# Each line: a word folded as the engine's tokens are (lower case, ß → ss), "|", its sets (base 36); sorted by code
# unit, for binary search.
${LICENCE}
${wordLines(sets).join('\n')}
`,
  };
}

if (process.argv[1]?.endsWith('german-thesaurus.js')) {
  const [path, folder] = process.argv.slice(2);
  if (!path || !folder)
    throw new Error('usage: german-thesaurus.js /usr/share/mythes/th_de_DE_v2.dat src/lang');
  const all = parseSets(readFileSync(path, 'utf8'));
  const { sets, parents } = telling(all, nearestAbove(all));
  const files = thesaurusFiles(sets, parents);
  writeFileSync(join(folder, 'de-thesaurus-sets.txt'), files.sets);
  writeFileSync(join(folder, 'de-thesaurus-words.txt'), files.words);
}
