import { dataLine, indexLine, type PartOfSpeech } from './files.js';

/** WordNet's lexicographer files, by number: the broad category of a synset ("noun.animal"). */
const CATEGORIES = (
  'adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body ' +
  'noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive ' +
  'noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity ' +
  'noun.relation noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition ' +
  'verb.communication verb.competition verb.consumption verb.contact verb.creation verb.emotion ' +
  'verb.motion verb.perception verb.possession verb.social verb.stative verb.weather adj.ppl'
).split(' ');

export interface Pointer {
  /** WordNet's pointer symbol: "@" hypernym, "~" hyponym, "+" derivation, "&" similar … */
  symbol: string;
  key: string;
}

export interface Synset {
  /** Part of speech and offset: "n:02086723". */
  key: string;
  category: string;
  words: string[];
  pointers: Pointer[];
  /** The definition, its examples left off: "space for movement". */
  definition: string;
}

const keyOf = (pos: string, offset: string): string => `${pos === 's' ? 'a' : pos}:${offset}`;

const synsetCache = new Map<string, Synset>();

export function synset(key: string): Synset {
  let s = synsetCache.get(key);
  if (s) return s;
  const [head, gloss = ''] = dataLine(Number(key.slice(2)), key[0] as PartOfSpeech).split(' | ');
  const fields = head!.split(' ');
  const count = parseInt(fields[3]!, 16);
  const words = Array.from({ length: count }, (_, i) =>
    fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase(),
  );
  const pointers: Pointer[] = [];
  let at = 4 + 2 * count;
  const pointerCount = Number(fields[at++]);
  for (let i = 0; i < pointerCount; i++, at += 4)
    pointers.push({ symbol: fields[at]!, key: keyOf(fields[at + 2]!, fields[at + 1]!) });
  const definition = gloss.split(/;\s*"/)[0]!.trim();
  s = { key, category: CATEGORIES[Number(fields[1])] ?? 'unknown', words, pointers, definition };
  synsetCache.set(key, s);
  return s;
}

/** Regular English inflections back to a base form (WordNet's "morphy" without its exception lists). */
const DETACHMENTS: Record<PartOfSpeech, readonly (readonly [string, string])[]> = {
  n: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  v: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  a: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  r: [],
};

const senseCache = new Map<string, Synset[]>();

/** The synsets of a word in one part of speech, found from the word as written or its base form. */
export function senses(word: string, pos: PartOfSpeech): Synset[] {
  const lemma = word.toLowerCase().replace(/\s+/g, '_');
  const cacheKey = `${pos}:${lemma}`;
  let found = senseCache.get(cacheKey);
  if (found) return found;
  const forms = new Set([lemma]);
  for (const [ending, base] of DETACHMENTS[pos])
    if (lemma.endsWith(ending) && lemma.length > ending.length + 1)
      forms.add(lemma.slice(0, -ending.length) + base);
  const keys = new Set<string>();
  for (const form of forms) {
    const line = indexLine(form, pos);
    if (!line) continue;
    for (const field of line.trim().split(' ')) if (/^\d{8}$/.test(field)) keys.add(keyOf(pos, field));
  }
  found = [...keys].map(synset);
  senseCache.set(cacheKey, found);
  return found;
}

const HYPERNYMS = new Set(['@', '@i']);
/** Pointers that join near meanings: derivation, similar, see also, attribute, pertainym, verb group. */
const NEIGHBOURS = new Set(['+', '&', '^', '=', '\\', '$']);

/** The synsets up to some steps above these, with the steps taken. */
function ancestors(start: readonly Synset[], steps: number): Map<string, number> {
  const seen = new Map<string, number>(start.map((s) => [s.key, 0]));
  let frontier = [...start];
  for (let step = 1; step <= steps; step++) {
    const next: Synset[] = [];
    for (const s of frontier)
      for (const p of s.pointers)
        if (HYPERNYMS.has(p.symbol) && !seen.has(p.key)) {
          seen.set(p.key, step);
          next.push(synset(p.key));
        }
    frontier = next;
  }
  return seen;
}

/**
 * Whether two sets of senses mean nearly the same: a shared synset, a derivation or similarity pointer
 * between them, or one a kind of the other within some steps ("poultry" is a bird, "danger" a threat).
 */
export function nearInMeaning(a: readonly Synset[], b: readonly Synset[], steps: number): boolean {
  const bKeys = new Set(b.map((s) => s.key));
  if (a.some((s) => bKeys.has(s.key))) return true;
  const aKeys = new Set(a.map((s) => s.key));
  const linked = (from: readonly Synset[], to: Set<string>) =>
    from.some((s) => s.pointers.some((p) => NEIGHBOURS.has(p.symbol) && to.has(p.key)));
  if (linked(a, bKeys) || linked(b, aKeys)) return true;
  const aUp = ancestors(a, steps);
  const bUp = ancestors(b, steps);
  return [...bKeys].some((k) => aUp.has(k)) || [...aKeys].some((k) => bUp.has(k));
}

/** The heads of adjective clusters a sense belongs to: itself, or the heads it is "similar to". */
const heads = (s: Synset): Synset[] =>
  s.pointers.some((p) => p.symbol === '!')
    ? [s]
    : s.pointers.filter((p) => p.symbol === '&').map((p) => synset(p.key));

/**
 * Whether two sets of senses are opposites: an antonym pointer between them, or (adjectives) between the
 * heads of their clusters, WordNet's indirect antonyms ("huge" is large, "tiny" is small).
 */
export function opposedInMeaning(a: readonly Synset[], b: readonly Synset[]): boolean {
  const direct = (x: readonly Synset[], y: readonly Synset[]) => {
    const keys = new Set(y.map((s) => s.key));
    return x.some((s) => s.pointers.some((p) => p.symbol === '!' && keys.has(p.key)));
  };
  if (direct(a, b)) return true;
  const adjectives = (x: readonly Synset[]) => x.filter((s) => s.key.startsWith('a:')).flatMap(heads);
  return direct(adjectives(a), adjectives(b));
}

/**
 * Opposites a step apart: an antonym of a sense of one is a sense of the other or a kind of one ("break" in the
 * sense of "violate" is the antonym of "conform to", a kind of "comply"). Looser than `opposedInMeaning`: for
 * telling that a negated word was reworded as its opposite, not for reporting an opposite.
 */
export function opposedWithinStep(a: readonly Synset[], b: readonly Synset[]): boolean {
  if (opposedInMeaning(a, b)) return true;
  const antonymsOneUp = (x: readonly Synset[]): Set<string> => {
    const targets = x.flatMap((s) => s.pointers.filter((p) => p.symbol === '!').map((p) => synset(p.key)));
    return new Set([...ancestors(targets, 1).keys()]);
  };
  const reaches = (from: readonly Synset[], to: readonly Synset[]) => {
    const keys = antonymsOneUp(from);
    return to.some((s) => keys.has(s.key));
  };
  return reaches(a, b) || reaches(b, a);
}
