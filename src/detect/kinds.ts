import { diffArrays } from 'diff';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { nearInMeaning, senses, type Synset } from '../lang/wordnet/synsets.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokens.js';

interface Placed {
  token: Token;
  sentence: SentenceFacts;
}

const mention = ({ token, sentence }: Placed): Mention => ({
  start: sentence.start + token.start,
  end: sentence.start + token.end,
  text: token.text,
});

/** A name, not a common noun: a capital that does not start the sentence (English). */
const nameLike = ({ token, sentence }: Placed, pack: LanguagePack): boolean =>
  !pack.nounsCapitalized && token.capitalized && sentence.tokens[0] !== token;

const content = (run: Placed[], pack: LanguagePack): Placed[] =>
  run.filter(
    (p) => !p.token.isStopword && !p.token.isNumber && p.token.norm.length > 1 && !nameLike(p, pack),
  );

/**
 * Content words put one for one in the same place of a pair, between words both sides share:
 * "the [bond] sale" → "the [loan] sale". Of a replacement of two words, the last is the head.
 */
export function replacedWords(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: Placed; rewrite: Placed }[] {
  const place = (group: SentenceFacts[]) =>
    group.flatMap((sentence) => sentence.tokens.map((token) => ({ token, sentence })));
  const a = place(source);
  const b = place(rewrite);
  const chunks = diffArrays(
    a.map((p) => p.token.norm),
    b.map((p) => p.token.norm),
  );
  const out: { source: Placed; rewrite: Placed }[] = [];
  let i = 0;
  let j = 0;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const next = chunks[k + 1];
    if (chunk.removed && next?.added) {
      const removed = content(a.slice(i, i + chunk.count!), pack);
      const added = content(b.slice(j, j + next.count!), pack);
      const flanked = (chunks[k - 1] && !chunks[k - 1]!.added) || (chunks[k + 2] && !chunks[k + 2]!.removed);
      if (flanked && removed.length === 1 && (added.length === 1 || added.length === 2))
        out.push({ source: removed[0]!, rewrite: added.at(-1)! });
    }
    if (!chunk.added) i += chunk.count!;
    if (!chunk.removed) j += chunk.count!;
  }
  return out;
}

const categories = (synsets: readonly Synset[]): Set<string> => new Set(synsets.map((s) => s.category));

/**
 * Nouns of a pair where the rewrite puts another kind of thing in the source's place: "bond" → "loan",
 * "humans" → "birds". Kinds that the lexical database joins (a synonym, one a kind of the other, a
 * derivation) are paraphrase and pass: "danger" for "threat", "poultry" for "birds".
 */
export function swappedKinds(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  const kinds = pack.concreteKinds;
  if (!kinds) return [];
  const count = (group: SentenceFacts[]) => {
    const counts = new Map<string, number>();
    for (const t of group.flatMap((s) => s.tokens)) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
    return counts;
  };
  const inSource = count(source);
  const inRewrite = count(rewrite);
  // Counted, not just present: "bird flu … a threat to humans" → "bird flu … a threat to birds".
  const gained = (stem: string) => (inRewrite.get(stem) ?? 0) > (inSource.get(stem) ?? 0);
  const lost = (stem: string) => (inRewrite.get(stem) ?? 0) < (inSource.get(stem) ?? 0);
  const generic = new Set(kinds.generic.flatMap((g) => [g, stem(g, pack.code)]));
  const out: { source: Mention; rewrite: Mention }[] = [];
  for (const pair of replacedWords(source, rewrite, pack)) {
    const [was, is] = [pair.source.token, pair.rewrite.token];
    // A word moved rather than replaced, or the same word in another form.
    if (was.stem === is.stem || !gained(is.stem) || !lost(was.stem)) continue;
    if ([was.norm, was.stem, is.norm, is.stem].some((w) => generic.has(w))) continue;
    const wasSenses = senses(was.norm, 'n');
    const isSenses = senses(is.norm, 'n');
    const shared = [...categories(wasSenses)].filter((c) => categories(isSenses).has(c));
    if (!shared.some((c) => kinds.categories.includes(c))) continue;
    if (nearInMeaning(wasSenses, isSenses, 3)) continue;
    out.push({ source: mention(pair.source), rewrite: mention(pair.rewrite) });
  }
  return out;
}
