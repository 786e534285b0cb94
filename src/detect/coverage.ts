import { wordMatch } from '../align/similarity.js';
import type { SentenceFacts } from '../facts/types.js';
import { KeyIndex, mostShared } from '../text/key-index.js';
import { contentTokens } from '../text/tokens.js';
import type { ArticleFacts, FactPair, RuleContext } from './context.js';

/** The share of a sentence's content words that the other article has (compound parts and variants count in part). */
export function supportIn(sentence: SentenceFacts, words: ReadonlySet<string>): number {
  const content = contentTokens(sentence.tokens);
  if (content.length === 0) return 1;
  return content.reduce((sum, t) => sum + wordMatch(t.norm, words), 0) / content.length;
}

/** Sentences either side of a passage's central one: a statement split in two or merged is said across them. */
const PASSAGE_REACH = 1;
/** How many passages, those sharing the rarest words first, are tried for one sentence. */
const PASSAGE_CANDIDATES = 8;
/** How many index entries one sentence may read while finding passages, its rarest words first. */
const PASSAGE_VOTES = 2000;

/**
 * The share of a sentence's content that the other article says in one passage (a sentence and its neighbours), the
 * best passage found. Not the whole article's vocabulary: that grows with the article, so a story appended to both
 * sides made every left-out statement look kept.
 */
export function passageSupport(sentence: SentenceFacts, other: ArticleFacts): number {
  const content = contentTokens(sentence.tokens);
  if (content.length === 0) return 1;
  const centres = mostShared(
    passageIndex(other),
    other.sentences.length,
    content.flatMap((t) => wordKeys(t.norm)),
    { limit: PASSAGE_CANDIDATES, budget: PASSAGE_VOTES },
  );
  let best = 0;
  for (const j of centres) {
    const passage = other.sentences.slice(Math.max(0, j - PASSAGE_REACH), j + PASSAGE_REACH + 1);
    const words = new Set(passage.flatMap((s) => contentTokens(s.tokens).map((t) => t.norm)));
    best = Math.max(best, supportIn(sentence, words));
  }
  return best;
}

/** A word's keys in the passage index: the word, and for a long one its beginning (inflections, compounds). */
const wordKeys = (word: string): string[] => (word.length >= 6 ? [word, `>${word.slice(0, 5)}`] : [word]);

/** The sentences of an article by the keys of their content words. */
const passageIndex = (article: ArticleFacts): KeyIndex<number> =>
  article.memo.get('passageIndex', () => {
    const index = new KeyIndex<number>();
    article.sentences.forEach((s, j) => {
      for (const key of new Set(contentTokens(s.tokens).flatMap((t) => wordKeys(t.norm)))) index.add(key, j);
    });
    return index;
  });

/** The values of an article's figures, in digits or words ("20 Prozent" is repeated by "ein Fünftel"). */
const figureValues = (article: ArticleFacts): Set<number> =>
  article.memo.get(
    'figureValues',
    () => new Set(article.sentences.flatMap((s) => s.numbers.map((n) => n.value))),
  );

/**
 * Whether an unpaired sentence gives figures in digits and the other article repeats none of them. Its words may
 * all stand in neighbouring statements ("Folgen für ihre körperliche Gesundheit" said of another share), but a
 * figure no one repeats is a fact left out, or added.
 */
export function figuresAbsent(sentence: SentenceFacts, other: ArticleFacts): boolean {
  const figures = sentence.numbers.filter((n) => !n.word);
  const values = figureValues(other);
  return figures.length > 0 && !figures.some((n) => values.has(n.value));
}

/** Below this share of its content found in the other article, an unpaired sentence is new (or missing) content. */
export const SUPPORTED = 0.5;

/** How sure an unpaired sentence is new (or missing) content: the less of it the other article has, the surer. */
export const unsupportedConfidence = (share: number): number => 0.4 + 0.5 * (1 - share / SUPPORTED);

/** Folded content words of an article. */
const articleWords = (article: ArticleFacts): Set<string> =>
  article.memo.get(
    'articleWords',
    () => new Set(article.sentences.flatMap((s) => contentTokens(s.tokens).map((t) => t.norm))),
  );

/**
 * Whether a rewrite sentence without a source counterpart uses words the source does not use at all. A sentence that
 * gathers facts from all over the source (a summary's) is worth checking fact by fact, though no one passage says it.
 */
const isUnsupportedAddition = (sentence: SentenceFacts, source: ArticleFacts): boolean =>
  supportIn(sentence, articleWords(source)) < SUPPORTED;

/** The pairs whose rewrite facts are worth checking one by one: all but the wholly new sentences. */
export const checkablePairs = (context: RuleContext): FactPair[] =>
  context.memo.get('checkablePairs', () =>
    context.pairs.filter(
      (p) =>
        p.rewrite.length > 0 &&
        (p.source.length > 0 || !p.rewrite.every((s) => isUnsupportedAddition(s, context.source))),
    ),
  );
