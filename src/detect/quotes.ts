import stringSimilarity from 'string-similarity';
import type { QuoteFact, SentenceFacts } from '../facts/types.js';
import { KeyIndex, mostShared } from '../text/key-index.js';
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

export const quoteSimilarity = (a: string, b: string): number => similarityOfWords(words(a), words(b));

/** `quoteSimilarity` of two quotes' words as `words` gives them. */
function similarityOfWords(x: string, y: string): number {
  if (x === y) return 1;
  // A shortened quote that keeps the speaker's words is still their quote.
  if (x.length >= 12 && y.includes(x)) return 0.99;
  return stringSimilarity.compareTwoStrings(x, y);
}

/** Every statement-length quote of the rewrite with its closest source quote (once per comparison). */
export const matchQuotes = (context: RuleContext): QuoteMatch[] =>
  context.memo.get('matchQuotes', () => matchAllQuotes(context));

function matchAllQuotes(context: RuleContext): QuoteMatch[] {
  const closestInSource = sourceQuoteFinder(context);
  const matches: QuoteMatch[] = [];
  for (const [index, pair] of context.pairs.entries()) {
    // A statement the aligner left unpaired stands beside its neighbours' source statements.
    const near = pair.source.length
      ? pair.source
      : [context.pairs[index - 1], context.pairs[index + 1]].flatMap((p) => p?.source ?? []);
    for (const sentence of pair.rewrite) {
      for (const quote of sentence.quotes) {
        if (quote.inner.split(/\s+/).length < MIN_QUOTE_WORDS) continue;
        const best = closestInSource(quote);
        const paired = closestQuote(quote, near, pair.source.length > 0);
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

/** How many source quotes sharing the most word beginnings with a rewrite quote are compared with it in full. */
const QUOTE_CANDIDATES = 24;
/** How many index entries one rewrite quote may read while voting, its rarest words first. */
const VOTE_BUDGET = 400;

/**
 * Finds the source quote closest to a rewrite quote. The same words find it at once; otherwise only quotes sharing
 * word beginnings can reach the reworded threshold, so an index of them, read rarest word first, keeps long
 * articles with hundreds of quotes from comparing every pair.
 */
function sourceQuoteFinder(context: RuleContext): (quote: QuoteFact) => QuoteMatch['best'] {
  const sourceQuotes = context.source.sentences.flatMap((s) =>
    s.quotes.map((quote) => ({ quote, sentence: s })),
  );
  const sourceWords = sourceQuotes.map((s) => words(s.quote.inner));
  const verbatim = new Map<string, number>();
  const index = new KeyIndex<number>();
  sourceQuotes.forEach((s, i) => {
    if (!verbatim.has(sourceWords[i]!)) verbatim.set(sourceWords[i]!, i);
    for (const key of wordBeginnings(s.quote.inner)) index.add(key, i);
  });
  return (quote) => {
    const said = words(quote.inner);
    const compared = (i: number) => ({
      ...sourceQuotes[i]!,
      similarity: similarityOfWords(said, sourceWords[i]!),
    });
    const same = verbatim.get(said);
    if (same !== undefined) return compared(same);
    const candidates = mostShared(index, sourceQuotes.length, wordBeginnings(quote.inner), {
      limit: QUOTE_CANDIDATES,
      budget: VOTE_BUDGET,
    });
    let best: QuoteMatch['best'];
    for (const i of candidates.sort((a, b) => a - b)) {
      const match = compared(i);
      if (!best || match.similarity > best.similarity) best = match;
    }
    return best;
  };
}

/** The first four letters of each word (inflected forms share them), once each. */
const wordBeginnings = (inner: string): Set<string> =>
  new Set(
    words(inner)
      .split(' ')
      .map((w) => w.slice(0, 4)),
  );

/**
 * The quote of the paired source statements that a rewrite quote stands for: the one sharing most of its words. In
 * a paired statement any quote will do (the pair says they tell the same); beside it, only one sharing half the words
 * of the shorter.
 */
function closestQuote(
  quote: QuoteFact,
  sentences: SentenceFacts[],
  paired: boolean,
): QuoteMatch['paired'] | undefined {
  const content = (inner: string) => [...new Set(words(inner).split(' '))].filter((w) => w.length > 3);
  const own = content(quote.inner);
  let best: { quote: QuoteFact; sentence: SentenceFacts; shared: number; of: number } | undefined;
  for (const sentence of sentences)
    for (const q of sentence.quotes) {
      const theirs = content(q.inner);
      const shared = theirs.filter((w) => own.includes(w)).length;
      if (!best || shared > best.shared)
        best = { quote: q, sentence, shared, of: Math.min(own.length, theirs.length) };
    }
  // Beside the pair, half the words of the shorter quote: "schnell helfen" → "rasch und unbürokratisch helfen".
  if (!best || (!paired && (best.shared === 0 || best.shared * 2 < best.of))) return undefined;
  return { quote: best.quote, sentence: best.sentence };
}

/** A quote is the same only word for word (case and punctuation aside) or shortened: quotations are verbatim. */
export const SAME_QUOTE = 0.99;

/** From this similarity on, a differing quote is a reworded version of a source quote. */
export const REWORDED_QUOTE = 0.5;

/**
 * The rewrite quotes the source word for word, whole or a part of it: a similarity near 1 is not enough, for one
 * word added to a long quote ("sinkende" → "stark sinkende") barely moves it.
 */
export const verbatim = (source: string, rewrite: string): boolean => words(source).includes(words(rewrite));

export const innerWords = words;
