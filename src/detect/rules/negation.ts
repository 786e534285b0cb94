import type { Mention, SentenceFacts } from '../../facts/types.js';
import { fold } from '../../text/normalize.js';
import { contentTokens, type Token } from '../../text/tokens.js';
import { evidence, evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';
import { checkablePairs, clauseBreakBefore } from '../support.js';
import { antonymPairs } from '../antonyms.js';
import { reversedWords } from '../reversals.js';

/**
 * What a negation bears on: content words after it in its clause, or, at a clause's end, the ones before
 * ("gewinnt nicht").
 */
function scopeOf(sentence: SentenceFacts, negation: Mention, reach = 2): Token[] {
  const at = sentence.tokens.findIndex((t) => sentence.start + t.start === negation.start);
  const after: Token[] = [];
  for (let i = at + 1; i < sentence.tokens.length && after.length < reach; i++) {
    if (clauseBreakBefore(sentence, i)) break;
    const t = sentence.tokens[i]!;
    if (contentTokens([t]).length) after.push(t);
  }
  if (after.length) return after;
  const before: Token[] = [];
  for (let i = at - 1; i >= 0 && before.length < reach - 1; i--) {
    const t = sentence.tokens[i]!;
    if (contentTokens([t]).length) before.push(t);
  }
  return before;
}

/**
 * A word by its stem, or an inflection the stemmer leaves apart ("garantieren" → "garanti", "garantiert"
 * stays whole): the stem and up to three more letters.
 */
const sameWord = (t: Token, stem: string): boolean =>
  t.stem === stem || (stem.length >= 5 && t.norm.startsWith(stem) && t.norm.length - stem.length <= 3);

/** No content word follows a token in its clause. */
function endsClause(s: SentenceFacts, j: number): boolean {
  for (let k = j + 1; k < s.tokens.length && !clauseBreakBefore(s, k); k++)
    if (contentTokens([s.tokens[k]!]).length) return false;
  return true;
}

/** Whether a group says the word negated: a negation before it in its clause, or just after it ("gewinnt nicht"). */
function negatedNear(group: SentenceFacts[], stem: string): boolean | undefined {
  let seen = false;
  for (const s of group) {
    const i = s.tokens.findIndex((t) => sameWord(t, stem));
    if (i < 0) continue;
    seen = true;
    const negated = s.negations.some((n) => {
      const j = s.tokens.findIndex((t) => s.start + t.start === n.start);
      // After the word only at its clause's end ("gewinnt nicht"): "take it without asking" negates "asking".
      if (j > i)
        return (
          j - i <= 3 &&
          !/[,.;:!?]/.test(s.text.slice(s.tokens[i]!.end, s.tokens[j]!.start)) &&
          endsClause(s, j)
        );
      return i - j <= 8 && !/[.;:!?]/.test(s.text.slice(s.tokens[j]!.end, s.tokens[i]!.start));
    });
    if (negated) return true;
  }
  return seen ? false : undefined;
}

/** A negation inserted or removed, or a word swapped for its opposite: the statement now says the reverse. */
export const negation: Rule = {
  meta: {
    id: 'negation',
    description: 'A negation is inserted or removed, or a word is replaced by its opposite',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pair of context.matched) {
      const flips = (
        from: SentenceFacts[],
        to: SentenceFacts[],
      ): { negation: Mention; word: Token } | undefined => {
        for (const s of from) {
          for (const n of s.negations) {
            // Kept when any word it bears on is still negated: "Waffenruhe ohne Vorbedingungen hat Putin abgelehnt".
            const scope = scopeOf(s, n).map((word) => ({ word, negated: negatedNear(to, word.stem) }));
            if (scope.some((w) => w.negated)) continue;
            const flipped = scope.find((w) => w.negated === false);
            if (flipped) return { negation: n, word: flipped.word };
          }
        }
        return undefined;
      };
      const removed = flips(pair.source, pair.rewrite);
      const inserted = flips(pair.rewrite, pair.source);
      const listed = antonymPairs(pair.source, pair.rewrite, context.pack);
      const looked = reversedWords(pair.source, pair.rewrite, context.pack).filter(
        (r) => !listed.some((l) => l.rewrite.start === r.rewrite.start),
      );
      const swaps = [...listed, ...looked];
      // "nicht gesunken" for "gestiegen": the negation sits on the word swapped for its opposite, the same claim.
      const cancels = (flip: { word: Token } | undefined, side: 'source' | 'rewrite') =>
        flip !== undefined && swaps.some((w) => fold(w[side].text) === flip.word.norm);
      if (cancels(removed, 'source') || cancels(inserted, 'rewrite')) continue;
      // Negated in one place and not in another on both sides: the word recurs, nothing flipped.
      if (removed && inserted && removed.word.stem === inserted.word.stem) continue;
      if (removed) {
        findings.push({
          confidence: 0.5 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Negation removed: source says ${quoted(removed.negation.text)} about ${quoted(removed.word.text)}, rewrite states it without the negation.`,
          source: evidenceIn(pair.source, removed.negation),
          rewrite: evidence(pair.rewrite[0]!),
        });
      }
      if (inserted) {
        findings.push({
          confidence: 0.5 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Negation inserted: rewrite says ${quoted(inserted.negation.text)} about ${quoted(inserted.word.text)}, which the source states without negation.`,
          source: evidence(pair.source[0]!),
          rewrite: evidenceIn(pair.rewrite, inserted.negation),
        });
      }
      for (const swap of swaps.slice(0, 1)) {
        findings.push({
          // An opposite the pack does not list, only the lexical database: less sure.
          severity: listed.length ? undefined : 'medium',
          confidence: 0.45 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Meaning reversed: source says ${quoted(swap.source.text)}, rewrite says the opposite, ${quoted(swap.rewrite.text)}.`,
          source: evidenceIn(pair.source, swap.source),
          rewrite: evidenceIn(pair.rewrite, swap.rewrite),
        });
      }
    }
    findings.push(...unpairedNegations(context));
    return findings;
  },
};

/**
 * A rewrite statement the aligner pairs with nothing (a summary's sentence often fuses several of the
 * source's) that negates what the source says only plainly: "It is not looking ahead to filing …" where
 * the source never negates "looking". Checked against the whole source, so medium at most.
 */
const UNPAIRED_REACH = 4;

function unpairedNegations(context: RuleContext): FindingDraft[] {
  const findings: FindingDraft[] = [];
  const whole = context.source.sentences;
  for (const pair of checkablePairs(context)) {
    if (pair.source.length) continue;
    for (const s of pair.rewrite)
      for (const n of s.negations) {
        // Read further into the clause: a summary rewords the verb ("not looking ahead to filing").
        const scope = scopeOf(s, n, UNPAIRED_REACH).map((word) => ({
          word,
          negated: negatedNear(whole, word.stem),
        }));
        if (scope.some((w) => w.negated)) continue;
        const word = scope.find((w) => w.negated === false)?.word;
        const where = word && whole.find((x) => x.tokens.some((t) => t.stem === word.stem));
        if (!word || !where) continue;
        findings.push({
          severity: 'medium',
          confidence: 0.45,
          explanation: `Negation inserted: rewrite says ${quoted(n.text)} about ${quoted(word.text)}, which the source says only without negation.`,
          source: evidence(where),
          rewrite: evidence(s, n),
        });
        break;
      }
  }
  return findings;
}
