import type { ArticleAlignment } from '../align/articles.js';
import { extractFacts } from '../facts/extract.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { languagePack, type LanguagePack } from '../lang/index.js';
import type { Article } from '../types.js';
import type { Evidence } from './finding.js';

/** One article with the facts of each sentence. */
export interface ArticleFacts {
  article: Article;
  sentences: SentenceFacts[];
  byId: Map<string, SentenceFacts>;
}

/** An aligned pair with the facts of its sentences; one side is empty for an omission or an addition. */
export interface FactPair {
  source: SentenceFacts[];
  rewrite: SentenceFacts[];
  score: number;
}

/** Everything a rule may read. Rules are pure functions of it. */
export interface RuleContext {
  pack: LanguagePack;
  source: ArticleFacts;
  rewrite: ArticleFacts;
  pairs: FactPair[];
  /** Pairs with both sides. */
  matched: FactPair[];
}

export function createContext(source: Article, rewrite: Article, alignment: ArticleAlignment): RuleContext {
  const facts = (article: Article): ArticleFacts => {
    const sentences = extractFacts(article);
    return { article, sentences, byId: new Map(sentences.map((s) => [s.sentenceId, s])) };
  };
  const src = facts(source);
  const rw = facts(rewrite);
  const pairs = alignment.pairs.map((p) => ({
    source: p.source.map((id) => src.byId.get(id)!),
    rewrite: p.rewrite.map((id) => rw.byId.get(id)!),
    score: p.score,
  }));
  return {
    pack: languagePack(source.language),
    source: src,
    rewrite: rw,
    pairs,
    matched: pairs.filter((p) => p.source.length > 0 && p.rewrite.length > 0),
  };
}

/** Evidence for words of a sentence (a mention), or for the whole sentence. */
export function evidence(sentence: SentenceFacts, mention?: Mention): Evidence {
  if (!mention)
    return {
      sentence: sentence.sentenceId,
      start: sentence.start,
      end: sentence.start + sentence.text.length,
      text: sentence.text,
    };
  return { sentence: sentence.sentenceId, start: mention.start, end: mention.end, text: mention.text };
}

/** The sentence of a group that holds an article offset. */
function sentenceAt(group: SentenceFacts[], offset: number): SentenceFacts {
  return group.find((s) => s.start <= offset && offset < s.start + s.text.length) ?? group[0]!;
}

/** Evidence for a mention found somewhere in a group of sentences. */
export function evidenceIn(group: SentenceFacts[], mention: Mention): Evidence {
  return evidence(sentenceAt(group, mention.start), mention);
}

export const quoted = (s: string): string => `"${s.replace(/\s+/g, ' ').trim()}"`;
