import type { SentenceFacts } from '../../facts/types.js';
import { fold } from '../../text/normalize.js';
import { evidence, evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { matchQuotes, REWORDED_QUOTE } from '../quotes.js';
import type { Rule } from '../rule.js';

const PRONOUNS = new Set(['er', 'sie', 'ich', 'wir', 'he', 'she', 'they', 'i', 'we']);

/**
 * Who said it: a claim the source attributes (reporting verb, Konjunktiv I, "according to", a quote) stated as
 * fact; a quote given to another speaker; a statement put in the mouth of someone who did not make it.
 */
export const attribution: Rule = {
  meta: {
    id: 'attribution',
    description:
      'A claim loses its attribution, changes speaker, or is attributed to someone who did not make it',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const speakers = knownSpeakers(context);
    for (const pair of context.matched) {
      if (pair.source.every((s) => isHeading(context, s))) continue;
      const claimed = pair.source.flatMap((s) => s.attribution);
      const voiced = (group: SentenceFacts[]): boolean =>
        group.some(
          (s) =>
            s.attribution.length > 0 ||
            s.quotes.length > 0 ||
            s.people.length > 0 ||
            mentionsSpeaker(s, speakers),
        );
      if (claimed.length && !voiced(pair.rewrite)) {
        findings.push({
          severity: 'high',
          confidence: 0.45 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Attribution dropped: source reports this as someone's claim (${quoted(claimed[0]!.text)}), rewrite states it as fact.`,
          source: evidenceIn(pair.source, claimed[0]!),
          rewrite: evidence(pair.rewrite[0]!),
        });
      } else if (
        !claimed.length &&
        !pair.source.some((s) => s.quotes.length) &&
        pair.rewrite.some((s) => s.attribution.length && s.people.length + s.names.length > 0)
      ) {
        const said = pair.rewrite.flatMap((s) => s.attribution)[0]!;
        findings.push({
          severity: 'medium',
          confidence: 0.35 + 0.35 * Math.min(1, pair.score / 0.5),
          explanation: `Attribution added: rewrite presents this as said by someone (${quoted(said.text)}); the source states it without a speaker.`,
          source: evidence(pair.source[0]!),
          rewrite: evidenceIn(pair.rewrite, said),
        });
      }
    }
    findings.push(...speakerChanges(context));
    return findings;
  },
};

/** A quote the source gives to one speaker that the rewrite gives to another. */
function speakerChanges(context: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const m of matchQuotes(context)) {
    const before = m.best && m.best.similarity >= REWORDED_QUOTE ? m.best.quote.speaker : undefined;
    const after = m.quote.speaker;
    if (!before || !after || PRONOUNS.has(fold(before.text)) || PRONOUNS.has(fold(after.text))) continue;
    if (fold(before.text) === fold(after.text)) continue;
    out.push({
      severity: 'high',
      confidence: 0.75,
      explanation: `Speaker changed: source attributes the quote to ${before.text}, rewrite to ${after.text}.`,
      source: evidence(m.best!.sentence, before),
      rewrite: evidence(m.sentence, after),
    });
  }
  return out;
}

const isHeading = (context: RuleContext, s: SentenceFacts): boolean =>
  context.source.article.sentences.find((x) => x.id === s.sentenceId)?.heading ?? false;

/** The people either article names or quotes, by last name: "Kallas" in "führte Kallas Gespräche" keeps the speaker. */
function knownSpeakers(context: RuleContext): Set<string> {
  const all = [...context.source.sentences, ...context.rewrite.sentences];
  return new Set([
    ...all.flatMap((s) => s.people.map((p) => p.key)),
    ...all
      .flatMap((s) => s.quotes.flatMap((q) => (q.speaker ? [fold(q.speaker.text)] : [])))
      .filter((k) => !PRONOUNS.has(k)),
  ]);
}

/** A sentence that names a known speaker, or starts with a personal pronoun as its subject. */
const mentionsSpeaker = (s: SentenceFacts, speakers: Set<string>): boolean =>
  s.tokens.some((t) => speakers.has(t.norm)) || s.tokens.slice(0, 3).some((t) => PRONOUNS.has(t.norm));
