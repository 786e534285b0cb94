import { verbReader } from '../clauses/verb-forms.js';
import type { LanguagePack } from '../lang/pack.js';
import { isPrefixNegation } from '../lexicon/prefix-negation.js';
import type { Token } from '../text/tokens.js';
import { tokensMention } from './mention.js';
import { findPhrases } from './phrases.js';
import type { ImpliedNegation } from './types.js';

/** How far an extraposed infinitive may stand from its adjective: "unmöglich, die Löhne im März zu zahlen". */
const INFINITIVE_REACH = 8;

/**
 * Words that deny what they govern by their own form: a prefix-negated adjective before an infinitive, "unable to
 * pay", "unfähig zu zahlen", or after a comma "unmöglich, die Löhne zu zahlen"; a privative preposition before a bare
 * noun, "außer Zweifel", "beyond doubt".
 */
export function findImpliedNegations(
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): ImpliedNegation[] {
  // The prefix first: it is a string test, where reading the next word as a verb is a lexicon lookup per token.
  const prefixes = [...pack.negatingPrefixes, ...pack.antonymPrefixes];
  const prefixed = (t: Token): boolean => prefixes.some((p) => t.norm.startsWith(p));
  const adjectives = tokens.flatMap((t, i) =>
    (i === 0 || !t.capitalized) &&
    prefixed(t) &&
    governsInfinitive(tokens, i, text, pack) &&
    isPrefixNegation(t.norm, pack)
      ? [{ ...tokensMention({ start: offset, text }, t, t), bears: 'infinitive' as const }]
      : [],
  );
  return [...adjectives, ...privativePhrases(tokens, text, offset, pack)];
}

/** "außer Zweifel", "beyond doubt": a privative preposition before a bare noun (no article between). */
function privativePhrases(
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): ImpliedNegation[] {
  return findPhrases(tokens, pack.privativePrepositions, text, offset).flatMap((m) => {
    const next = tokens.findIndex((t) => offset + t.start > m.end);
    const noun = next < 0 ? undefined : nounAfter(tokens, next, pack);
    // A bare common noun: capitalized where nouns are, not capitalized where only names are ("out of Italy").
    const bare =
      noun !== undefined && !noun.isStopword && !noun.isNumber && noun.capitalized === pack.nounsCapitalized;
    // The mention spans the noun: the negation bears on it alone.
    const end = noun ? offset + noun.end : m.end;
    return bare
      ? [{ start: m.start, end, text: text.slice(m.start - offset, end - offset), bears: 'noun' as const }]
      : [];
  });
}

/**
 * The noun a privative phrase governs. Where every noun has a capital, lower-case words before it are its adjectives
 * ("frei von schädlichen Stoffen"); elsewhere the first word is taken, as an adjective cannot be told from a noun.
 */
function nounAfter(tokens: Token[], i: number, pack: LanguagePack): Token | undefined {
  if (!pack.nounsCapitalized) return tokens[i];
  for (let j = i; j < Math.min(tokens.length, i + 1 + ADJECTIVES_BEFORE_NOUN); j++) {
    const t = tokens[j]!;
    if (t.isStopword || t.isNumber || t.capitalized) return t;
  }
  return tokens[i];
}

/** Adjectives a privative phrase's noun may have before it. */
const ADJECTIVES_BEFORE_NOUN = 2;

/** An infinitive right after the word, or opening the clause a comma after it starts. */
function governsInfinitive(tokens: Token[], i: number, text: string, pack: LanguagePack): boolean {
  const particle = pack.verbGrammar.infinitiveMarker;
  const read = verbReader(pack);
  const isInfinitive = (j: number): boolean => {
    const t = tokens[j];
    if (!t) return false;
    if (t.norm === particle) return read(tokens[j + 1]?.norm ?? '').some((r) => r.form === 'infinitive');
    return read(t.norm).some((r) => r.form === 'zu-infinitive');
  };
  if (isInfinitive(i + 1)) return true;
  const next = tokens[i + 1];
  if (!next || text.slice(tokens[i]!.end, next.start).trim() !== ',') return false;
  for (let j = i + 1; j < Math.min(tokens.length, i + 1 + INFINITIVE_REACH); j++) {
    if (j > i + 1 && /[,.;:!?]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return false;
    if (isInfinitive(j)) return true;
  }
  return false;
}
