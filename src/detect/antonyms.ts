import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';

const indexes = new WeakMap<LanguagePack, Map<string, Set<string>>>();

/** The pack's opposites, both ways, by stem as well as by word form. */
function antonymIndex(pack: LanguagePack, stemOf: (w: string) => string): Map<string, Set<string>> {
  let index = indexes.get(pack);
  if (index) return index;
  index = new Map();
  const add = (a: string, b: string): void => {
    if (!index!.has(a)) index!.set(a, new Set());
    index!.get(a)!.add(b);
  };
  for (const [a, b] of pack.antonyms) {
    if (a.includes(' ') || b.includes(' ')) continue;
    add(a, b);
    add(b, a);
    add(stemOf(a), stemOf(b));
    add(stemOf(b), stemOf(a));
  }
  indexes.set(pack, index);
  return index;
}

/**
 * Words of the rewrite whose opposite the paired source says, where the source does not also say the word
 * itself and the rewrite does not also say the opposite: "Rückgang" → "Anstieg", "decline" → "increase".
 */
export function antonymPairs(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  const stems = new Map<string, string>();
  for (const s of [...source, ...rewrite]) for (const t of s.tokens) stems.set(t.norm, t.stem);
  const index = antonymIndex(pack, (w) => stems.get(w) ?? w);
  const sourceTokens = source.flatMap((s) => s.tokens.map((t) => ({ t, s })));
  const rewriteTokens = rewrite.flatMap((s) => s.tokens.map((t) => ({ t, s })));
  const sourceStems = new Set(sourceTokens.map(({ t }) => t.stem));
  const rewriteStems = new Set(rewriteTokens.map(({ t }) => t.stem));
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const { t, s } of rewriteTokens) {
    if (sourceStems.has(t.stem)) continue;
    const opposites = new Set([...(index.get(t.norm) ?? []), ...(index.get(t.stem) ?? [])]);
    const hit = sourceTokens.find(
      ({ t: u }) => (opposites.has(u.norm) || opposites.has(u.stem)) && !rewriteStems.has(u.stem),
    );
    if (!hit) continue;
    out.push({
      source: { start: hit.s.start + hit.t.start, end: hit.s.start + hit.t.end, text: hit.t.text },
      rewrite: { start: s.start + t.start, end: s.start + t.end, text: t.text },
    });
  }
  return out;
}
