import { tokenMention, tokensMention } from '../facts/mention.js';
import { findPhrases } from '../facts/phrases.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { isNegationWord } from './negation-scope.js';
import type { FactPair } from './context.js';
import type { ScopeChange } from './scope-change.js';

/** A universal word ("alles", "always"), with the word that makes it nearly so ("fast", "almost") if one stands before. */
interface Universal {
  word: string;
  mention: Mention;
  nearly: boolean;
}

/** What an exception phrase counts as: "without exception" is the universal, "with few exceptions" its near form. */
const EXCEPTIONS = 'exceptions';

function exceptionsIn(s: SentenceFacts, pack: LanguagePack): Universal[] {
  const { none, few } = pack.nearUniversals.exceptions;
  const as = (nearly: boolean) => (mention: Mention) => ({ word: EXCEPTIONS, mention, nearly });
  return [
    ...findPhrases(s.tokens, none, s.text, s.start).map(as(false)),
    ...findPhrases(s.tokens, few, s.text, s.start).map(as(true)),
  ];
}

function universalsIn(group: readonly SentenceFacts[], pack: LanguagePack): Universal[] {
  const { nearly, universals } = pack.nearUniversals;
  return group.flatMap((s) => [
    ...exceptionsIn(s, pack),
    ...s.tokens.flatMap((t, i) => {
      if (!universals.has(t.norm)) return [];
      // "fast alle", and with an article between: "fast das ganze Jahr", "almost the entire year".
      const before =
        s.tokens[i - 1]?.isStopword && !nearly.has(s.tokens[i - 1]!.norm) ? s.tokens[i - 2] : s.tokens[i - 1];
      const near = before && nearly.has(before.norm) ? before : undefined;
      return [
        { word: t.norm, mention: near ? tokensMention(s, near, t) : tokenMention(s, t), nearly: !!near },
      ];
    }),
  ]);
}

/**
 * A claim that holds nearly always made one that holds always, or the reverse: "bieten fast alles an" → "bieten
 * schlichtweg alles an", "almost everyone agreed" → "everyone agreed". The same universal word stands on both sides,
 * qualified on one only; where a side says it both ways the change is left alone.
 */
export function universalChanges(pair: FactPair, pack: LanguagePack): ScopeChange[] {
  const before = universalsIn(pair.source, pack);
  const after = universalsIn(pair.rewrite, pack);
  const qualified = (side: Universal[]) => side.every((u) => u.nearly);
  const plain = (side: Universal[]) => side.every((u) => !u.nearly);
  const changes: ScopeChange[] = [];
  for (const word of new Set(before.map((u) => u.word))) {
    const [was, is] = [before.filter((u) => u.word === word), after.filter((u) => u.word === word)];
    if (!is.length) continue;
    if (qualified(was) && plain(is))
      changes.push({ source: was[0]!.mention, rewrite: is[0]!.mention, widened: true });
    else if (plain(was) && qualified(is))
      changes.push({ source: was[0]!.mention, rewrite: is[0]!.mention, widened: false });
  }
  return changes;
}

/** How many words after a universal may come before the noun it covers: "jeder warmen Mahlzeit". */
const COVERED_REACH = 2;

/** How many words after a restrictive particle it bears on: "nur zur Hauptmahlzeit", "only the main meal". */
const FOCUS_WORDS = 4;

/**
 * A claim about all of a kind narrowed by a restrictive particle to some of it: "Every meal comes with a drink" →
 * "Only the main meal comes with a drink", "Zu jeder Mahlzeit" → "Nur zur Hauptmahlzeit". The noun after the
 * universal stands after the particle too, by its stem or as the head of a compound; a negated particle ("not only")
 * adds instead.
 */
export function restrictedUniversals(pair: FactPair, pack: LanguagePack): ScopeChange[] {
  const before = universalsIn(pair.source, pack);
  const restrictive = new Set(pack.restrictiveParticles);
  const noun = (t: Token) => !t.isStopword && (!pack.nounsCapitalized || t.capitalized);
  const names = (t: Token, n: Token) =>
    t.stem === n.stem || (t.norm.length > n.norm.length && t.norm.endsWith(n.norm));
  for (const u of before) {
    const s = pair.source.find(
      (x) => x.start <= u.mention.start && u.mention.end <= x.start + x.text.length,
    )!;
    const at = s.tokens.findIndex((t) => s.start + t.start >= u.mention.end);
    const covered = at < 0 ? undefined : s.tokens.slice(at, at + COVERED_REACH).find(noun);
    if (!covered) continue;
    for (const r of pair.rewrite)
      for (let i = 0; i < r.tokens.length; i++) {
        const negated = i > 0 && isNegationWord(r.tokens[i - 1]!, pack);
        if (!restrictive.has(r.tokens[i]!.norm) || negated) continue;
        if (r.tokens.slice(i + 1, i + 1 + FOCUS_WORDS).some((t) => names(t, covered)))
          return [
            {
              source: tokensMention(s, s.tokens[at - 1]!, covered),
              rewrite: tokenMention(r, r.tokens[i]!),
              widened: true,
            },
          ];
      }
  }
  return [];
}
