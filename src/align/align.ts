import type { StepCounter } from '../progress.js';
import { detectLanguage } from '../text/language.js';
import type { SentenceTokens } from '../text/tokens.js';
import type { Language } from '../types.js';
import { greedyAssignment, maxWeightAssignment } from './assignment.js';
import { createScorer, type PairScorer } from './scorer.js';

/** Statements paired across two articles: indices into the given sentence arrays. */
export interface AlignedPair {
  source: number[];
  rewrite: number[];
  score: number;
}

export interface AlignOptions {
  language?: Language;
  /** Similarity at which two sentences are paired wherever they stand (0–1). */
  threshold?: number;
  /** Lower similarity at which two sentences are paired when the pair keeps the order of both articles. */
  orderedThreshold?: number;
  /**
   * Lowest similarity at which two sentences are paired inside a gap: between two pairs that keep the order (or an
   * article's edge), each the other's best match there.
   */
  gapThreshold?: number;
  /** Weight of the order prior: how much staying in step with the other article counts. */
  orderWeight?: number;
  /** Minimum share of an unpaired sentence's content its neighbour's partner must hold to join it (1:n, n:1). */
  mergeCoverage?: number;
  /** Told after each rewrite sentence's candidates are scored (the bulk of the aligner's work). */
  onStep?: StepCounter;
  /** The sentences' tokens, when the caller has read them already (one per sentence, in order). */
  tokens?: SentenceTokens;
}

/** The aligner's settings unless told otherwise. */
export const ALIGN_DEFAULTS = {
  threshold: 0.55,
  orderedThreshold: 0.25,
  gapThreshold: 0.2,
  orderWeight: 0.08,
  mergeCoverage: 0.3,
};
/** Above this many cells × rows the exact assignment is too slow; best-first over the whole matrix instead. */
const EXACT_LIMIT = 6e7;

/** Aligns pre-split sentences: every sentence appears in exactly one pair, unpaired ones with an empty side. */
export function align(source: string[], rewrite: string[], options: AlignOptions = {}): AlignedPair[] {
  const language = options.language ?? detectLanguage([...source, ...rewrite].join(' ')).language;
  const { onStep, tokens, ...settings } = options;
  return alignWith(
    createScorer(source, rewrite, language, tokens),
    { ...ALIGN_DEFAULTS, ...settings },
    onStep,
  );
}

export function alignWith(
  scorer: PairScorer,
  options: Required<Omit<AlignOptions, 'language' | 'onStep' | 'tokens'>>,
  onStep?: StepCounter,
): AlignedPair[] {
  const n = scorer.source.length;
  const m = scorer.rewrite.length;
  const raw = new Map<number, number>();
  const key = (i: number, j: number): number => i * m + j;
  const exhaustive = n * m <= 40_000;
  const edges: { i: number; j: number; w: number }[] = [];
  for (let j = 0; j < m; j++) {
    const candidates = exhaustive ? [...Array(n).keys()] : scorer.candidates(j);
    for (const i of candidates) {
      const s = scorer.scoreAtLeast(i, j, options.orderedThreshold);
      if (s < options.orderedThreshold) continue;
      raw.set(key(i, j), s);
      edges.push({ i, j, w: s + options.orderWeight * orderPrior(i, j, n, m) });
    }
    onStep?.(j + 1, m);
  }
  const oneToOne =
    Math.min(n, m) ** 2 * Math.max(n, m) <= EXACT_LIMIT
      ? maxWeightAssignment(denseMatrix(edges, n, m), m)
      : greedyAssignment(edges);
  const best = bestMatches(raw, key, n, m);
  const kept = fillGaps(
    keepOrderedOrStrong(oneToOne, raw, key, options.threshold, best),
    scorer,
    n,
    m,
    options.gapThreshold,
  );
  const groups = kept.map(([i, j]) => ({ source: [i], rewrite: [j] }));
  growGroups(groups, scorer, n, m, options);
  return finish(groups, scorer, n, m, raw, key);
}

/**
 * Strong pairs stand wherever they are (paragraphs may be reordered); a weak pair stands only on the
 * heaviest chain of pairs that keeps the order of both articles, where its neighbours vouch for it.
 */
function keepOrderedOrStrong(
  pairs: [number, number][],
  raw: Map<number, number>,
  key: (i: number, j: number) => number,
  strong: number,
  bestOf: (i: number, j: number) => { source: boolean; rewrite: boolean },
): [number, number][] {
  const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
  const weight = sorted.map(([i, j]) => raw.get(key(i, j)) ?? 0);
  const best = new Float64Array(sorted.length);
  const prev = new Int32Array(sorted.length).fill(-1);
  let top = -1;
  for (let x = 0; x < sorted.length; x++) {
    best[x] = weight[x]!;
    for (let y = 0; y < x; y++) {
      if (sorted[y]![1] < sorted[x]![1] && best[y]! + weight[x]! > best[x]!) {
        best[x] = best[y]! + weight[x]!;
        prev[x] = y;
      }
    }
    if (top < 0 || best[x]! > best[top]!) top = x;
  }
  const chain: [number, number][] = [];
  for (let x = top; x >= 0; x = prev[x]!) chain.push(sorted[x]!);
  const onChain = new Set(chain);
  // A local swap (two neighbouring statements told the other way round) still keeps the order.
  const local = ([i, j]: [number, number]): boolean =>
    chain.every(
      ([ci, cj]) =>
        (ci - i) * (cj - j) >= 0 || (Math.abs(ci - i) <= LOCAL_SWAP && Math.abs(cj - j) <= LOCAL_SWAP),
    );
  // A weak pair on the chain must be the best match of one of its sentences; one kept only as a local swap, of both.
  return sorted.filter((pair, x) => {
    if (weight[x]! >= strong) return true;
    const b = bestOf(pair[0], pair[1]);
    return onChain.has(pair) ? b.source : local(pair) && b.source && b.rewrite;
  });
}

/** Gaps longer than this on either side are not filled: so many unpaired sentences are not one paraphrase. */
const MAX_GAP = 6;

/**
 * Pairs the statements left between two pairs that keep the order of both articles, or between such a pair and an
 * article's edge: a paraphrase that shares few words is told where its neighbours say it should be. Inside a gap, a
 * pair must be the best match of both its sentences there and keep the order of those already paired in it.
 */
function fillGaps(
  pairs: [number, number][],
  scorer: PairScorer,
  n: number,
  m: number,
  threshold: number,
): [number, number][] {
  const ordered = [...pairs].sort((a, b) => a[0] - b[0]);
  const usedS = new Set(pairs.map(([i]) => i));
  const usedR = new Set(pairs.map(([, j]) => j));
  const added: [number, number][] = [];
  const bounds: [number, number][] = [[-1, -1], ...ordered, [n, m]];
  for (let x = 0; x + 1 < bounds.length; x++) {
    const [i1, j1] = bounds[x]!;
    const [i2, j2] = bounds[x + 1]!;
    if (j2 <= j1) continue;
    const sources = range(i1 + 1, i2).filter((i) => !usedS.has(i));
    const rewrites = range(j1 + 1, j2).filter((j) => !usedR.has(j));
    if (!sources.length || !rewrites.length || sources.length > MAX_GAP || rewrites.length > MAX_GAP)
      continue;
    const cells = sources.flatMap((i) => rewrites.map((j) => ({ i, j, s: scorer.score([i], [j]) })));
    const bestOf = (pick: (c: (typeof cells)[number]) => number, at: number) =>
      Math.max(...cells.filter((c) => pick(c) === at).map((c) => c.s));
    const chosen: [number, number][] = [];
    for (const c of cells.sort((a, b) => b.s - a.s)) {
      if (c.s < threshold) break;
      if (c.s < bestOf((d) => d.i, c.i) || c.s < bestOf((d) => d.j, c.j)) continue;
      if (chosen.some(([i, j]) => i === c.i || j === c.j || (i - c.i) * (j - c.j) < 0)) continue;
      chosen.push([c.i, c.j]);
    }
    added.push(...chosen);
  }
  return [...pairs, ...added];
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);

/** How far apart two statements may be and still count as told in swapped order locally. */
const LOCAL_SWAP = 2;

/** For each pair, whether it is the best match of its source sentence, of its rewrite sentence. */
function bestMatches(raw: Map<number, number>, key: (i: number, j: number) => number, n: number, m: number) {
  const bestOfSource = new Float64Array(n);
  const bestOfRewrite = new Float64Array(m);
  for (const [k, s] of raw) {
    const i = Math.floor(k / m);
    const j = k % m;
    bestOfSource[i] = Math.max(bestOfSource[i]!, s);
    bestOfRewrite[j] = Math.max(bestOfRewrite[j]!, s);
  }
  return (i: number, j: number): { source: boolean; rewrite: boolean } => {
    const s = raw.get(key(i, j)) ?? 0;
    return { source: s >= bestOfSource[i]!, rewrite: s >= bestOfRewrite[j]! };
  };
}

const orderPrior = (i: number, j: number, n: number, m: number): number =>
  1 - Math.abs((n > 1 ? i / (n - 1) : 0) - (m > 1 ? j / (m - 1) : 0));

function denseMatrix(edges: { i: number; j: number; w: number }[], n: number, m: number): Float64Array[] {
  const rows = Array.from({ length: n }, () => new Float64Array(m));
  for (const e of edges) rows[e.i]![e.j] = e.w;
  return rows;
}

type Group = { source: number[]; rewrite: number[] };

/**
 * Lets a sentence join the pair of its neighbour when that pair's other side already says it (1:n, n:1):
 * an unpaired sentence, or one held only weakly by a pair that covers it clearly less well.
 */
function growGroups(
  groups: Group[],
  scorer: PairScorer,
  n: number,
  m: number,
  options: { mergeCoverage: number; threshold: number },
): void {
  for (const side of ['rewrite', 'source'] as const) {
    const other = side === 'rewrite' ? 'source' : 'rewrite';
    const size = side === 'rewrite' ? m : n;
    for (let round = 0; round < 4; round++) {
      let changed = false;
      const owner = new Map<number, Group>();
      for (const g of groups) for (const x of g[side]) owner.set(x, g);
      for (let x = 0; x < size; x++) {
        const current = owner.get(x);
        if (
          current &&
          (current[side].length > 1 || scorer.score(current.source, current.rewrite) >= options.threshold)
        )
          continue;
        const held = current ? scorer.covered([x], current[other], side) + 0.15 : 0;
        let best: { g: Group; coverage: number } | null = null;
        for (const neighbour of [x - 1, x + 1]) {
          const g = owner.get(neighbour);
          if (!g || g === current || g[other].length === 0) continue;
          const coverage = scorer.covered([x], g[other], side);
          if (coverage < options.mergeCoverage || coverage <= held) continue;
          const before = scorer.score(g.source, g.rewrite);
          const grown =
            side === 'rewrite'
              ? scorer.score(g.source, [...g.rewrite, x])
              : scorer.score([...g.source, x], g.rewrite);
          if (grown - before > -0.02 && (!best || coverage > best.coverage)) best = { g, coverage };
        }
        if (!best) continue;
        if (current) current[side] = current[side].filter((y) => y !== x);
        best.g[side] = [...best.g[side], x].sort((a, b) => a - b);
        owner.set(x, best.g);
        changed = true;
      }
      for (let k = groups.length - 1; k >= 0; k--) if (groups[k]![side].length === 0) groups.splice(k, 1);
      if (!changed) break;
    }
  }
}

/** Scores the groups, adds unpaired sentences, and orders everything as the source reads. */
function finish(
  groups: { source: number[]; rewrite: number[] }[],
  scorer: PairScorer,
  n: number,
  m: number,
  raw: Map<number, number>,
  key: (i: number, j: number) => number,
): AlignedPair[] {
  const pairs: AlignedPair[] = groups.map((g) => ({
    ...g,
    score:
      g.source.length === 1 && g.rewrite.length === 1
        ? (raw.get(key(g.source[0]!, g.rewrite[0]!)) ?? scorer.score(g.source, g.rewrite))
        : scorer.score(g.source, g.rewrite),
  }));
  const pairedS = new Set(pairs.flatMap((p) => p.source));
  const pairedR = new Set(pairs.flatMap((p) => p.rewrite));
  for (let i = 0; i < n; i++) if (!pairedS.has(i)) pairs.push({ source: [i], rewrite: [], score: 0 });
  for (let j = 0; j < m; j++) if (!pairedR.has(j)) pairs.push({ source: [], rewrite: [j], score: 0 });
  // A rewrite-only sentence reads after the pair holding the rewrite sentence before it.
  const position = new Map<number, number>();
  for (const p of pairs) if (p.source.length) for (const j of p.rewrite) position.set(j, p.source[0]!);
  const place = (p: AlignedPair): number => {
    if (p.source.length) return p.source[0]!;
    for (let j = p.rewrite[0]! - 1; j >= 0; j--)
      if (position.has(j)) return position.get(j)! + 0.5 + p.rewrite[0]! / (m + 1) / 2;
    return -1 + p.rewrite[0]! / (m + 1);
  };
  return pairs.sort((a, b) => place(a) - place(b) || (a.rewrite[0] ?? -1) - (b.rewrite[0] ?? -1));
}
