import { ALIGN_DEFAULTS } from '../align/align.js';
import type { ArticleAlignment } from '../align/articles.js';
import { extractFacts } from '../facts/extract.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { languagePack, type LanguagePack } from '../lang/index.js';
import { registerPeople, type RegisteredPerson } from '../people/registry.js';
import type { StepCounter } from '../progress.js';
import type { SentenceTokens } from '../text/tokens.js';
import type { Article, Sentence } from '../types.js';
import type { Evidence } from './finding.js';

/**
 * Values derived once per comparison however many rules ask (an article's words, a pair's word diff), as
 * ESLint's SourceCode keeps its token lists. Keys are the asking helper's name; an object key adds a
 * second level (one entry per pair).
 */
export class Memo {
  private readonly values = new Map<string, unknown>();
  private readonly byObject = new Map<string, WeakMap<object, unknown>>();

  get<T>(key: string, build: () => T): T {
    if (!this.values.has(key)) this.values.set(key, build());
    return this.values.get(key) as T;
  }

  of<T>(key: string, owner: object, build: () => T): T {
    let values = this.byObject.get(key);
    if (!values) this.byObject.set(key, (values = new WeakMap()));
    if (!values.has(owner)) values.set(owner, build());
    return values.get(owner) as T;
  }
}

/** One article, or a part of it, with the facts of each sentence. */
export interface ArticleFacts {
  article: Article;
  pack: LanguagePack;
  sentences: SentenceFacts[];
  /** The text these sentences stand in: the whole article's, or a part's sentences joined. */
  text: string;
  /** The article's sentence by id (headline and subheadings too). */
  sentence(id: string | undefined): Sentence | undefined;
  /** Whether a sentence is a subheading, not a statement. */
  isHeading(s: SentenceFacts): boolean;
  /** Who the article mentions, with every role it gives them wherever they stand. */
  people: RegisteredPerson[];
  memo: Memo;
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
  memo: Memo;
}

/** An article's facts. */
function articleFacts(article: Article, sentences: SentenceFacts[]): ArticleFacts {
  const byId = new Map(article.sentences.map((s) => [s.id, s]));
  const pack = languagePack(article.language);
  return {
    article,
    pack,
    sentences,
    text: article.text,
    sentence: (id) => (id === undefined ? undefined : byId.get(id)),
    isHeading: (s) => byId.get(s.sentenceId)?.heading ?? false,
    people: registerPeople(sentences, pack),
    memo: new Memo(),
  };
}

/** Some sentences of an article read as if they stood alone (one statement), with memos of their own. */
export const partOf = (whole: ArticleFacts, sentences: SentenceFacts[]): ArticleFacts => ({
  ...whole,
  sentences,
  text: sentences.map((s) => s.text).join(' '),
  memo: new Memo(),
});

export function createContext(
  source: Article,
  rewrite: Article,
  alignment: ArticleAlignment,
  onStep?: StepCounter,
  tokens?: SentenceTokens,
): RuleContext {
  const total = source.sentences.length + rewrite.sentences.length;
  const src = articleFacts(
    source,
    extractFacts(source, (k) => onStep?.(k, total), tokens?.source),
  );
  const rw = articleFacts(
    rewrite,
    extractFacts(rewrite, (k) => onStep?.(source.sentences.length + k, total), tokens?.rewrite),
  );
  const facts = (side: ArticleFacts) => new Map(side.sentences.map((s) => [s.sentenceId, s]));
  const [srcById, rwById] = [facts(src), facts(rw)];
  const pairs = alignment.pairs.map((p) => ({
    source: p.source.map((id) => srcById.get(id)!),
    rewrite: p.rewrite.map((id) => rwById.get(id)!),
    score: p.score,
  }));
  return {
    pack: languagePack(source.language),
    source: src,
    rewrite: rw,
    pairs,
    matched: pairs.filter((p) => p.source.length > 0 && p.rewrite.length > 0),
    memo: new Memo(),
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
export function sentenceAt(group: SentenceFacts[], offset: number): SentenceFacts {
  return group.find((s) => s.start <= offset && offset < s.start + s.text.length) ?? group[0]!;
}

/** Evidence for a mention found somewhere in a group of sentences. */
export function evidenceIn(group: SentenceFacts[], mention: Mention): Evidence {
  return evidence(sentenceAt(group, mention.start), mention);
}

/**
 * How sure a finding in a pair is: from `base` for a loose pair up to `base + range` for one that matches
 * well (score 0.5 and over), since a drift read across a weak pairing may be the aligner's error.
 */
export const byPairScore = (pair: FactPair, base: number, range: number): number =>
  base + range * Math.min(1, pair.score / 0.5);

/**
 * How closely a pair must match for a figure, time or name the source gives only elsewhere to count as
 * swapped into this statement.
 */
export const CLOSE_PAIR = 0.5;
/**
 * Below the similarity the aligner asks of a pair in order, a pair stands more by its place (between pairs that keep
 * the order) than by its words: what it shows reversed is worth a look, not an alarm.
 */
export const WEAK_PAIR = ALIGN_DEFAULTS.orderedThreshold;
