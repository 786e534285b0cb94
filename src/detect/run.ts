import { createHash } from 'node:crypto';
import type { RuleContext } from './context.js';
import { severityRank, type Finding, type FindingDraft } from './finding.js';
import type { Rule } from './rule.js';

/** Runs every rule and returns its findings, ordered by severity, then by where they stand in the rewrite. */
export function runRules(rules: readonly Rule[], context: RuleContext): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const rule of rules) {
    for (const draft of rule.check(context)) {
      const finding = complete(rule, draft, context);
      if (seen.has(finding.id)) continue;
      seen.add(finding.id);
      findings.push(finding);
    }
  }
  return findings.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.rewrite?.start ?? a.source?.start ?? 0) - (b.rewrite?.start ?? b.source?.start ?? 0) ||
      a.type.localeCompare(b.type),
  );
}

function complete(rule: Rule, draft: FindingDraft, context: RuleContext): Finding {
  const sentences = [
    context.source.byId.get(draft.source?.sentence ?? '')?.text,
    context.rewrite.byId.get(draft.rewrite?.sentence ?? '')?.text,
  ];
  return {
    id: fingerprint(rule.meta.id, draft, sentences),
    type: rule.meta.id,
    severity: draft.severity ?? rule.meta.defaultSeverity,
    confidence: Math.round(Math.min(1, Math.max(0, draft.confidence)) * 100) / 100,
    explanation: draft.explanation,
    ...(draft.source ? { source: draft.source } : {}),
    ...(draft.rewrite ? { rewrite: draft.rewrite } : {}),
  };
}

/**
 * A finding's id depends on its type and the words of its evidence and their sentences, not on offsets or
 * the wording of the explanation: it survives edits elsewhere in the articles and changes to the messages.
 */
function fingerprint(type: string, draft: FindingDraft, sentences: (string | undefined)[]): string {
  const words = (s?: string): string => (s ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  const key = [type, words(draft.source?.text), words(draft.rewrite?.text), ...sentences.map(words)].join(
    '\u0000',
  );
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}
