import type { LanguagePack } from '../lang/pack.js';
import { findQuotes, outermostQuotes } from '../text/quotes.js';
import { tokenize } from '../text/tokens.js';
import type { Article, Sentence } from '../types.js';
import type { Mention, QuoteFact } from './types.js';

const PRONOUNS: Record<string, readonly string[]> = {
  de: ['er', 'sie', 'ich', 'wir'],
  en: ['he', 'she', 'they', 'i', 'we'],
};

/** Direct quotations of an article with their speaker, found around the quote in its sentence. */
export function findArticleQuotes(article: Article, pack: LanguagePack): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  for (const q of outermostQuotes(findQuotes(article.text))) {
    const inner = article.text.slice(q.start + 1, q.end - 1).trim();
    if (inner.split(/\s+/).length < 2) continue;
    const sentence = article.sentences.find((s) => s.start <= q.start && q.start < s.end);
    if (!sentence) continue;
    const last = article.sentences.find((s) => s.start < q.end && q.end <= s.end) ?? sentence;
    const speaker = speakerOf(article.text, sentence, last, q, pack);
    quotes.push({
      start: q.start,
      end: q.end,
      text: article.text.slice(q.start, q.end),
      inner,
      ...(speaker ? { speaker } : {}),
    });
  }
  return quotes;
}

/** The name or pronoun next to a reporting verb before or after the quote, in the sentences it stands in. */
function speakerOf(
  text: string,
  first: Sentence,
  last: Sentence,
  q: { start: number; end: number },
  pack: LanguagePack,
): Mention | undefined {
  const windows = [
    { from: q.end, to: last.end },
    { from: first.start, to: q.start },
  ];
  for (const w of windows) {
    const tokens = tokenize(text.slice(w.from, w.to), pack.code);
    const verb = tokens.findIndex((t) => pack.reportingVerbs.has(t.norm));
    if (verb < 0) continue;
    // After a quote the speaker follows the verb (", sagte Kallas"); before it, the speaker is the subject before the verb.
    const after = tokens.slice(verb + 1, verb + 4);
    const before = tokens.slice(Math.max(0, verb - 3), verb).reverse();
    const near = w.from === q.end ? [...after, ...before] : [...before, ...after];
    const who = near.find(
      (t) => (t.capitalized && !t.isStopword && !t.isNumber) || PRONOUNS[pack.code]!.includes(t.norm),
    );
    if (!who) continue;
    // The whole name: "said Erik Rosolowsky", not "Erik".
    let last = tokens.indexOf(who);
    while (
      tokens[last + 1]?.capitalized &&
      !tokens[last + 1]!.isStopword &&
      tokens[last + 1]!.start - tokens[last]!.end <= 1
    )
      last++;
    const end = w.from + tokens[last]!.end;
    return { start: w.from + who.start, end, text: text.slice(w.from + who.start, end) };
  }
  return undefined;
}
