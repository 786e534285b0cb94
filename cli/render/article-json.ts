import type { Article } from '../../src/index.js';

/** The article as the JSON contract shows it. */
export function articleSummary(a: Article): object {
  return {
    name: a.name,
    language: a.language,
    ...(a.date ? { date: a.date.iso } : {}),
    ...(a.headline ? { headline: a.headline.text } : {}),
    encoding: a.encoding,
    sentences: a.sentences.map((s) => ({
      id: s.id,
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
    })),
  };
}
