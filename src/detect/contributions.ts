import { verbReader } from '../clauses/verb-forms.js';
import { verbGroupMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { relateVerbs } from '../lexicon/relate.js';
import type { FactPair } from './context.js';

/** How many words after a verb of contribution the event's verb may stand: "helps to quickly prevent". */
const EVENT_REACH = 6;

/** The forms an event governed by a verb of contribution takes: "help prevent", "helfen, … vorzubeugen", "reducing". */
const GOVERNED = new Set(['infinitive', 'zu-infinitive', 'progressive']);

interface Contribution {
  /** The verb of contribution: "help", "trägt … bei". */
  verb: Mention;
  /** The lemma of the event it governs: "prevent", "vorbeugen". */
  event: string;
}

/** A group's verbs of contribution with the lemma of the event each governs. */
function contributionsIn(group: SentenceFacts[], pack: LanguagePack): Contribution[] {
  const lemmas = pack.verbGrammar.contributionVerbs;
  if (!lemmas) return [];
  const read = verbReader(pack);
  return group.flatMap((s) =>
    s.clauses.flatMap((c) => {
      if (!c.verb || !lemmas.has(c.verb.lemma)) return [];
      const after = s.tokens.filter((t) => s.start + t.start >= c.verb!.finite.end);
      const governed = after
        .slice(0, EVENT_REACH + (pack.verbGrammar.verbBracket ? after.length : 0))
        .flatMap((t) => read(t.norm).filter((r) => GOVERNED.has(r.form) && !lemmas.has(r.lemma)));
      return governed.length ? [{ verb: verbGroupMention(c), event: governed[0]!.lemma }] : [];
    }),
  );
}

/**
 * A contribution told as the whole cause: "Omega-3 fatty acids help prevent arteriosclerosis" → "… prevent
 * arteriosclerosis", "Bewegung trägt dazu bei, Stress abzubauen" → "Bewegung baut Stress ab". The source's verb of
 * contribution governs an event the rewrite states with the same verb, or a synonym, and no verb of contribution
 * and no modal: what the source makes one cause among others the rewrite makes the cause.
 */
export function contributionAsCause(
  pair: FactPair,
  pack: LanguagePack,
): { source: Mention; rewrite: Mention } | undefined {
  if (contributionsIn(pair.rewrite, pack).length) return undefined;
  for (const { verb, event } of contributionsIn(pair.source, pack))
    for (const s of pair.rewrite)
      for (const c of s.clauses) {
        if (!c.verb || c.verb.modal || relateVerbs(event, c.verb.lemma, pack).relation !== 'same') continue;
        return { source: verb, rewrite: verbGroupMention(c) };
      }
  return undefined;
}
