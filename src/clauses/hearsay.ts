import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import { looksAhead } from './intentions.js';
import { isReportingLemma } from './reporting-verbs.js';
import { inClause, verbText } from './spans.js';
import type { Clause, VerbGroup } from './types.js';
import { verbReader } from './verb-forms.js';

/**
 * Clauses read with hearsay: what the writer passes on from others without naming them. German does it with the
 * modal of hearsay ("soll krank sein", "soll sich um … handeln"), English with a verb of saying or belief in the
 * passive before an infinitive ("is said to have taken place", "is reported to be ill", "is thought to have
 * formed"). The modal is hearsay where the infinitive is a state, which no one can plan, or in the perfect, which
 * looks back; otherwise it stays what the reader made of it, a plan ("soll … stattfinden").
 */
export function readHearsay(s: TokenizedSentence, clauses: readonly Clause[], pack: LanguagePack): Clause[] {
  return clauses.map((clause) => {
    const verb = clause.verb;
    if (!verb || verb.modal !== 'expected') return clause;
    // "soll … angenommen haben": the reader took the perfect for hearsay already.
    if (
      clause.mood === 'reported' &&
      clause.status === 'done' &&
      verb.finite.lemma === pack.verbGrammar.hearsay.modal
    )
      return { ...clause, hearsay: true };
    if (clause.status !== 'planned' || clause.mood !== 'indicative' || !passesOn(s, verb, pack))
      return clause;
    const perfect = perfectAfterMarker(s, verb, pack);
    if (perfect)
      return {
        ...clause,
        status: 'done',
        mood: 'reported',
        hearsay: true,
        verb: withPerfect(s, verb, perfect),
      };
    // A verb of saying in the passive passes on whatever follows ("are said to lie here"; "is reported to plan job
    // cuts" passes on a plan); the modal of hearsay only a state, and a state set for a day is an arrangement ("soll
    // am Freitag auch Thema sein").
    const saidInPassive = verb.finite.lemma !== pack.verbGrammar.hearsay.modal;
    if (!saidInPassive && (!isState(s, clause, verb, pack) || dated(s, clause, pack))) return clause;
    return {
      ...clause,
      status: saidInPassive && looksAhead(pack, verb.lemma) ? 'planned' : 'unmarked',
      mood: 'reported',
      hearsay: true,
      verb: { ...verb, tense: 'present' },
    };
  });
}

/** The modal of hearsay as the finite verb, or a participle of a verb of saying or belief after a finite "be". */
function passesOn(s: TokenizedSentence, verb: VerbGroup, pack: LanguagePack): boolean {
  const grammar = pack.verbGrammar;
  const read = verbReader(pack);
  // Only the present passes on hearsay ("soll krank sein", reported "solle"): "sollte krank sein" advises or tells
  // what was to be.
  if (grammar.hearsay.modal === verb.finite.lemma)
    return read(fold(verb.finite.text)).some((r) => r.form === 'present' || r.form === 'subjunctive1');
  if (!grammar.passive.includes(verb.finite.lemma)) return false;
  // The verb of saying comes before the infinitive marker ("is said to be"); after it, it is the event itself ("is to
  // be stated on the label").
  const marker = verb.words.find((w) => fold(w.text) === grammar.infinitiveMarker);
  return verb.words.some(
    (w) =>
      w.start > verb.finite.start &&
      (!marker || w.start < marker.start) &&
      read(fold(w.text)).some((r) => r.form === 'participle' && passesOnLemma(r.lemma, pack)),
  );
}

/** A verb of saying or of belief: "is said to", and as much "is thought to", "is believed to". */
const passesOnLemma = (lemma: string, pack: LanguagePack): boolean =>
  isReportingLemma(lemma, pack) || !!pack.verbGrammar.opinionVerbs?.lemmas.has(lemma);

/** A state: the copula or "have" ("soll krank sein", "is said to be ill"), or a reflexive state ("soll sich um … handeln"). */
function isState(s: TokenizedSentence, clause: Clause, verb: VerbGroup, pack: LanguagePack): boolean {
  const { states, reflexiveStates } = pack.verbGrammar.hearsay;
  if (states.includes(verb.lemma)) return true;
  const reflexive = pack.verbGrammar.reflexiveModal?.reflexive;
  return (
    !!reflexive &&
    !!reflexiveStates?.includes(verb.lemma) &&
    s.tokens.some((t) => inClause(s, clause, t) && t.norm === reflexive)
  );
}

/** A weekday or a month in the clause. */
const dated = (s: TokenizedSentence, clause: Clause, pack: LanguagePack): boolean =>
  s.tokens.some((t) => inClause(s, clause, t) && (pack.weekdays.has(t.norm) || pack.months.has(t.norm)));

/** "to have taken": the perfect auxiliary's infinitive right after the marker, and the participle it takes. */
function perfectAfterMarker(s: TokenizedSentence, verb: VerbGroup, pack: LanguagePack): Token | undefined {
  const grammar = pack.verbGrammar;
  const marker = verb.words.find((w) => w.text.toLowerCase() === grammar.infinitiveMarker);
  if (!marker) return undefined;
  const at = s.tokens.findIndex((t) => s.start + t.start === marker.start);
  const read = verbReader(pack);
  const auxiliary = s.tokens[at + 1];
  // After the marker any form of the auxiliary is its infinitive (English reads "have" as a present form).
  if (!auxiliary || !read(auxiliary.norm).some((r) => grammar.perfect.includes(r.lemma))) return undefined;
  const participle = s.tokens[at + 2];
  return participle && read(participle.norm).some((r) => r.form === 'participle') ? auxiliary : undefined;
}

/** The verb group with the perfect auxiliary among its words: the event now looks back. */
function withPerfect(s: TokenizedSentence, verb: VerbGroup, auxiliary: Token): VerbGroup {
  const word = { start: s.start + auxiliary.start, end: s.start + auxiliary.end, text: auxiliary.text };
  const kept = verb.words.some((w) => w.start === word.start);
  const words = (kept ? verb.words : [...verb.words, word]).sort((a, b) => a.start - b.start);
  return {
    ...verb,
    words,
    text: verbText(s, words),
    tense: 'past',
    aspect: 'perfect',
  };
}
