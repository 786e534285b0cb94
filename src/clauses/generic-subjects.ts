import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';

/**
 * Whether a token stands for anyone: a generic pronoun ("man", "you", "one"), or the pronoun of polite address where
 * its capital shows it is one, inside a sentence ("Hier können Sie … finden").
 */
export function isGenericSubject(t: Token, opensSentence: boolean, pack: LanguagePack): boolean {
  const grammar = pack.verbGrammar;
  if (grammar.genericSubjects?.has(t.norm)) return true;
  return !!grammar.addressPronoun && !opensSentence && t.text === grammar.addressPronoun;
}
