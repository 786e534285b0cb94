import type { Mention } from '../facts/types.js';
import { nearInMeaning, type Synset } from '../lang/wordnet/synsets.js';
import { stem } from '../text/stem.js';
import { stemBalance } from './balance.js';
import type { FactPair, RuleContext } from './context.js';
import { sensesOf } from './meanings.js';
import { mention, replacedWords } from './replacements.js';

/** How many steps up WordNet's hierarchy one word may stand from the other: a laptop is a computer in four. */
const KIND_STEPS = 4;

const categories = (synsets: readonly Synset[]): Set<string> => new Set(synsets.map((s) => s.category));

/**
 * Nouns of a pair where the rewrite puts another kind of thing in the source's place: "bond" → "loan",
 * "humans" → "birds". Kinds that the lexical database joins (a synonym, one a kind of the other, a
 * derivation) are paraphrase and pass: "danger" for "threat", "poultry" for "birds".
 */
export function swappedKinds(pair: FactPair, context: RuleContext): { source: Mention; rewrite: Mention }[] {
  const pack = context.pack;
  const kinds = pack.wordnet;
  if (!kinds) return [];
  // "bird flu … a threat to humans" → "bird flu … a threat to birds": one of two "bird"s is new.
  const { gained, lost } = stemBalance(pair.source, pair.rewrite);
  const generic = new Set(kinds.genericKinds.flatMap((g) => [g, stem(g, pack.code)]));
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const replaced of replacedWords(pair, context)) {
    const [was, is] = [replaced.source.token, replaced.rewrite.token];
    // A word moved rather than replaced, or the same word in another form.
    if (was.stem === is.stem || !gained(is.stem) || !lost(was.stem)) continue;
    if ([was.norm, was.stem, is.norm, is.stem].some((w) => generic.has(w))) continue;
    const wasSenses = sensesOf(was.norm, 'n', pack);
    const isSenses = sensesOf(is.norm, 'n', pack);
    const shared = [...categories(wasSenses)].filter((c) => categories(isSenses).has(c));
    if (!shared.some((c) => kinds.concreteKinds.includes(c))) continue;
    if (nearInMeaning(wasSenses, isSenses, KIND_STEPS)) continue;
    out.push({ source: mention(replaced.source), rewrite: mention(replaced.rewrite) });
  }
  return out;
}
