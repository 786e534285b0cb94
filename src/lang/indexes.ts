import { stem } from '../text/stem.js';
import type { LanguagePack } from './pack.js';
import { pairs } from './table.js';

/** The pack's opposites, both ways: its pairs and camps as written and by their stems, and its stem pairs. */
export const antonymIndex = (pack: LanguagePack): Map<string, Set<string>> => buildAntonyms(pack, true);

/**
 * The opposites the pack lists itself (pairs and camps), without the stem pairs generated from a lexicon's
 * adjectives and adverbs: what holds of a word in any part of speech.
 */
export const listedAntonymIndex = (pack: LanguagePack): Map<string, Set<string>> =>
  buildAntonyms(pack, false);

function buildAntonyms(pack: LanguagePack, withStems: boolean): Map<string, Set<string>> {
  const built = new Map<string, Set<string>>();
  const add = (a: string, b: string): void => {
    if (!built.has(a)) built.set(a, new Set());
    built.get(a)!.add(b);
    if (!built.has(b)) built.set(b, new Set());
    built.get(b)!.add(a);
  };
  const addWords = (a: string, b: string): void => {
    add(a, b);
    add(stem(a, pack.code), stem(b, pack.code));
  };
  for (const [a, b] of pack.antonyms) if (!a.includes(' ') && !b.includes(' ')) addWords(a, b);
  if (withStems && pack.antonymStems.trim()) for (const [a, b] of pairs(pack.antonymStems)) add(a, b);
  for (const [camp, opposite] of pack.opposingCamps)
    for (const a of camp) for (const b of opposite) addWords(a, b);
  return built;
}

/** The pack's irregular forms and their base forms ("sold" → "sell"), for its lexical database. */
export const irregularForms = (pack: LanguagePack): Map<string, string> =>
  new Map(pairs(pack.wordnet?.irregularForms ?? ''));

/**
 * Each framing scale's levels with their inflected forms ("Konflikts", "killings"), as phrase lists; one
 * list per scale and level, so the phrase index is built once.
 */
export const framingLevels = (pack: LanguagePack): string[][][] =>
  pack.framingScales.map((scale) =>
    scale.map((alternatives) =>
      alternatives
        .split('|')
        .flatMap((w) => (w.includes(' ') ? [w] : [w, ...pack.inflectionEndings.map((e) => w + e)])),
    ),
  );

/** The relative-time lexicon as one stable phrase list. */
export const relativeTimePhrases = (pack: LanguagePack): string[] => [...pack.relativeTimes.keys()];

/**
 * Each capital's names with its country's, and each country's with its capital's, both ways: "moscow" → "russia",
 * "russian federation"; "russia" → "moscow". A name that is both (a city-state) finds itself.
 */
export function capitalIndex(pack: LanguagePack): Map<string, string[]> {
  const index = new Map<string, string[]>();
  const add = (from: string[], to: string[]): void => {
    for (const name of from) index.set(name, [...(index.get(name) ?? []), ...to]);
  };
  for (const line of pack.capitals.split('\n')) {
    const at = line.indexOf(':');
    if (at < 0) continue;
    const [capital, country] = [line.slice(0, at).split('|'), line.slice(at + 1).split('|')];
    add(capital, country);
    add(country, capital);
  }
  return index;
}
