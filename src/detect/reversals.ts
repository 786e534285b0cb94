import { tokensMention } from '../facts/mention.js';
import type { Mention } from '../facts/types.js';
import { comparedBases } from '../lexicon/comparatives.js';
import { alongScale } from './quantifiers.js';
import type { LanguagePack } from '../lang/pack.js';
import { stem } from '../text/stem.js';
import type { PartOfSpeech } from '../lang/wordnet/files.js';
import { nearInMeaning, opposedInMeaning } from '../lang/wordnet/synsets.js';
import type { FactPair, RuleContext } from './context.js';
import { sensesOf } from '../lexicon/senses.js';
import { progressiveVerb } from './clause-verbs.js';
import { mention, replacedSingleWords, replacedWords } from './replacements.js';

const PARTS: readonly PartOfSpeech[] = ['v', 'a', 'r', 'n'];

/**
 * Words the rewrite puts in the source's place that the lexical database calls opposites: "bought" →
 * "sold", "accepted" → "rejected", "huge" → "tiny". Only in the same place between shared words: anywhere
 * in a sentence, everyday opposites ("come"/"go", "give"/"take") say nothing.
 */
export function reversedWords(pair: FactPair, context: RuleContext): { source: Mention; rewrite: Mention }[] {
  const pack = context.pack;
  if (!pack.wordnet) return [];
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const replaced of replacedWords(pair, context)) {
    const [was, is] = [replaced.source.token.norm, replaced.rewrite.token.norm];
    if (replaced.source.token.stem === replaced.rewrite.token.stem) continue;
    if (alongScale(was, is, pack)) continue;
    const [source, rewrite] = [mention(replaced.source), mention(replaced.rewrite)];
    // Where both words close progressive verb groups they are verbs: "are standing" → "are running" opposes no
    // adjectives ("standing water", "running water").
    const verbs =
      progressiveVerb(source, replaced.source.sentence) &&
      progressiveVerb(rewrite, replaced.rewrite.sentence);
    const opposed = (verbs ? (['v'] as const) : PARTS).some((pos) => {
      const a = sensesOf(was, pos, pack);
      const b = sensesOf(is, pos, pack);
      return a.length > 0 && b.length > 0 && opposedInMeaning(a, b) && !nearInMeaning(a, b, 0);
    });
    if (opposed) out.push({ source, rewrite });
  }
  return out;
}

/**
 * Function words the pack lists as opposite stands, one put for the other in the same place: "voted against the bill"
 * → "voted for the bill", "stimmte dagegen" → "stimmte dafür". The lexical database has no prepositions.
 */
export function opposedFunctionWords(
  pair: FactPair,
  context: RuleContext,
): { source: Mention; rewrite: Mention }[] {
  const opposed = context.pack.opposedFunctionWords;
  if (!opposed.length) return [];
  return replacedSingleWords(pair, context).flatMap((r) => {
    const [was, is] = [r.source.token.norm, r.rewrite.token.norm];
    const hit = opposed.some(([a, b]) => (was === a && is === b) || (was === b && is === a));
    return hit ? [{ source: mention(r.source), rewrite: mention(r.rewrite) }] : [];
  });
}

/**
 * An adjective's lesser degree put for its greater, or the reverse: "less strict procedures" → "stricter
 * procedures", "weniger strengen" → "strengeren" — the comparison turned round. The greater degree by its ending;
 * "less" → "more" before the same word is a listed opposite already.
 */
export function reversedDegrees(
  pair: FactPair,
  context: RuleContext,
): { source: Mention; rewrite: Mention }[] {
  const pack = context.pack;
  // Only where one side says a lesser degree is the other side read word by word for a comparative ending (a
  // lexicon lookup per word).
  const turned = (from: FactPair['source'], to: FactPair['source'], lesserFirst: boolean) => {
    const lesser = lesserDegrees(from, pack);
    if (!lesser.length) return [];
    const greater = comparatives(to, pack);
    return lesser.flatMap((a) => {
      const b = greater.find((d) => d.bases.some((x) => a.bases.includes(x)));
      if (!b) return [];
      return [
        lesserFirst ? { source: a.mention, rewrite: b.mention } : { source: b.mention, rewrite: a.mention },
      ];
    });
  };
  return [...turned(pair.source, pair.rewrite, true), ...turned(pair.rewrite, pair.source, false)];
}

/** An adjective in a degree of comparison, with the stems it may be written from. */
export interface Degree {
  mention: Mention;
  bases: string[];
}

/** "less strict", "weniger strengen": the word of the lesser degree and the adjective after it. */
export function lesserDegrees(group: FactPair['source'], pack: LanguagePack): Degree[] {
  const words = new Set(pack.comparison.lesser);
  return group.flatMap((s) =>
    s.tokens.flatMap((t, i): Degree[] => {
      const next = s.tokens[i + 1];
      return words.has(t.norm) && next && !next.isStopword && !next.isNumber
        ? [{ mention: tokensMention(s, t, next), bases: [next.stem] }]
        : [];
    }),
  );
}

/** "stricter", "strengeren": comparatives by their ending, lower-case words of content only. */
export function comparatives(group: FactPair['source'], pack: LanguagePack): Degree[] {
  return group.flatMap((s) =>
    s.tokens.flatMap((t): Degree[] => {
      if (t.isStopword || t.capitalized) return [];
      const bases = comparedBases(t.norm, pack).map((b) => stem(b, pack.code));
      return bases.length ? [{ mention: tokensMention(s, t, t), bases }] : [];
    }),
  );
}
