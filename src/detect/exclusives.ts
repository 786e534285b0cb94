import { tokensMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';
import type { ScopeChange } from './scope-change.js';
import { isContent, isNegationWord } from './negation-scope.js';

/** How many words may stand between an adjective of exclusion and its noun: "die einzige verlässliche Quelle". */
const NOUN_REACH = 2;

/** An adjective of exclusion said of a noun: "die einzige Grundlage", "the sole owner". */
interface Exclusive {
  mention: Mention;
  noun: Token;
  /** A determiner stands right before, not a negation: an adjective for sure ("die einzige", "the sole"). */
  determined: boolean;
}

/**
 * The same noun said to be the only one on one side and not on the other: "Der Duden ist die Grundlage" → "die
 * einzige Grundlage", "the sole owner" → "an owner". Told only after a determiner, where "only" is an adjective and
 * not a particle of focus ("only members may vote" restricts the members, it does not make one member the only one).
 * Widened: the rewrite makes the thing the only one.
 */
export function exclusiveChanges(pair: FactPair, pack: LanguagePack): ScopeChange[] {
  // The other side keeps the thing the only one with the word anywhere before it ("der vermutlich einzige").
  const before = exclusivesIn(pair.source, pack);
  const after = exclusivesIn(pair.rewrite, pack);
  const made = after
    .filter((a) => a.determined && !before.some((b) => b.noun.stem === a.noun.stem))
    .flatMap((a) => {
      const at = nounIn(pair.source, a.noun);
      return at ? [{ source: at, rewrite: a.mention, widened: true }] : [];
    });
  const dropped = before
    .filter((b) => b.determined && !after.some((a) => a.noun.stem === b.noun.stem))
    .flatMap((b) => {
      const at = nounIn(pair.rewrite, b.noun);
      return at ? [{ source: b.mention, rewrite: at, widened: false }] : [];
    });
  return [...made, ...dropped];
}

/** Adjectives of exclusion before a noun, not before a figure or an article ("only 4", "only a few"). */
function exclusivesIn(group: SentenceFacts[], pack: LanguagePack): Exclusive[] {
  const words = derived(pack, exclusiveWords);
  return group.flatMap((s) =>
    s.tokens.flatMap((t, i) => {
      if (!words.has(t.norm)) return [];
      const next = s.tokens[i + 1];
      const reach = s.tokens.slice(i + 1, i + 1 + NOUN_REACH);
      // "only around 170 infections": a figure before the noun is what "only" bears on.
      if (!next || next.isStopword || reach.some((u) => u.isNumber)) return [];
      const noun = reach.find(isContent);
      if (!noun) return [];
      // "not only" is a particle of focus after a negation, no adjective.
      const before = s.tokens[i - 1];
      const determined = !!before?.isStopword && !isNegationWord(before, pack);
      return [{ mention: tokensMention(s, t, noun), noun, determined }];
    }),
  );
}

const exclusiveWords = (pack: LanguagePack): ReadonlySet<string> => new Set(pack.exclusives);

/** The same noun, by its stem, in a group: the word the other side says of it. */
function nounIn(group: SentenceFacts[], noun: Token): Mention | undefined {
  for (const s of group) {
    const t = s.tokens.find((x) => x.stem === noun.stem);
    if (t) return tokensMention(s, t, t);
  }
  return undefined;
}
