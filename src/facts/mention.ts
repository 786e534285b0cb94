import type { Clause } from '../clauses/types.js';
import type { Token } from '../text/tokens.js';
import type { Mention, SentenceFacts } from './types.js';

/** One token of a sentence as a mention, with offsets into the article. */
export const tokenMention = (sentence: SentenceFacts, token: Token): Mention => ({
  start: sentence.start + token.start,
  end: sentence.start + token.end,
  text: token.text,
});

/** A run of tokens, first to last, as one mention: "Donald Trump", "US-Präsident". */
export const tokensMention = (
  sentence: { start: number; text: string },
  first: Token,
  last: Token,
): Mention => ({
  start: sentence.start + first.start,
  end: sentence.start + last.end,
  text: sentence.text.slice(first.start, last.end),
});

/** Whether a token of a sentence lies inside one of some mentions: a name, a time, a figure. */
export const tokenInside = (sentence: SentenceFacts, token: Token, mentions: readonly Mention[]): boolean =>
  mentions.some((m) => m.start <= sentence.start + token.start && sentence.start + token.end <= m.end);

/** A marker with the words it names, before or after it, as one mention: "Studien zufolge", "city officials say". */
export function markerWithWords(sentence: SentenceFacts, marker: Mention, words: readonly Token[]): Mention {
  const start = Math.min(marker.start, sentence.start + words[0]!.start);
  const end = Math.max(marker.end, sentence.start + words.at(-1)!.end);
  return { start, end, text: sentence.text.slice(start - sentence.start, end - sentence.start) };
}

/** The index of the token a mention starts at, or -1. */
export const tokenAt = (sentence: SentenceFacts, mention: { start: number }): number =>
  sentence.tokens.findIndex((t) => sentence.start + t.start === mention.start);

/** A clause's verb group by its first word, the finite verb in most clauses (a message names the whole group). */
export function verbGroupMention(clause: Clause): Mention {
  const first = clause.verb!.words[0]!;
  return { start: first.start, end: first.end, text: first.text };
}
