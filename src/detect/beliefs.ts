import { claimWithContent, knowledgeWithContent, opinionWithContent } from '../clauses/reporting-verbs.js';
import { tokenMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';

type Reads = (tokens: readonly Token[], i: number, pack: LanguagePack) => boolean;

/** The verbs of a statement that govern a content clause the way `reads` tells: of opinion, or of knowledge. */
const verbsOf = (group: readonly SentenceFacts[], reads: Reads, pack: LanguagePack): Mention[] =>
  group.flatMap((s) => s.tokens.flatMap((t, i) => (reads(s.tokens, i, pack) ? [tokenMention(s, t)] : [])));

/**
 * A view told as knowledge, or knowledge as a view: "dachte, dass niemand reagieren würde" → "wusste, dass …",
 * "she believes that" → "she knows that", "reports indicate that" → "reports prove that". A factive verb takes its
 * clause as true; a verb of opinion or of saying only holds it.
 * Each side must say the other kind nowhere in the statement, so a paraphrase that keeps both is left alone.
 */
export function mindChange(
  source: readonly SentenceFacts[],
  rewrite: readonly SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention; toKnowledge: boolean } | undefined {
  const holds: Reads = (tokens, i, p) => opinionWithContent(tokens, i, p) || claimWithContent(tokens, i, p);
  const held = [verbsOf(source, holds, pack), verbsOf(rewrite, holds, pack)];
  const known = [verbsOf(source, knowledgeWithContent, pack), verbsOf(rewrite, knowledgeWithContent, pack)];
  if (held[0]!.length && known[1]!.length && !held[1]!.length && !known[0]!.length)
    return { source: held[0]![0]!, rewrite: known[1]![0]!, toKnowledge: true };
  if (known[0]!.length && held[1]!.length && !known[1]!.length && !held[0]!.length)
    return { source: known[0]![0]!, rewrite: held[1]![0]!, toKnowledge: false };
  return undefined;
}
