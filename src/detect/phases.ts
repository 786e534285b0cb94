import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { argumentsOf, clausesOf, negated, verbSpan } from './clause-verbs.js';
import { findPhrases } from '../facts/phrases.js';
import type { Clause } from '../clauses/types.js';

type Phase = 'begin' | 'continue' | 'finish';

/**
 * An activity whose phase the rewrite changes: completed told as begun ("absolvierte" → "begann"), or the reverse, or
 * one still going on told as completed ("was still examining" → "completed").
 */
export interface PhaseChange {
  source: Mention;
  rewrite: Mention;
  /** The source's phase; the rewrite tells the other. */
  from: Phase;
}

/**
 * The phase an aspectual verb tells, read in a clause that is not negated ("did not finish the course" leaves the
 * phase open).
 */
function phasesOf(group: readonly SentenceFacts[], pack: LanguagePack) {
  const verbs = pack.verbGrammar.phaseVerbs;
  if (!verbs) return [];
  return clausesOf(group).flatMap(({ sentence, clause }) => {
    const lemma = clause.verb!.lemma;
    const phase: Phase | undefined = verbs.begin.has(lemma)
      ? 'begin'
      : verbs.finish.has(lemma)
        ? 'finish'
        : goesOn(sentence, clause, pack)
          ? 'continue'
          : undefined;
    return phase && !negated(sentence, clause) ? [{ sentence, clause, phase }] : [];
  });
}

/**
 * A clause that says its activity still goes on ("was still carrying out", "ist weiterhin beschäftigt"); a particle
 * that opens the sentence before a comma weighs against the sentence before ("Still, the police …").
 */
function goesOn(s: SentenceFacts, clause: Clause, pack: LanguagePack): boolean {
  return findPhrases(s.tokens, pack.phaseParticles.still, s.text, s.start).some(
    (m) => clause.start <= m.start && m.end <= clause.end && !/^\s*,/u.test(s.text.slice(m.end - s.start)),
  );
}

/** The phases one activity cannot be told at both: begun or going on is not finished. */
const CONTRARY: readonly (readonly [Phase, Phase])[] = [
  ['begin', 'finish'],
  ['finish', 'begin'],
  ['continue', 'finish'],
];

/**
 * The activity of a statement told at another phase: "absolvierte erfolgreich eine Qualifikation" → "begann eine
 * Qualifikation", "have started the work" → "have completed the work". The rewrite's clause must share a content word
 * with the source's (the same activity) and neither side tell both phases, so "began and completed" is left alone.
 */
export function phaseChange(
  source: readonly SentenceFacts[],
  rewrite: readonly SentenceFacts[],
  pack: LanguagePack,
): PhaseChange | undefined {
  const [told, retold] = [phasesOf(source, pack), phasesOf(rewrite, pack)];
  const phases = (side: typeof told) => new Set(side.map((p) => p.phase));
  if (phases(told).size !== 1 || phases(retold).size !== 1) return undefined;
  const [from, to] = [told[0]!, retold[0]!];
  if (!CONTRARY.some(([a, b]) => a === from.phase && b === to.phase)) return undefined;
  const shared = argumentsOf(from.sentence, from.clause);
  if (![...argumentsOf(to.sentence, to.clause)].some((w) => shared.has(w))) return undefined;
  return {
    source: verbSpan(from.sentence, from.clause.verb!),
    rewrite: verbSpan(to.sentence, to.clause.verb!),
    from: from.phase,
  };
}
