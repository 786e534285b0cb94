import { sensesOf } from './senses.js';
import { verbReader } from '../clauses/verb-forms.js';
import type { LanguagePack } from '../lang/pack.js';
import { nearInMeaning, type Synset } from '../lang/wordnet/synsets.js';
import type { WordRelation } from './types.js';

/** How many steps up WordNet's hierarchy one word may stand from the other: a laptop is a computer in four. */
const KIND_STEPS = 4;

/** How many of a noun's senses, most frequent first, tell the kind of thing it names. */
const MAIN_NOUN_SENSES = 3;

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
  // "room": "space for movement"; "bill": "a statute in draft before it becomes law": one word defined by the other.
  if (definedBy(sourceSenses, rewrite, pack) || definedBy(rewriteSenses, source, pack))
    return { relation: 'same', resource: 'WordNet', via: 'definition' };
  // The kind is one of the main senses of at least one noun: "ordinary" is a heraldic charge and "standard" a flag,
  // both artifacts, only in senses a reader of "an ordinary drink" or "a standard drink" never has in mind.
  const main = (senses: Synset[]) => categories(senses.slice(0, MAIN_NOUN_SENSES));
  const [sourceMain, rewriteMain] = [main(sourceSenses), main(rewriteSenses)];
  const shared = [...categories(sourceSenses)].filter(
    (c) => categories(rewriteSenses).has(c) && (sourceMain.has(c) || rewriteMain.has(c)),
  );
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

/**
 * A definition's head phrase up to a participle after a content word: "a solid food | prepared from the pressed curd
 * of milk". What the participle opens tells what the thing is made from or used for: cheese is made from milk, it is
 * no milk. A phrase with a preposition stays whole: "a statute in draft" is a bill still a draft.
 */
function genus(words: string[], pack: LanguagePack): string[] {
  const read = verbReader(pack);
  const end = words.findIndex(
    (w, i) => i > 0 && !pack.stopwords.has(words[i - 1]!) && read(w).some((r) => r.form === 'participle'),
  );
  return end < 0 ? words : words.slice(0, end);
}

/**
 * Whether a word stands in the head phrase of one of these senses' definitions: up to its first parenthesis,
 * comma, colon, comparison or subordinate clause ("a statute in draft | before it becomes law"; "the flesh of animals |
 * (including fishes …)"). Further on, a definition names what the thing is not, or only touches; a word in a list
 * ("of wood or coal") is one of several. A form of the word counts: WordNet gives it the same senses ("trains",
 * "train").
 */
function definedBy(senses: readonly Synset[], word: string, pack: LanguagePack): boolean {
  const keys = (w: string) =>
    sensesOf(w, 'n', pack)
      .map((s) => s.key)
      .join(' ');
  const own = keys(word);
  if (!own) return false;
  const { subordinators, coordinators } = pack.verbGrammar;
  return senses.some((s) => {
    const words = s.definition
      .split(/[(,;:]/)[0]!
      .toLowerCase()
      .split(/\s+/);
    // "smaller than a city": what a thing is compared with is what it is not.
    const end = words.findIndex((w) => subordinators.has(w) || pack.everComparison.than.includes(w));
    const head = genus(end < 0 ? words : words.slice(0, end), pack);
    // "a hot fragment of wood or coal": a word in a list is one of several things, not what the other is.
    const listed = (i: number) => [head[i - 1], head[i + 1]].some((w) => !!w && coordinators.has(w));
    return head.some((w, i) => (w === word || keys(w) === own) && !listed(i));
  });
}
