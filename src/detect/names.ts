import { derived } from '../lang/derived.js';
import { peopleNounsOfPlace, placesOfPeopleNoun } from '../lexicon/demonyms.js';
import { isCommonNoun } from '../lexicon/thesaurus-relation.js';
import { capitalIndex } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import { KeyIndex } from '../text/key-index.js';
import { fold, foldName } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import { tokenize, type Token } from '../text/tokens.js';
import type { ArticleFacts } from './context.js';

/** The names and people an article mentions, folded, each by every word it has. */
const namesByWord = (article: ArticleFacts): KeyIndex<string[]> =>
  article.memo.get('namesByWord', () => {
    const index = new KeyIndex<string[]>();
    for (const s of article.sentences)
      for (const n of [...s.names, ...s.people]) {
        const words = foldName(n.text).split(/\s+/);
        for (const w of new Set(words)) index.add(w, words);
      }
    return index;
  });

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

/** The article's words written with a capital, folded: its names, and in German its nouns. */
const capitalisedWords = (article: ArticleFacts): Set<string> =>
  article.memo.get(
    'capitalisedWords',
    () =>
      new Set(
        article.sentences.flatMap((s) => s.tokens.filter((t) => /^\p{Lu}/u.test(t.text)).map((t) => t.norm)),
      ),
  );

/** The article's text, folded as names are, in which a name is looked for as written. */
const foldedText = (article: ArticleFacts): string =>
  article.memo.get('foldedText', () => foldName(article.text));

/** Where each word of the folded text starts (a word: letters and digits after anything else). */
const wordStarts = (article: ArticleFacts): KeyIndex<number> =>
  article.memo.get('wordStarts', () => {
    const index = new KeyIndex<number>();
    for (const m of foldedText(article).matchAll(/(?<![\p{L}\d])[\p{L}\d]+/gu)) index.add(m[0], m.index);
    return index;
  });

/**
 * Where each two words of the folded text stand joined by one space, hyphen or dot, by their letters together
 * ("med uni" → "meduni", "u.s." → "us"): a name written with such a break starts at one of them.
 */
const joinedStarts = (article: ArticleFacts): KeyIndex<number> =>
  article.memo.get('joinedStarts', () => {
    const index = new KeyIndex<number>();
    for (const m of foldedText(article).matchAll(/(?<![\p{L}\d])([\p{L}\d]+)(?=[\s.-]([\p{L}\d]+))/gu))
      index.add(m[1]! + m[2]!, m.index);
    return index;
  });

/**
 * Whether the folded text holds a name standing as whole words: as written, or (`spaced`) with a space or a hyphen
 * allowed between any two of its letters. A match starts where a word does: the name's first word itself, or (spaced)
 * two words whose letters together begin the name's. Only those places are tried: looking through the whole text for
 * every name would grow with the square of the article.
 */
function standsInText(article: ArticleFacts, name: string, spaced: boolean): boolean {
  const text = foldedText(article);
  const plain = foldName(name);
  const letters = spaced ? plain.replace(/[\s-]+/gu, '') : plain;
  const firstWord = /^[\p{L}\d]+/u.exec(letters)?.[0];
  if (!firstWord) return false;
  const matches = (at: number): boolean =>
    spaced ? spacedAt(text, at, letters) : writtenAt(text, at, letters, article.pack);
  const starts = wordStarts(article);
  if (starts.get(firstWord).some(matches)) return true;
  // A one-word name in the genitive is a word of its own: "Wiens".
  const genitive = article.pack.genitiveAttribute?.genitiveEnding;
  if (!spaced && genitive && firstWord === letters && starts.get(firstWord + genitive).some(matches))
    return true;
  if (!spaced) return false;
  const joined = joinedStarts(article);
  for (let end = 2; end <= firstWord.length; end++)
    if (joined.get(letters.slice(0, end)).some(matches)) return true;
  return false;
}

const WORD_CHAR = /[\p{L}\d]/u;
const endsWord = (text: string, at: number): boolean => at >= text.length || !WORD_CHAR.test(text[at]!);

/** The shortest function word taken for one glued to a name; "er" or "us" would make "Berger" "Berg", "Markus" "Mark". */
const GLUED_WORD = 3;

/**
 * A function word glued to the word before it, a space lost in copy taken from a web page ("Stabschef John
 * Kellywie auch"): the name still ends there.
 */
function gluedFunctionWord(text: string, at: number, stopwords: ReadonlySet<string>): boolean {
  const rest = /^\p{L}+/u.exec(text.slice(at, at + 12))?.[0];
  return rest !== undefined && rest.length >= GLUED_WORD && stopwords.has(rest);
}

const writtenAt = (text: string, at: number, name: string, pack: LanguagePack): boolean =>
  text.startsWith(name, at) &&
  (endsWord(text, at + name.length) ||
    inGenitive(text, at + name.length, pack.genitiveAttribute?.genitiveEnding) ||
    (name.length >= 4 && gluedFunctionWord(text, at + name.length, pack.stopwords)));

/** A name with the genitive's ending where the language glues it on: "Wiens", "Merkels" are "Wien", "Merkel". */
const inGenitive = (text: string, at: number, ending: string | undefined): boolean =>
  !!ending && text.startsWith(ending, at) && endsWord(text, at + ending.length);

/** The name's letters from `at` on, with at most one space, hyphen or dot between two of them ("U.S." is "US"). */
function spacedAt(text: string, at: number, letters: string): boolean {
  let k = at;
  for (let i = 0; i < letters.length; i++) {
    if (i > 0 && text[k] !== letters[i] && (text[k] === '-' || text[k] === '.' || /\s/.test(text[k] ?? '')))
      k++;
    if (text[k] !== letters[i]) return false;
    k++;
  }
  return endsWord(text, k);
}

/**
 * Whether an article (or one statement of it) names this name: written out, as part of a longer name or
 * the other way round, as an acronym of its words, or (German) as nouns it uses anyway.
 */
export function nameKnown(name: string, article: ArticleFacts): boolean {
  const known = article.memo.get('nameKnown', () => new Map<string, boolean>());
  let answer = known.get(name);
  if (answer === undefined) known.set(name, (answer = findName(name, article)));
  return answer;
}

function findName(name: string, article: ArticleFacts): boolean {
  const n = fold(name);
  const pack = article.pack;
  const spellings = [
    ...(pack.nameVariants.find((v) => v.includes(n)) ?? [n]),
    ...acronymNumber(name),
    ...withoutGenitive(n, pack),
  ];
  // Within a hyphenated compound too: "Wien" in "Berlin-Wien", "GAK" in "GAK-U16".
  if (spellings.some((v) => standsInText(article, v, false))) return true;
  // Spaced or hyphenated otherwise: "Med Uni Wien" is "MedUni Wien", "Wal-Mart" "Walmart".
  if (spellings.some((v) => standsInText(article, v, true))) return true;
  if (spelledOut(name, article)) return true;
  if (abbreviatedIn(name, article)) return true;
  if (asAdjective(name, article)) return true;
  if (asCapital(spellings, article)) return true;
  if (asPeople(n, article)) return true;
  // German capitalises every noun: "Russland Zusagen" is two known words side by side, not a new name.
  const parts = tokenize(name, article.article.language);
  const said = (t: Token): boolean =>
    wordsOf(article).has(t.norm) || wordsOf(article).has(t.stem) || asAdjective(t.text, article);
  if (pack.nounsCapitalized && parts.length > 1 && parts.every(said)) return true;
  // "Luthers Ansicht", "Merkels Politik": a name in the genitive before a common noun is the noun's owner, as
  // "Luther's view" is in English; only the owner is a name, and it is known where the article names it.
  if (
    pack.nounsCapitalized &&
    parts.length === 2 &&
    isCommonNoun(parts[1]!.norm, pack) &&
    withoutGenitive(parts[0]!.norm, pack).some((owner) => nameKnown(owner, article))
  )
    return true;
  // "Marktforschungsunternehmen Marketagent": a common noun before a name says what the name is, and the name is known
  // without it. Only where every noun has a capital does such a noun join the name's run.
  if (pack.nounsCapitalized && parts.length > 1 && isCommonNoun(parts[0]!.norm, pack)) {
    if (nameKnown(name.slice(parts[1]!.start), article)) return true;
  }
  const words = foldName(n).split(/\s+/);
  // "Trump" is "Donald Trump"; "Donald Trump" is "Trump": one name's words inside the other's, whole.
  const byWord = namesByWord(article);
  const within = (a: string[], b: string[]): boolean => a.every((x) => b.includes(x));
  if (words.some((w) => byWord.get(w).some((kw) => within(kw, words) || within(words, kw)))) return true;
  // "World Heritage Sites" for "World Heritage Site": a name of several words whose last, a common noun, is in the
  // other number. A name of one word is left alone, where an ending makes another name ("Berliner").
  if (words.length < 2) return false;
  const language = article.article.language;
  const inAnyNumber = (ws: string[]): string[] => [...ws.slice(0, -1), stem(ws.at(-1)!, language)];
  const mine = inAnyNumber(words);
  return words.some((w) =>
    byWord
      .get(w)
      .some((kw) => kw.length > 1 && (within(inAnyNumber(kw), mine) || within(mine, inAnyNumber(kw)))),
  );
}

/** A name in the genitive where the other text has it plain: "Wiens" for "Wien". The name keeps four letters. */
export function withoutGenitive(name: string, pack: LanguagePack): string[] {
  const ending = pack.genitiveAttribute?.genitiveEnding;
  return ending && name.endsWith(ending) && name.length - ending.length >= 4
    ? [name.slice(0, -ending.length)]
    : [];
}

/**
 * An acronym in the other number: a plural takes a small "s" ("JGBs", "NGOs") and is the same name. A capital S is
 * the acronym's own letter ("AWS").
 */
function acronymNumber(name: string): string[] {
  if (/^\p{Lu}{2,}s$/u.test(name)) return [fold(name.slice(0, -1))];
  if (/^\p{Lu}{2,}$/u.test(name)) return [`${fold(name)}s`];
  return [];
}

/**
 * A capital for its country or the other way round, where the article names the other: "Washington" for "the
 * United States", "Moskau" for "Russland" — news names a government by its capital.
 */
const asCapital = (spellings: readonly string[], article: ArticleFacts): boolean =>
  spellings.some((n) =>
    (derived(article.pack, capitalIndex).get(n) ?? []).some((other) =>
      (article.pack.nameVariants.find((v) => v.includes(other)) ?? [other]).some((v) =>
        standsInText(article, v, false),
      ),
    ),
  );

/**
 * A country and its adjective, either way round: "Russia" where the article says "Russian", "Russland" where it says
 * "russische"; "French" where it names "France".
 */
const asAdjective = (name: string, article: ArticleFacts): boolean =>
  countryOfAdjective(name, article) || adjectiveOfCountry(name, article);

/**
 * A place and its people, either way round, by the lexical database's member links: "Spain" where the article says
 * "the Spaniard", "Swede" where it names Sweden.
 */
const asPeople = (name: string, article: ArticleFacts): boolean =>
  peopleNounsOfPlace(name, article.pack).some((p) => wordsOf(article).has(p)) ||
  placesOfPeopleNoun(name, article.pack).some((p) => capitalisedWords(article).has(p));

/** An adjective whose country the article names: "Russian" for "Russia", "Chinese" for "China", "French" for "France". */
function adjectiveOfCountry(name: string, article: ArticleFacts): boolean {
  const written = fold(name);
  if (!/^\p{L}{4,}$/u.test(written)) return false;
  const { nameEndings, adjectiveEndings, irregular } = article.pack.demonyms;
  const words = wordsOf(article);
  const listed = ([country, stem]: readonly [string, string]) =>
    words.has(country) && adjectiveEndings.some((ending) => stem + ending === written);
  if (irregular.some(listed)) return true;
  // The country by another of its names: "American" where the article says "U.S.". A place is a name, written with
  // its capital: "Walkers" is no demonym of a "walk".
  const named = (country: string): boolean =>
    capitalisedWords(article).has(country) ||
    (article.pack.nameVariants.find((v) => v.includes(country)) ?? []).some(
      (v) => v !== country && standsInText(article, v, true),
    );
  return adjectiveEndings.some((ending) => {
    const stem = written.slice(0, written.length - ending.length);
    return (
      written.endsWith(ending) &&
      stem.length >= 4 &&
      ['', ...nameEndings].some((e) => stem + e !== written && named(stem + e))
    );
  });
}

/** A country named by its adjective in the article: "Russia" in "Russian", "Russland" in "russische". */
function countryOfAdjective(name: string, article: ArticleFacts): boolean {
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

/** The longest word read as an abbreviation when a full stop inside a sentence follows it ("Corp.", "Gebr."). */
const ABBREVIATION_LETTERS = 5;
/** How many spellings of a name with abbreviated words are tried at most. */
const ABBREVIATED_SPELLINGS = 64;

/**
 * The abbreviations an article writes: a short word with a full stop that does not end its sentence ("Art. 8",
 * "Main St. in", "St. Pölten"), folded.
 */
const abbreviationsOf = (article: ArticleFacts): string[] =>
  article.memo.get('abbreviations', () => {
    const found = new Set<string>();
    for (const s of article.sentences)
      s.tokens.forEach((t, i) => {
        if (i + 1 < s.tokens.length && s.text[t.end] === '.' && /^\p{L}+$/u.test(t.text))
          found.add(foldName(t.text));
      });
    return [...found].filter((a) => a.length <= ABBREVIATION_LETTERS);
  });

/** An abbreviation keeps its word's first letter and others in order: "Art" of "Article", "St" of "Sankt". */
const abbreviates = (short: string, word: string): boolean => {
  if (short.length >= word.length || short[0] !== word[0]) return false;
  let k = 0;
  for (const letter of word) if (letter === short[k]) k++;
  return k === short.length;
};

/**
 * A name the article writes with some of its words abbreviated: "Article" for "Art.", "Main Street" for "Main
 * St.", "Sankt Pölten" for "St. Pölten". A rewrite spells out what wire copy shortens.
 */
function abbreviatedIn(name: string, article: ArticleFacts): boolean {
  const abbreviations = abbreviationsOf(article);
  if (!abbreviations.length) return false;
  const words = foldName(name).split(/\s+/);
  const options = words.map((w) => [
    w,
    ...abbreviations.filter((a) => abbreviates(a, w)).map((a) => `${a}.`),
  ]);
  if (options.every((o) => o.length === 1)) return false;
  let spellings = [''];
  for (const o of options) {
    spellings = spellings.flatMap((s) => o.map((w) => (s ? `${s} ${w}` : w)));
    if (spellings.length > ABBREVIATED_SPELLINGS) return false;
  }
  return spellings.some((s) => s !== words.join(' ') && standsInText(article, s, false));
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
