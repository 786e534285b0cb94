import type { Clause } from '../clauses/types.js';
import type { Mention } from '../facts/types.js';
import { clausesOf, negated, verbSpan } from './clause-verbs.js';
import type { LanguagePack } from '../lang/pack.js';
import type { FactPair } from './context.js';

/** A verb the source tells as what is done and the rewrite as what must be done. */
export interface ObligationAdded {
  /** The source's verb group, from its first word to its last: "stößt mit Sekt an", "wear". */
  source: Mention;
  /** The rewrite's verb group with its modal: "muss man mit Sekt anstoßen", "must wear". */
  rewrite: Mention;
  /** The verb groups as the clause reader joins them: "stößt … an", "muss … anstoßen". */
  verbs: { source: string; rewrite: string };
}

/**
 * The rewrite makes an obligation of what the source tells as done: "Um Mitternacht stößt man an" → "muss man
 * anstoßen", "visitors wear evening dress" → "must wear", "the common good comes first" → "should come first". The
 * same verb on both sides, in the source without a modal and not negated, in the rewrite under the modal of necessity
 * or the advising one in its hypothetical form ("should", "sollte"), and not negated ("muss nicht" frees from one).
 */
export function obligationsAdded(pair: FactPair, pack: LanguagePack): ObligationAdded[] {
  // "Should the talks fail, …" sets a condition, it advises nothing.
  const advises = (c: Clause) =>
    !c.condition && c.mood === 'hypothetical' && c.verb!.finite.lemma === pack.verbGrammar.advisoryModal;
  const obliges = (c: Clause) => c.verb!.modal === 'necessary' || advises(c);
  const told = clausesOf(pair.source).filter(({ clause }) => !clause.verb!.modal && !obliges(clause));
  if (!told.length || clausesOf(pair.source).some(({ clause }) => obliges(clause))) return [];
  return clausesOf(pair.rewrite).flatMap(({ sentence, clause }) => {
    if (!obliges(clause) || negated(sentence, clause)) return [];
    // "rose" → "should rise" expects what was; only what is ("comes first") is made what ought to be.
    const same = told.find(
      (t) =>
        t.clause.verb!.lemma === clause.verb!.lemma &&
        !negated(t.sentence, t.clause) &&
        (!advises(clause) || t.clause.verb!.tense === 'present'),
    );
    if (!same) return [];
    const verbs = { source: same.clause.verb!.text, rewrite: clause.verb!.text };
    return [
      {
        source: verbSpan(same.sentence, same.clause.verb!),
        rewrite: verbSpan(sentence, clause.verb!),
        verbs,
      },
    ];
  });
}
