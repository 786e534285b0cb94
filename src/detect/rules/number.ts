import type { Mention, NumberFact, SentenceFacts } from '../../facts/types.js';
import { tokensMention } from '../../facts/mention.js';
import type { LanguagePack } from '../../lang/pack.js';
import { readsAsYear } from '../bare-years.js';
import { clauseWindow } from '../clause-window.js';
import {
  byPairScore,
  CLOSE_PAIR,
  evidenceIn,
  sentenceAt,
  type FactPair,
  type RuleContext,
} from '../context.js';
import { checkablePairs } from '../coverage.js';
import type { FindingDraft, Severity } from '../finding.js';
import { quantifierChanges, quantifierOfCounted } from '../quantifiers.js';
import { defineRule } from '../rule.js';

type MessageId =
  | 'quantityChanged'
  | 'figuresSwapped'
  | 'displaced'
  | 'qualified'
  | 'periodChanged'
  | 'changed'
  | 'notInSource'
  | 'countForQuantity';
type Draft = FindingDraft<MessageId>;

/** A figure of an order of magnitude lies from the scale to a thousand times it ("Millionenhöhe": 1 to 999 million). */
const MAGNITUDE_SPAN = 1000;

/** An ordinal ranks and a cardinal counts: "the first" is never the source's "one". */
const ORDINAL = 'ordinal';

const sameUnit = (a: NumberFact, b: NumberFact): boolean =>
  (a.unit === ORDINAL) === (b.unit === ORDINAL) && (!a.unit || !b.unit || a.unit === b.unit);

/** The same figure: equal values, both counts or both orders of magnitude. */
const same = (a: NumberFact, b: NumberFact): boolean =>
  Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value)) &&
  !a.magnitude === !b.magnitude &&
  sameUnit(a, b);

/** A count inside an order of magnitude, either way round: "rund fünf Millionen" and "in Millionenhöhe". */
const within = (a: NumberFact, b: NumberFact): boolean => {
  if (!a.magnitude === !b.magnitude || !sameUnit(a, b)) return false;
  const [scale, count] = a.magnitude ? [a, b] : [b, a];
  return count.value >= scale.value && count.value < scale.value * MAGNITUDE_SPAN;
};

/** A rank said by a count, in the same statement: "nur Achter" and "auf Platz acht", "jeder Zweite". */
const rankAsCount = (a: NumberFact, b: NumberFact): boolean =>
  a.value === b.value && [a, b].filter((x) => x.unit === ORDINAL).length === 1 && [a, b].some((x) => !x.unit);

const numbersOf = (group: SentenceFacts[]): NumberFact[] => group.flatMap((s) => s.numbers);

/** A count, amount, percentage or age that differs from the source, or that the source never gives. */
export const number = defineRule({
  meta: {
    id: 'number',
    description: 'A number, amount, percentage or age differs from the source or is not in it',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      quantityChanged: 'Quantity changed: source says "{{source}}", rewrite says "{{rewrite}}".',
      figuresSwapped:
        'Figures swapped: source says "{{source}}" of one thing and "{{other}}" of another, rewrite the other way round.',
      displaced:
        'Number changed: source says "{{source}}" here, rewrite says "{{rewrite}}", a figure the source gives only for something else.',
      qualified:
        'Number qualified differently: source says "{{source}}" ({{sourceKind}}), rewrite says "{{rewrite}}" ({{rewriteKind}}).',
      periodChanged:
        'Rate changed: source says "{{source}}" (per {{sourcePeriod}}), rewrite says "{{rewrite}}" (per {{rewritePeriod}}).',
      changed: 'Number changed: source says "{{source}}", rewrite says "{{rewrite}}".',
      notInSource: 'Number not in the source: rewrite says "{{rewrite}}", which the source never gives.',
      countForQuantity:
        'Count for a quantity: source says "{{source}}", rewrite gives the exact number "{{rewrite}}" of the same thing.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const sourceNumbers = numbersOf(context.source.sentences);
    const rewriteNumbers = numbersOf(context.rewrite.sentences);
    const spans = context.source.sentences.flatMap((s) => s.times.flatMap((t) => t.span ?? []));
    // "over four years" counts what "over the next four years" does: a span of the source is a figure too.
    // Units of figures are named in the plural ("years" for "Jahre", "years"), a span's in the singular.
    const spanned = (n: NumberFact): boolean =>
      spans.some((x) => x.count === n.value && n.unit === `${x.unit}s`);
    return checkablePairs(context).flatMap((pair) => [
      ...quantities(pair, context),
      ...swaps(pair),
      // A bare "1880" against the source's "im Jahr 1880" is a year, compared by the date rule.
      ...numbersOf(pair.rewrite).flatMap((n) =>
        spanned(n) || readsAsYear(n, pair.source)
          ? []
          : (figure(pair, n, sourceNumbers, rewriteNumbers, context.pack) ?? []),
      ),
    ]);
  },
});

/** "Mehrere Länder" → "alle Länder": a quantifier of another level said of the same thing. */
const quantities = (pair: FactPair, context: RuleContext): Draft[] =>
  quantifierChanges(pair, context.pack).map((change) => ({
    messageId: 'quantityChanged',
    data: { source: change.source.text, rewrite: change.rewrite.text },
    severity: 'medium',
    confidence: byPairScore(pair, 0.55, 0.3),
    source: evidenceIn(pair.source, change.source),
    rewrite: evidenceIn(pair.rewrite, change.rewrite),
  }));

const swaps = (pair: FactPair): Draft[] =>
  swappedFigures(pair).map((swap) => ({
    messageId: 'figuresSwapped',
    data: { source: swap.first.text, other: swap.second.text },
    severity: 'high',
    confidence: 0.7,
    source: evidenceIn(pair.source, swap.first),
    rewrite: evidenceIn(pair.rewrite, swap.firstNow),
  }));

/** One figure of the rewrite against the source: displaced, qualified differently, changed, or new. */
function figure(
  pair: FactPair,
  n: NumberFact,
  sourceNumbers: NumberFact[],
  rewriteNumbers: NumberFact[],
  pack: LanguagePack,
): Draft | undefined {
  const between = (from: Mention) => ({
    source: evidenceIn(pair.source, from),
    rewrite: evidenceIn(pair.rewrite, n),
  });
  // The source's words for the figure against the rewrite's, as message data and evidence.
  const against = (messageId: MessageId, from: Mention, severity: Severity, confidence: number): Draft => ({
    messageId,
    data: { source: from.text, rewrite: n.text },
    severity,
    confidence,
    ...between(from),
  });
  if (sourceNumbers.some((s) => same(s, n))) {
    const period = periodChange(pair, n);
    if (period) return period;
    const elsewhere = displaced(pair, n);
    if (elsewhere) return against('displaced', elsewhere, 'medium', 0.6);
    const shifted = qualifierChange(
      numbersOf(pair.source).filter((s) => same(s, n)),
      n,
    );
    if (!shifted) return undefined;
    const { from, ...draft } = shifted;
    return { ...draft, ...between(from) };
  }
  if (numbersOf(pair.source).some((s) => rankAsCount(s, n))) return undefined;
  // The source number in the paired sentence that the rewrite no longer gives, or gives less often than the
  // source does: the one it replaced.
  const count = (all: NumberFact[], s: NumberFact) => all.filter((x) => same(x, s)).length;
  const gone = numbersOf(pair.source).filter(
    (s) =>
      count(rewriteNumbers, s) < count(sourceNumbers, s) &&
      !numbersOf(pair.rewrite).some((r) => rankAsCount(r, s)),
  );
  const sameKind = (s: NumberFact) =>
    (s.unit ?? '') === (n.unit ?? '') && s.word === n.word && !s.magnitude === !n.magnitude;
  // A figure of its own kind the paired statement gives and its rewrite does not, though the rewrite says it
  // elsewhere: "im ersten Wahlgang" → "im zweiten Wahlgang" beside an "erste Vizepräsidentin" kept.
  const here = numbersOf(pair.rewrite);
  const replaced =
    gone.find(sameKind) ??
    numbersOf(pair.source).find((s) => sameKind(s) && !here.some((r) => same(r, s) || rankAsCount(r, s)));
  // A figure the paired statement's order of magnitude holds, or a magnitude that holds its figure, says less
  // precisely what the source says — unless it replaced a figure of its own kind ("$10bn" → "$13bn" beside a
  // "billion-dollar club" the rewrite keeps).
  if (!replaced && numbersOf(pair.source).some((s) => within(s, n))) return undefined;
  // A rank replaces a rank: "jeder Zweite" for "die Hälfte" changes no figure.
  const replacedAny = replaced ?? gone.find((s) => (s.unit === ORDINAL) === (n.unit === ORDINAL));
  if (replacedAny) return against('changed', replacedAny, 'high', replaced ? 0.85 : 0.65);
  // "Mehrere Teams" → "Zwei Teams": a count where the source gives only a quantity of the same thing.
  const quantity = quantifierOfCounted(pair.source, n, pair.rewrite, pack);
  if (quantity) return against('countForQuantity', quantity, 'medium', 0.6);
  // "eine Handvoll" → "zwei Handvoll", "a week" → "two weeks": the article before the same noun counts one.
  const one = n.value !== 1 ? articleCounting(pair, n, pack) : undefined;
  if (one) return against('changed', one, 'medium', 0.55);
  if (n.word && n.value <= 2) return undefined;
  return {
    messageId: 'notInSource',
    data: { rewrite: n.text },
    severity: 'medium',
    confidence: pair.source.length ? 0.6 : 0.5,
    rewrite: evidenceIn(pair.rewrite, n),
  };
}

/** How many words may stand between an article and the noun it counts: "eine große Handvoll". */
const ARTICLE_REACH = 2;

/**
 * The source's indefinite article before the noun a rewrite figure counts, by the noun's stem, with the noun: the
 * article says one of it ("eine Handvoll Kräuter" against "zwei Handvoll").
 */
function articleCounting(pair: FactPair, n: NumberFact, pack: LanguagePack): Mention | undefined {
  const s = sentenceAt(pair.rewrite, n.start);
  const counted = s.tokens.find((t) => s.start + t.start >= n.end && !t.isNumber);
  if (!counted || counted.isStopword) return undefined;
  for (const src of pair.source)
    for (let i = 0; i < src.tokens.length; i++) {
      if (!pack.oneWords.includes(src.tokens[i]!.norm)) continue;
      const noun = src.tokens.slice(i + 1, i + 2 + ARTICLE_REACH).find((t) => t.stem === counted.stem);
      if (noun) return tokensMention(src, src.tokens[i]!, noun);
    }
  return undefined;
}

/** A figure with the period it is counted per: "sechs Euro pro Stunde". */
function withPeriod(group: SentenceFacts[], n: NumberFact, per: Mention): Mention {
  const s = sentenceAt(group, n.start);
  // The period may lead the clause ("Jährlich … 3,5 Millionen Besucher") or close it.
  const [start, end] = [Math.min(n.start, per.start), Math.max(n.end, per.end)];
  return { start, end, text: s.text.slice(start - s.start, end - s.start) };
}

/**
 * The same figure counted per another period in the paired statement: "drei bis sechs Euro pro Stunde" → "… am
 * Tag". Only where both say a period and no figure of the pair keeps the rewrite's.
 */
function periodChange(pair: FactPair, n: NumberFact): Draft | undefined {
  if (!n.per) return undefined;
  const sames = numbersOf(pair.source).filter((s) => same(s, n));
  if (sames.some((s) => s.per?.period === n.per!.period)) return undefined;
  const was = sames.find((s) => s.per);
  if (!was?.per) return undefined;
  const [from, to] = [withPeriod(pair.source, was, was.per), withPeriod(pair.rewrite, n, n.per)];
  return {
    messageId: 'periodChanged',
    data: { source: from.text, rewrite: to.text, sourcePeriod: was.per.period, rewritePeriod: n.per.period },
    severity: 'high',
    confidence: byPairScore(pair, 0.6, 0.3),
    source: evidenceIn(pair.source, from),
    rewrite: evidenceIn(pair.rewrite, to),
  };
}

/**
 * The source figure a rewrite number displaced in a closely matching pair, when the rewrite's figure is
 * in the source but not in this statement, and this statement's own figure is not in its rewritten
 * version: "457 deaths in 21 countries" → "… in 25 countries".
 */
function displaced(pair: FactPair, n: NumberFact): NumberFact | undefined {
  if (pair.score < CLOSE_PAIR) return undefined;
  const here = numbersOf(pair.source);
  if (here.some((s) => same(s, n))) return undefined;
  const said = numbersOf(pair.rewrite);
  return here.find((s) => sameUnit(s, n) && s.word === n.word && !said.some((r) => same(r, s)));
}

/** How far around a figure, within its clause, the words it is said of are read. */
const FIGURE_REACH = 4;

/** The words a figure is said of: content words near it in its clause, other figures left out. */
function wordsAround(group: SentenceFacts[], n: NumberFact): Set<string> {
  for (const s of group) {
    const at = s.tokens.findIndex((t) => s.start + t.start <= n.start && n.start < s.start + t.end);
    if (at < 0) continue;
    const { before, after } = clauseWindow(s, at, { before: FIGURE_REACH, after: FIGURE_REACH });
    return new Set([...before, ...after].filter((t) => !t.isStopword && !t.isNumber).map((t) => t.stem));
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
    const all = numbersOf(group);
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
  // A magnitude is no exact figure: "rund fünf Millionen" → "in Millionenhöhe" qualifies nothing differently.
  if (n.magnitude || candidates.some((c) => c.magnitude)) return undefined;
  if (!candidates.length || candidates.some((c) => kind(c) === kind(n))) return undefined;
  const from = candidates[0]!;
  const kinds = new Set([kind(from), kind(n)]);
  // "für eineinhalb Jahre" → "Vertrag über eineinhalb Jahre": a single bound may be the noun's preposition. "over
  // 190,000" → "190,000": the bare figure drops a lower bound and says less than the source, a loss worth a look; a
  // ceiling made the figure ("up to 60 million" → "60 million"), "genau", "exactly" or a bound the rewrite adds
  // claims more than the source.
  const dropped = !n.qualifier && from.qualifier?.kind === 'lower';
  const severity: Severity =
    kinds.has('lower') && kinds.has('upper')
      ? 'high'
      : dropped || [from, n].some((x) => x.qualifier?.maybePreposition)
        ? 'low'
        : kinds.has('lower') || kinds.has('upper')
          ? 'medium'
          : 'low';
  return {
    from,
    messageId: 'qualified' as const,
    data: {
      source: phrase(from),
      sourceKind: KIND_WORDS[kind(from)],
      rewrite: phrase(n),
      rewriteKind: KIND_WORDS[kind(n)],
    },
    severity,
    confidence: 0.7,
  };
}

const phrase = (x: NumberFact): string => (x.qualifier ? `${x.qualifier.text} ${x.text}` : x.text);
