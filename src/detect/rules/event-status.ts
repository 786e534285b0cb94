import type { Mention, SentenceFacts } from '../../facts/types.js';
import { stem } from '../../text/stem.js';
import type { Token } from '../../text/tokens.js';
import { evidenceIn, quoted, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { clauseBreakBefore } from '../support.js';

/** What was only planned reported as done, or what was done reported as still to come. */
export const eventStatus: Rule = {
  meta: {
    id: 'event-status',
    description: 'An event the source reports as planned is reported as having happened, or the reverse',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pair of context.matched) {
      const srcPlanned = pair.source.flatMap((s) => s.modality.planned);
      const srcHappened = pair.source.flatMap((s) => s.modality.happened);
      const rwPlanned = pair.rewrite.flatMap((s) => s.modality.planned);
      const rwHappened = pair.rewrite.flatMap((s) => s.modality.happened);
      const done =
        srcPlanned.length && !srcHappened.length && !rwHappened.length && !rwPlanned.length
          ? plannedEventDone(pair, context)
          : undefined;
      if (done) {
        findings.push({
          // Under way is a step short of done: the claim still runs ahead of the source.
          severity: done.underway ? 'medium' : 'high',
          confidence: 0.45 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: done.underway
            ? `Planned event reported as under way: source looks ahead (${quoted(done.planned.text)}), rewrite says it is happening (${quoted(done.past.text)}).`
            : `Planned event reported as done: source looks ahead (${quoted(done.planned.text)}), rewrite reports it in the past (${quoted(done.past.text)}).`,
          source: evidenceIn(pair.source, done.planned),
          rewrite: evidenceIn(pair.rewrite, done.past),
        });
      } else if (srcPlanned.length && !srcHappened.length && rwHappened.length && !rwPlanned.length) {
        findings.push({
          severity: 'high',
          confidence: 0.55 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Planned event reported as done: source looks ahead (${quoted(srcPlanned[0]!.text)}), rewrite reports it as already happened (${quoted(rwHappened[0]!.text)}).`,
          source: evidenceIn(pair.source, srcPlanned[0]!),
          rewrite: evidenceIn(pair.rewrite, rwHappened[0]!),
        });
      } else if (srcHappened.length && !srcPlanned.length && rwPlanned.length && !rwHappened.length) {
        findings.push({
          severity: 'medium',
          confidence: 0.45 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Completed event reported as still to come: source says it happened (${quoted(srcHappened[0]!.text)}), rewrite presents it as planned (${quoted(rwPlanned[0]!.text)}).`,
          source: evidenceIn(pair.source, srcHappened[0]!),
          rewrite: evidenceIn(pair.rewrite, rwPlanned[0]!),
        });
      }
    }
    return findings;
  },
};

/** How far before a participle its auxiliary may stand ("wurden am kommenden Montag fortgesetzt"). */
const PARTICIPLE_REACH = 5;

/**
 * The event a source's planning marker looks ahead to, told in the past by the rewrite: "plans regulatory
 * filings" → "filed", "plan to start" → "have started". The event is a content word right after the marker.
 */
function plannedEventDone(
  pair: FactPair,
  context: RuleContext,
): { planned: Mention; past: Mention; underway: boolean } | undefined {
  for (const s of pair.source) {
    for (const planned of s.modality.planned) {
      const at = s.tokens.findIndex((t) => s.start + t.start >= planned.end);
      if (at < 0) continue;
      // The clause after the marker: the event may stand at its end ("wollen … unterzeichnen").
      let end = at;
      while (end < s.tokens.length && end - at < 8 && !clauseBreakBefore(s, end)) end++;
      const events = new Set(
        s.tokens
          .slice(at, end)
          .filter((t) => !t.isStopword && !t.isNumber)
          .map((t) => t.stem),
      );
      const written = new Set(s.tokens.map((t) => t.norm));
      const pastOf = (t: Token): boolean =>
        context.pack.pastEndings.some(
          (ending) =>
            t.norm.endsWith(ending) &&
            (events.has(t.stem) || events.has(stem(t.norm.slice(0, -ending.length), context.pack.code))),
        );
      const ongoing = context.pack.ongoingForm;
      // "is looking ahead to filing" → "is filing": the same word, now under way.
      const underway = (r: SentenceFacts, i: number): boolean => {
        const t = r.tokens[i]!;
        if (!ongoing || !t.norm.endsWith(ongoing.ending) || !events.has(t.stem)) return false;
        // "are holding talks on Friday" is still an arrangement: with a time, the form looks ahead.
        if (r.times.length) return false;
        return r.tokens.slice(Math.max(0, i - 2), i).some((a) => ongoing.auxiliaries.includes(a.norm));
      };
      // "sollen … fortgesetzt werden" → "wurden … fortgesetzt": the same participle after a past auxiliary.
      const pastAuxiliary = (r: SentenceFacts, i: number): boolean => {
        // A participle is written small ("Montag" in "wurden am Montag" is no event).
        if (!events.has(r.tokens[i]!.stem) || r.tokens[i]!.capitalized) return false;
        for (let k = i - 1; k >= Math.max(0, i - PARTICIPLE_REACH) && !clauseBreakBefore(r, k + 1); k--) {
          const a = r.tokens[k]!.norm;
          if (context.pack.pastAuxiliaries.includes(a) && !written.has(a)) return true;
        }
        return false;
      };
      for (const r of pair.rewrite) {
        const i = r.tokens.findIndex(
          (t, i) => (!written.has(t.norm) && pastOf(t)) || underway(r, i) || pastAuxiliary(r, i),
        );
        const t = r.tokens[i];
        if (t)
          return {
            planned,
            past: { start: r.start + t.start, end: r.start + t.end, text: t.text },
            underway: underway(r, i) && !pastOf(t),
          };
      }
    }
  }
  return undefined;
}
