import { isReportingVerb } from '../clauses/reporting-verbs.js';
import { verbReader } from '../clauses/verb-forms.js';
import type { LanguagePack } from '../lang/pack.js';
import { findQuotes, outermostQuotes } from '../text/quotes.js';
import { spanIndexAt } from '../text/spans.js';
import { fold } from '../text/normalize.js';
import { phraseAt } from './phrases.js';
import { isPossessive, tokenize, writtenAsVerb, type Token } from '../text/tokens.js';
import { adjoinsInName, isRoleNoun, isRoleTitle, modifierStatus, namesSomeone } from './people.js';
import { isCommonNoun, isThesaurusWord } from '../lexicon/thesaurus-relation.js';
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
  return continueSpeakers(article, quotes, pack, quoted);
}

/** How many paragraphs may stand between a quote and the quotation paragraph that goes on with its words. */
const MAX_PARAGRAPHS_BETWEEN = 1;

/**
 * A quotation that stands alone as its sentence goes on with the last one quoted, as news copy writes a long quote: in
 * a paragraph it opens ('"…," said Adam Leroy. ¶ "But, the earliest stages …"'; a photo caption may stand between), or in the
 * paragraph of that quote when no one else is reported speaking between them ('Stöger betonte: „…“ ¶ … „…“').
 */
function continueSpeakers(
  article: Article,
  quotes: QuoteFact[],
  pack: LanguagePack,
  quoted: (at: number) => boolean,
): QuoteFact[] {
  const { text } = article;
  // The last quote with a speaker, read or continued: what a quote that names no one may go on with.
  let before: QuoteFact | undefined;
  return quotes.map((q) => {
    const speaker = before?.speaker;
    let read = q;
    if (!q.speaker && before && speaker && standsAlone(article, q)) {
      const breaks = text.slice(before.end, q.start).match(/\n\s*\n|\n/gu)?.length ?? 0;
      const newParagraph = opensParagraph(text, q.start) && breaks - 1 <= MAX_PARAGRAPHS_BETWEEN;
      const sameParagraph = breaks === 0 && !otherSpeakerBetween(article, before, q, speaker, pack, quoted);
      if (newParagraph || sameParagraph) read = { ...q, speaker, continued: true };
    }
    if (read.speaker) before = read;
    return read;
  });
}

/**
 * Whether a quotation is all its sentence says: a sentence with words of its own beside the quote has its own frame
 * ('„…“, konstatierte zuvor Greylinger'), whether or not a speaker was read from it.
 */
function standsAlone(article: Article, q: QuoteFact): boolean {
  const first = article.sentences[spanIndexAt(article.sentences, q.start)];
  const last = article.sentences[spanIndexAt(article.sentences, q.end - 1)];
  if (!first || !last) return false;
  const outside = article.text.slice(first.start, q.start) + article.text.slice(q.end, last.end);
  return !/[\p{L}\p{N}]/u.test(outside);
}

/** Whether a sentence between two quotes reports another named person speaking ("Huber widersprach, das sei …"). */
function otherSpeakerBetween(
  article: Article,
  before: QuoteFact,
  q: QuoteFact,
  speaker: Mention,
  pack: LanguagePack,
  quoted: (at: number) => boolean,
): boolean {
  const from = spanIndexAt(article.sentences, before.end - 1);
  const to = spanIndexAt(article.sentences, q.start);
  const own = new Set(fold(speaker.text).split(/\s+/u));
  for (let k = from + 1; k < to; k++) {
    const s = article.sentences[k]!;
    const other = speakerOf(article.text, s, s, { start: s.end, end: s.end }, pack, quoted);
    if (!other || pack.subjectPronouns.has(fold(other.text)) || !namesSomeone(other, pack)) continue;
    if (
      !fold(other.text)
        .split(/\s+/u)
        .some((w) => own.has(w))
    )
      return true;
  }
  return false;
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
    { from: q.end, to: last.end, opensSentence: false },
    { from: first.start, to: q.start, opensSentence: true },
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
    // "„…“, hieß es in dem Post, den ein Sprecher bestätigte": a frame with an expletive subject names nobody, and a
    // reporting verb after it belongs to another clause.
    const impersonal = impersonalFrame(tokens, pack);
    if (impersonal >= 0 && (verb < 0 || impersonal < verb)) return undefined;
    const who =
      verb >= 0
        ? w.opensSentence && opensWithAdverb(tokens, verb, pack)
          ? tokens.slice(verb + 1, verb + 4).find(isSpeaker)
          : ((w.opensSentence && opensWithPhrase(tokens, verb, pack)
              ? tokens.slice(verb + 1, verb + 4).find(isSpeaker)
              : undefined) ?? speakerBeside(tokens, verb, w.from === q.end, isSpeaker, text, w.from, pack))
        : speakerAfterPhrase(tokens, pack, isName);
    if (!who) continue;
    // The whole name, with the role inside it: "Lordstown former CEO Edward Hightower", not "Lordstown".
    const joins = (t: Token | undefined): boolean =>
      !!t && (isName(t) || !!modifierStatus(t.norm, pack) || isRoleTitle(t.norm, pack));
    const adjacent = (a: Token, b: Token): boolean => adjoinsInName(text, a, b, w.from);
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

/** How far from its verb the expletive subject of an impersonal report stands: "hieß es", "es hieß". */
const EXPLETIVE_REACH = 1;

/** Where a window's impersonal report ("hieß es", "wie es hieß") stands, or -1. */
function impersonalFrame(tokens: Token[], pack: LanguagePack): number {
  const frame = pack.impersonalReporting;
  if (!frame) return -1;
  // The expletive first, a plain comparison: the verb beside it is read only there.
  const read = verbReader(pack);
  const beside = (i: number) =>
    tokens
      .slice(Math.max(0, i - EXPLETIVE_REACH), i + EXPLETIVE_REACH + 1)
      .some((u) => u.norm === frame.subject);
  return tokens.findIndex((t, i) => beside(i) && read(t.norm).some((r) => r.lemma === frame.lemma));
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
  pack: LanguagePack,
): Token | undefined {
  let subjectEnd = attachmentStart(tokens, verb, pack);
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
    else if (k > 0 && isSpeaker(tokens[k - 1]!)) subjectEnd = attachmentStart(tokens, k, pack);
    else inserted = true;
  }
  const after = tokens.slice(verb + 1, verb + 4);
  const before = tokens.slice(Math.max(0, subjectEnd - 3), subjectEnd).reverse();
  const inverted = inserted || (afterQuote && !before.some(isSpeaker));
  return (inverted ? [...after, ...before] : [...before, ...after]).find(isSpeaker);
}

/**
 * Where the finite verb stands second, one word that is no noun or name opening the sentence is not its subject: the
 * subject follows the verb ("Gleichzeitig betonte Stöger, dass …: „…“", "Zugleich verwiesen die beiden auf …").
 */
function opensWithAdverb(tokens: Token[], verb: number, pack: LanguagePack): boolean {
  const opening = tokens[0];
  if (!pack.verbSecond || verb !== 1 || !opening) return false;
  if (pack.subjectPronouns.has(opening.norm)) return false;
  return opening.isStopword || (isThesaurusWord(opening.norm, pack) && !isCommonNoun(opening.norm, pack));
}

/**
 * Where the finite verb stands second, a phrase opened by a preposition before it is the one part the clause puts
 * first, not its subject: "Nach einem Monat sagt der Amerikaner: …". A subject after the verb is the speaker; where
 * none stands there, the words before it are read as usual ("Auch der Minister sagte").
 */
function opensWithPhrase(tokens: Token[], verb: number, pack: LanguagePack): boolean {
  const opening = tokens[0];
  if (!pack.verbSecond || verb < 2 || !opening?.isStopword) return false;
  return !pack.roleGrammar.determiners.has(opening.norm) && !pack.subjectPronouns.has(opening.norm);
}

/** How many words back from a verb a phrase attaching a body or place to its subject may start. */
const ATTACHMENT_REACH = 4;

/**
 * Where a subject's words end before its verb: a phrase that attaches a body or a place to the subject names no
 * speaker ('," constitutional lawyer Peter Bußjäger of the University of Innsbruck said', "der Sprecher der Regierung
 * sagte"). Each such phrase, a link word (the pack's bodyLinks) and then only names and function words, is passed
 * over, where a word that is no function word stands before its link.
 */
function attachmentStart(tokens: Token[], end: number, pack: LanguagePack): number {
  let at = end;
  for (;;) {
    let link = -1;
    for (let i = at - 1; i >= Math.max(1, at - ATTACHMENT_REACH); i--)
      if (pack.roleGrammar.bodyLinks.has(tokens[i]!.norm)) {
        link = i;
        break;
      }
    // "von der", "at the": the link's own article or a second link word belongs to it.
    while (link > 1 && pack.roleGrammar.bodyLinks.has(tokens[link - 1]!.norm)) link--;
    const attached = tokens.slice(link + 1, at);
    if (link < 1 || tokens[link - 1]!.isStopword || !attached.length) return at;
    if (!attached.every((t) => t.isStopword || t.capitalized)) return at;
    at = link;
  }
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
