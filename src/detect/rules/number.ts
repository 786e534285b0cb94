import type { NumberFact, SentenceFacts } from '../../facts/types.js';
import type { Token } from '../../text/tokens.js';
import { evidenceIn, quoted, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import type { Rule } from '../rule.js';
import { quantifierChanges } from '../quantifiers.js';
import { checkablePairs, clauseBreakBefore, CLOSE_PAIR } from '../support.js';

const same = (a: NumberFact, b: NumberFact): boolean =>
  Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) &&
  (!a.unit || !b.unit || a.unit === b.unit);

/** A count, amount, percentage or age that differs from the source, or that the source never gives. */
export const number: Rule = {
  meta: {
    id: 'number',
    description: 'A number, amount, percentage or age differs from the source or is not in it',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourceNumbers = context.source.sentences.flatMap((s) => s.numbers);
    const rewriteNumbers = context.rewrite.sentences.flatMap((s) => s.numbers);
    for (const pair of checkablePairs(context)) {
      for (const change of quantifierChanges(pair, context.pack)) {
        findings.push({
          severity: 'medium',
          confidence: 0.55 + 0.3 * Math.min(1, pair.score / 0.5),
          explanation: `Quantity changed: source says ${quoted(change.source.text)}, rewrite says ${quoted(change.rewrite.text)}.`,
          source: evidenceIn(pair.source, change.source),
          rewrite: evidenceIn(pair.rewrite, change.rewrite),
        });
      }
      for (const swap of swappedFigures(pair)) {
        findings.push({
          severity: 'high',
          confidence: 0.7,
          explanation: `Figures swapped: source says ${quoted(swap.first.text)} of one thing and ${quoted(swap.second.text)} of another, rewrite the other way round.`,
          source: evidenceIn(pair.source, swap.first),
          rewrite: evidenceIn(pair.rewrite, swap.firstNow),
        });
      }
      for (const n of pair.rewrite.flatMap((s) => s.numbers)) {
        const equal = sourceNumbers.filter((s) => same(s, n));
        const elsewhere = displaced(pair, n);
        if (equal.length && elsewhere) {
          findings.push({
            severity: 'medium',
            confidence: 0.6,
            explanation: `Number changed: source says ${quoted(elsewhere.text)} here, rewrite says ${quoted(n.text)}, a figure the source gives only for something else.`,
            source: evidenceIn(pair.source, elsewhere),
            rewrite: evidenceIn(pair.rewrite, n),
          });
          continue;
        }
        if (equal.length) {
          const shifted = qualifierChange(
            pair.source.flatMap((s) => s.numbers).filter((s) => same(s, n)),
            n,
          );
          if (shifted)
            findings.push({
              ...shifted,
              source: evidenceIn(pair.source, shifted.from),
              rewrite: evidenceIn(pair.rewrite, n),
            });
          continue;
        }
        // The source number in the paired sentence that the rewrite no longer gives: the one it replaced.
        const replaced = pair.source
          .flatMap((s) => s.numbers)
          .find(
            (s) =>
              !rewriteNumbers.some((r) => same(r, s)) &&
              (s.unit ?? '') === (n.unit ?? '') &&
              s.word === n.word,
          );
        const replacedAny =
          replaced ??
          pair.source.flatMap((s) => s.numbers).find((s) => !rewriteNumbers.some((r) => same(r, s)));
        if (replacedAny) {
          findings.push({
            severity: 'high',
            confidence: replaced ? 0.85 : 0.65,
            explanation: `Number changed: source says ${quoted(replacedAny.text)}, rewrite says ${quoted(n.text)}.`,
            source: evidenceIn(pair.source, replacedAny),
            rewrite: evidenceIn(pair.rewrite, n),
          });
        } else if (!n.word || n.value > 2) {
          findings.push({
            severity: 'medium',
            confidence: pair.source.length ? 0.6 : 0.5,
            explanation: `Number not in the source: rewrite says ${quoted(n.text)}, which the source never gives.`,
            rewrite: evidenceIn(pair.rewrite, n),
          });
        }
      }
    }
    return findings;
  },
};

/**
 * The source figure a rewrite number displaced in a closely matching pair, when the rewrite's figure is
 * in the source but not in this statement, and this statement's own figure is not in its rewritten
 * version: "457 deaths in 21 countries" → "… in 25 countries".
 */
function displaced(pair: FactPair, n: NumberFact): NumberFact | undefined {
  if (pair.score < CLOSE_PAIR) return undefined;
  const here = pair.source.flatMap((s) => s.numbers);
  if (here.some((s) => same(s, n))) return undefined;
  const said = pair.rewrite.flatMap((s) => s.numbers);
  return here.find(
    (s) => (s.unit ?? '') === (n.unit ?? '') && s.word === n.word && !said.some((r) => same(r, s)),
  );
}

/** How far around a figure, within its clause, the words it is said of are read. */
const FIGURE_REACH = 4;

/** The words a figure is said of: content words near it in its clause, other figures left out. */
function wordsAround(group: SentenceFacts[], n: NumberFact): Set<string> {
  for (const s of group) {
    const at = s.tokens.findIndex((t) => s.start + t.start <= n.start && n.start < s.start + t.end);
    if (at < 0) continue;
    const near: Token[] = [];
    for (let i = at - 1; i >= Math.max(0, at - FIGURE_REACH) && !clauseBreakBefore(s, i + 1); i--)
      near.push(s.tokens[i]!);
    for (let i = at + 1; i <= at + FIGURE_REACH && i < s.tokens.length && !clauseBreakBefore(s, i); i++)
      near.push(s.tokens[i]!);
    return new Set(near.filter((t) => !t.isStopword && !t.isNumber).map((t) => t.stem));
  }
  return new Set();
}

const shared = (a: Set<string>, b: Set<string>): number => [...a].filter((w) => b.has(w)).length;

/**
 * Two figures of a pair that trade what they are said of, each now standing among the words of the other:
 * "offered a 3.5% pay rise … a demand for 7%" → "offered a pay increase of 7% … the 3.5% demand".
 * Figures given more than once are left alone.
 */
function swappedFigures(pair: FactPair): { first: NumberFact; second: NumberFact; firstNow: NumberFact }[] {
  const once = (group: SentenceFacts[]) => {
    const all = group.flatMap((s) => s.numbers);
    return all.filter((n) => all.filter((m) => same(m, n)).length === 1);
  };
  const source = once(pair.source);
  const rewrite = once(pair.rewrite);
  const out: ReturnType<typeof swappedFigures> = [];
  for (const [x, a] of source.entries())
    for (const b of source.slice(x + 1)) {
      if (same(a, b)) continue;
      const ra = rewrite.find((r) => same(r, a));
      const rb = rewrite.find((r) => same(r, b));
      if (!ra || !rb) continue;
      const [aSaid, bSaid] = [wordsAround(pair.source, a), wordsAround(pair.source, b)];
      const [aNow, bNow] = [wordsAround(pair.rewrite, ra), wordsAround(pair.rewrite, rb)];
      if (shared(aNow, bSaid) > shared(aNow, aSaid) && shared(bNow, aSaid) > shared(bNow, bSaid))
        out.push({ first: a, second: b, firstNow: ra });
    }
  return out;
}

const KIND_WORDS = { exact: 'exactly', approximate: 'about', lower: 'at least', upper: 'at most' } as const;

/**
 * The same figure qualified differently: "around 870" → "less than 870" turns an estimate into a bound,
 * "more than" → "up to" reverses it. Reported only against the paired source sentence.
 */
function qualifierChange(candidates: NumberFact[], n: NumberFact) {
  const kind = (x: NumberFact) => x.qualifier?.kind ?? 'exact';
  if (!candidates.length || candidates.some((c) => kind(c) === kind(n))) return undefined;
  const from = candidates[0]!;
  const kinds = new Set([kind(from), kind(n)]);
  const severity: Severity =
    kinds.has('lower') && kinds.has('upper')
      ? 'high'
      : kinds.has('lower') || kinds.has('upper')
        ? 'medium'
        : 'low';
  return {
    from,
    severity,
    confidence: 0.7,
    explanation: `Number qualified differently: source says ${quoted(phrase(from))} (${KIND_WORDS[kind(from)]}), rewrite says ${quoted(phrase(n))} (${KIND_WORDS[kind(n)]}).`,
  };
}

const phrase = (x: NumberFact): string => (x.qualifier ? `${x.qualifier.text} ${x.text}` : x.text);
