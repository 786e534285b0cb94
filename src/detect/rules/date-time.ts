import type { TimeFact } from '../../facts/types.js';
import type { ArticleDate } from '../../types.js';
import { evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { checkablePairs, CLOSE_PAIR } from '../support.js';

/** A date or time that differs from the source, is not in it, or is dropped. */
export const dateTime: Rule = {
  meta: {
    id: 'date-time',
    description: 'A date or time (absolute or relative) differs from the source, is added, or is dropped',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourceDate = context.source.article.date;
    const rewriteDate = context.rewrite.article.date;
    const sourceTimes = context.source.sentences.flatMap((s) => s.times.filter(definite));
    const rewriteTimes = context.rewrite.sentences.flatMap((s) => s.times.filter(definite));
    const inSource = (t: TimeFact): boolean =>
      sourceTimes.some((s) => sameTime(s, sourceDate, t, rewriteDate));
    const inRewrite = (s: TimeFact): boolean =>
      rewriteTimes.some((t) => sameTime(s, sourceDate, t, rewriteDate));
    for (const pair of checkablePairs(context)) {
      const dropped = pair.source.flatMap((s) => s.times.filter(definite)).filter((s) => !inRewrite(s));
      const here = pair.source.flatMap((s) => s.times.filter(definite));
      const said = pair.rewrite.flatMap((s) => s.times.filter(definite));
      // This statement's own times that its rewritten version does not give (they may recur elsewhere).
      const missing = here.filter((s) => !said.some((t) => sameTime(s, sourceDate, t, rewriteDate)));
      // A source time that a rewrite time replaced is reported once, with it.
      const accountFor = (time: TimeFact): void => {
        for (const list of [dropped, missing]) if (list.includes(time)) list.splice(list.indexOf(time), 1);
      };
      for (const t of said) {
        if (inSource(t)) {
          // A time the source gives only for another event, in place of this statement's own.
          const displaced =
            pair.score >= CLOSE_PAIR && !here.some((s) => sameTime(s, sourceDate, t, rewriteDate))
              ? missing.find((s) => s.kind === t.kind)
              : undefined;
          if (displaced) {
            findings.push({
              severity: 'medium',
              confidence: 0.6,
              explanation: `Date or time changed: source says ${quoted(displaced.text)} here, rewrite says ${quoted(t.text)}, a time the source gives only for something else.`,
              source: evidenceIn(pair.source, displaced),
              rewrite: evidenceIn(pair.rewrite, t),
            });
            accountFor(displaced);
          }
          continue;
        }
        // The time it replaced: one the rewrite drops entirely, else one only this statement's version drops.
        const replaced =
          dropped.find((s) => s.kind === t.kind) ?? missing.find((s) => s.kind === t.kind) ?? dropped[0];
        findings.push(
          replaced
            ? {
                severity: 'high',
                confidence: replaced.kind === t.kind ? 0.85 : 0.6,
                explanation: `Date or time changed: source says ${quoted(replaced.text)}, rewrite says ${quoted(t.text)}.`,
                source: evidenceIn(pair.source, replaced),
                rewrite: evidenceIn(pair.rewrite, t),
              }
            : {
                severity: 'medium',
                confidence: 0.55,
                explanation: `Date or time not in the source: rewrite says ${quoted(t.text)}, which the source does not give.`,
                rewrite: evidenceIn(pair.rewrite, t),
              },
        );
        if (replaced) accountFor(replaced);
      }
      if (!pair.source.length) continue;
      for (const s of dropped) {
        findings.push({
          severity: 'low',
          confidence: 0.6,
          explanation: `Date or time dropped: source says ${quoted(s.text)}; the rewrite's version of this statement gives no time.`,
          source: evidenceIn(pair.source, s),
          rewrite: evidenceIn(pair.rewrite, {
            start: pair.rewrite[0]!.start,
            end: pair.rewrite[0]!.start + pair.rewrite[0]!.text.length,
            text: pair.rewrite[0]!.text,
          }),
        });
      }
    }
    return findings;
  },
};

/** "bislang", "soon", "recently" place nothing on a calendar: only definite times are compared. */
const definite = (t: TimeFact): boolean =>
  !(t.kind === 'relative' && (t.value === 'past' || t.value === 'future'));

/** Whether two time mentions mean the same time, resolving relative days against each article's date. */
function sameTime(
  a: TimeFact,
  aDate: ArticleDate | undefined,
  b: TimeFact,
  bDate: ArticleDate | undefined,
): boolean {
  if (a.kind === b.kind && a.value === b.value) return true;
  const da = resolve(a, aDate);
  const db = resolve(b, bDate);
  if (da && db) return da === db;
  // "2023" and "März 2023" speak of the same year when one is only the year.
  if (a.kind === 'year' && b.value.startsWith(a.value)) return true;
  if (b.kind === 'year' && a.value.startsWith(b.value)) return true;
  return false;
}

/** A relative day ("day+14", "heute") as an ISO date, when the article's date is known to the day. */
function resolve(t: TimeFact, date: ArticleDate | undefined): string | undefined {
  if (t.kind === 'date') return t.value;
  if (t.kind !== 'relative' || !date || date.precision !== 'day') return undefined;
  const m = /^day([+-]\d+)$/.exec(t.value);
  if (!m) return undefined;
  const d = new Date(`${date.iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + Number(m[1]));
  return d.toISOString().slice(0, 10);
}
