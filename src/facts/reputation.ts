import { verbReader } from '../clauses/verb-forms.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { inOneClause } from './clause-marks.js';
import { tokensMention } from './mention.js';
import type { Mention } from './types.js';

/** How many words may stand between a verb of reputation and its particle after it: "sieht dies als", "is widely regarded as". */
const REACH = 2;
/** How far before a verb at the end of its clause the particle may stand: "wird als erster Park Europas angesehen". */
const REACH_BEFORE = 8;

/**
 * A claim told as what someone or everyone holds it to be: a verb of reputation with its particle ("gilt als",
 * "sieht dies als Beweis", "is regarded as", "are considered as"). The claim is an estimate, as a hedge makes it;
 * "is the first park" states what "is regarded as the first park" holds.
 */
export function findReputations(
  tokens: readonly Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): Mention[] {
  const { lemmas, particle } = pack.reputationVerbs;
  const read = verbReader(pack);
  const out: Mention[] = [];
  const joined = inOneClause(tokens, text);
  tokens.forEach((t, i) => {
    const readings = read(t.norm).filter((r) => lemmas.includes(r.lemma));
    if (!readings.length) return;
    for (let j = i + 1; j < tokens.length && j - i <= REACH + 1 && joined(j - 1, j); j++)
      if (tokens[j]!.norm === particle)
        return void out.push(tokensMention({ start: offset, text }, t, tokens[j]!));
    // Before the verb only where it closes its clause or a verb bracket ("als … angesehen", "die viele als
    // Provokation ansahen"), not "Anders als viele Albinos sieht sie"; a particle that opens the clause is a
    // conjunction ("Als er das sah").
    const closes =
      i === tokens.length - 1 ||
      !joined(i, i + 1) ||
      readings.some((r) => r.form === 'participle' || r.form === 'infinitive');
    if (!closes) return;
    for (let j = i - 1; j >= 0 && i - j <= REACH_BEFORE && joined(j, j + 1); j--)
      if (tokens[j]!.norm === particle && j > 0 && joined(j - 1, j))
        return void out.push(tokensMention({ start: offset, text }, tokens[j]!, t));
  });
  return out;
}
