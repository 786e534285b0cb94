import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { tokenMention } from '../facts/mention.js';
import type { Token } from '../text/tokens.js';
import { contextOf } from './clause-window.js';
import type { FactPair } from './context.js';

interface Quantified {
  level: number;
  token: Token;
  sentence: SentenceFacts;
}

/** Quantifiers before a word of content ("mehrere Länder"), not before a number ("some 300" is about 300). */
function quantifiersIn(group: SentenceFacts[], pack: LanguagePack): Quantified[] {
  return group.flatMap((sentence) =>
    sentence.tokens.flatMap((token, i) => {
      const level = pack.quantifiers.get(token.norm);
      const next = sentence.tokens[i + 1];
      if (level === undefined || !next || next.isNumber || pack.numberWords.has(next.norm)) return [];
      return [{ level, token, sentence }];
    }),
  );
}

const mention = (q: Quantified): Mention => tokenMention(q.sentence, q.token);

/**
 * A quantifier of the source statement replaced by one of another level, said of the same thing:
 * "Mehrere europäische Länder" → "alle europäischen Länder", "some analysts" → "most analysts".
 */
export function quantifierChanges(
  pair: FactPair,
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  const before = quantifiersIn(pair.source, pack);
  const after = quantifiersIn(pair.rewrite, pack);
  const levels = (qs: Quantified[]) => new Set(qs.map((q) => q.level));
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const a of after) {
    if (levels(before).has(a.level)) continue;
    const around = contextOf(a.sentence, a.token);
    const b = before.find(
      (q) => !levels(after).has(q.level) && [...contextOf(q.sentence, q.token)].some((w) => around.has(w)),
    );
    if (b) out.push({ source: mention(b), rewrite: mention(a) });
  }
  return out;
}
