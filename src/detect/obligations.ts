import { inClause } from '../clauses/spans.js';
import type { Clause } from '../clauses/types.js';
import { verbReader } from '../clauses/verb-forms.js';
import { tokenMention } from '../facts/mention.js';
import type { Mention } from '../facts/types.js';
import { clausesOf, negated, verbSpan } from './clause-verbs.js';
import type { LanguagePack } from '../lang/pack.js';
import type { FactPair } from './context.js';

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
  // "Should the talks fail, …" sets a condition, it advises nothing.
  const advises = (c: Clause) =>
    !c.condition && c.mood === 'hypothetical' && c.verb!.finite.lemma === pack.verbGrammar.advisoryModal;
  const obliges = (c: Clause) => c.verb!.modal === 'necessary' || advises(c);
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
      if (negated(t.sentence, t.clause) || (advises(clause) && t.clause.verb!.tense !== 'present')) continue;
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
  const advises = (c: Clause) =>
    !c.condition && c.mood === 'hypothetical' && c.verb!.finite.lemma === pack.verbGrammar.advisoryModal;
  const weaker = (c: Clause) =>
    advises(c) ||
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
