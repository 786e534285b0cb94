import { tokensMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { isKnownNoun } from '../lexicon/relate.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';

/** A sentence start, as the word before a sentence's first word. */
const START = '^';

const once = (s: SentenceFacts, norm: string): boolean =>
  s.tokens.filter((t) => t.norm === norm).length === 1;
const at = (s: SentenceFacts, norm: string): number => s.tokens.findIndex((t) => t.norm === norm);
const before = (s: SentenceFacts, i: number): string => (i > 0 ? s.tokens[i - 1]!.norm : START);
const between = (s: SentenceFacts, a: number, b: number): string =>
  normsOf(s.tokens.slice(a + 1, b)).join(' ');
const normsOf = (tokens: Token[]): string[] => tokens.map((t) => t.norm);

const named = (s: SentenceFacts, t: Token): boolean =>
  [...s.names, ...s.people].some((n) => n.start <= s.start + t.start && s.start + t.end <= n.end);

/**
 * A name or a noun as a sentence writes it. Where every noun has a capital, one inside the sentence marks a noun or
 * a name ("für Jorginho vor Messi"); at its start it says nothing ("Offenbar plant Trump").
 */
function thingIn(s: SentenceFacts, t: Token, pack: LanguagePack): boolean {
  if (t.isStopword || t.isNumber) return false;
  const capitalNoun = pack.nounsCapitalized && t.capitalized && s.tokens[0] !== t;
  return named(s, t) || capitalNoun || isKnownNoun(t.norm, pack);
}

/**
 * Two things that trade places around the same words, in the same frame: "für Jorginho vor Messi" → "für Messi vor
 * Jorginho", "from Berlin to Hamburg" → "from Hamburg to Berlin", "A beat B" → "B beat A". Each stands after what
 * the other stood after, with the same words between them; words that only list ("A and B", "the A and the B") do
 * not order them, and an adverb trading places with a subject around the verb is word order, not a swap. The word
 * diff cannot see this: with one word between, the two places read as a move.
 */
export function mirroredWords(pair: FactPair, pack: LanguagePack): { source: Mention; rewrite: Mention }[] {
  const listing = (words: string) =>
    words
      .split(' ')
      .every((w) => pack.verbGrammar.coordinators.has(w) || pack.roleGrammar.determiners.has(w));
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const s of pair.source)
    for (const r of pair.rewrite) {
      const things = s.tokens.filter(
        (t) =>
          once(s, t.norm) &&
          once(r, t.norm) &&
          thingIn(s, t, pack) &&
          thingIn(r, r.tokens[at(r, t.norm)]!, pack),
      );
      for (let x = 0; x < things.length; x++)
        for (let y = x + 1; y < things.length; y++) {
          const [sa, sb] = [at(s, things[x]!.norm), at(s, things[y]!.norm)];
          const [ra, rb] = [at(r, things[x]!.norm), at(r, things[y]!.norm)];
          if (rb > ra) continue;
          const inside = between(s, sa, sb);
          if (!inside || listing(inside) || inside !== between(r, rb, ra)) continue;
          if (before(s, sa) !== before(r, rb) || before(s, sa) === before(s, sb)) continue;
          out.push({
            source: tokensMention(s, s.tokens[sa]!, s.tokens[sb]!),
            rewrite: tokensMention(r, r.tokens[rb]!, r.tokens[ra]!),
          });
        }
    }
  return out;
}
