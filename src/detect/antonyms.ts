import { tokenMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { derived } from '../lang/derived.js';
import { antonymIndex } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokens.js';
import { stemBalance } from './balance.js';
import { contextOf } from './clause-window.js';

/** A word's own forms and its base forms without a comparative or superlative ending, as stems. */
function baseForms(t: Token, pack: LanguagePack): string[] {
  const forms = [t.norm, t.stem];
  for (const [ending, replacement] of pack.degreeEndings) {
    if (!t.norm.endsWith(ending) || t.norm.length - ending.length < 3) continue;
    const base = t.norm.slice(0, -ending.length);
    forms.push(stem(base + replacement, pack.code));
    // "bigger" → "big", "hottest" → "hot"
    if (!replacement && base.at(-1) === base.at(-2)) forms.push(stem(base.slice(0, -1), pack.code));
  }
  return forms;
}

/** The shortest word a negating prefix is taken off: "unless" is not the opposite of "less". */
const MIN_BASE = 5;

/** One word is the other with a negating prefix: "crewed" / "uncrewed", "öffentlich" / "nichtöffentlich". */
function prefixNegated(a: Token, b: Token, pack: LanguagePack): boolean {
  if (a.capitalized || b.capitalized) return false;
  const [short, long] = a.norm.length < b.norm.length ? [a, b] : [b, a];
  if (short.norm.length < MIN_BASE) return false;
  return pack.negatingPrefixes.some(
    (p) => long.norm === p + short.norm || (long.stem === p + short.stem && long.norm.startsWith(p)),
  );
}

/**
 * Words of the rewrite whose opposite the paired source says, where the rewrite says the word more often
 * than the source and the opposite less often: "Rückgang" → "Anstieg", "decline" → "increase".
 */
export function antonymPairs(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  const index = derived(pack, antonymIndex);
  const sourceTokens = source.flatMap((s) => s.tokens.map((t) => ({ t, s, forms: baseForms(t, pack) })));
  const rewriteTokens = rewrite.flatMap((s) => s.tokens.map((t) => ({ t, s })));
  const { gained: more, lost: fewer } = stemBalance(source, rewrite);
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const { t, s } of rewriteTokens) {
    if (!more(t.stem)) continue;
    const opposites = new Set(baseForms(t, pack).flatMap((form) => [...(index.get(form) ?? [])]));
    const hit = sourceTokens.find(
      ({ t: u, forms }) =>
        (forms.some((form) => opposites.has(form)) || prefixNegated(t, u, pack)) && fewer(u.stem),
    );
    // Opposites said of different things are no reversal: "the index dropped" / "increased yields".
    if (!hit) continue;
    const around = contextOf(hit.s, hit.t);
    if (![...contextOf(s, t)].some((w) => around.has(w))) continue;
    out.push({ source: tokenMention(hit.s, hit.t), rewrite: tokenMention(s, t) });
  }
  return out;
}
