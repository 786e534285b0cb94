import type { SentenceTokens } from '../text/tokens.js';
import type { Language } from '../types.js';
import { KeyIndex } from '../text/key-index.js';
import {
  inverseDocumentFrequency,
  mergeFeatures,
  sentenceFeatures,
  type SentenceFeatures,
} from './features.js';
import { anchorAgreement, characterSimilarity, containment, tfidfCosine } from './similarity.js';

/** Similarity between sentences (and groups of sentences) of two articles, with corpus statistics of both. */
export interface PairScorer {
  source: SentenceFeatures[];
  rewrite: SentenceFeatures[];
  /** Similarity 0–1 of a source group and a rewrite group (indices). */
  score(source: number[], rewrite: number[]): number;
  /** Similarity of two sentences, or any value below `floor` as soon as it cannot reach it. */
  scoreAtLeast(source: number, rewrite: number, floor: number): number;
  /** Share of the rewrite group's content found in the source group (and vice versa with `reverse`). */
  covered(part: number[], whole: number[], partSide: 'source' | 'rewrite'): number;
  /** The source sentences most worth scoring against a rewrite sentence: the cheap filter for long articles. */
  candidates(rewriteIndex: number): number[];
}

/** How many source sentences are fully scored against each rewrite sentence in long articles. */
const CANDIDATES = 8;
/** How many source sentences either side of a rewrite sentence's place in the order are scored against it. */
const DIAGONAL = 2;

export function createScorer(
  source: string[],
  rewrite: string[],
  language: Language,
  tokens?: SentenceTokens,
): PairScorer {
  const src = source.map((s, i) => sentenceFeatures(s, language, tokens?.source[i]));
  const rw = rewrite.map((s, j) => sentenceFeatures(s, language, tokens?.rewrite[j]));
  const idf = inverseDocumentFrequency([...src, ...rw]);
  const wordIdf = new Map<string, number>();
  for (const f of [...src, ...rw]) {
    for (const t of f.tokens) if (!wordIdf.has(t.norm)) wordIdf.set(t.norm, idf.get(t.stem) ?? 1);
  }
  const idfOf = (w: string): number => wordIdf.get(w) ?? 1;
  const group = (side: SentenceFeatures[], idx: number[]): SentenceFeatures =>
    mergeFeatures(idx.map((i) => side[i]!));

  const similarity = (a: SentenceFeatures, b: SentenceFeatures, floor = 0): number => {
    if (a.words.length === 0 || b.words.length === 0) return a.folded === b.folded ? 1 : 0;
    const cos = tfidfCosine(a, b, idf);
    const soft = (containment(a, b, idfOf) + containment(b, a, idfOf)) / 2;
    // Character similarity is the costliest signal: skip it when even a perfect value could not reach the floor.
    if (0.4 * cos + 0.4 * soft + 0.2 + 0.1 < floor) return 0;
    const base = 0.4 * cos + 0.4 * soft + 0.2 * characterSimilarity(a, b);
    const anchors = anchorAgreement(a, b);
    return Math.min(1, anchors === null ? base : 0.9 * base + 0.1 * anchors);
  };

  // Index by rare stems and word prefixes so that large articles do not compare every pair.
  const keysOf = (f: SentenceFeatures): string[] => [
    ...f.stems.keys(),
    ...f.words.filter((w) => w.length >= 6).map((w) => `>${w.slice(0, 5)}`),
  ];
  const index = new KeyIndex<number>();
  src.forEach((f, i) => {
    for (const k of new Set(keysOf(f))) index.add(k, i);
  });
  const common = Math.max(8, Math.ceil(0.15 * src.length));
  const scores = new Map<string, number>();
  const votes = new Float64Array(src.length);

  return {
    source: src,
    rewrite: rw,
    score: (s, r) => {
      const k = `${s.join(',')}|${r.join(',')}`;
      let v = scores.get(k);
      if (v === undefined) scores.set(k, (v = similarity(group(src, s), group(rw, r))));
      return v;
    },
    scoreAtLeast: (i, j, floor) => similarity(src[i]!, rw[j]!, floor),
    covered: (part, whole, partSide) =>
      partSide === 'source'
        ? containment(group(src, part), group(rw, whole), idfOf)
        : containment(group(rw, part), group(src, whole), idfOf),
    candidates: (j) => {
      const touched: number[] = [];
      for (const k of new Set(keysOf(rw[j]!))) {
        const list = index.get(k);
        if (!list.length || list.length > common) continue;
        const weight = Math.log(1 + src.length / list.length);
        for (const i of list) {
          if (votes[i] === 0) touched.push(i);
          votes[i] = votes[i]! + weight;
        }
      }
      const top = mostVoted(touched, votes, CANDIDATES);
      for (const i of touched) votes[i] = 0;
      if (top.length === CANDIDATES) return top;
      // Short of voted ones, the sentences where the rewrite's order puts it: a text whose every word is common (a
      // list, a text repeated) has no rare word to vote with, and a paraphrase may share none.
      const at = Math.round((rw.length > 1 ? j / (rw.length - 1) : 0) * (src.length - 1));
      for (let i = Math.max(0, at - DIAGONAL); i <= Math.min(src.length - 1, at + DIAGONAL); i++)
        if (!top.includes(i)) top.push(i);
      return top;
    },
  };
}

/** The `k` entries with the most votes, most first (ties by first touched): one pass, not a sort of them all. */
function mostVoted(touched: number[], votes: Float64Array, k: number): number[] {
  const top: number[] = [];
  for (const i of touched) {
    if (top.length === k) {
      if (votes[i]! <= votes[top[k - 1]!]!) continue;
      top.pop();
    }
    let at = top.length;
    while (at > 0 && votes[top[at - 1]!]! < votes[i]!) at--;
    top.splice(at, 0, i);
  }
  return top;
}
