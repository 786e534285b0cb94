import { tokensMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';
import { isContent, isNegationWord } from './negation-scope.js';

/** How many words after a particle of focus name what it bears on: "nur deutsche Wörter", "only German words". */
const FOCUS_REACH = 3;

/** A particle of focus, with the negation right before it if there is one, and the words it bears on. */
interface Focus {
  mention: Mention;
  negated: boolean;
  stems: Set<string>;
}

/**
 * A restriction turned into an addition or back: "enthält nicht nur deutsche Wörter" → "verzeichnet nur deutsche
 * Wörter", "only members may vote" → "not only members may vote". A particle of focus alone restricts what it bears on
 * to that; with a negation before it, it adds to it. The same words under a particle of focus in both, negated in
 * one only, say the reverse.
 */
export function focusFlips(pair: FactPair, pack: LanguagePack): { source: Mention; rewrite: Mention }[] {
  const rewrite = pair.rewrite.flatMap((s) => focusesOf(s, pack));
  return pair.source.flatMap((s) =>
    focusesOf(s, pack).flatMap((from) => {
      const to = rewrite.find(
        (r) => r.negated !== from.negated && [...from.stems].some((w) => r.stems.has(w)),
      );
      return to ? [{ source: from.mention, rewrite: to.mention }] : [];
    }),
  );
}

const focusParticles = (pack: LanguagePack): ReadonlySet<string> => new Set(pack.focusParticles.map(fold));

function focusesOf(s: SentenceFacts, pack: LanguagePack): Focus[] {
  const particles = derived(pack, focusParticles);
  return s.tokens.flatMap((t, i) => {
    if (!particles.has(t.norm)) return [];
    const before = s.tokens[i - 1];
    const negated = !!before && isNegationWord(before, pack);
    const words = s.tokens.slice(i + 1, i + 1 + FOCUS_REACH).filter((w: Token) => isContent(w));
    if (!words.length) return [];
    const first = negated ? before : t;
    return [{ mention: tokensMention(s, first, t), negated, stems: new Set(words.map((w) => w.stem)) }];
  });
}
