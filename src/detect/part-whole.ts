import { findPhrases } from '../facts/phrases.js';
import { tokensMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';
import type { ScopeChange } from './scope-change.js';

/** How many function words may stand between a part noun and what it is a part of: "in parts of Bavaria". */
const OF_REACH = 2;
/** How far two forms of one word may differ at the end: "Bayerns" and "Bayern". */
const ENDING = 2;

/** A scope told on one side: a part of something ("in Teilen Bayerns") or the whole of it ("in ganz Bayern"). */
interface Scope {
  mention: Mention;
  /** What it is a part or the whole of. */
  of: Token;
}

/** One word in two forms: the same stem, or one the other with a short ending ("Bayerns", "Bayern"). */
const sameWord = (a: Token, b: Token): boolean => {
  if (a.stem === b.stem) return true;
  const [short, long] = a.norm.length <= b.norm.length ? [a.norm, b.norm] : [b.norm, a.norm];
  return short.length >= 4 && long.startsWith(short) && long.length - short.length <= ENDING;
};

/** "in Teilen Bayerns", "in parts of Bavaria": a part noun and the first content word after it. */
function partsIn(group: SentenceFacts[], pack: LanguagePack): Scope[] {
  const parts = new Set(pack.partOfWhole.partNouns.map((w) => stem(w, pack.code)));
  return group.flatMap((s) =>
    s.tokens.flatMap((t, i) => {
      if (!parts.has(t.stem)) return [];
      const after = s.tokens.slice(i + 1, i + 2 + OF_REACH);
      const of = after.find((u) => !u.isStopword && !u.isNumber);
      if (!of || after.slice(0, after.indexOf(of)).some((u) => !u.isStopword)) return [];
      return [{ mention: tokensMention(s, t, of), of }];
    }),
  );
}

/** "in ganz Bayern", "throughout Bavaria": a marker of the whole right before a content word. */
function wholesIn(group: SentenceFacts[], pack: LanguagePack): Scope[] {
  return group.flatMap((s) =>
    findPhrases(s.tokens, pack.partOfWhole.wholeMarkers, s.text, s.start).flatMap((m) => {
      const of = s.tokens.find((t) => s.start + t.start >= m.end);
      if (!of || of.isStopword || of.isNumber) return [];
      const first = s.tokens.find((t) => s.start + t.start === m.start)!;
      return [{ mention: tokensMention(s, first, of), of }];
    }),
  );
}

/**
 * A part of something made the whole of it, or the whole made a part: "in Teilen Bayerns" → "in ganz Bayern", "in
 * parts of Bavaria" → "throughout Bavaria". Widened: the rewrite claims the whole.
 */
export function partWholeChanges(pair: FactPair, pack: LanguagePack): ScopeChange[] {
  const changes = (from: Scope[], to: Scope[], widened: boolean): ScopeChange[] =>
    from.flatMap((a) => {
      const b = to.find((x) => sameWord(x.of, a.of));
      if (!b) return [];
      return [
        widened
          ? { source: a.mention, rewrite: b.mention, widened }
          : { source: b.mention, rewrite: a.mention, widened },
      ];
    });
  const [sourceParts, rewriteParts] = [partsIn(pair.source, pack), partsIn(pair.rewrite, pack)];
  const [sourceWholes, rewriteWholes] = [wholesIn(pair.source, pack), wholesIn(pair.rewrite, pack)];
  // Said so on both sides, nothing changed: "in parts of Bavaria and throughout Hesse".
  const kept = (s: Scope, same: Scope[]) => same.some((x) => sameWord(x.of, s.of));
  return [
    ...changes(
      sourceParts.filter((p) => !kept(p, rewriteParts)),
      rewriteWholes.filter((w) => !kept(w, sourceWholes)),
      true,
    ),
    ...changes(
      rewriteParts.filter((p) => !kept(p, sourceParts)),
      sourceWholes.filter((w) => !kept(w, rewriteWholes)),
      false,
    ),
  ];
}
