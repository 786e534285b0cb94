import { inClause } from '../clauses/spans.js';
import type { Clause, VerbGroup } from '../clauses/types.js';
import type { Mention, SentenceFacts } from '../facts/types.js';

/** The clauses of a group of sentences that have a verb, each with its sentence. */
export const clausesOf = (group: readonly SentenceFacts[]): { sentence: SentenceFacts; clause: Clause }[] =>
  group.flatMap((sentence) => sentence.clauses.filter((c) => c.verb).map((clause) => ({ sentence, clause })));

/** Whether a negation, said or implied ("unable"), stands inside the clause. */
export const negated = (s: SentenceFacts, c: Clause): boolean =>
  [...s.negations, ...s.impliedNegations].some((n) => c.start <= n.start && n.end <= c.end);

/** A verb group as a mention of its sentence, from its first word to its last. */
export function verbSpan(s: SentenceFacts, verb: VerbGroup): Mention {
  const [start, end] = [verb.words[0]!.start, verb.words.at(-1)!.end];
  return { start, end, text: s.text.slice(start - s.start, end - s.start) };
}

/** The stems of a clause's content words outside its verb group: its subject, objects and adjuncts. */
export function argumentsOf(s: SentenceFacts, clause: Clause): Set<string> {
  const verbAt = new Set(clause.verb?.words.map((w) => w.start));
  return new Set(
    s.tokens
      .filter((t) => inClause(s, clause, t) && !verbAt.has(s.start + t.start) && !t.isStopword && !t.isNumber)
      .map((t) => t.stem),
  );
}

/** A word of a clause's verb group. */
export const inVerbGroup = (word: Mention, sentence: SentenceFacts): boolean =>
  sentence.clauses.some((c) => c.verb?.words.some((w) => w.start <= word.start && word.end <= w.end));

/**
 * A word that closes a progressive verb group ("are standing"): a verb's present participle there, never the
 * adjective it may also be ("standing water").
 */
export const progressiveVerb = (word: Mention, sentence: SentenceFacts): boolean =>
  sentence.clauses.some((c) => {
    const last = c.verb?.aspect === 'progressive' ? c.verb.words.at(-1) : undefined;
    return !!last && last.start <= word.start && word.end <= last.end;
  });
