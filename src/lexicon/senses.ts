import { derived } from '../lang/derived.js';
import { irregularForms } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { senses, synset, type Synset } from '../lang/wordnet/synsets.js';
import { stem } from '../text/stem.js';

/** The pack's irregular forms ("sold" → "sell"), read on first use. */
const baseOf = (word: string, pack: LanguagePack): string | undefined =>
  derived(pack, irregularForms).get(word);

/** A word's senses in one part of speech, through regular and the pack's irregular inflections. */
export function sensesOf(word: string, pos: PartOfSpeech, pack: LanguagePack): Synset[] {
  if (!pack.wordnet) return [];
  const base = baseOf(word, pack);
  return base && base !== word ? [...senses(word, pos), ...senses(base, pos)] : senses(word, pos);
}

/**
 * Whether a word can stand where an adjective's or adverb's opposite applies: it has an adjective or adverb sense,
 * or no verb sense at all ("optimists" of "optimistic"). "run" is only ever a verb or a noun of one: the opposite
 * WordNet gives "running" (a football play, against "passing") is no opposite of "run" or "pass". Without a lexical
 * database every word can.
 */
export function takesModifierOpposite(word: string, pack: LanguagePack): boolean {
  if (!pack.wordnet) return true;
  return (
    sensesOf(word, 'a', pack).length > 0 ||
    sensesOf(word, 'r', pack).length > 0 ||
    sensesOf(word, 'v', pack).length === 0
  );
}

/**
 * Whether a word is only ever an adverb ("importantly", "recently"): a quantifier before it is the adverb's degree
 * ("most importantly"), not an amount of anything. An adjective may still be followed by the noun it and the
 * quantifier qualify ("most large banks"). Without a lexical database no word is known to be one.
 */
export const onlyAdverb = (word: string, pack: LanguagePack): boolean =>
  sensesOf(word, 'r', pack).length > 0 &&
  (['n', 'a', 'v'] as const).every((pos) => sensesOf(word, pos, pack).length === 0);

/**
 * Whether an adjective says what can be done or happen: one of its senses (or the head sense it is similar to) has one
 * of the pack's attributes of possibility ("able": ability, "hard": difficulty). "sure" (certainty) does not.
 */
export function saysPossibility(word: string, pack: LanguagePack): boolean {
  const attributes = pack.wordnet?.possibilityAttributes;
  if (!attributes?.length) return false;
  return sensesOf(word, 'a', pack).some((sense) =>
    [sense, ...sense.pointers.filter((p) => p.symbol === '&').map((p) => synset(p.key))].some((head) =>
      head.pointers.some((p) => p.symbol === '=' && synset(p.key).words.some((w) => attributes.includes(w))),
    ),
  );
}

/**
 * Whether two open compounds with one modifier name one thing: WordNet gives one of them ("baking tray", "fire
 * engine", "traffic light") a synonym that ends in the other's head ("cookie sheet", "fire truck", "traffic signal").
 * "baking sheet" is in no synset of its own, but "sheet" heads a name of the same tray.
 */
export function sameThingByCompound(
  modifier: string,
  head: string,
  other: string,
  pack: LanguagePack,
): boolean {
  // The other head in any form ("sheets" for "sheet"): the last part of a multi-word lemma, by stem.
  const endsIn = (lemma: string, word: string) =>
    lemma.includes('_') && stem(lemma.slice(lemma.lastIndexOf('_') + 1), pack.code) === stem(word, pack.code);
  return [
    [head, other],
    [other, head],
  ].some(([a, b]) =>
    sensesOf(`${modifier}_${a}`, 'n', pack).some((sense) => sense.words.some((w) => endsIn(w, b!))),
  );
}
