import stringSimilarity from 'string-similarity';
import type { SentenceFeatures } from './features.js';

const DEFAULT_IDF = 2;

/** Cosine of TF-IDF vectors over content stems. */
export function tfidfCosine(a: SentenceFeatures, b: SentenceFeatures, idf: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [s, c] of a.stems) {
    const w = c * (idf.get(s) ?? DEFAULT_IDF);
    na += w * w;
    const cb = b.stems.get(s);
    if (cb) dot += w * cb * (idf.get(s) ?? DEFAULT_IDF);
  }
  for (const [s, c] of b.stems) {
    const w = c * (idf.get(s) ?? DEFAULT_IDF);
    nb += w * w;
  }
  return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
}

/** Words of a text indexed by the first and last letters of their head, where variants of a word must share one. */
export interface WordIndex {
  set: ReadonlySet<string>;
  byFirst: Map<string, string[]>;
  byEnding: Map<string, string[]>;
}

const head = (w: string): string => (w.includes('-') ? w.slice(w.lastIndexOf('-') + 1) : w);
const indexCache = new WeakMap<ReadonlySet<string>, WordIndex>();

function wordIndex(words: ReadonlySet<string>): WordIndex {
  let index = indexCache.get(words);
  if (index) return index;
  index = { set: words, byFirst: new Map(), byEnding: new Map() };
  for (const w of words) {
    const h = head(w);
    if (h.length < 4) continue;
    for (const [map, key] of [
      [index.byFirst, h[0]!],
      [index.byEnding, h.slice(-4)],
    ] as const) {
      const list = map.get(key);
      if (list) list.push(w);
      else map.set(key, [w]);
    }
  }
  indexCache.set(words, index);
  return index;
}

/**
 * How well one word is matched by a word of the other sentence: 1 for the same word,
 * partial for compound parts and variants ("Geheimdiensterkenntnisse" ~ "Geheimdienstkreisen").
 */
export function wordMatch(word: string, others: ReadonlySet<string>): number {
  if (others.has(word)) return 1;
  if (word.length < 3) return 0;
  const h = head(word);
  if (h.length < 4) return others.size > 0 && [...others].some((o) => head(o) === h) ? 0.9 : 0;
  const index = wordIndex(others);
  let best = 0;
  for (const list of [index.byFirst.get(h[0]!), index.byEnding.get(h.slice(-4))]) {
    for (const o of list ?? []) {
      const score = variantScore(word, o);
      if (score > best) best = score;
    }
  }
  return best;
}

const variantCache = new Map<string, number>();

/** Similarity of two different words as variants of one another (0 when they are not). */
function variantScore(word: string, other: string): number {
  // Hyphenated compounds are compared by their head: "EU-Außenminister" ~ "Außenministertreffen".
  const a = word.includes('-') ? word.slice(word.lastIndexOf('-') + 1) : word;
  const b = other.includes('-') ? other.slice(other.lastIndexOf('-') + 1) : other;
  if (a === b) return 0.9;
  if (a.length < 4 || b.length < 4) return 0;
  // German compounds share their head at the end ("Vertretern" ~ "US-Vertretern", "Ölexporte" ~ "Energieexporte").
  if (a[0] !== b[0]) return a.length >= 5 && b.length >= 5 && (a.endsWith(b) || b.endsWith(a)) ? 0.7 : 0;
  const prefix = commonPrefix(a, b);
  if (prefix >= 5 || (prefix >= 4 && prefix >= Math.min(a.length, b.length) - 2)) {
    return 0.55 + 0.4 * (prefix / Math.max(a.length, b.length));
  }
  if (Math.abs(a.length - b.length) > 4) return 0;
  const key = a < b ? `${a}|${b}` : `${b}|${a}`;
  let dice = variantCache.get(key);
  if (dice === undefined) {
    if (variantCache.size > 200_000) variantCache.clear();
    variantCache.set(key, (dice = stringSimilarity.compareTwoStrings(a, b)));
  }
  return dice >= 0.6 ? dice * 0.9 : 0;
}

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  return i;
}

/** The share of `a`'s content words found in `b`, weighting rare words more. */
export function containment(a: SentenceFeatures, b: SentenceFeatures, idfOf: (w: string) => number): number {
  let total = 0;
  let found = 0;
  for (const w of a.words) {
    const weight = idfOf(w);
    total += weight;
    found += weight * wordMatch(w, b.wordSet);
  }
  return total === 0 ? 0 : found / total;
}

export function anchorAgreement(a: SentenceFeatures, b: SentenceFeatures): number | null {
  if (a.anchors.size === 0 && b.anchors.size === 0) return null;
  let shared = 0;
  for (const x of a.anchors) if (b.anchors.has(x)) shared++;
  return shared / Math.max(a.anchors.size, b.anchors.size);
}

/**
 * Dice coefficient of the character bigrams of two sentences' content, as string-similarity's compareTwoStrings
 * computes it (whitespace left out). That function counts both strings' bigrams on every call; a sentence of a long
 * article is compared with many others, so its bigrams are counted once and kept with its features.
 */
export function characterSimilarity(a: SentenceFeatures, b: SentenceFeatures): number {
  if (a.folded.length === 0 || b.folded.length === 0) return 0;
  const x = bigramsOf(a);
  const y = bigramsOf(b);
  if (x.letters === y.letters) return 1;
  if (x.letters.length < 2 || y.letters.length < 2) return 0;
  const [small, large] = x.counts.size <= y.counts.size ? [x.counts, y.counts] : [y.counts, x.counts];
  let shared = 0;
  for (const [bigram, count] of small) shared += Math.min(count, large.get(bigram) ?? 0);
  return (2 * shared) / (x.letters.length + y.letters.length - 2);
}

const bigramCache = new WeakMap<SentenceFeatures, { letters: string; counts: Map<string, number> }>();

function bigramsOf(f: SentenceFeatures): { letters: string; counts: Map<string, number> } {
  let cached = bigramCache.get(f);
  if (cached) return cached;
  const letters = f.folded.replace(/\s+/g, '');
  const counts = new Map<string, number>();
  for (let i = 0; i < letters.length - 1; i++) {
    const bigram = letters.substring(i, i + 2);
    counts.set(bigram, (counts.get(bigram) ?? 0) + 1);
  }
  bigramCache.set(f, (cached = { letters, counts }));
  return cached;
}
