import { wordMatch } from '../align/similarity.js';
import type { SentenceFacts } from '../facts/types.js';
import { languagePack } from '../lang/index.js';
import { fold } from '../text/normalize.js';
import { contentTokens, tokenize, type Token } from '../text/tokens.js';
import type { ArticleFacts, FactPair, RuleContext } from './context.js';

/** Folded content words of an article, for "does the other text say this anywhere" questions. */
export function articleWords(article: ArticleFacts): Set<string> {
  return new Set(article.sentences.flatMap((s) => contentTokens(s.tokens).map((t) => t.norm)));
}

/** The share of a sentence's content words that the other article has (compound parts and variants count in part). */
export function supportIn(sentence: SentenceFacts, words: ReadonlySet<string>): number {
  const content = contentTokens(sentence.tokens);
  if (content.length === 0) return 1;
  return content.reduce((sum, t) => sum + wordMatch(t.norm, words), 0) / content.length;
}

/** The names and people an article mentions, folded. */
export function namesIn(article: ArticleFacts): string[] {
  return article.sentences.flatMap((s) => [...s.names, ...s.people].map((n) => fold(n.text)));
}

/**
 * Whether an article names this name: written out, as part of a longer name or the other way round, as an
 * acronym of its words, or (German) as nouns it uses anyway.
 */
export function nameKnown(
  name: string,
  known: readonly string[],
  text: string,
  article: ArticleFacts,
): boolean {
  const n = fold(name);
  const pack = languagePack(article.article.language);
  const spellings = pack.nameVariants.find((v) => v.includes(n)) ?? [n];
  if (spellings.some((v) => new RegExp(`(?<![\\p{L}\\d-])${escape(v)}(?![\\p{L}\\d-])`, 'u').test(text)))
    return true;
  if (spelledOut(name, article)) return true;
  if (asAdjective(name, article)) return true;
  // German capitalises every noun: "Russland Zusagen" is two known words side by side, not a new name.
  const parts = tokenize(name, article.article.language);
  const said = (t: Token): boolean =>
    wordsOf(article).has(t.norm) || wordsOf(article).has(t.stem) || asAdjective(t.text, article);
  if (pack.nounsCapitalized && parts.length > 1 && parts.every(said)) return true;
  const words = n.split(/\s+/);
  // "Trump" is "Donald Trump"; "Donald Trump" is "Trump": one name's words inside the other's, whole.
  return known.some((k) => {
    const kw = k.split(/\s+/);
    return kw.every((w) => words.includes(w)) || words.every((w) => kw.includes(w));
  });
}

const wordSets = new WeakMap<ArticleFacts, Set<string>>();

/** Every word of an article, as written (folded) and as its stem. */
function wordsOf(article: ArticleFacts): Set<string> {
  let words = wordSets.get(article);
  if (!words) {
    words = new Set(article.sentences.flatMap((s) => s.tokens.flatMap((t) => [t.norm, t.stem])));
    wordSets.set(article, words);
  }
  return words;
}

/** A country named by its adjective in the article: "Russia" in "Russian", "Russland" in "russische". */
function asAdjective(name: string, article: ArticleFacts): boolean {
  const pack = languagePack(article.article.language);
  const written = fold(name);
  if (!/^\p{L}{2,}$/u.test(written)) return false;
  // "Russlands": the genitive's ending first.
  const genitive = pack.genitiveAttribute?.genitiveEnding;
  const n = genitive && written.endsWith(genitive) ? written.slice(0, -genitive.length) : written;
  const { nameEndings, adjectiveEndings, irregular } = pack.demonyms;
  // Names under four letters ("US", "UK") only by the list: by rule they would match too much.
  const stems = [n, ...nameEndings.filter((e) => n.endsWith(e)).map((e) => n.slice(0, -e.length))].filter(
    (stem) => stem.length >= 4 && written.length >= 4,
  );
  const listed = irregular.filter(([country]) => country === n || country === written).map(([, a]) => a);
  const words = wordsOf(article);
  return [...stems, ...listed].some((stem) =>
    adjectiveEndings.some((ending) => stem + ending !== written && words.has(stem + ending)),
  );
}

/**
 * An acronym whose letters start consecutive words of the article: "EV" for "electric vehicle", "BOJ" for
 * "Bank of Japan". The first and last words carry content; two letters need two long words.
 */
function spelledOut(name: string, article: ArticleFacts): boolean {
  if (!/^\p{Lu}{2,6}$/u.test(name)) return false;
  const letters = fold(name);
  const content = (t: Token): boolean => !t.isStopword && (letters.length > 2 || t.norm.length >= 4);
  return article.sentences.some((s) =>
    s.tokens.some((_, i) => {
      const run = s.tokens.slice(i, i + letters.length);
      return (
        run.length === letters.length &&
        run.every((t, k) => t.norm.startsWith(letters[k]!)) &&
        content(run[0]!) &&
        content(run[run.length - 1]!) &&
        (letters.length > 2 || run.every(content))
      );
    }),
  );
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a group of sentences says that someone said it: a reporting verb, an attribution phrase, a quote. */
export function attributed(group: SentenceFacts[]): boolean {
  return group.some((s) => s.attribution.length > 0 || s.quotes.length > 0);
}

/**
 * How closely a pair must match for a figure, time or name the source gives only elsewhere to count as
 * swapped into this statement.
 */
export const CLOSE_PAIR = 0.5;

/** Below this share of its content found in the other article, an unpaired sentence is new (or missing) content. */
export const SUPPORTED = 0.5;

const wordCache = new WeakMap<ArticleFacts, Set<string>>();

/** Whether a rewrite sentence without a source counterpart is a claim the source does not make at all. */
function isUnsupportedAddition(sentence: SentenceFacts, source: ArticleFacts): boolean {
  let words = wordCache.get(source);
  if (!words) wordCache.set(source, (words = articleWords(source)));
  return supportIn(sentence, words) < SUPPORTED;
}

/** The pairs whose rewrite facts are worth checking one by one: all but the wholly new sentences. */
export function checkablePairs(context: RuleContext): FactPair[] {
  return context.pairs.filter(
    (p) =>
      p.rewrite.length > 0 &&
      (p.source.length > 0 || !p.rewrite.every((s) => isUnsupportedAddition(s, context.source))),
  );
}

/** How far around a word its context is read (six words, so German verb-final clauses reach their subject). */
const CONTEXT = 6;

/** The content-word stems within a few words of a token: what the word is said of. */
export function contextOf(s: SentenceFacts, t: Token): Set<string> {
  const at = s.tokens.indexOf(t);
  return new Set(
    s.tokens
      .slice(Math.max(0, at - CONTEXT), at + CONTEXT + 1)
      .filter((u) => u !== t && !u.isStopword)
      .map((u) => u.stem),
  );
}

const CLAUSE_MARKS = /[,;:.!?«»"“”„]/;

/** Whether punctuation stands between a sentence's token `i` and the one before it: a clause or quote ends. */
export const clauseBreakBefore = (s: SentenceFacts, i: number): boolean =>
  i > 0 && i < s.tokens.length && CLAUSE_MARKS.test(s.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start));

/**
 * Which words a rewrite says more often than its source, and which less: a word replaced, not moved.
 * Counted, not just present: "delete it from work phones, and delete it from personal ones" → "…, and keep
 * it on personal ones" flips one of two.
 */
export function stemBalance(source: SentenceFacts[], rewrite: SentenceFacts[]) {
  const count = (group: SentenceFacts[]) => {
    const counts = new Map<string, number>();
    for (const s of group) for (const t of s.tokens) counts.set(t.stem, (counts.get(t.stem) ?? 0) + 1);
    return counts;
  };
  const inSource = count(source);
  const inRewrite = count(rewrite);
  return {
    gained: (stem: string): boolean => (inRewrite.get(stem) ?? 0) > (inSource.get(stem) ?? 0),
    lost: (stem: string): boolean => (inRewrite.get(stem) ?? 0) < (inSource.get(stem) ?? 0),
  };
}
