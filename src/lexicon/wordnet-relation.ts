import { sensesOf } from './senses.js';
import type { LanguagePack } from '../lang/pack.js';
import { nearInMeaning, type Synset } from '../lang/wordnet/synsets.js';
import type { WordRelation } from './types.js';

/** How many steps up WordNet's hierarchy one word may stand from the other: a laptop is a computer in four. */
const KIND_STEPS = 4;

const categories = (synsets: readonly Synset[]): Set<string> => new Set(synsets.map((s) => s.category));

/**
 * How a rewrite's noun stands to the source's in WordNet: near in meaning (a shared synset, a derivation, one a kind
 * of the other within a few steps) is the same thing said otherwise; two nouns of one concrete category that are
 * not near are another thing of that kind ("bond" → "loan", "humans" → "birds"). Abstract categories are left out:
 * paraphrase lives there ("infections" → "cases", "move" → "effort").
 */
export function relateByWordNet(
  source: string,
  rewrite: string,
  pack: LanguagePack,
): WordRelation | undefined {
  const kinds = pack.wordnet;
  if (!kinds) return undefined;
  const sourceSenses = sensesOf(source, 'n', pack);
  const rewriteSenses = sensesOf(rewrite, 'n', pack);
  if (nearInMeaning(sourceSenses, rewriteSenses, KIND_STEPS))
    return { relation: 'same', resource: 'WordNet' };
  // "centre" → "central", "nation" → "national": an adjective WordNet derives from the noun (or the noun from it)
  // says the same thing as an attribute; its rare noun senses ("central", a telephone exchange) are not what it says.
  const adjectives = (word: string) => sensesOf(word, 'a', pack);
  if (
    nearInMeaning(sourceSenses, adjectives(rewrite), 0) ||
    nearInMeaning(adjectives(source), rewriteSenses, 0)
  )
    return { relation: 'same', resource: 'WordNet' };
  const shared = [...categories(sourceSenses)].filter((c) => categories(rewriteSenses).has(c));
  const kind = shared.find((c) => kinds.concreteKinds.includes(c));
  // "noun.artifact" → "artifact": the category as a reader says it.
  return kind
    ? { relation: 'sibling', resource: 'WordNet', via: kind.replace(/^noun\./, '') }
    : { relation: 'unknown' };
}

/**
 * How many of a verb's senses, most frequent first, count when two verbs are asked for one meaning: WordNet gives
 * "raise" 27 senses and "take" 42, and a rare one joins nearly any two ("take" and "hold" in "contain").
 */
const MAIN_VERB_SENSES = 3;

/** The synset two verbs share among their main senses ("raise", "lift": "raise, lift, elevate"); undefined for none. */
export function sharedVerbSense(a: string, b: string, pack: LanguagePack): string | undefined {
  if (!pack.wordnet) return undefined;
  const main = (verb: string) => sensesOf(verb, 'v', pack).slice(0, MAIN_VERB_SENSES);
  const keys = new Set(main(a).map((s) => s.key));
  return main(b)
    .find((s) => keys.has(s.key))
    ?.words.join(', ');
}
