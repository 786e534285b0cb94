import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { nearInMeaning, opposedInMeaning } from '../lang/wordnet/synsets.js';
import { sensesOf } from './meanings.js';
import { mention, replacedWords } from './replacements.js';

const PARTS: readonly PartOfSpeech[] = ['v', 'a', 'r', 'n'];

/**
 * Words the rewrite puts in the source's place that the lexical database calls opposites: "bought" →
 * "sold", "accepted" → "rejected", "huge" → "tiny". Only in the same place between shared words: anywhere
 * in a sentence, everyday opposites ("come"/"go", "give"/"take") say nothing.
 */
export function reversedWords(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  if (!pack.wordnet) return [];
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const pair of replacedWords(source, rewrite, pack)) {
    const [was, is] = [pair.source.token.norm, pair.rewrite.token.norm];
    if (pair.source.token.stem === pair.rewrite.token.stem) continue;
    const opposed = PARTS.some((pos) => {
      const a = sensesOf(was, pos, pack);
      const b = sensesOf(is, pos, pack);
      return a.length > 0 && b.length > 0 && opposedInMeaning(a, b) && !nearInMeaning(a, b, 0);
    });
    if (opposed) out.push({ source: mention(pair.source), rewrite: mention(pair.rewrite) });
  }
  return out;
}
