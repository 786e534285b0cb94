import type { LanguagePack } from '../lang/pack.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import type { Clause, VerbGroup } from './types.js';
import { verbReader } from './verb-forms.js';

/** The verbs whose complement is still to come: an intention ("plant", "plans") or an announcement ("kündigte an"). */
export const looksAhead = (pack: LanguagePack, lemma: string): boolean =>
  pack.verbGrammar.intentionVerbs.has(lemma) || pack.verbGrammar.announcementVerbs.has(lemma);

/**
 * The infinitive an intention or announcement governs: "plans to provide", "plant, … vorzulegen". It names the
 * event; the governing verb only says it is still to come.
 */
function complementOf(
  s: TokenizedSentence,
  clause: Clause,
  reach: number,
  pack: LanguagePack,
): { token: Token; lemma: string } | undefined {
  const read = verbReader(pack);
  const marker = pack.verbGrammar.infinitiveMarker;
  const finiteAt = s.tokens.findIndex((t) => s.start + t.start === clause.verb!.finite.start);
  for (let i = finiteAt + 1; i < s.tokens.length && s.start + s.tokens[i]!.start < reach; i++) {
    const token = s.tokens[i]!;
    const readings = read(token.norm);
    const infinitive =
      readings.find((r) => r.form === 'zu-infinitive') ??
      (s.tokens[i - 1]!.norm === marker ? readings.find((r) => r.form === 'infinitive') : undefined);
    if (infinitive) return { token, lemma: infinitive.lemma };
  }
  return undefined;
}

/** A verb group that now names the complement's event, the governing verb kept as its finite verb. */
function withComplement(
  s: TokenizedSentence,
  verb: VerbGroup,
  { token: complement, lemma }: { token: Token; lemma: string },
  pack: LanguagePack,
): VerbGroup {
  const at = s.tokens.indexOf(complement);
  const marker = s.tokens[at - 1]?.norm === pack.verbGrammar.infinitiveMarker ? s.tokens[at - 1] : undefined;
  const added = [...(marker ? [marker] : []), complement];
  const last = verb.words.at(-1)!;
  const apart = s.start + added[0]!.start > last.end + 1;
  return {
    ...verb,
    lemma,
    text: `${verb.text}${apart ? ' … ' : ' '}${added.map((t) => t.text).join(' ')}`,
    words: [
      ...verb.words,
      ...added.map((t) => ({ start: s.start + t.start, end: s.start + t.end, text: t.text })),
    ],
    tense: 'future',
    modal: 'intended',
    // "es ist geplant, … zu erhöhen": the infinitive names the event, in the active.
    passive: false,
  };
}

/**
 * A verb of intention in the present progressive ("is planning a library"), or in the present passive, whose subject
 * is then what is planned ("a pavilion is planned") — not a verb that also judges ("is considered the best").
 */
const plansWithAuxiliary = (verb: VerbGroup, pack: LanguagePack): boolean =>
  (verb.passive || verb.aspect === 'progressive') &&
  verb.tense === 'present' &&
  pack.verbGrammar.intentionVerbs.has(verb.lemma) &&
  !(verb.passive && pack.verbGrammar.opinionVerbs?.lemmas.has(verb.lemma));

/**
 * Clauses read with the verbs that look ahead: an intention is planned whatever its object ("plans regulatory
 * filings", "plans to provide"), an announcement when it governs an infinitive ("kündigte an, … vorzulegen"); and a
 * present-tense clause such a verb governs is planned too ("kündigte an, dass die Regel ab Samstag fällt").
 */
export function readIntentions(
  s: TokenizedSentence,
  clauses: readonly Clause[],
  pack: LanguagePack,
): Clause[] {
  const out = [...clauses];
  out.forEach((clause, i) => {
    const verb = clause.verb;
    if (!verb || clause.mood === 'hypothetical') return;
    // Only a lexical finite verb governs: "will plan" is the future of planning, read as such. So do its present
    // progressive and its present passive, which names its subject as the plan ("ein Pavillon ist geplant", "the
    // opening is scheduled") or its infinitive ("es ist geplant, … zu erhöhen"); the past passive may tell how what
    // then happened was prepared ("was planned for months").
    const planned = plansWithAuxiliary(verb, pack);
    if (!planned && (verb.lemma !== verb.finite.lemma || !looksAhead(pack, verb.lemma))) return;
    // The infinitive may stand after a comma that the reader took for a clause without a verb ("plant, den … vorzulegen").
    const verbless = out.slice(i + 1).findIndex((c) => c.verb);
    const reach = verbless < 0 ? Infinity : out[i + 1 + verbless]!.start;
    const complement = complementOf(s, clause, reach, pack);
    if (complement)
      out[i] = { ...clause, verb: withComplement(s, verb, complement, pack), status: 'planned' };
    else if (planned || pack.verbGrammar.intentionVerbs.has(verb.lemma))
      out[i] = { ...clause, verb: { ...verb, modal: 'intended' }, status: 'planned' };
    else {
      const next = out[i + 1];
      if (next?.kind !== 'subordinate' || next.status !== 'unmarked' || next.verb?.tense !== 'present')
        return;
      if (next.verb.modal || next.mood === 'hypothetical') return;
      out[i + 1] = { ...next, verb: { ...next.verb, tense: 'future' }, status: 'planned' };
    }
  });
  return out;
}
