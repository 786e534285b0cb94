/**
 * Maximum-weight one-to-one assignment over a similarity matrix (Hungarian method, O(n²m)).
 * Cells at or below zero are never worth pairing, so the result may leave rows and columns free.
 */
export function maxWeightAssignment(weights: Float64Array[], columns: number): [number, number][] {
  const transposed = weights.length > columns;
  const w = transposed ? transpose(weights, columns) : weights;
  const n = w.length;
  const m = transposed ? weights.length : columns;
  if (n === 0 || m === 0) return [];
  const INF = Number.POSITIVE_INFINITY;
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1);
  const way = new Int32Array(m + 1);
  const cost = (i: number, j: number): number => -Math.max(0, w[i - 1]![j - 1]!);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(m + 1).fill(INF);
    const used = new Uint8Array(m + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = INF;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost(i0, j) - u[i0]! - v[j]!;
        if (cur < minv[j]!) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j]! < delta) {
          delta = minv[j]!;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]!] = u[p[j]!]! + delta;
          v[j] = v[j]! - delta;
        } else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0]!;
      p[j0] = p[j1]!;
      j0 = j1;
    } while (j0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j]!;
    if (i === 0 || w[i - 1]![j - 1]! <= 0) continue;
    pairs.push(transposed ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs;
}

/** For matrices too large for the exact method: best pairs first over the whole matrix, never first-come. */
export function greedyAssignment(edges: { i: number; j: number; w: number }[]): [number, number][] {
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  const pairs: [number, number][] = [];
  for (const e of [...edges].sort((a, b) => b.w - a.w)) {
    if (e.w <= 0 || usedI.has(e.i) || usedJ.has(e.j)) continue;
    usedI.add(e.i);
    usedJ.add(e.j);
    pairs.push([e.i, e.j]);
  }
  return pairs;
}

function transpose(rows: Float64Array[], columns: number): Float64Array[] {
  const out = Array.from({ length: columns }, () => new Float64Array(rows.length));
  rows.forEach((row, i) => row.forEach((x, j) => (out[j]![i] = x)));
  return out;
}
