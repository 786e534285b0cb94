import { fold } from '../../text/normalize.js';
import { evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { nameKnown, namesIn, checkablePairs } from '../support.js';

/** A person, organisation or place the source does not name, put where the source named another. */
export const entity: Rule = {
  meta: {
    id: 'entity',
    description: 'A person, organisation or place is substituted, or named where the source names none',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourceNames = namesIn(context.source);
    const rewriteNames = namesIn(context.rewrite);
    const sourceText = fold(context.source.article.text);
    const rewriteText = fold(context.rewrite.article.text);
    for (const pair of checkablePairs(context)) {
      const newNames = pair.rewrite
        .flatMap((s) => [...s.names, ...s.people])
        .filter((n) => !nameKnown(n.text, sourceNames, sourceText, context.source));
      if (!newNames.length) continue;
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
