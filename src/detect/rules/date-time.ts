import type { SentenceFacts, TimeFact } from '../../facts/types.js';
import type { ArticleDate } from '../../types.js';
import { CLOSE_PAIR, evidence, evidenceIn, type FactPair, type RuleContext } from '../context.js';
import { checkablePairs } from '../coverage.js';
import { inMonth, inSeason, sameTime, yearInferred } from '../calendar.js';
import type { FindingDraft } from '../finding.js';
import { restatement } from '../restatement.js';
import { yearsReadByPair } from '../bare-years.js';
import { defineRule } from '../rule.js';
import { findPhrases } from '../../facts/phrases.js';

type MessageId = 'changed' | 'displaced' | 'notInSource' | 'dropped';
type Draft = FindingDraft<MessageId>;

/** A date or time that differs from the source, is not in it, or is dropped. */
export const dateTime = defineRule({
  meta: {
    id: 'date-time',
    description: 'A date or time (absolute or relative) differs from the source, is added, or is dropped',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      changed: 'Date or time changed: source says "{{source}}", rewrite says "{{rewrite}}".',
      displaced:
        'Date or time changed: source says "{{source}}" here, rewrite says "{{rewrite}}", a time the source gives only for something else.',
      notInSource:
        'Date or time not in the source: rewrite says "{{rewrite}}", which the source does not give.',
      dropped:
        'Date or time dropped: source says "{{source}}"; the rewrite\'s version of this statement gives no time.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const times = new Times(context);
    return checkablePairs(context).flatMap((pair) => times.compare(pair));
  },
});

/** The definite times of both articles, compared with each article's own date. */
class Times {
  private readonly sourceDate: ArticleDate | undefined;
  private readonly rewriteDate: ArticleDate | undefined;
  private readonly sourceTimes: TimeFact[];
  private readonly rewriteTimes: TimeFact[];
  private readonly nowAdverbs: readonly string[];
  private readonly sourceYearDigits: Set<string>;

  constructor(context: RuleContext) {
    this.nowAdverbs = context.pack.nowAdverbs;
    this.sourceYearDigits = new Set(
      context.source.sentences.flatMap((s) => s.tokens.filter((t) => t.isNumber).map((t) => t.text)),
    );
    this.sourceDate = context.source.article.date;
    this.rewriteDate = context.rewrite.article.date;
    this.sourceTimes = context.source.sentences.flatMap((s) => s.times.filter(definite));
    this.rewriteTimes = context.rewrite.sentences.flatMap((s) => s.times.filter(definite));
  }

  /** A source time and a rewrite time mean the same. */
  private same = (s: TimeFact, r: TimeFact): boolean => sameTime(s, this.sourceDate, r, this.rewriteDate);

  /**
   * Whether the whole rewrite (or source) gives a time: asked once per time as written, since a long article names
   * the same few dates again and again.
   */
  private inRewrite = byValue((s) => this.rewriteTimes.some((r) => this.sameElsewhere(s, r)));
  private inSource = byValue((r) => this.sourceTimes.some((s) => this.sameElsewhere(s, r)));

  /**
   * The same time said anywhere in the other article. A clock time elsewhere ("um 11.11 Uhr") says nothing of the
   * part of the day of this statement ("bis zum Morgen"); within one statement it does ("at 10 p.m." → "in the
   * evening").
   */
  private sameElsewhere = (s: TimeFact, r: TimeFact): boolean =>
    !(isClockAndPart(s, r) || isClockAndPart(r, s)) && this.same(s, r);

  /** Every time of one pair: changed, swapped in from elsewhere, added, or dropped. */
  compare(pair: FactPair): Draft[] {
    const findings: Draft[] = [];
    const here = [
      ...pair.source.flatMap((s) => s.times.filter(definite)),
      ...yearsReadByPair(pair.source, pair.rewrite),
    ];
    const said = [
      ...pair.rewrite.flatMap((s) => s.times.filter(definite)),
      ...yearsReadByPair(pair.rewrite, pair.source),
    ];
    // Times of this statement the whole rewrite never gives, and those only its version here leaves out.
    // "today" and "now" both name the moment of writing: one said for the other places nothing elsewhere.
    const dropped = here.filter(
      (s) =>
        !this.inRewrite(s) &&
        !said.some((r) => this.same(s, r)) &&
        !(isToday(s) && this.saysNow(pair.rewrite)),
    );
    const missing = here.filter((s) => !said.some((r) => this.same(s, r)));
    // A source time that a rewrite time replaced is reported once, with it.
    const accountFor = (time: TimeFact): void => {
      for (const list of [dropped, missing]) if (list.includes(time)) list.splice(list.indexOf(time), 1);
    };
    for (const t of said) {
      // "im Sommer" → "im Juli", "am 21. Juni": a month or a day within the source's season says more, not
      // otherwise; one outside it changes the time.
      const season =
        t.kind === 'month' || t.kind === 'date' ? missing.find((s) => s.kind === 'season') : undefined;
      if (season) {
        accountFor(season);
        if (!inSeason(season, t)) {
          findings.push(changed('changed', 'high', 0.85, pair, season, t));
          continue;
        }
      }
      // "im November" → "am 11. November": a day within the source's month says more as well.
      const month = missing.find((s) => inMonth(s, t));
      if (month) {
        accountFor(month);
        continue;
      }
      // This statement's own time in other words: "at 10 p.m." → "in the evening".
      if (here.some((s) => this.same(s, t))) continue;
      if (this.inSource(t)) {
        const displaced = this.displaced(pair, here, missing, t);
        if (displaced) {
          findings.push(changed('displaced', 'medium', 0.6, pair, displaced, t));
          accountFor(displaced);
        }
        continue;
      }
      // The time it replaced: one the rewrite drops entirely, else one only this statement's version drops.
      const replaced =
        dropped.find((s) => s.kind === t.kind) ?? missing.find((s) => s.kind === t.kind) ?? dropped[0];
      if (replaced) {
        // "Monday" against "March 10" with no article date to place the weekday: worth a look, not a correction.
        // "März" against "März 2024" where the article's date puts it in 2025: its likeliest year, not its certain one.
        const unplaced =
          (replaced.kind !== t.kind && (replaced.kind === 'weekday' || t.kind === 'weekday')) ||
          yearInferred(replaced, t);
        const severity = unplaced ? 'medium' : 'high';
        findings.push(changed('changed', severity, replaced.kind === t.kind ? 0.85 : 0.6, pair, replaced, t));
        accountFor(replaced);
      } else if (!(isToday(t) && this.saysNow(pair.source)) && !this.sourceWrites(t))
        findings.push({
          messageId: 'notInSource',
          data: { rewrite: t.text },
          severity: 'medium',
          confidence: 0.55,
          rewrite: evidenceIn(pair.rewrite, t),
        });
    }
    if (pair.source.length)
      for (const s of dropped)
        findings.push({
          messageId: 'dropped',
          data: { source: s.text },
          severity: 'low',
          confidence: 0.6,
          source: evidenceIn(pair.source, s),
          rewrite: evidence(restatement(pair.source, pair.rewrite, [s]).sentence),
        });
    return findings;
  }

  /** A year whose digits the source writes, though it reads them otherwise there: the time is the source's. */
  private sourceWrites(t: TimeFact): boolean {
    return t.kind === 'year' && this.sourceYearDigits.has(t.text);
  }

  /** Whether a statement places itself at the moment of writing with an adverb: "now", "these days", "derzeit". */
  private saysNow(group: SentenceFacts[]): boolean {
    return group.some((s) => findPhrases(s.tokens, this.nowAdverbs, s.text, s.start).length > 0);
  }

  /** A time the source gives only for another event, in place of this statement's own. */
  private displaced(
    pair: FactPair,
    here: TimeFact[],
    missing: TimeFact[],
    t: TimeFact,
  ): TimeFact | undefined {
    if (pair.score < CLOSE_PAIR || here.some((s) => this.same(s, t))) return undefined;
    return missing.find((s) => s.kind === t.kind);
  }
}

const changed = (
  messageId: 'changed' | 'displaced',
  severity: 'high' | 'medium',
  confidence: number,
  pair: FactPair,
  from: TimeFact,
  to: TimeFact,
): Draft => ({
  messageId,
  data: { source: from.text, rewrite: to.text },
  severity,
  confidence,
  source: evidenceIn(pair.source, from),
  rewrite: evidenceIn(pair.rewrite, to),
});

/** A question about a time answered once for each kind and value. */
function byValue(answer: (t: TimeFact) => boolean): (t: TimeFact) => boolean {
  const answers = new Map<string, boolean>();
  return (t) => {
    const key = `${t.kind}|${t.value}`;
    let known = answers.get(key);
    if (known === undefined) answers.set(key, (known = answer(t)));
    return known;
  };
}

/** The day of writing, said as a word ("today", "heute"), not as a date. */
const isClockAndPart = (a: TimeFact, b: TimeFact): boolean => a.kind === 'clock' && b.kind === 'daypart';

const TODAY = 'day+0';
const isToday = (t: TimeFact): boolean => t.kind === 'relative' && t.value === TODAY;

/** "bislang", "soon", "recently" place nothing on a calendar: only definite times are compared. */
const definite = (t: TimeFact): boolean =>
  !(t.kind === 'relative' && (t.value === 'past' || t.value === 'future'));
