import stringSimilarity from 'string-similarity';
import type { QuoteFact, SentenceFacts } from '../facts/types.js';
import { fold } from '../text/normalize.js';
import type { RuleContext } from './context.js';

/** How a rewrite quote stands to the source's quotes: the closest one, and how close. */
export interface QuoteMatch {
  quote: QuoteFact;
  sentence: SentenceFacts;
  rewriteSentence: SentenceFacts;
  best?: { quote: QuoteFact; sentence: SentenceFacts; similarity: number };
  /** The source quote in the sentence the rewrite quote's sentence is aligned with. */
  paired?: { quote: QuoteFact; sentence: SentenceFacts };
}

const words = (s: string): string =>
  fold(s)
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Quotes of fewer words are terms in quotation marks ("so-called"), not statements. */
export const MIN_QUOTE_WORDS = 3;

export function quoteSimilarity(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x === y) return 1;
  // A shortened quote that keeps the speaker's words is still their quote.
  if (x.length >= 12 && y.includes(x)) return 0.99;
  return stringSimilarity.compareTwoStrings(x, y);
}

/** Every statement-length quote of the rewrite with its closest source quote. */
export function matchQuotes(context: RuleContext): QuoteMatch[] {
  const sourceQuotes = context.source.sentences.flatMap((s) =>
    s.quotes.map((quote) => ({ quote, sentence: s })),
  );
  const matches: QuoteMatch[] = [];
  for (const pair of context.pairs) {
    for (const sentence of pair.rewrite) {
      for (const quote of sentence.quotes) {
        if (quote.inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
        let best: QuoteMatch['best'];
        for (const s of sourceQuotes) {
          const similarity = quoteSimilarity(quote.inner, s.quote.inner);
          if (!best || similarity > best.similarity) best = { ...s, similarity };
        }
        const pairedSentence = pair.source.find((s) => s.quotes.length > 0);
        const paired = pairedSentence
          ? { quote: pairedSentence.quotes[0]!, sentence: pairedSentence }
          : undefined;
        matches.push({
          quote,
          sentence,
          rewriteSentence: sentence,
          ...(best ? { best } : {}),
          ...(paired ? { paired } : {}),
        });
      }
    }
  }
  return matches;
}

/** A quote is the same only word for word (case and punctuation aside) or shortened: quotations are verbatim. */
export const SAME_QUOTE = 0.99;
/** From this similarity on, a differing quote is a reworded version of a source quote. */
export const REWORDED_QUOTE = 0.5;

export const innerWords = words;
