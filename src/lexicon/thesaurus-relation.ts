import { derived } from '../lang/derived.js';
import { readLexicon } from '../lang/lexicon-files.js';
import { nounLemmas } from '../lang/noun-lexicon.js';
import type { LanguagePack } from '../lang/pack.js';
import { sortedLines, type SortedLines } from '../lang/sorted-lines.js';
import { thesaurus, type Thesaurus } from '../lang/thesaurus.js';
import type { WordRelation } from './types.js';

/** How many steps up the hierarchy one word may stand from the other and still say the same, more generally. */
const BROADER_STEPS = 3;
/** A compound's head and modifier are words of their own: at least this long ("Amt", "Rat" are too short to tell). */
const MIN_PART = 4;
/** A head this long is no accident of spelling inside a longer word. */
const LONG_HEAD = 7;

interface Lexicons {
  thesaurus: Thesaurus;
  nouns: SortedLines;
  linking: readonly string[];
  /** Noun lemmas found so far, by form: a word is looked up once. */
  lemmas: Map<string, string[]>;
  /** Compound splits found so far, by word: a relation asks for them three times, the name reader again. */
  splits: Map<string, CompoundSplit[]>;
}

interface CompoundSplit {
  modifier: string;
  head: string;
}

const buildLexicons = (pack: LanguagePack): Lexicons | undefined =>
  pack.thesaurus && {
    thesaurus: thesaurus(readLexicon(pack.thesaurus.sets), readLexicon(pack.thesaurus.words)),
    nouns: sortedLines(readLexicon(pack.thesaurus.nouns)),
    linking: pack.thesaurus.linkingElements,
    lemmas: new Map(),
    splits: new Map(),
  };

const lexiconsOf = (pack: LanguagePack): Lexicons | undefined => derived(pack, buildLexicons);

function nounLemmasIn(word: string, lex: Lexicons): string[] {
  let found = lex.lemmas.get(word);
  if (!found) lex.lemmas.set(word, (found = nounLemmas(word, lex.nouns)));
  return found;
}

/** A word as the lexicons know it: itself and the lemmas it is a noun form of. */
const lemmasOf = (word: string, lex: Lexicons): string[] => [...new Set([word, ...nounLemmasIn(word, lex)])];

const setsOf = (word: string, lex: Lexicons): number[] =>
  lemmasOf(word, lex).flatMap((lemma) => lex.thesaurus.setsOf(lemma));

const known = (word: string, lex: Lexicons): boolean =>
  setsOf(word, lex).length > 0 || nounLemmasIn(word, lex).length > 0;

/**
 * A modifier is a word of its own, a verb's stem ("Fahr-rad", "Wasch-maschine"), or, before a long head, a compound
 * ("Klima-schutz-ministerium"): a short word turns up inside longer ones by chance ("Innenmini-ster").
 */
const knownModifier = (modifier: string, head: string, lex: Lexicons, depth: number): boolean =>
  [modifier, `${modifier}en`, `${modifier}n`].some((w) => known(w, lex)) ||
  (depth > 0 && head.length >= LONG_HEAD && splitsIn(modifier, lex, depth - 1).length > 0);

/**
 * The ways a compound splits into a modifier and a known head, longest head first, the linking letters taken off
 * the modifier: "landwirtschaftsministerium" → land + wirtschaftsministerium, landwirtschaft + ministerium. Both
 * parts must be words: "Präsident" is no "Präs-Ident".
 */
export function compoundSplits(word: string, pack: LanguagePack): CompoundSplit[] {
  const lex = lexiconsOf(pack);
  if (!lex) return [];
  let found = lex.splits.get(word);
  if (!found) lex.splits.set(word, (found = splitsIn(word, lex, 1)));
  return found;
}

function splitsIn(word: string, lex: Lexicons, depth: number): CompoundSplit[] {
  const splits: CompoundSplit[] = [];
  for (let at = MIN_PART - 1; at <= word.length - MIN_PART; at++) {
    const head = word.slice(at).replace(/^-/, '');
    if (!known(head, lex)) continue;
    const before = word.slice(0, at).replace(/-$/, '');
    const modifier = [
      before,
      ...lex.linking.filter((l) => before.endsWith(l)).map((l) => before.slice(0, -l.length)),
    ].find((m) => m.length >= MIN_PART - 1 && knownModifier(m, head, lex, depth));
    if (modifier) splits.push({ modifier, head });
  }
  return splits;
}

/**
 * An inflected compound the lexicons list only in its base form, as that form: "Krankenhäusern" is "Krankenhaus", its
 * head "Häusern" a form of "Haus". Other words as they are.
 */
function listedForm(word: string, pack: LanguagePack, lex: Lexicons): string {
  if (setsOf(word, lex).length) return word;
  for (const { head } of compoundSplits(word, pack)) {
    const prefix = word.slice(0, word.length - head.length);
    const listed = nounLemmasIn(head, lex)
      .map((lemma) => prefix + lemma)
      .find((compound) => lex.thesaurus.setsOf(compound).length > 0);
    if (listed) return listed;
  }
  return word;
}

/** The sets directly above a word: its sets' parents, or, for a compound the thesaurus lacks, its heads' sets. */
function parentsOf(word: string, pack: LanguagePack, lex: Lexicons): number[] {
  const own = setsOf(word, lex);
  if (own.length) return own.flatMap((s) => lex.thesaurus.parentsOf(s));
  return compoundSplits(word, pack).flatMap((split) => setsOf(split.head, lex));
}

/** The heads a word is a kind of by its formation: every known head it splits into. */
const headsOf = (word: string, pack: LanguagePack): string[] => compoundSplits(word, pack).map((s) => s.head);

/** The sets up to some steps above a word, its own among them. */
function ancestors(word: string, pack: LanguagePack, lex: Lexicons, steps: number): Set<number> {
  const seen = new Set(setsOf(word, lex));
  let frontier = parentsOf(word, pack, lex);
  for (let step = 1; step <= steps && frontier.length; step++) {
    const next: number[] = [];
    for (const s of frontier)
      if (!seen.has(s)) {
        seen.add(s);
        next.push(...lex.thesaurus.parentsOf(s));
      }
    frontier = next;
  }
  return seen;
}

const OPEN_THESAURUS = 'OpenThesaurus';

/**
 * How a rewrite's noun stands to the source's, from a thesaurus in a hierarchy and the language's word formation.
 * Both words folded.
 */
export function relateByThesaurus(
  source: string,
  rewrite: string,
  pack: LanguagePack,
): WordRelation | undefined {
  const lex = lexiconsOf(pack);
  if (!lex) return undefined;
  [source, rewrite] = [listedForm(source, pack, lex), listedForm(rewrite, pack, lex)];
  // "Test-Infrastruktur" is "Testinfrastruktur".
  if (source.replace(/-/g, '') === rewrite.replace(/-/g, ''))
    return { relation: 'same', resource: 'spelling' };
  const sourceLemmas = lemmasOf(source, lex);
  if (lemmasOf(rewrite, lex).some((l) => sourceLemmas.includes(l)))
    return { relation: 'same', resource: 'german-pos-dict' };
  const sourceSets = setsOf(source, lex);
  const rewriteSets = setsOf(rewrite, lex);
  const sharedSet = sourceSets.find((s) => rewriteSets.includes(s));
  if (sharedSet !== undefined)
    return { relation: 'same', resource: OPEN_THESAURUS, via: lex.thesaurus.labelOf(sharedSet) };
  // "Bundesinnenministerium" is an "Innenministerium": a compound is a kind of its head.
  if (source.endsWith(rewrite) && rewrite.length >= MIN_PART)
    return { relation: 'broader', resource: 'word formation' };
  if (rewrite.endsWith(source) && source.length >= MIN_PART)
    return { relation: 'narrower', resource: 'word formation' };
  // "Punkt-e-gleich" is "Punkt-gleich": the same parts, joined otherwise; "Wander-möglichkeiten" is "Wander-wege",
  // one modifier before heads the thesaurus puts in one set.
  const sourceSplits = compoundSplits(source, pack);
  const sameWord = (a: string, b: string) => lemmasOf(a, lex).some((l) => lemmasOf(b, lex).includes(l));
  const synonyms = (a: string, b: string) => setsOf(a, lex).some((s) => setsOf(b, lex).includes(s));
  const sameParts = (a: CompoundSplit, b: CompoundSplit) =>
    sameWord(a.modifier, b.modifier) && (sameWord(a.head, b.head) || synonyms(a.head, b.head));
  if (compoundSplits(rewrite, pack).some((r) => sourceSplits.some((s) => sameParts(s, r))))
    return { relation: 'same', resource: 'word formation' };
  const up = (word: string) => ancestors(word, pack, lex, BROADER_STEPS);
  if (rewriteSets.some((s) => up(source).has(s))) return { relation: 'broader', resource: OPEN_THESAURUS };
  if (sourceSets.some((s) => up(rewrite).has(s))) return { relation: 'narrower', resource: OPEN_THESAURUS };
  // Two kinds of person straight below the top ("Tourist", "Gast"; "Fan", "Freund") are no two things of one kind: one
  // person is several of them at once. Kinds further down (professions below "Akademiker") exclude each other.
  const people = new Set(pack.thesaurus!.personRoots.flatMap((root) => lex.thesaurus.setsOf(root)));
  const sourceParents = parentsOf(source, pack, lex).filter((p) => !people.has(p));
  const kind = parentsOf(rewrite, pack, lex).find((p) => sourceParents.includes(p));
  // "Landwirtschaftsministerium" ↔ "Klimaschutzministerium": two kinds of one head.
  const sourceHeads = headsOf(source, pack);
  const head = headsOf(rewrite, pack).find((h) => sourceHeads.includes(h));
  if (kind === undefined && head) return { relation: 'sibling', resource: 'word formation', via: head };
  if (kind !== undefined) {
    const byFormation = !sourceSets.length || !rewriteSets.length;
    return {
      relation: 'sibling',
      resource: byFormation ? `${OPEN_THESAURUS} and word formation` : OPEN_THESAURUS,
      via: lex.thesaurus.labelOf(kind),
    };
  }
  return { relation: 'unknown' };
}

/** Whether the thesaurus lists a folded word as it stands (not only as a form of a noun). */
export function isThesaurusWord(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  return !!lex && lex.thesaurus.setsOf(word).length > 0;
}

/** The synonym set two folded words share ("erhöhen", "anheben"; "TV-Sender", "Fernsehsender"), named by its main member; undefined for none. */
export function sharedThesaurusSet(a: string, b: string, pack: LanguagePack): string | undefined {
  const lex = lexiconsOf(pack);
  if (!lex) return undefined;
  const sets = lex.thesaurus.setsOf(a);
  const shared = lex.thesaurus.setsOf(b).find((set) => sets.includes(set));
  return shared === undefined ? undefined : lex.thesaurus.labelOf(shared);
}

/**
 * Whether two folded words are synonyms one step apart: a synonym of one shares a set with the other ("zahllos" →
 * "unzählig" → "zahlreich"). Opposites made by word formation never are.
 */
export function nearSynonyms(a: string, b: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  if (!lex) return false;
  const sets = new Set(lex.thesaurus.setsOf(b));
  return lex.thesaurus
    .setsOf(a)
    .some((set) =>
      lex.thesaurus.membersOf(set).some((w) => lex.thesaurus.setsOf(w).some((s) => sets.has(s))),
    );
}

/** The folded words that share a synonym set with a word or the noun lemma it is a form of. */
export function thesaurusSynonyms(word: string, pack: LanguagePack): string[] {
  const lex = lexiconsOf(pack);
  if (!lex) return [];
  return [...new Set(setsOf(word, lex).flatMap((set) => lex.thesaurus.membersOf(set)))];
}

/**
 * Whether the thesaurus puts a folded word straight below "Person" and nowhere else: a kind of person one may be
 * while being another ("Tourist", "Gast", "Fan"), unlike professions further down ("Ingenieur" below "Akademiker").
 */
export function broadPersonKind(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  if (!lex) return false;
  const people = new Set(pack.thesaurus!.personRoots.flatMap((root) => lex.thesaurus.setsOf(root)));
  const parents = parentsOf(listedForm(word, pack, lex), pack, lex);
  return parents.length > 0 && parents.every((p) => people.has(p));
}

/** Whether the thesaurus or the noun lexicon lists a folded word itself (or a form of it), not only its parts. */
export function isListedWord(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  return !!lex && known(word, lex);
}

/** Whether a folded word is a form of a common noun in the pack's noun lexicon, or a compound of one ("Angriffskrieg"). */
export function isCommonNoun(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  if (!lex) return false;
  return (
    nounLemmasIn(word, lex).length > 0 ||
    compoundSplits(word, pack).some((split) => nounLemmasIn(split.head, lex).length > 0)
  );
}

/**
 * Whether a folded word can only be a common noun, never part of a name: a form of a noun in the lexicon other than
 * its lemma ("Menschen", "Veränderungen"), or a noun made with a derivational ending ("Ankündigung"). A lemma alone
 * is no proof: surnames are nouns too ("Sabine Berg", "Joschka Fischer").
 */
export function onlyCommonNoun(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  const lemmas = lex ? nounLemmasIn(word, lex) : [];
  if (!lemmas.length) return false;
  const derivational = pack.genitiveAttribute?.nounEndings ?? [];
  return lemmas.every((lemma) => lemma !== word || derivational.some((ending) => lemma.endsWith(ending)));
}

/** Whether a folded word is the lemma of a common noun in the pack's noun lexicon ("winter", "unternehmer"). */
export function isNounLemma(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  return !!lex && nounLemmasIn(word, lex).includes(word);
}

/** The endings of a nominalised adjective's lemma: "Europäische", "Deutscher" of "europäisch", "deutsch". */
const NOMINALISED_ADJECTIVE = ['e', 'er'];

/**
 * Whether a folded word is an inflected form of a common noun and of no other word: "Jahren", "Menschen", not a
 * lemma ("Universität", "Berg": names are made of those) nor an adjective's form the lexicon lists as a noun
 * ("Europäischen", "Deutschen" of the adjectives "europäisch", "deutsch").
 */
export function inflectedCommonNoun(word: string, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  const lemmas = lex ? nounLemmasIn(word, lex) : [];
  const adjectival = (lemma: string) =>
    NOMINALISED_ADJECTIVE.some(
      (ending) => lemma.endsWith(ending) && lex!.thesaurus.setsOf(lemma.slice(0, -ending.length)).length > 0,
    );
  return lemmas.length > 0 && lemmas.every((lemma) => lemma !== word && !adjectival(lemma));
}

/** How many steps below a root a word may stand and still be a kind of it ("Polizist" → "Beamter" → … "Person"). */
const KIND_OF_STEPS = 4;

/**
 * Whether a folded word is in a generated list of lemmas: itself, a lemma it is a form of ("Lehrern" of "Lehrer"), or,
 * for a compound, one of its heads ("Gastwirtin" of "Wirtin").
 */
export function listedByFormation(word: string, list: SortedLines, pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  if (!lex) return false;
  const listed = (w: string) => lemmasOf(w, lex).some((lemma) => list.find(lemma) !== undefined);
  return listed(word) || headsOf(word, pack).some(listed);
}

/**
 * Whether a folded word names a kind of what one of the root words names ("Geschäftsführer" of "Person"), by the
 * thesaurus's hierarchy or, for a compound, its head's ("Landwirtschaftsexperte").
 */
export function isKindOf(word: string, roots: readonly string[], pack: LanguagePack): boolean {
  const lex = lexiconsOf(pack);
  if (!lex) return false;
  const rootSets = new Set(roots.flatMap((root) => lex.thesaurus.setsOf(root)));
  for (const set of ancestors(word, pack, lex, KIND_OF_STEPS)) if (rootSets.has(set)) return true;
  return false;
}
