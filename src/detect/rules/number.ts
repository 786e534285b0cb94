import type { NumberFact } from '../../facts/types.js';
import { evidenceIn, quoted, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import type { Rule } from '../rule.js';
import { quantifierChanges } from '../quantifiers.js';
import { mention, swappedPlaces } from '../replacements.js';
import { checkablePairs, CLOSE_PAIR } from '../support.js';

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
      for (const swap of swappedPlaces(pair.source, pair.rewrite)) {
        if (!swap.first.source.token.isNumber || !swap.second.source.token.isNumber) continue;
        findings.push({
          severity: 'high',
          confidence: 0.7,
          explanation: `Figures swapped: source gives ${quoted(swap.first.source.token.text)} first and ${quoted(swap.second.source.token.text)} later, rewrite gives them the other way round.`,
          source: evidenceIn(pair.source, mention(swap.first.source)),
          rewrite: evidenceIn(pair.rewrite, mention(swap.first.rewrite)),
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
