import { align, type AlignOptions } from '../../src/align/align.js';
import { readJsonl } from './jsonl.js';

interface DeplainPair {
  pair_id: string;
  original: string[];
  simplification: string[];
  gold: { original: string; simplification: string; kind: string }[];
}

export interface AlignmentScore {
  documents: number;
  predicted: number;
  gold: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Alignment quality on DEplain-web, scored like DEplain's evaluate.py: exact joined-text pairs. */
export function evaluateDeplain(file: string, options: AlignOptions = {}): AlignmentScore {
  const docs = readJsonl<DeplainPair>(file);
  let predicted = 0;
  let gold = 0;
  let correct = 0;
  for (const doc of docs) {
    const goldKeys = new Set(doc.gold.map((g) => `${g.original}\u0000${g.simplification}`));
    gold += goldKeys.size;
    const pairs = align(doc.original, doc.simplification, { language: 'de', ...options });
    for (const p of pairs) {
      if (!p.source.length || !p.rewrite.length) continue;
      predicted++;
      const k = `${p.source.map((i) => doc.original[i]).join(' ')}\u0000${p.rewrite.map((j) => doc.simplification[j]).join(' ')}`;
      if (goldKeys.has(k)) correct++;
    }
  }
  const precision = predicted ? correct / predicted : 0;
  const recall = gold ? correct / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { documents: docs.length, predicted, gold, correct, precision, recall, f1 };
}
