import { diffWords } from 'diff';
import { evidence, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { innerWords, matchQuotes, MIN_QUOTE_WORDS, REWORDED_QUOTE, SAME_QUOTE, verbatim } from '../quotes.js';
import { defineRule } from '../rule.js';

/** Word changes of a quote up to this many are named in the message; more is a rewording. */
const NAMED_CHANGES = 6;

/** A quote whose words differ from the source's: a quotation must be verbatim. */
export const quoteAltered = defineRule({
  meta: {
    id: 'quote-altered',
    description: 'A direct quote’s wording differs from the source’s quote',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      reworded: 'Quote altered: source quotes "{{source}}", rewrite quotes "{{rewrite}}".',
      wordsReplaced:
        'Quote altered: source quotes "{{source}}", rewrite quotes "{{rewrite}}" ({{removed}} → {{added}}).',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<'reworded' | 'wordsReplaced'>[] = [];
    for (const m of matchQuotes(context)) {
      const target =
        m.best && m.best.similarity >= REWORDED_QUOTE
          ? m.best
          : m.paired
            ? { ...m.paired, similarity: 0 }
            : undefined;
      if (!target || (target.similarity >= SAME_QUOTE && verbatim(target.quote.inner, m.quote.inner)))
        continue;
      const { removed, added } = wordChanges(target.quote.inner, m.quote.inner);
      const named = removed.length && added.length && removed.length + added.length <= NAMED_CHANGES;
      findings.push({
        messageId: named ? 'wordsReplaced' : 'reworded',
        data: {
          source: target.quote.inner,
          rewrite: m.quote.inner,
          removed: removed.map((w) => `"${w}"`).join(', '),
          added: added.map((w) => `"${w}"`).join(', '),
        },
        severity: 'high',
        confidence: target.similarity >= REWORDED_QUOTE ? 0.6 + 0.35 * target.similarity : 0.6,
        source: evidence(target.sentence, target.quote),
        rewrite: evidence(m.sentence, m.quote),
      });
    }
    return [...findings, ...shortQuoteChanges(context)];
  },
});

/**
 * A quoted phrase too short to be a statement ("schöner Nebenaspekt") is still someone's words: one in the rewrite
 * that keeps a word of a short quote in the paired source statement and changes another is that quote altered.
 * Medium: a short quote is often a term, and terms are paraphrased more freely than statements.
 */
function shortQuoteChanges(context: RuleContext): FindingDraft<'wordsReplaced'>[] {
  const short = (inner: string) => innerWords(inner).split(' ').length < MIN_QUOTE_WORDS;
  const allSource = new Set(
    context.source.sentences.flatMap((s) => s.quotes.map((q) => innerWords(q.inner))),
  );
  return context.matched.flatMap((pair) =>
    pair.rewrite.flatMap((sentence) =>
      sentence.quotes
        .filter((q) => short(q.inner) && !allSource.has(innerWords(q.inner)))
        .flatMap((quote) => {
          const words = innerWords(quote.inner).split(' ');
          const target = pair.source
            .flatMap((s) => s.quotes.map((q) => ({ q, s })))
            .find(
              ({ q }) =>
                short(q.inner) &&
                innerWords(q.inner)
                  .split(' ')
                  .some((w) => words.includes(w)),
            );
          if (!target) return [];
          const { removed, added } = wordChanges(target.q.inner, quote.inner);
          if (!removed.length || !added.length) return [];
          return [
            {
              messageId: 'wordsReplaced' as const,
              data: {
                source: target.q.inner,
                rewrite: quote.inner,
                removed: removed.map((w) => `"${w}"`).join(', '),
                added: added.map((w) => `"${w}"`).join(', '),
              },
              severity: 'medium' as const,
              confidence: 0.6,
              source: evidence(target.s, target.q),
              rewrite: evidence(sentence, quote),
            },
          ];
        }),
    ),
  );
}

/** The words taken out of a quote and those put in. */
function wordChanges(before: string, after: string): { removed: string[]; added: string[] } {
  const parts = diffWords(innerWords(before), innerWords(after));
  const words = (kept: (p: (typeof parts)[number]) => boolean | undefined): string[] =>
    parts
      .filter(kept)
      .map((p) => p.value.trim())
      .filter(Boolean);
  return { removed: words((p) => p.removed), added: words((p) => p.added) };
}
