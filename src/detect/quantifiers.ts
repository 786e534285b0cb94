import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { tokenMention } from '../facts/mention.js';
import { findPhrases } from '../facts/phrases.js';
import { comparedBases } from '../lexicon/comparatives.js';
import { onlyAdverb, sensesOf } from '../lexicon/senses.js';
import { isPossessive, type Token } from '../text/tokens.js';
import { contextOf } from './clause-window.js';
import { inClause } from '../clauses/spans.js';
import { sentenceAt, type FactPair } from './context.js';

interface Quantified {
  level: number;
  token: Token;
  sentence: SentenceFacts;
}

/**
 * Quantifiers before a word of content ("mehrere Länder"), not before a number ("some 300" is about 300), and only
 * where they quantify what follows them: not before a pause ("above all, vanilla"), inside a phrase that singles
 * something out ("above all", "vor allem"), as the degree of an adverb ("most importantly") or of an adjective
 * ("the most varied works"), or inside a fixed expression ("all over").
 */
const quantifiersIn = (group: SentenceFacts[], pack: LanguagePack): Quantified[] =>
  scaledIn(group, pack.quantifiers, pack).filter((q) => {
    const { tokens, text, start } = q.sentence;
    const i = tokens.indexOf(q.token);
    const next = tokens[i + 1]!;
    if (/\S/u.test(text.slice(q.token.end, next.start)) || onlyAdverb(next.norm, pack)) return false;
    if (gradesAdjective(tokens, i, pack) || opensFixedExpression(tokens, i, pack)) return false;
    const at = start + q.token.start;
    return !findPhrases(tokens, pack.particularizers, text, start).some((m) => m.start <= at && at < m.end);
  });

/** How many words after a quantifier a fixed expression it opens may take: "all the same". */
const EXPRESSION_WORDS = 2;

/**
 * A quantifier that opens an adverb or adjective of several words the lexical database lists ("all over Germany",
 * "all along", "all told") is part of it and quantifies nothing.
 */
const opensFixedExpression = (tokens: readonly Token[], i: number, pack: LanguagePack): boolean => {
  for (let n = 1; n <= EXPRESSION_WORDS && i + n < tokens.length; n++) {
    const phrase = tokens
      .slice(i, i + n + 1)
      .map((t) => t.norm)
      .join(' ');
    if (sensesOf(phrase, 'r', pack).length + sensesOf(phrase, 'a', pack).length > 0) return true;
  }
  return false;
};

/**
 * A word that grades the next into a superlative, after an article or a possessive, before a word that is only an
 * adjective: "the most varied works", "Germany's most popular buildings" are of the highest degree, not most of the
 * works or buildings ("most young artists" and "the most votes" are amounts).

 */
const gradesAdjective = (tokens: readonly Token[], i: number, pack: LanguagePack): boolean => {
  const next = tokens[i + 1]!.norm;
  return (
    pack.superlatives.gradeWords.includes(tokens[i]!.norm) &&
    !!tokens[i - 1] &&
    (pack.roleGrammar.determiners.has(tokens[i - 1]!.norm) || isPossessive(tokens[i - 1]!)) &&
    sensesOf(next, 'a', pack).length > 0 &&
    sensesOf(next, 'n', pack).length === 0
  );
};

/**
 * Adverbs of frequency ("usually", "meistens"), not where a phrase makes them mean something else ("immer noch")
 * or before a comparative ("immer wichtiger" is "more and more important").
 */
function frequenciesIn(group: SentenceFacts[], pack: LanguagePack): Quantified[] {
  const greater = new Set([...pack.comparison.greater, ...pack.comparison.lesser]);
  // An adverb may close its clause ("ändern sich selten."), a quantifier stands before what it counts.
  return scaledIn(group, pack.frequencies.levels, pack, true).filter((q) => {
    const i = q.sentence.tokens.indexOf(q.token);
    const next = q.sentence.tokens[i + 1];
    if (next && (greater.has(next.norm) || comparedBases(next.norm, pack).length > 0)) return false;
    const spans = findPhrases(
      q.sentence.tokens,
      pack.frequencies.notAlone,
      q.sentence.text,
      q.sentence.start,
    );
    const at = q.sentence.start + q.token.start;
    return !spans.some((m) => m.start <= at && at < m.end);
  });
}

/** Words of a scale, not before a number; at a sentence's end only where the scale's words may close a clause. */
function scaledIn(
  group: SentenceFacts[],
  scale: ReadonlyMap<string, number>,
  pack: LanguagePack,
  closing = false,
): Quantified[] {
  return group.flatMap((sentence) =>
    sentence.tokens.flatMap((token, i) => {
      const level = scale.get(token.norm);
      const next = sentence.tokens[i + 1];
      if (level === undefined || (!next && !closing)) return [];
      if (next && (next.isNumber || pack.numberWords.has(next.norm))) return [];
      return [{ level, token, sentence }];
    }),
  );
}

const mention = (q: Quantified): Mention => tokenMention(q.sentence, q.token);

type Change = { source: Mention; rewrite: Mention };

/**
 * A quantifier of the source statement replaced by one of another level, said of the same thing:
 * "Mehrere europäische Länder" → "alle europäischen Länder", "some analysts" → "most analysts".
 */
export const quantifierChanges = (pair: FactPair, pack: LanguagePack): Change[] =>
  levelChanges(quantifiersIn(pair.source, pack), quantifiersIn(pair.rewrite, pack)).map(asChange);

/**
 * The source's quantifier of what a rewrite's count counts: "Mehrere Teams" for "Zwei Teams", "some analysts" for
 * "three analysts". The counted word follows both, the same by stem.
 */
export function quantifierOfCounted(
  source: SentenceFacts[],
  count: Mention,
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): Mention | undefined {
  const s = sentenceAt(rewrite, count.start);
  const counted = s.tokens.find((t) => s.start + t.start >= count.end);
  if (!counted) return undefined;
  const q = quantifiersIn(source, pack).find(
    (q) => q.sentence.tokens[q.sentence.tokens.indexOf(q.token) + 1]?.stem === counted.stem,
  );
  return q && mention(q);
}

/**
 * An adverb of frequency replaced by one of another level on the same side of the scale: "usually" → "always",
 * "manchmal" → "oft". From rarely to often is a reversal, which the negation rule tells as opposites.
 */
export const frequencyChanges = (pair: FactPair, pack: LanguagePack): Change[] =>
  levelChanges(frequenciesIn(pair.source, pack), frequenciesIn(pair.rewrite, pack))
    .filter(([a, b]) => Math.min(a.level, b.level) >= SOMETIMES || Math.max(a.level, b.level) <= SOMETIMES)
    .map(asChange);

/**
 * The lowest frequency ("rarely", "selten") put into a statement the source tells with none, of the same event (its
 * clause's verb in the source too): "tastes change" → "tastes rarely change" all but denies what the source says.
 */
export function rarityAdded(pair: FactPair, pack: LanguagePack): Mention | undefined {
  if (frequenciesIn(pair.source, pack).length) return undefined;
  const lowest = Math.min(...pack.frequencies.levels.values());
  const told = new Set(pair.source.flatMap((s) => s.clauses.flatMap((c) => (c.verb ? [c.verb.lemma] : []))));
  const rare = frequenciesIn(pair.rewrite, pack).find((q) => {
    if (q.level !== lowest) return false;
    const clause = q.sentence.clauses.find((c) => inClause(q.sentence, c, q.token));
    return !!clause?.verb && told.has(clause.verb.lemma);
  });
  return rare && mention(rare);
}

/** The middle of the scale of frequency: from "sometimes" up a claim holds at times at least. */
const SOMETIMES = 2;

const asChange = ([source, rewrite]: readonly [Quantified, Quantified]): Change => ({
  source: mention(source),
  rewrite: mention(rewrite),
});

/** A word of a scale replaced by one of another level, said of the same thing (words shared around both). */
function levelChanges(before: Quantified[], after: Quantified[]): (readonly [Quantified, Quantified])[] {
  const levels = (qs: Quantified[]) => new Set(qs.map((q) => q.level));
  const out: (readonly [Quantified, Quantified])[] = [];
  for (const a of after) {
    if (levels(before).has(a.level)) continue;
    const around = contextOf(a.sentence, a.token);
    const b = before.find(
      (q) => !levels(after).has(q.level) && [...contextOf(q.sentence, q.token)].some((w) => around.has(w)),
    );
    if (b) out.push([b, a]);
  }
  return out;
}

/**
 * "some" → "all" moves along the scale of quantifiers, which the number rule reads: no opposite. "many" → "few" goes
 * from one side of its middle to the other, an opposite.
 */
export function alongScale(was: string, is: string, pack: LanguagePack): boolean {
  const [a, b] = [pack.quantifiers.get(was), pack.quantifiers.get(is)];
  if (a === undefined || b === undefined) return false;
  return !(Math.min(a, b) === FEW && Math.max(a, b) >= MANY);
}

const FEW = 1;
const MANY = 3;
