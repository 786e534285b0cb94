import { createHash } from 'node:crypto';
import type { RuleContext } from './context.js';
import {
  severityRank,
  type Finding,
  type FindingDraft,
  type FindingType,
  type MessageData,
} from './finding.js';
import type { Rule } from './rule.js';
import type { StepCounter } from '../progress.js';

/** Runs every rule and returns its findings, ordered by severity, then by where they stand in the rewrite. */
export function runRules(rules: readonly Rule[], context: RuleContext, onStep?: StepCounter): Finding[] {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  onStep?.(0, rules.length);
  for (const [done, rule] of rules.entries()) {
    for (const draft of rule.check(context)) {
      const finding = complete(rule, draft, context);
      if (seen.has(finding.id)) continue;
      seen.add(finding.id);
      findings.push(finding);
    }
    onStep?.(done + 1, rules.length);
  }
  return findings.sort(
    (a, b) =>
      severityRank(b.severity) - severityRank(a.severity) ||
      (a.rewrite?.start ?? a.source?.start ?? 0) - (b.rewrite?.start ?? b.source?.start ?? 0) ||
      a.type.localeCompare(b.type),
  );
}

/**
 * A message with its placeholders filled, as ESLint does: `{{ name }}` takes `data.name`. Values are put on
 * one line (an explanation is one sentence); a placeholder without data stays as written, so a missing
 * value shows in tests instead of reading as an empty word.
 */
export function formatMessage(template: string, data: MessageData = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, key: string) =>
    key in data ? String(data[key]).replace(/\s+/g, ' ').trim() : whole,
  );
}

function complete(rule: Rule, draft: FindingDraft, context: RuleContext): Finding {
  const template = (rule.meta.messages as Record<string, string>)[draft.messageId];
  if (template === undefined)
    throw new Error(`rule ${rule.meta.id} reported an unknown messageId '${draft.messageId}'`);
  const sentences = [
    context.source.sentence(draft.source?.sentence)?.text,
    context.rewrite.sentence(draft.rewrite?.sentence)?.text,
  ];
  return {
    id: fingerprint(rule.meta.id, draft, sentences),
    type: rule.meta.id as FindingType,
    messageId: draft.messageId,
    severity: draft.severity ?? rule.meta.defaultSeverity,
    confidence: Math.round(Math.min(1, Math.max(0, draft.confidence)) * 100) / 100,
    explanation: formatMessage(template, draft.data),
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
