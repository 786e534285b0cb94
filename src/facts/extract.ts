import { readParticipleAttributes } from '../clauses/attributes.js';
import { readClauses } from '../clauses/read.js';
import { languagePack } from '../lang/index.js';
import { sentenceTokens, type Token } from '../text/tokens.js';
import type { Article } from '../types.js';
import { findRolesBesideNames, findUnnamedRoles } from './appositions.js';
import { findMarkers } from './markers.js';
import { findNumbers } from './numbers.js';
import { findNames, findPeople } from './people.js';
import { findArticleQuotes } from './quotes.js';
import { findTimes } from './times.js';
import type { PersonFact, SentenceFacts } from './types.js';

/** The facts of every sentence of an article, in sentence order. */
export function extractFacts(
  article: Article,
  onStep?: (sentences: number) => void,
  tokensBySentence: Token[][] = sentenceTokens(article),
): SentenceFacts[] {
  const pack = languagePack(article.language);
  const quotes = quotesBySentence(article.sentences, findArticleQuotes(article, pack));
  return article.sentences.map((sentence, index) => {
    const { text, start } = sentence;
    const tokens = tokensBySentence[index]!;
    const times = findTimes(tokens, text, start, pack);
    const inTime = (at: number): boolean => times.some((t) => t.start <= at && at < t.end);
    const clauses = readClauses({ text, start, tokens }, pack);
    onStep?.(index + 1);
    const people = peopleOf(
      findPeople(tokens, text, start, pack, inTime),
      findRolesBesideNames(tokens, text, start, pack, clauses),
    );
    return {
      sentenceId: sentence.id,
      start,
      text,
      tokens,
      times,
      numbers: findNumbers(tokens, text, start, pack, inTime),
      people,
      unnamedRoles: findUnnamedRoles(tokens, text, start, pack, clauses, people),
      names: findNames(tokens, text, start, pack),
      quotes: quotes[index]!,
      ...findMarkers(tokens, text, start, clauses, pack),
      clauses,
      participles: readParticipleAttributes({ text, start, tokens }, pack),
    };
  });
}

/** The quotes opening inside each sentence, in one pass over both (sentences come in text order). */
function quotesBySentence<Q extends { start: number }>(
  sentences: readonly { start: number; end: number }[],
  found: readonly Q[],
): Q[][] {
  const quotes = [...found].sort((a, b) => a.start - b.start);
  let i = 0;
  return sentences.map(({ start, end }) => {
    while (i < quotes.length && quotes[i]!.start < start) i++;
    const inside: Q[] = [];
    while (i < quotes.length && quotes[i]!.start < end) inside.push(quotes[i++]!);
    return inside;
  });
}

/**
 * The people of a sentence by both readings: a role told beside a name is read with its body, so it stands for a
 * title reading of the same words ("Trump, the former president").
 */
function peopleOf(titled: PersonFact[], beside: PersonFact[]): PersonFact[] {
  // A person may hold a title before the name and a role beside it ("seinen Vertrauensmann Matthias Urlesberger als
  // Co-Trainer"): both stand; one role read twice counts once.
  const overlaps = (a: PersonFact, b: PersonFact) =>
    a.role!.start < b.role!.end && b.role!.start < a.role!.end;
  return [...beside, ...titled.filter((p) => !beside.some((b) => overlaps(b, p)))].sort(
    (a, b) => a.start - b.start,
  );
}
