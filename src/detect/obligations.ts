import { inClause } from '../clauses/spans.js';
import type { Clause } from '../clauses/types.js';
import { verbReader } from '../clauses/verb-forms.js';
import { tokenMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { argumentsOf, clausesOf, negated, verbSpan } from './clause-verbs.js';
import type { LanguagePack } from '../lang/pack.js';
import type { FactPair } from './context.js';
import { findPhrases } from '../facts/phrases.js';
import { relateVerbs } from '../lexicon/relate.js';
import { fold } from '../text/normalize.js';

/** A verb the source tells as what is done, or may be done, and the rewrite as what must be done. */
export interface ObligationAdded {
  /** The source's verb group, from its first word to its last: "stößt mit Sekt an", "wear", "can taste". */
  source: Mention;
  /** The rewrite's verb group with its modal: "muss man mit Sekt anstoßen", "must wear". */
  rewrite: Mention;
  /** The verb groups as the clause reader joins them: "stößt … an", "muss … anstoßen". */
  verbs: { source: string; rewrite: string };
  /** What the source made of it: done (a fact or a custom), or an option under the modal of possibility. */
  was: 'fact' | 'option';
}

/**
 * The rewrite makes an obligation of what the source tells as done: "Um Mitternacht stößt man an" → "muss man
 * anstoßen", "visitors wear evening dress" → "must wear", "the common good comes first" → "should come first"; or of
 * what the source leaves open to do: "you can help with the harvest" → "visitors must help", "man kann … mithelfen" →
 * "man muss … mithelfen". The same verb on both sides, in the source without a modal or under the modal of
 * possibility (with the infinitives coordinated under it: "can taste wines, help with the harvest") and not negated,
 * in the rewrite under the modal of necessity or the advising one in its hypothetical form ("should", "sollte"), and
 * not negated ("muss nicht" frees from one).
 */
export function obligationsAdded(pair: FactPair, pack: LanguagePack): ObligationAdded[] {
  const obliges = (c: Clause) => c.verb!.modal === 'necessary' || advising(c, pack);
  const told = clausesOf(pair.source).filter(
    ({ clause }) => (!clause.verb!.modal || clause.verb!.modal === 'possible') && !obliges(clause),
  );
  if (!told.length || clausesOf(pair.source).some(({ clause }) => obliges(clause))) return [];
  const read = verbReader(pack);
  // The source's words for the verb in a clause: its verb group, or under a modal an infinitive coordinated with its
  // verb ("can taste wines, help with the harvest"), which is an option too.
  const toldAs = ({ sentence, clause }: (typeof told)[number], lemma: string) => {
    const verb = clause.verb!;
    if (verb.lemma === lemma) return { mention: verbSpan(sentence, verb), text: verb.text };
    if (verb.modal !== 'possible') return undefined;
    const word = sentence.tokens.find(
      (w) =>
        inClause(sentence, clause, w) &&
        read(w.norm).some((r) => r.form === 'infinitive' && r.lemma === lemma),
    );
    return word && { mention: tokenMention(sentence, word), text: `${verb.finite.text} … ${word.text}` };
  };
  return clausesOf(pair.rewrite).flatMap(({ sentence, clause }) => {
    if (!obliges(clause) || negated(sentence, clause)) return [];
    // "rose" → "should rise" expects what was; only what is ("comes first") is made what ought to be.
    for (const t of told) {
      if (negated(t.sentence, t.clause) || (advising(clause, pack) && t.clause.verb!.tense !== 'present'))
        continue;
      const said = toldAs(t, clause.verb!.lemma);
      if (!said) continue;
      return [
        {
          source: said.mention,
          rewrite: verbSpan(sentence, clause.verb!),
          verbs: { source: said.text, rewrite: clause.verb!.text },
          was: t.clause.verb!.modal === 'possible' ? ('option' as const) : ('fact' as const),
        },
      ];
    }
    return [];
  });
}

/**
 * A clause that advises: the advisory modal in its past subjunctive ("should", "sollte"), not setting a condition
 * ("Should the talks fail, …") and not reporting anyone's words.
 */
function advising(c: Clause, pack: LanguagePack): boolean {
  const verb = c.verb;
  if (!verb || c.condition || c.mood === 'reported' || verb.finite.lemma !== pack.verbGrammar.advisoryModal)
    return false;
  return verbReader(pack)(fold(verb.finite.text)).some((r) => r.form === 'subjunctive2');
}

/**
 * A clause that advises what ought to be now. "sollte" is also the past of a plan: with a time set for it
 * ("sollten beim nächsten Treffen diskutiert werden") that is what it tells, the event-status rule's to compare.
 */
export function advisesNow(s: SentenceFacts, c: Clause, pack: LanguagePack): boolean {
  if (!advising(c, pack)) return false;
  const pastToo = verbReader(pack)(fold(c.verb!.finite.text)).some((r) => r.form === 'past');
  return !pastToo || !s.times.some((t) => c.start <= t.start && t.end <= c.end);
}

/** What the source says must or should be done that the rewrite says is done. */
export interface ObligationDropped {
  source: Mention;
  rewrite: Mention;
  verbs: { source: string; rewrite: string };
  /** The source's word for it: a duty ("must", "müssen") or advice ("should", "sollte"). */
  was: 'duty' | 'advice';
}

/**
 * The rewrite states as what is done what the source says must or should be done: "must be listed" → "are listed",
 * "sollten verbindlich sein" → "sind verbindlich", "should check" → "check". The same verb (or one the lexical
 * resource gives as its synonym) on both sides; in the source under the modal of necessity in the present
 * indicative or under the advising one, not negated; in the rewrite with no modal, in the present indicative, not
 * negated, setting no condition, and no clause of the rewrite keeps a duty or advice for that verb. A duty or advice
 * told as a fact is the reverse of a fact made an obligation: what ought to be is now reported as what is.
 */
export function obligationsDropped(pair: FactPair, pack: LanguagePack): ObligationDropped[] {
  const duty = (c: Clause) =>
    c.verb!.modal === 'necessary' && c.verb!.tense === 'present' && c.mood === 'indicative';
  const owed = clausesOf(pair.source).filter(
    ({ sentence, clause }) =>
      (duty(clause) || advisesNow(sentence, clause, pack)) && !negated(sentence, clause),
  );
  if (!owed.length) return [];
  const same = (a: string, b: string) => relateVerbs(a, b, pack).relation === 'same';
  const copula = pack.verbGrammar.copula;
  const kept = clausesOf(pair.rewrite).filter(
    ({ sentence, clause }) =>
      !!clause.verb!.modal ||
      advising(clause, pack) ||
      clause.mood !== 'indicative' ||
      advisedByAdverb(sentence, clause, pack),
  );
  return clausesOf(pair.rewrite).flatMap(({ sentence, clause }) => {
    const verb = clause.verb!;
    if (verb.modal || clause.mood !== 'indicative' || clause.condition || clause.purpose) return [];
    if (verb.tense !== 'present' || clause.status === 'planned' || negated(sentence, clause)) return [];
    if (kept.some(({ clause: c }) => same(c.verb!.lemma, verb.lemma))) return [];
    const source = owed.find(
      ({ sentence: o, clause: c }) =>
        same(c.verb!.lemma, verb.lemma) && sameArguments(o, c, sentence, clause, verb.lemma === copula),
    );
    if (!source) return [];
    return [
      {
        source: verbSpan(source.sentence, source.clause.verb!),
        rewrite: verbSpan(sentence, verb),
        verbs: { source: source.clause.verb!.text, rewrite: verb.text },
        was: duty(source.clause) ? ('duty' as const) : ('advice' as const),
      },
    ];
  });
}

/**
 * Whether two clauses speak of the same thing: they share a content word outside the verb group. The copula says
 * nothing of its own, so there the rewrite's clause also adds none ("should be healthy" is not "healthy food is
 * decisive").
 */
function sameArguments(s: SentenceFacts, c: Clause, r: SentenceFacts, rc: Clause, copula: boolean): boolean {
  const [own, other] = [argumentsOf(s, c), argumentsOf(r, rc)];
  const shared = [...other].filter((w) => own.has(w));
  return shared.length > 0 && (!copula || shared.length === other.size);
}

/** A clause an adverb of advice qualifies: "are best avoided", "am besten gelagert". */
const advisedByAdverb = (s: SentenceFacts, c: Clause, pack: LanguagePack): boolean =>
  findPhrases(s.tokens, pack.adviceAdverbs, s.text, s.start).some(
    (m) => c.start <= m.start && m.end <= c.end,
  );

/** A duty the source states that the rewrite makes something less: advice, a plan or an option. */
export interface ObligationWeakened {
  source: Mention;
  rewrite: Mention;
  verbs: { source: string; rewrite: string };
}

/**
 * The rewrite weakens what the source says must be done: "müssen … hervorgehoben werden" → "sollten …
 * hervorgehoben sein", "must be labelled" → "should be labelled", "must" → "can". The same verb on both sides, in the
 * source under the modal of necessity in the present and not negated ("muss nicht" frees from a duty, another
 * claim), in the rewrite under the advising modal or one of expectation, possibility or permission, not negated.
 * German "sollten" reads as the plan's past as well as advice: neither is a duty of now.
 */
export function obligationsWeakened(pair: FactPair, pack: LanguagePack): ObligationWeakened[] {
  const duties = clausesOf(pair.source).filter(
    ({ sentence, clause }) =>
      clause.verb!.modal === 'necessary' &&
      clause.verb!.tense === 'present' &&
      clause.mood === 'indicative' &&
      !negated(sentence, clause),
  );
  if (!duties.length) return [];
  const weaker = (c: Clause) =>
    advising(c, pack) ||
    c.verb!.modal === 'expected' ||
    c.verb!.modal === 'possible' ||
    c.verb!.modal === 'permitted';
  return clausesOf(pair.rewrite).flatMap(({ sentence, clause }) => {
    if (!weaker(clause) || negated(sentence, clause)) return [];
    // The rewrite keeps the duty elsewhere in the statement: "muss … und sollte …" weakens nothing.
    const same = (c: Clause) => c.verb!.lemma === clause.verb!.lemma;
    if (clausesOf(pair.rewrite).some(({ clause: c }) => same(c) && c.verb!.modal === 'necessary')) return [];
    const duty = duties.find(({ clause: c }) => same(c));
    if (!duty) return [];
    return [
      {
        source: verbSpan(duty.sentence, duty.clause.verb!),
        rewrite: verbSpan(sentence, clause.verb!),
        verbs: { source: duty.clause.verb!.text, rewrite: clause.verb!.text },
      },
    ];
  });
}
