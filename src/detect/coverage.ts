import { wordMatch } from '../align/similarity.js';
import type { SentenceFacts } from '../facts/types.js';
import { contentTokens } from '../text/tokens.js';
import type { ArticleFacts, FactPair, RuleContext } from './context.js';

/** Folded content words of an article, for "does the other text say this anywhere" questions. */
export const articleWords = (article: ArticleFacts): Set<string> =>
  article.memo.get(
    'articleWords',
    () => new Set(article.sentences.flatMap((s) => contentTokens(s.tokens).map((t) => t.norm))),
  );

/** The share of a sentence's content words that the other article has (compound parts and variants count in part). */
export function supportIn(sentence: SentenceFacts, words: ReadonlySet<string>): number {
  const content = contentTokens(sentence.tokens);
  if (content.length === 0) return 1;
  return content.reduce((sum, t) => sum + wordMatch(t.norm, words), 0) / content.length;
}

/** Below this share of its content found in the other article, an unpaired sentence is new (or missing) content. */
export const SUPPORTED = 0.5;

/** How sure an unpaired sentence is new (or missing) content: the less of it the other article has, the surer. */
export const unsupportedConfidence = (share: number): number => 0.4 + 0.5 * (1 - share / SUPPORTED);

/** Whether a rewrite sentence without a source counterpart is a claim the source does not make at all. */
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
