import { tokenInside, tokensMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { isKnownNoun } from '../lexicon/relate.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';

/** A sentence start, as the word before a sentence's first word. */
const START = '^';

/** Where each word a sentence writes once stands: a word written twice places nothing. */
function singlePlaces(s: SentenceFacts): Map<string, number> {
  const places = new Map<string, number>();
  const twice = new Set<string>();
  s.tokens.forEach((t, i) => (places.has(t.norm) ? twice.add(t.norm) : places.set(t.norm, i)));
  for (const norm of twice) places.delete(norm);
  return places;
}

const before = (s: SentenceFacts, i: number): string => (i > 0 ? s.tokens[i - 1]!.norm : START);
const between = (s: SentenceFacts, a: number, b: number): string =>
  s.tokens
    .slice(a + 1, b)
    .map((t) => t.norm)
    .join(' ');

const named = (s: SentenceFacts, t: Token): boolean => tokenInside(s, t, [...s.names, ...s.people]);

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
export interface MirroredWords {
  /** The source's span from the first word to the second, and the rewrite's with the two the other way round. */
  source: Mention;
  rewrite: Mention;
  first: string;
  second: string;
}

export function mirroredWords(pair: FactPair, pack: LanguagePack): MirroredWords[] {
  const listing = (words: string) =>
    words
      .split(' ')
      .every((w) => pack.verbGrammar.coordinators.has(w) || pack.roleGrammar.determiners.has(w));
  const out: MirroredWords[] = [];
  for (const s of pair.source)
    for (const r of pair.rewrite) {
      const [inSource, inRewrite] = [singlePlaces(s), singlePlaces(r)];
      const things = [...inSource]
        .filter(([norm, i]) => {
          const j = inRewrite.get(norm);
          return j !== undefined && thingIn(s, s.tokens[i]!, pack) && thingIn(r, r.tokens[j]!, pack);
        })
        .map(([norm, i]) => ({ sa: i, ra: inRewrite.get(norm)! }))
        .sort((a, b) => a.sa - b.sa);
      for (let x = 0; x < things.length; x++)
        for (let y = x + 1; y < things.length; y++) {
          const [{ sa, ra }, { sa: sb, ra: rb }] = [things[x]!, things[y]!];
          // The cheap tests first: the order reversed, each after what the other stood after.
          if (rb > ra || before(s, sa) !== before(r, rb) || before(s, sa) === before(s, sb)) continue;
          const inside = between(s, sa, sb);
          if (!inside || listing(inside) || inside !== between(r, rb, ra)) continue;
          out.push({
            source: tokensMention(s, s.tokens[sa]!, s.tokens[sb]!),
            rewrite: tokensMention(r, r.tokens[rb]!, r.tokens[ra]!),
            first: s.tokens[sa]!.text,
            second: s.tokens[sb]!.text,
          });
        }
    }
  return out;
}
