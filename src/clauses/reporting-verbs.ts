import { answeredOnce, derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import { verbReader } from './verb-forms.js';

/**
 * The verbs the pack's reporting forms belong to ("sprach" → sprechen, "said" → say), read through the verb
 * lexicon. A base whose separable compound the list also gives is left out: "kündigte" stands in the list for
 * "kündigte … an", and "kündigen" alone does not report speech.
 */
function reportingLemmas(pack: LanguagePack): Set<string> {
  const read = verbReader(pack);
  const readings = [...foldedForms(pack)].flatMap((form) => [...read(form)]);
  const lemmas = new Set(readings.filter((r) => !r.particle).map((r) => r.lemma));
  // "kündigte" reads as "kündigte … an" too, and the list gives "angekündigt": it is there for "ankündigen".
  for (const split of readings)
    if (split.particle && lemmas.has(split.lemma)) lemmas.delete(split.lemma.slice(split.particle.length));
  return lemmas;
}

/** The list's forms written as tokens are ("hieß" as "hiess"): words are looked up folded. */
const foldedForms = (pack: LanguagePack): Set<string> => new Set([...pack.reportingVerbs].map(fold));

/**
 * Whether a verb, as the clause reader joins it ("gab … an" → angeben, "teilte … mit" → mitteilen), reports
 * speech: the particle standing at the clause's end is how German writes most of them.
 */
export const isReportingLemma = (lemma: string, pack: LanguagePack): boolean =>
  derived(pack, reportingLemmas).has(lemma);

/**
 * Whether a word is a form of a reporting verb: the list's forms, and every other form of their verbs in any
 * person, number and tense ("sprachen" as well as "sprach", "reporting" as well as "reported"). Separable verbs
 * count in their split forms only as the list writes them, since their particle stands elsewhere in the clause.
 */
export const isReportingVerb = answeredOnce(
  (norm: string, pack: LanguagePack): boolean =>
    derived(pack, foldedForms).has(norm) ||
    verbReader(pack)(norm).some((r) => !r.particle && derived(pack, reportingLemmas).has(r.lemma)),
);
