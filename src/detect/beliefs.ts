import { claimWithContent, knowledgeWithContent, opinionWithContent } from '../clauses/reporting-verbs.js';
import { tokenMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { clausesOf, negated } from './clause-verbs.js';
import { verbReader } from '../clauses/verb-forms.js';
import { fold } from '../text/normalize.js';

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
  const guess = guessConfirmed(source, rewrite, pack);
  if (guess) return guess;
  if (held[0]!.length && known[1]!.length && !held[1]!.length && !known[0]!.length)
    return { source: held[0]![0]!, rewrite: known[1]![0]!, toKnowledge: true };
  if (known[0]!.length && held[1]!.length && !known[1]!.length && !held[0]!.length)
    return { source: known[0]![0]!, rewrite: held[1]![0]!, toKnowledge: false };
  return undefined;
}

/** The clauses of a group whose verb, not denied, is one of these lemmas: "suspected", "hat … bestätigt". */
const clauseVerbsIn = (
  group: readonly SentenceFacts[],
  lemmas: ReadonlySet<string>,
  pack: LanguagePack,
): Mention[] => {
  const read = verbReader(pack);
  return clausesOf(group)
    .filter(({ sentence, clause }) => lemmas.has(clause.verb!.lemma) && !negated(sentence, clause))
    .map(({ clause }) => {
      // The word that names the verb, not its auxiliary: "confirmed" in "have confirmed", "bestätigt" in "hat …".
      const verb = clause.verb!;
      const word =
        verb.words.find((w) => read(fold(w.text)).some((r) => r.lemma === verb.lemma)) ?? verb.finite;
      return { start: word.start, end: word.end, text: word.text };
    });
};

/**
 * A guess told as confirmed, or a confirmation as a guess: "police suspect arson" → "police confirmed arson", "Die
 * Polizei vermutet ein Verbrechen" → "bestätigte ein Verbrechen". A view with a content clause counts as a guess too
 * ("believe that"); a verb of saying does not ("said that" → "confirmed that" is told as often as it matters).
 */
function guessConfirmed(
  source: readonly SentenceFacts[],
  rewrite: readonly SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention; toKnowledge: boolean } | undefined {
  const mind = pack.verbGrammar.opinionVerbs;
  if (!mind) return undefined;
  const guesses = (group: readonly SentenceFacts[]) => [
    ...verbsOf(group, opinionWithContent, pack),
    ...clauseVerbsIn(group, mind.conjectures, pack),
  ];
  const guessed = [guesses(source), guesses(rewrite)];
  const confirmed = [
    clauseVerbsIn(source, mind.confirming, pack),
    clauseVerbsIn(rewrite, mind.confirming, pack),
  ];
  if (guessed[0]!.length && confirmed[1]!.length && !confirmed[0]!.length && !guessed[1]!.length)
    return { source: guessed[0]![0]!, rewrite: confirmed[1]![0]!, toKnowledge: true };
  if (confirmed[0]!.length && guessed[1]!.length && !guessed[0]!.length && !confirmed[1]!.length)
    return { source: confirmed[0]![0]!, rewrite: guessed[1]![0]!, toKnowledge: false };
  return undefined;
}
