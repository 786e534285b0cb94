/**
 * Builds the German pack's list of verbs that form their perfect with "haben" only, from the Ding German–English
 * dictionary of TU Chemnitz as Debian packages it (`trans-de-en`, GNU GPL 2 or later). german-pos-dict gives every
 * form of a verb but not its perfect auxiliary, and "sein" with a participle is two things: the perfect of a verb of
 * motion or change ("die Preise sind gestiegen": done) and the state passive of a transitive verb ("Veranstaltungen
 * sind erlaubt": a state of today). Only a verb that takes "sein" in its perfect can mean the first.
 *
 *   apt-get install trans-de-en   # /usr/share/trans/de-en, about 25 MB: needed only to rebuild
 *   node dist/bench/lexicons/german-perfect-auxiliary.js /usr/share/trans/de-en src/lang
 *
 * A verb is listed when the dictionary gives it as transitive or reflexive ({vt}, {vr}, or a headword with "sich")
 * and never as intransitive ({vi}), and does not show its participle after "ist/war"; or when it shows the participle after "hat/hatte" and
 * never after "ist/war". A verb it also gives as intransitive without saying its auxiliary ("schließen": "die Tür
 * schließt") is left out, so its "sein" with a participle stays a perfect, as it was read before.
 */
import { readFileSync } from 'node:fs';
import { writeLexicon } from './write-lexicon.js';

/** The dictionary's stand-ins for a verb's objects: "etw. beschließen", "jdm. etw. erlauben", "sich öffnen". */
const PLACEHOLDERS = new Set(['etw.', 'jdm.', 'jdn.', 'jds.', 'sich', 'jdm./etw.', 'jdn./etw.', 'etw./jdn.']);
const VERB = /^[a-zäöüß]+$/;
const NOTES = /\{[^}]*\}|\[[^\]]*\]|\([^)]*\)/g;

export interface VerbEvidence {
  /** The verb tags the dictionary gives a lemma: "vt", "vi", "vr", "v". */
  tags: Map<string, Set<string>>;
  /** Lemmas whose participle the dictionary shows after "ist/war" (perfect with "sein"). */
  sein: Set<string>;
  /** Lemmas whose participle it shows after "hat/hatte". */
  haben: Set<string>;
}

/** A headword as the single verb it names, its object stand-ins and notes taken off; undefined for a phrase. */
export function verbOf(term: string): string | undefined {
  const words = term
    .replace(NOTES, ' ')
    .split(/\s+/)
    .filter((w) => w && !PLACEHOLDERS.has(w));
  return words.length === 1 && VERB.test(words[0]!) ? words[0] : undefined;
}

/** Participles shown after an auxiliary's forms in an entry's German side ("er/sie ist/war gestiegen"). */
const participlesAfter = (german: string, auxiliary: RegExp): Set<string> =>
  new Set([...german.matchAll(auxiliary)].map((m) => m[1]!));

/**
 * What one dictionary line says of its verbs. The German side is "headwords | present participles | participles |
 * forms …"; a tag after a headword holds for it and the untagged headwords before it.
 */
export function readEntry(line: string, evidence: VerbEvidence): void {
  const german = line.split('::')[0] ?? '';
  const fields = german.split(' | ');
  const heads = fields[0]!.split(';').map((t) => t.trim());
  const participles = (fields[2] ?? '').split(';').map((p) => p.trim());
  const aligned = participles.length === heads.length;
  const sein = participlesAfter(german, /\b(?:ist\/war|sind\/waren) ([a-zäöüß]+)/g);
  const haben = participlesAfter(german, /\b(?:hat\/hatte|haben\/hatten) ([a-zäöüß]+)/g);
  let pending: { verb: string; reflexive: boolean }[] = [];
  heads.forEach((term, i) => {
    const verb = verbOf(term);
    if (verb) {
      // A headword with "sich" is reflexive by its form, whatever verb tag closes its group ("sich beteiligen;
      // mitwirken {vi}": the tag is mitwirken's), and a reflexive verb forms its perfect with "haben".
      pending.push({ verb, reflexive: /(^|\s)sich\s/.test(term.replace(NOTES, ' ')) });
      const participle = aligned ? participles[i] : undefined;
      if (participle && sein.has(participle)) evidence.sein.add(verb);
      if (participle && haben.has(participle)) evidence.haben.add(verb);
    }
    const tag = /\{(v[a-z]*)\}/.exec(term)?.[1];
    if (!tag) return;
    for (const { verb: v, reflexive } of pending) addTag(evidence, v, reflexive ? 'vr' : tag);
    pending = [];
  });
}

function addTag(evidence: VerbEvidence, verb: string, tag: string): void {
  const tags = evidence.tags.get(verb) ?? new Set<string>();
  tags.add(tag);
  evidence.tags.set(verb, tags);
}

/** The verbs whose "sein" with a participle can only be a state passive. */
export function habenOnly(evidence: VerbEvidence): string[] {
  const listed = new Set<string>();
  for (const [verb, tags] of evidence.tags)
    if ((tags.has('vt') || tags.has('vr')) && !tags.has('vi') && !evidence.sein.has(verb)) listed.add(verb);
  for (const verb of evidence.haben) if (!evidence.sein.has(verb)) listed.add(verb);
  return [...listed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function main(path: string, outDir: string): void {
  const evidence: VerbEvidence = { tags: new Map(), sein: new Set(), haben: new Set() };
  for (const line of readFileSync(path, 'utf8').split('\n'))
    if (line && !line.startsWith('#') && line.includes('::')) readEntry(line, evidence);
  const verbs = habenOnly(evidence);
  const header = [
    '# German verbs that form their perfect with "haben" only: with "sein" their participle is a state passive',
    '# ("sind … erlaubt"). From the Ding German-English dictionary (TU Chemnitz, Frank Richter; Debian trans-de-en),',
    '# GNU GPL 2 or later, like its source. Written by bench/lexicons/german-perfect-auxiliary.ts: do not edit by hand.',
    '# One lemma a line, in dictionary spelling, sorted by code unit for binary search.',
  ];
  writeLexicon(outDir, 'de-haben-verbs.txt', header, verbs, 'verbs');
}

if (process.argv[1]?.endsWith('german-perfect-auxiliary.js')) main(process.argv[2]!, process.argv[3]!);
