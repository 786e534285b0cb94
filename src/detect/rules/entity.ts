import { fold } from '../../text/normalize.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { evidenceIn, quoted, type ArticleFacts, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { swappedKinds } from '../kinds.js';
import { mention, swappedPlaces } from '../replacements.js';
import { checkablePairs, CLOSE_PAIR, nameKnown, namesIn } from '../support.js';

/** A person, organisation or place the source does not name, put where the source named another. */
export const entity: Rule = {
  meta: {
    id: 'entity',
    description:
      'A person, organisation, place or kind of thing is substituted, or named where the source names none',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourceNames = namesIn(context.source);
    const rewriteNames = namesIn(context.rewrite);
    const sourceText = fold(context.source.article.text);
    const rewriteText = fold(context.rewrite.article.text);
    for (const pair of checkablePairs(context)) {
      for (const swap of swappedKinds(pair.source, pair.rewrite, context.pack))
        findings.push({
          severity: 'medium',
          confidence: 0.5,
          explanation: `Thing changed: source says ${quoted(swap.source.text)}, rewrite says ${quoted(swap.rewrite.text)} in its place, another kind of thing.`,
          source: evidenceIn(pair.source, swap.source),
          rewrite: evidenceIn(pair.rewrite, swap.rewrite),
        });
      for (const swap of swappedPlaces(pair.source, pair.rewrite)) {
        findings.push({
          severity: 'medium',
          confidence: 0.55,
          explanation: `Swapped: source says ${quoted(swap.first.source.token.text)} first and ${quoted(swap.second.source.token.text)} later, rewrite says them the other way round.`,
          source: evidenceIn(pair.source, mention(swap.first.source)),
          rewrite: evidenceIn(pair.rewrite, mention(swap.first.rewrite)),
        });
      }
      const newNames = pair.rewrite
        .flatMap((s) => [...s.names, ...s.people])
        .filter((n) => !nameKnown(n.text, sourceNames, sourceText, context.source));
      if (!newNames.length) {
        const swap = swappedName(pair, context);
        if (swap)
          findings.push({
            severity: 'medium',
            confidence: 0.55,
            explanation: `Name changed: source names ${quoted(swap.source.text)} here, rewrite names ${quoted(swap.rewrite.text)}, whom or which the source names only elsewhere.`,
            source: evidenceIn(pair.source, swap.source),
            rewrite: evidenceIn(pair.rewrite, swap.rewrite),
          });
        continue;
      }
      const lost = pair.source
        .flatMap((s) => [...s.names, ...s.people])
        .filter((n) => !nameKnown(n.text, rewriteNames, rewriteText, context.rewrite));
      const seen = new Set<string>();
      for (const n of newNames) {
        if (seen.has(fold(n.text))) continue;
        seen.add(fold(n.text));
        const replaced = lost.shift();
        findings.push(
          replaced
            ? {
                severity: 'high',
                confidence: 0.75,
                explanation: `Name changed: source names ${quoted(replaced.text)}, rewrite names ${quoted(n.text)}.`,
                source: evidenceIn(pair.source, replaced),
                rewrite: evidenceIn(pair.rewrite, n),
              }
            : {
                severity: 'medium',
                confidence: 0.5,
                explanation: `Name not in the source: rewrite names ${quoted(n.text)}, whom or which the source never mentions.`,
                rewrite: evidenceIn(pair.rewrite, n),
              },
        );
      }
    }
    return findings;
  },
};

/**
 * In a closely matching pair, a name the rewrite's statement gives that the source statement does not,
 * where the source statement names someone the rewrite's does not: "with Merck" → "with Pfizer", Pfizer
 * being named elsewhere in the source.
 */
function swappedName(
  pair: FactPair,
  context: RuleContext,
): { source: Mention; rewrite: Mention } | undefined {
  if (pair.score < CLOSE_PAIR) return undefined;
  const names = (group: SentenceFacts[]) => group.flatMap((s) => [...s.names, ...s.people]);
  // The same tests as for a whole article, on one statement: "EU" is in "Europäischen Union".
  const knownIn = (group: SentenceFacts[], side: ArticleFacts) => (name: string) =>
    nameKnown(
      name,
      names(group).map((n) => fold(n.text)),
      fold(group.map((s) => s.text).join(' ')),
      { ...side, sentences: group },
    );
  const inSource = knownIn(pair.source, context.source);
  const inRewrite = knownIn(pair.rewrite, context.rewrite);
  const added = names(pair.rewrite).find((n) => !inSource(n.text));
  const dropped = names(pair.source).find((n) => !inRewrite(n.text));
  return added && dropped ? { source: dropped, rewrite: added } : undefined;
}
