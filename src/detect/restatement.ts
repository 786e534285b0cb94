import type { Mention, SentenceFacts } from '../facts/types.js';
import { evidence, evidenceIn, type FactPair } from './context.js';
import type { Evidence } from './finding.js';

/** The content stems of the clause that holds a mention (of the sentence, where no clause does). */
function clauseStems(s: SentenceFacts, mention: Mention): Set<string> {
  const clause = s.clauses.find((c) => c.start <= mention.start && mention.start < c.end);
  const from = clause?.start ?? s.start;
  const to = clause?.end ?? s.start + s.text.length;
  return new Set(
    s.tokens
      .filter((t) => !t.isStopword && s.start + t.start >= from && s.start + t.start < to)
      .map((t) => t.stem),
  );
}

/** The stem of the first content word after a mention: what a hedge bears on ("may include", "potential solutions"). */
function boundStem(s: SentenceFacts, mention: Mention): string | undefined {
  return s.tokens.find((t) => s.start + t.start >= mention.end && !t.isStopword)?.stem;
}

/**
 * Of some mentions in one side's group, the one whose clause the other side's group restates most closely, and
 * the sentence there that restates it: where a pair merges sentences, the evidence is the sentence that says it.
 * A sentence that keeps the word the mention bears on restates it before one that only shares more words.
 * `support` is the share of the clause's content words the sentence has.
 */
export function restatement(
  from: readonly SentenceFacts[],
  to: readonly SentenceFacts[],
  mentions: readonly Mention[],
): { mention: Mention; sentence: SentenceFacts; support: number } {
  let best = { mention: mentions[0]!, sentence: to[0]!, keepsBound: false, shared: -1, support: 0 };
  for (const mention of mentions) {
    const s = from.find((x) => x.start <= mention.start && mention.start < x.start + x.text.length);
    if (!s) continue;
    const stems = clauseStems(s, mention);
    const bound = boundStem(s, mention);
    for (const sentence of to) {
      const shared = new Set(sentence.tokens.filter((t) => stems.has(t.stem)).map((t) => t.stem)).size;
      const keepsBound = sentence.tokens.some((t) => t.stem === bound);
      const better = keepsBound !== best.keepsBound ? keepsBound : shared > best.shared;
      if (better)
        best = { mention, sentence, keepsBound, shared, support: stems.size ? shared / stems.size : 0 };
    }
  }
  return best;
}

/**
 * The evidence for words the rewrite adds to a statement: the words where the rewrite says them, and the source's
 * sentence that tells the same statement without them.
 */
export const addedWordsEvidence = (
  pair: FactPair,
  added: Mention,
): { source: Evidence; rewrite: Evidence } => ({
  source: evidence(restatement(pair.rewrite, pair.source, [added]).sentence),
  rewrite: evidenceIn(pair.rewrite, added),
});
