import { tokenMention } from '../facts/mention.js';
import type { SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import type { FactPair } from './context.js';
import type { ObligationWeakened } from './obligations.js';

type BindingLevel = keyof LanguagePack['bindingWords'];

/** The words of a group that say how binding something is, with their level: "mandatory", "empfohlenen". */
function bindingWordsOf(
  group: SentenceFacts[],
  pack: LanguagePack,
): { token: Token; s: SentenceFacts; level: BindingLevel }[] {
  const endings = pack.verbGrammar.adjectiveEndings;
  const levels = Object.entries(pack.bindingWords) as [BindingLevel, readonly string[]][];
  // Words in quotation marks are someone's words or a title ('the warning "Do not exceed the recommended dose"'), not
  // what the statement says is binding.
  const quoted = (s: SentenceFacts, t: Token) =>
    s.quotes.some((q) => q.start <= s.start + t.start && s.start + t.end <= q.end);
  return group.flatMap((s) =>
    s.tokens.flatMap((token) => {
      if (quoted(s, token)) return [];
      const level = levels.find(([, words]) =>
        words.some(
          (w) =>
            token.norm === w || (token.norm.startsWith(w) && endings.includes(token.norm.slice(w.length))),
        ),
      )?.[0];
      return level ? [{ token, s, level }] : [];
    }),
  );
}

/** How binding each level is: a weaker level for a stronger one weakens the duty. */
const BINDING: Record<BindingLevel, number> = { necessary: 2, advised: 1, optional: 0 };

/**
 * A word of duty the rewrite replaces with a weaker one, or the reverse: "is also mandatory" → "is recommended as
 * well", "verpflichtend" → "freiwillig"; "optional" → "compulsory". The source's word is not in the rewrite, the
 * rewrite's not in the source, and no other word of the source's level stays.
 */
export function bindingChanges(
  pair: FactPair,
  pack: LanguagePack,
): (ObligationWeakened & { weakened: boolean })[] {
  const [before, after] = [bindingWordsOf(pair.source, pack), bindingWordsOf(pair.rewrite, pack)];
  const kept = (x: { level: BindingLevel }, other: { level: BindingLevel }[]) =>
    other.some((o) => o.level === x.level);
  for (const b of before) {
    if (kept(b, after)) continue;
    const a = after.find((x) => !kept(x, before) && BINDING[x.level] !== BINDING[b.level]);
    if (!a) continue;
    // Only a duty weakened, or an option made a duty: "recommended" → "mandatory" is advice made stricter, told by
    // the clause rules where a modal says it.
    const weakened = BINDING[a.level] < BINDING[b.level];
    if (!weakened && !(b.level === 'optional' && a.level === 'necessary')) continue;
    if (weakened && b.level !== 'necessary') continue;
    return [
      {
        source: tokenMention(b.s, b.token),
        rewrite: tokenMention(a.s, a.token),
        verbs: { source: b.token.text, rewrite: a.token.text },
        weakened,
      },
    ];
  }
  return [];
}
