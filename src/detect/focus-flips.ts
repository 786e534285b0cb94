import { tokensMention } from '../facts/mention.js';
import { findPhrases } from '../facts/phrases.js';
import { negativeVerbs } from '../facts/markers.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';
import type { ScopeChange } from './scope-change.js';
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

/** The negations a sentence says with a phrase or a verb that denies its infinitive. */
const denialsOf = (s: SentenceFacts, pack: LanguagePack): Mention[] => [
  ...findPhrases(s.tokens, pack.negations, s.text, s.start),
  ...negativeVerbs(s.tokens, s.text, s.start, pack),
];

/** A mention widened to start earlier in its sentence. */
const spanFrom = (s: SentenceFacts, start: number, m: Mention): Mention => ({
  start,
  end: m.end,
  text: s.text.slice(start - s.start, m.end - s.start),
});

const focusParticles = (pack: LanguagePack): ReadonlySet<string> => new Set(pack.focusParticles.map(fold));

/** The particles of focus of a sentence, each with the words it bears on and whether a negation adds to them. */
export function focusesOf(s: SentenceFacts, pack: LanguagePack): Focus[] {
  const particles = derived(pack, focusParticles);
  // Read once per sentence, and only where a particle stands.
  let denials: Mention[] | undefined;
  return s.tokens.flatMap((t, i) => {
    if (!particles.has(t.norm)) return [];
    const before = s.tokens[i - 1];
    // A verb that denies its infinitive negates as "not" does: "refused to simply throw away", "failed to merely".
    const denial = before && (denials ??= denialsOf(s, pack)).find((m) => m.end === s.start + before.end);
    const negated = !!before && (isNegationWord(before, pack) || !!denial);
    const words = s.tokens.slice(i + 1, i + 1 + FOCUS_REACH).filter((w: Token) => isContent(w));
    if (!words.length) return [];
    const mention = tokensMention(s, negated ? before : t, t);
    const from = denial && denial.start < mention.start ? spanFrom(s, denial.start, mention) : mention;
    return [{ mention: from, negated, stems: new Set(words.map((w) => w.stem)) }];
  });
}

/**
 * The same words under a particularizing particle on one side ("vor allem Kinder", "mainly children") and a
 * restrictive one on the other ("ausschließlich Kinder", "only children"): the others the source leaves in are
 * excluded, or the reverse. Widened: "vor allem Kinder" → "nur Kinder" claims what the source leaves open.
 */
export function restrictionChanges(pair: FactPair, pack: LanguagePack): ScopeChange[] {
  const shares = (a: Focus, b: Focus): boolean => [...a.stems].some((w) => b.stems.has(w));
  const only = (group: SentenceFacts[]): Focus[] =>
    group.flatMap((s) => focusesOf(s, pack)).filter((f) => !f.negated);
  const mainly = (group: SentenceFacts[]): Focus[] => group.flatMap((s) => particularized(s, pack));
  const [sourceOnly, rewriteOnly] = [only(pair.source), only(pair.rewrite)];
  const [sourceMainly, rewriteMainly] = [mainly(pair.source), mainly(pair.rewrite)];
  const restricted = sourceMainly.flatMap((from) => {
    const to = rewriteOnly.find((r) => shares(from, r) && !sourceOnly.some((o) => shares(o, r)));
    return to ? [{ source: from.mention, rewrite: to.mention, widened: true }] : [];
  });
  const loosened = sourceOnly.flatMap((from) => {
    const to = rewriteMainly.find((r) => shares(from, r) && !rewriteOnly.some((o) => shares(o, from)));
    return to ? [{ source: from.mention, rewrite: to.mention, widened: false }] : [];
  });
  return [...restricted, ...loosened, ...narrowedLists(pair, rewriteOnly, sourceOnly, pack)];
}

/**
 * A list of the source cut to one member under a restrictive particle: "in plant and animal foods" → "only in
 * animal foods", "für Kinder und Erwachsene" → "nur für Kinder". The rewrite's particle bears on a word the source
 * coordinates with another content word, which the rewrite says nowhere; the source restricts none of them.
 */
function narrowedLists(
  pair: FactPair,
  rewriteOnly: Focus[],
  sourceOnly: Focus[],
  pack: LanguagePack,
): ScopeChange[] {
  const said = new Set(pair.rewrite.flatMap((s) => s.tokens.map((t) => t.stem)));
  const coordinators = pack.verbGrammar.coordinators;
  return rewriteOnly.flatMap((to) => {
    if (sourceOnly.some((o) => [...o.stems].some((w) => to.stems.has(w)))) return [];
    for (const s of pair.source)
      for (let i = 1; i + 1 < s.tokens.length; i++) {
        if (!coordinators.has(s.tokens[i]!.norm)) continue;
        const [before, after] = [s.tokens[i - 1]!, s.tokens[i + 1]!];
        if (!isContent(before) || !isContent(after)) continue;
        const [kept, dropped] = to.stems.has(after.stem) ? [after, before] : [before, after];
        if (!to.stems.has(kept.stem) || said.has(dropped.stem)) continue;
        return [{ source: tokensMention(s, before, after), rewrite: to.mention, widened: true }];
      }
    return [];
  });
}

/** Particularizing particles of a sentence with the words they bear on: "vor allem Kinder und Jugendliche". */
function particularized(s: SentenceFacts, pack: LanguagePack): Focus[] {
  return findPhrases(s.tokens, pack.particularizers, s.text, s.start).flatMap((mention) => {
    const next = s.tokens.findIndex((t) => s.start + t.start >= mention.end);
    if (next < 0) return [];
    const words = s.tokens.slice(next, next + FOCUS_REACH).filter((w: Token) => isContent(w));
    return words.length ? [{ mention, negated: false, stems: new Set(words.map((w) => w.stem)) }] : [];
  });
}
