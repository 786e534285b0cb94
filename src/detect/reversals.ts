import type { Mention } from '../facts/types.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { nearInMeaning, opposedInMeaning } from '../lang/wordnet/synsets.js';
import type { FactPair, RuleContext } from './context.js';
import { sensesOf } from '../lexicon/senses.js';
import { mention, replacedWords } from './replacements.js';

const PARTS: readonly PartOfSpeech[] = ['v', 'a', 'r', 'n'];

/**
 * Words the rewrite puts in the source's place that the lexical database calls opposites: "bought" →
 * "sold", "accepted" → "rejected", "huge" → "tiny". Only in the same place between shared words: anywhere
 * in a sentence, everyday opposites ("come"/"go", "give"/"take") say nothing.
 */
export function reversedWords(pair: FactPair, context: RuleContext): { source: Mention; rewrite: Mention }[] {
  const pack = context.pack;
  if (!pack.wordnet) return [];
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const replaced of replacedWords(pair, context)) {
    const [was, is] = [replaced.source.token.norm, replaced.rewrite.token.norm];
    if (replaced.source.token.stem === replaced.rewrite.token.stem) continue;
    const opposed = PARTS.some((pos) => {
      const a = sensesOf(was, pos, pack);
      const b = sensesOf(is, pos, pack);
      return a.length > 0 && b.length > 0 && opposedInMeaning(a, b) && !nearInMeaning(a, b, 0);
    });
    if (opposed) out.push({ source: mention(replaced.source), rewrite: mention(replaced.rewrite) });
  }
  return out;
}
