import type { SentenceFacts } from '../../facts/types.js';
import { evidence, evidenceIn, type ArticleFacts, type RuleContext } from '../context.js';
import { narrowedList, type ListMember } from '../list-members.js';
import { figuresAbsent, passageSupport, SUPPORTED, unsupportedConfidence } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { defineRule } from '../rule.js';

type Omitted = 'quote' | 'figures' | 'person' | 'statement' | 'listNarrowed';

/** What a left-out sentence carries, most salient first. */
const omittedKind = (s: SentenceFacts): Omitted =>
  s.quotes.length
    ? 'quote'
    : s.numbers.length || s.times.length
      ? 'figures'
      : s.people.length
        ? 'person'
        : 'statement';

/** Where each statement of an article stands, read once: a pair's neighbours are asked of every pair. */
const positions = (article: ArticleFacts): Map<SentenceFacts, number> =>
  article.memo.get('sentencePositions', () => new Map(article.sentences.map((s, i) => [s, i])));

/** The rewrite's statements right before and after a group of its statements. */
function nextTo(group: readonly SentenceFacts[], article: ArticleFacts): SentenceFacts[] {
  const index = positions(article);
  const at = group.map((s) => index.get(s) ?? -1).filter((i) => i >= 0);
  if (!at.length) return [];
  const [first, last] = [Math.min(...at), Math.max(...at)];
  return [article.sentences[first - 1], article.sentences[last + 1]].filter((s): s is SentenceFacts => !!s);
}

/** The first statement of a group that says a kept member's word. */
const keeping = (group: readonly SentenceFacts[], kept: readonly ListMember[]): SentenceFacts | undefined =>
  group.find((s) => s.tokens.some((t) => kept.some((m) => t.stem === m.token.stem)));

/** A sentence wholly in parentheses is an aside ("(Also see … – Scrip, 2 Feb 2023.)"), not the report's content. */
const aside = (s: SentenceFacts): boolean => /^\s*[([][^]*[)\]][.!?]?\s*$/u.test(s.text);

const length = (a: ArticleFacts): number => a.sentences.reduce((n, s) => n + s.tokens.length, 0);

/** Salient source content the rewrite leaves out: quotes, numbers, named people, claims. */
export const omission = defineRule({
  meta: {
    id: 'omission',
    description: 'Source content is missing from the rewrite (quotes, numbers and named people count most)',
    defaultSeverity: 'low',
    section: 'omissions',
    messages: {
      quote: 'Omitted: the rewrite leaves out a quote from the source.',
      figures: 'Omitted: the rewrite leaves out a statement with figures or dates from the source.',
      person: 'Omitted: the rewrite leaves out a statement about a named person from the source.',
      statement: 'Omitted: the rewrite leaves out a statement from the source.',
      listNarrowed:
        'Omitted from a list: source names {{list}}; the rewrite keeps only {{kept}} and says the others nowhere.',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<Omitted>[] = [];
    // A rewrite under half the source's length is a summary: leaving things out is what it is for.
    const summary = length(context.rewrite) < 0.5 * length(context.source);
    for (const pair of context.pairs) {
      if (pair.rewrite.length) continue;
      for (const sentence of pair.source) {
        if (context.source.isHeading(sentence)) continue;
        const kept = passageSupport(sentence, context.rewrite);
        if (kept >= SUPPORTED && !figuresAbsent(sentence, context.rewrite)) continue;
        const kind = omittedKind(sentence);
        findings.push({
          messageId: kind,
          severity: kind === 'statement' || summary || aside(sentence) ? 'low' : 'medium',
          confidence: unsupportedConfidence(kept),
          source: evidence(sentence),
        });
      }
    }
    // A list cut down in a statement the rewrite keeps: the others the source names are gone. A summary may do it.
    for (const pair of context.matched) {
      const narrowed = narrowedList(
        pair.source,
        pair.rewrite,
        nextTo(pair.rewrite, context.rewrite),
        context.pack,
      );
      if (!narrowed) continue;
      const { list, kept } = narrowed;
      // The rewrite's statement that keeps a member: the one a reader compares the list with.
      const keeper = keeping(pair.rewrite, kept) ?? pair.rewrite[0]!;
      const first = list[0]!;
      const last = list.at(-1)!;
      findings.push({
        messageId: 'listNarrowed',
        data: {
          list: list.map((m) => `"${m.token.text}"`).join(', '),
          kept: kept.map((m) => `"${m.token.text}"`).join(', '),
        },
        severity: summary ? 'low' : 'medium',
        confidence: 0.5,
        source: evidenceIn(pair.source, {
          start: first.sentence.start + first.token.start,
          end: last.sentence.start + last.token.end,
          text: first.sentence.text.slice(first.token.start, last.token.end),
        }),
        rewrite: evidence(keeper),
      });
    }
    return findings;
  },
});
