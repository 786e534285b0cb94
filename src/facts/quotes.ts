import { isReportingVerb } from '../clauses/reporting-verbs.js';
import type { LanguagePack } from '../lang/pack.js';
import { findQuotes, outermostQuotes } from '../text/quotes.js';
import { spanIndexAt } from '../text/spans.js';
import { phraseAt } from './phrases.js';
import { isPossessive, tokenize, writtenAsVerb, type Token } from '../text/tokens.js';
import { isRoleNoun, isRoleTitle, modifierStatus } from './people.js';
import type { Article, Sentence } from '../types.js';
import type { Mention, QuoteFact } from './types.js';

/** Direct quotations of an article with their speaker, found around the quote in its sentence. */
export function findArticleQuotes(article: Article, pack: LanguagePack): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  const spans = outermostQuotes(findQuotes(article.text));
  // Words inside quotation marks are someone's words, never the speaker: "„das seine Wirkung hat“, betonte …".
  const quoted = (at: number): boolean => spanIndexAt(spans, at) >= 0;
  for (const q of spans) {
    const inner = article.text.slice(q.start + 1, q.end - 1).trim();
    if (inner.split(/\s+/).length < 2) continue;
    const sentence = article.sentences[spanIndexAt(article.sentences, q.start)];
    if (!sentence) continue;
    // The sentence the closing mark ends in: the one holding its last character.
    const last = article.sentences[spanIndexAt(article.sentences, q.end - 1)] ?? sentence;
    const speaker = speakerOf(article.text, sentence, last, q, pack, quoted);
    if (!speaker && isTitle(inner, pack)) continue;
    quotes.push({
      start: q.start,
      end: q.end,
      text: article.text.slice(q.start, q.end),
      inner,
      ...(speaker ? { speaker } : {}),
    });
  }
  return continueSpeakers(article.text, quotes);
}

/** How many paragraphs may stand between a quote and the quotation paragraph that goes on with its words. */
const MAX_PARAGRAPHS_BETWEEN = 1;

/**
 * A paragraph that opens with a quotation and names no speaker goes on with the last one quoted, as news copy writes a
 * long quote: '"…," said Adam Leroy. ¶ "But, the earliest stages …"'. A photo caption may stand between.
 */
function continueSpeakers(text: string, quotes: QuoteFact[]): QuoteFact[] {
  return quotes.map((q, i) => {
    const before = quotes[i - 1];
    if (q.speaker || !before?.speaker || !opensParagraph(text, q.start)) return q;
    const breaks = text.slice(before.end, q.start).match(/\n\s*\n|\n/gu)?.length ?? 0;
    if (breaks - 1 > MAX_PARAGRAPHS_BETWEEN) return q;
    return { ...q, speaker: before.speaker, continued: true };
  });
}

const opensParagraph = (text: string, at: number): boolean =>
  /(?:^|\n)[ \t]*$/u.test(text.slice(Math.max(0, at - 80), at));

/**
 * A title in quotation marks, no one's words: where only names are capitalised, a headline capitalises every
 * longer word ("From Hallelujah To Headwind: Pfizer's COVID-19 Franchise Hits The Downturn").
 */
function isTitle(inner: string, pack: LanguagePack): boolean {
  if (pack.nounsCapitalized) return false;
  const words = inner.match(/\p{L}{4,}/gu) ?? [];
  return words.length >= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}

/**
 * The name or pronoun next to a reporting verb before or after the quote, in the sentences it stands in, or the name
 * after an attribution phrase ("laut Barisic „…“", "according to Smith"). Words inside quotation marks are skipped.
 */
function speakerOf(
  text: string,
  first: Sentence,
  last: Sentence,
  q: { start: number; end: number },
  pack: LanguagePack,
  quoted: (at: number) => boolean,
): Mention | undefined {
  const windows = [
    { from: q.end, to: last.end },
    { from: first.start, to: q.start },
  ];
  for (const w of windows) {
    const tokens = tokenize(text.slice(w.from, w.to), pack.code).filter((t) => !quoted(w.from + t.start));
    const isName = (t: Token): boolean =>
      t.capitalized && !t.isStopword && !t.isNumber && !pack.months.has(t.norm) && !pack.weekdays.has(t.norm);
    // A word in parentheses after a name is said of it, not the speaker: "Karl Nehammer (ÖVP) versicherte".
    const bracketed = (t: Token): boolean =>
      text[w.from + t.start - 1] === '(' || text[w.from + t.end] === ')';
    // A role alone names a speaker too: "the minister said", "sagte die Ministerin".
    const isSpeaker = (t: Token): boolean =>
      !bracketed(t) &&
      !isPossessive(t) &&
      (isName(t) || pack.subjectPronouns.has(t.norm) || isRoleTitle(t.norm, pack));
    const verb = tokens.findIndex(
      (t) => isReportingVerb(t.norm, pack) && writtenAsVerb(t, text, w.from + t.start),
    );
    const who =
      verb >= 0
        ? speakerBeside(tokens, verb, w.from === q.end, isSpeaker, text, w.from)
        : speakerAfterPhrase(tokens, pack, isName);
    if (!who) continue;
    // The whole name, with the role inside it: "Lordstown former CEO Edward Hightower", not "Lordstown".
    const joins = (t: Token | undefined): boolean =>
      !!t && (isName(t) || !!modifierStatus(t.norm, pack) || isRoleTitle(t.norm, pack));
    const adjacent = (a: Token, b: Token): boolean => b.start - a.end <= 1;
    let first = tokens.indexOf(who);
    let last = first;
    if (isName(who)) {
      while (joins(tokens[last + 1]) && adjacent(tokens[last]!, tokens[last + 1]!)) last++;
      while (joins(tokens[first - 1]) && adjacent(tokens[first - 1]!, tokens[first]!)) first--;
      while (last > first && !isName(tokens[last]!)) last--;
      while (first < last && !isName(tokens[first]!)) first++;
    } else if (isRoleTitle(who.norm, pack)) {
      // The whole office: "the chief executive", not "chief".
      while (joins(tokens[first - 1]) && adjacent(tokens[first - 1]!, tokens[first]!)) first--;
      const office = (t: Token | undefined): t is Token =>
        !!t && !t.isStopword && !isReportingVerb(t.norm, pack) && isRoleNoun(t.norm, pack);
      while (office(tokens[last + 1]) && adjacent(tokens[last]!, tokens[last + 1]!)) last++;
    }
    const start = w.from + tokens[first]!.start;
    const end = w.from + tokens[last]!.end;
    return { start, end, text: text.slice(start, end) };
  }
  return undefined;
}

/**
 * The speaker beside a reporting verb. After a quote the speaker usually follows the verb (", sagte Kallas", ", said
 * Smith"), unless a subject stands before it ('," Stephen Hoge told the call'), perhaps with an apposition between
 * ('," Luke Gumley, head of the programme, told the conference'); before a quote, the subject comes first.
 */
function speakerBeside(
  tokens: Token[],
  verb: number,
  afterQuote: boolean,
  isSpeaker: (t: Token) => boolean,
  text: string,
  offset: number,
): Token | undefined {
  let subjectEnd = verb;
  const gapBefore = text.slice(offset + (tokens[verb - 1]?.end ?? 0), offset + tokens[verb]!.start);
  // A reporting verb right after a quotation or its comma has its subject after it: „…“, betonte Nehammer.
  let inserted = /[«»„“”"‚‘’‹›]/u.test(gapBefore);
  // "Name, apposition, verb": the subject stands before the apposition's opening comma; without a name there,
  // the comma closes a clause and the subject follows (", sagte Berg").
  if (!inserted && /,\s*$/u.test(gapBefore)) {
    let k = verb - 1;
    while (k > 0 && !/,/u.test(text.slice(offset + tokens[k - 1]!.end, offset + tokens[k]!.start))) k--;
    // "The foreign minister, Annalena Baerbock, said": the name between the commas is the subject, the words before
    // them its apposition.
    const between = tokens.slice(k, verb);
    const named = k > 0 && between.length <= 4 && between.filter(isSpeaker).length >= 2;
    if (named) subjectEnd = verb;
    else if (k > 0 && isSpeaker(tokens[k - 1]!)) subjectEnd = k;
    else inserted = true;
  }
  const after = tokens.slice(verb + 1, verb + 4);
  const before = tokens.slice(Math.max(0, subjectEnd - 3), subjectEnd).reverse();
  const inverted = inserted || (afterQuote && !before.some(isSpeaker));
  return (inverted ? [...after, ...before] : [...before, ...after]).find(isSpeaker);
}

/** The name right after an attribution phrase: "laut Barisic", "according to Smith". */
function speakerAfterPhrase(
  tokens: Token[],
  pack: LanguagePack,
  isName: (t: Token) => boolean,
): Token | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const phrase = phraseAt(tokens, i, pack.attributionPhrases);
    const next = phrase && tokens[i + phrase.length];
    if (next && isName(next)) return next;
  }
  return undefined;
}
