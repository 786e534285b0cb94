import { derived } from '../lang/derived.js';
import { irregularForms } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import { verbReadings, type VerbReading } from '../lang/verb-lexicon.js';
import { indexLine } from '../lang/wordnet/files.js';
import { fold } from '../text/normalize.js';

/** A word's readings as a verb: from the generated lexicon, or from the closed forms and regular endings. */
export type VerbReader = (norm: string) => readonly VerbReading[];

const lexiconOf = (pack: LanguagePack) => verbReadings(pack.verbGrammar.lexicon ?? '', fold);

const closedFormsOf = (pack: LanguagePack): Map<string, VerbReading[]> => {
  const forms = new Map<string, VerbReading[]>();
  for (const entry of (pack.verbGrammar.closedForms ?? '').trim().split(/\s+/)) {
    const [form, lemma, kind] = entry.split(':') as [string, string, VerbReading['form']];
    if (!form) continue;
    forms.set(form, [...(forms.get(form) ?? []), { lemma, particle: '', form: kind }]);
  }
  return forms;
};

/** Whether the lexical database knows a word as a verb. */
const knownVerbs = new Map<string, boolean>();
function isVerb(lemma: string): boolean {
  let known = knownVerbs.get(lemma);
  if (known === undefined)
    knownVerbs.set(lemma, (known = lemma.length > 1 && indexLine(lemma, 'v') !== undefined));
  return known;
}

/** The bases a regular ending may have been added to: "planned" → plann, plan; "agreed" → agre, agree. */
function basesOf(word: string, ending: string): string[] {
  if (!word.endsWith(ending) || word.length <= ending.length + 1) return [];
  const base = word.slice(0, -ending.length);
  // A silent "e" drops before an ending that begins with a vowel: "agreed", "making"; "units" is no form of "unite".
  const bases = /^[aeiou]/.test(ending) ? [base, `${base}e`] : [base];
  if (base.endsWith('i')) bases.push(`${base.slice(0, -1)}y`);
  if (/(.)\1$/.test(base)) bases.push(base.slice(0, -1));
  return bases;
}

/**
 * Readings from regular endings and the irregular forms, each base checked against the lexical database: a
 * language whose verbs are inflected by few endings needs no generated lexicon.
 */
function regularReadings(pack: LanguagePack, word: string): VerbReading[] {
  const endings = pack.verbGrammar.endings;
  if (!endings || !pack.wordnet) return [];
  const readings: VerbReading[] = [];
  // The irregular forms hold those of nouns and adjectives too ("better" of "good"): only a verb's are verb forms.
  const listed = derived(pack, irregularForms).get(word);
  const irregular = listed && isVerb(listed) ? listed : undefined;
  if (irregular) {
    readings.push({ lemma: irregular, particle: '', form: 'past' });
    readings.push({ lemma: irregular, particle: '', form: 'participle' });
  }
  const add = (list: readonly string[], forms: VerbReading['form'][]) => {
    for (const ending of list) {
      const base = basesOf(word, ending).find(isVerb);
      if (base) for (const form of forms) readings.push({ lemma: base, particle: '', form });
    }
  };
  // A verb's own base is no ending on another verb: "hold" is no past of "hole", "find" none of "fin".
  const base = !irregular && isVerb(word);
  if (!base) {
    if (!irregular) add(endings.past, ['past', 'participle']);
    add(endings.progressive, ['progressive']);
    add(endings.present, ['present']);
  }
  // A verb whose past is its base ("put", "set", "cut") is also its infinitive and present.
  if (base || (irregular === word && isVerb(word))) {
    readings.push({ lemma: word, particle: '', form: 'infinitive' });
    readings.push({ lemma: word, particle: '', form: 'present' });
  }
  return dedupe(readings);
}

const dedupe = (readings: VerbReading[]): VerbReading[] =>
  readings.filter(
    (r, i) =>
      readings.findIndex((o) => o.lemma === r.lemma && o.form === r.form && o.particle === r.particle) === i,
  );

/** The verb reader of a language. */
export function verbReader(pack: LanguagePack): VerbReader {
  if (pack.verbGrammar.lexicon) {
    const lexicon = derived(pack, lexiconOf);
    return (norm) => lexicon.get(norm) ?? [];
  }
  const closed = derived(pack, closedFormsOf);
  return (norm) => closed.get(norm) ?? regularReadings(pack, norm);
}

/**
 * Whether one verb is the other with a separable particle ("aufnehmen" of "nehmen"), as the verb lexicon lists it.
 * Such kin may name one event ("ins Programm nehmen", "ins Programm aufnehmen") or two ("abnehmen"): what they
 * govern decides.
 */
export function particleKin(a: string, b: string, pack: LanguagePack): boolean {
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  return verbReader(pack)(short).some((r) => r.lemma === long && !!r.particle && long === r.particle + short);
}
