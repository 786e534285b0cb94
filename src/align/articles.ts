import type { Article } from '../types.js';
import { align, type AlignOptions } from './align.js';
import { relatedness, type Relatedness } from './related.js';

/** A pair of statements by sentence id. */
export interface SentencePair {
  source: string[];
  rewrite: string[];
  score: number;
}

export interface ArticleAlignment {
  pairs: SentencePair[];
  related: Relatedness;
}

/** Aligns the body sentences of two ingested articles and judges whether they report the same event. */
export function alignArticles(
  source: Article,
  rewrite: Article,
  options: AlignOptions = {},
): ArticleAlignment {
  const pairs = align(
    source.sentences.map((s) => s.text),
    rewrite.sentences.map((s) => s.text),
    { language: source.language, ...options },
  );
  // Headings carry little; a sentence counts by its length.
  const weight = (a: Article): number[] =>
    a.sentences.map((s) => (s.heading ? 0.2 : 1) * Math.sqrt(s.text.length));
  return {
    pairs: pairs.map((p) => ({
      source: p.source.map((i) => source.sentences[i]!.id),
      rewrite: p.rewrite.map((j) => rewrite.sentences[j]!.id),
      score: Math.round(p.score * 1000) / 1000,
    })),
    related: relatedness(pairs, { source: weight(source), rewrite: weight(rewrite) }),
  };
}
