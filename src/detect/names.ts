import { fold } from '../text/normalize.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { ArticleFacts } from './context.js';

/** The names and people an article mentions, folded. */
export const namesIn = (article: ArticleFacts): string[] =>
  article.memo.get('namesIn', () =>
    article.sentences.flatMap((s) => [...s.names, ...s.people].map((n) => fold(n.text))),
  );

/** Every word of an article, as written (folded) and as its stem, and the parts of hyphenated ones ("US-Truppen"). */
const wordsOf = (article: ArticleFacts): Set<string> =>
  article.memo.get(
    'wordsOf',
    () =>
      new Set(
        article.sentences.flatMap((s) =>
          s.tokens.flatMap((t) => [t.norm, t.stem, ...(t.norm.includes('-') ? t.norm.split('-') : [])]),
        ),
      ),
  );

/** The article's text, folded, in which a name is looked for as written. */
const foldedText = (article: ArticleFacts): string =>
  article.memo.get('foldedText', () => fold(article.text));

/**
 * Whether an article (or one statement of it) names this name: written out, as part of a longer name or
 * the other way round, as an acronym of its words, or (German) as nouns it uses anyway.
 */
export function nameKnown(name: string, article: ArticleFacts): boolean {
  const n = fold(name);
  const pack = article.pack;
  const spellings = pack.nameVariants.find((v) => v.includes(n)) ?? [n];
  const text = foldedText(article);
  // Within a hyphenated compound too: "Wien" in "Berlin-Wien", "GAK" in "GAK-U16".
  if (spellings.some((v) => new RegExp(`(?<![\\p{L}\\d])${escape(v)}(?![\\p{L}\\d])`, 'u').test(text)))
    return true;
  // Spaced or hyphenated otherwise: "Med Uni Wien" is "MedUni Wien", "Wal-Mart" "Walmart".
  const letters = [...n.replace(/[\s-]+/gu, '')].map(escape).join('[\\s-]?');
  if (new RegExp(`(?<![\\p{L}\\d])${letters}(?![\\p{L}\\d])`, 'u').test(text)) return true;
  if (spelledOut(name, article)) return true;
  if (asAdjective(name, article)) return true;
  // German capitalises every noun: "Russland Zusagen" is two known words side by side, not a new name.
  const parts = tokenize(name, article.article.language);
  const said = (t: Token): boolean =>
    wordsOf(article).has(t.norm) || wordsOf(article).has(t.stem) || asAdjective(t.text, article);
  if (pack.nounsCapitalized && parts.length > 1 && parts.every(said)) return true;
  const words = n.split(/\s+/);
  // "Trump" is "Donald Trump"; "Donald Trump" is "Trump": one name's words inside the other's, whole.
  return namesIn(article).some((k) => {
    const kw = k.split(/\s+/);
    return kw.every((w) => words.includes(w)) || words.every((w) => kw.includes(w));
  });
}

/** A country named by its adjective in the article: "Russia" in "Russian", "Russland" in "russische". */
function asAdjective(name: string, article: ArticleFacts): boolean {
  const pack = article.pack;
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
