import { verbReader } from '../../clauses/verb-forms.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { fold } from '../../text/normalize.js';
import { antonymPairs } from '../antonyms.js';
import { opposedVerbs } from '../../lexicon/relate.js';
import { focusFlips } from '../focus-flips.js';
import { reversedFigureDirections } from '../figure-directions.js';
import { byPairScore, evidence, evidenceIn, WEAK_PAIR, type FactPair, type RuleContext } from '../context.js';
import { checkablePairs } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { opposedFunctionWords, reversedDegrees, reversedWords } from '../reversals.js';
import { addedWordsEvidence, restatement } from '../restatement.js';
import { defineRule } from '../rule.js';
import { negatedNear, sameWord, scopeOf, sought, wordAt } from '../negation-scope.js';
import {
  comparesWithEver,
  deniedByForm,
  flipped,
  movedBetweenKinds,
  negationCount,
  type Flip,
} from '../negation-flips.js';

type MessageId = 'removed' | 'inserted' | 'reversed' | 'focusReversed' | 'insertedUnpaired';
type Draft = FindingDraft<MessageId>;

/** A negation inserted or removed, or a word swapped for its opposite: the statement now says the reverse. */
export const negation = defineRule({
  meta: {
    id: 'negation',
    description: 'A negation is inserted or removed, or a word is replaced by its opposite',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      removed:
        'Negation removed: source says "{{negation}}" about "{{word}}", rewrite states it without the negation.',
      inserted:
        'Negation inserted: rewrite says "{{negation}}" about "{{word}}", which the source states without negation.',
      reversed: 'Meaning reversed: source says "{{source}}", rewrite says the opposite, "{{rewrite}}".',
      focusReversed:
        'Restriction reversed: source says "{{source}}", rewrite says "{{rewrite}}" about the same words: one adds to them, the other says them alone.',
      insertedUnpaired:
        'Negation inserted: rewrite says "{{negation}}" about "{{word}}", which the source says only without negation.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    return [
      ...context.matched.flatMap((pair) => [...reversals(pair, context), ...focusReversals(pair, context)]),
      ...unpairedNegations(context),
    ];
  },
});

/** Negations removed or inserted, and opposites, in one pair. */
function reversals(pair: FactPair, context: RuleContext): Draft[] {
  // A negation moved onto another word ("keine Überlastung" → "nicht überlastet") leaves as many negations
  // as there were: removed only where the rewrite has fewer, inserted only where it has more.
  const balances = [false, true].map(
    (ofPreposition) =>
      negationCount(pair.rewrite, context.pack, ofPreposition) -
      negationCount(pair.source, context.pack, ofPreposition),
  );
  const moved = movedBetweenKinds(pair, balances, context.pack);
  const removed =
    !moved && balances.some((b) => b < 0) ? flipped(pair.source, pair.rewrite, context.pack) : undefined;
  const inserted =
    !moved && balances.some((b) => b > 0) ? flipped(pair.rewrite, pair.source, context.pack) : undefined;
  const listed = antonymPairs(pair.source, pair.rewrite, context.pack);
  const looked = reversedWords(pair, context).filter(
    (r) => !listed.some((l) => l.rewrite.start === r.rewrite.start),
  );
  // "early March" → "late March" is a time changed, the date-time rule's to tell; "at least 65" → "at most 65" a
  // figure's bound, the number rule's.
  const inFact = (group: SentenceFacts[], m: Mention) =>
    group.some(
      (g) =>
        g.times.some((t) => t.start <= m.start && m.end <= t.end) ||
        g.numbers.some((n) => (n.qualifier?.start ?? n.start) <= m.start && m.end <= n.end),
    );
  // Opposite stands, comparisons turned round and a figure's direction reversed are read from grammar, as sure as a
  // listed opposite.
  const stands = [
    ...opposedFunctionWords(pair, context),
    ...reversedDegrees(pair, context),
    ...reversedFigureDirections(pair, context.pack),
  ];
  const swaps = [...listed, ...looked, ...stands].filter(
    (w) => !inFact(pair.source, w.source) && !inFact(pair.rewrite, w.rewrite),
  );
  // "nicht gesunken" for "gestiegen", "not aware" for "unaware": the negation bears on the word swapped for
  // its opposite, the same claim.
  const cancels = (flip: Flip | undefined, side: 'source' | 'rewrite') =>
    flip !== undefined && swaps.some((w) => flip.scope.some((t) => t.norm === fold(w[side].text)));
  if (cancels(removed, 'source') || cancels(inserted, 'rewrite')) return [];
  // "does not comply with the laws" → "breaks the laws": the negated verb reworded as its opposite.
  const asOpposite = (flip: Flip | undefined, other: SentenceFacts[]) =>
    !!flip?.reworded &&
    flip.scope.some((t) =>
      other.some((s) => s.tokens.some((u) => !u.isStopword && opposedVerbs(t.norm, u.norm, context.pack))),
    );
  if (asOpposite(removed, pair.rewrite) || asOpposite(inserted, pair.source)) return [];
  // "keine Personenobergrenze" → "die Personenobergrenze entfällt", "no cap" → "the cap was scrapped": the other side
  // says the same thing is not there with a verb whose meaning holds the negation. The verb must be the other side's
  // own: where the negated side says it too ("not required to delete" for "required to delete"), it carries nothing
  // of the negation.
  const privativeOf = (norm: string) =>
    verbReader(context.pack)(norm)
      .map((r) => r.lemma)
      .filter((lemma) => context.pack.privativeVerbs.has(lemma));
  const privativeLemmas = (group: SentenceFacts[]) =>
    group.flatMap((s) => s.tokens.flatMap((u) => privativeOf(u.norm)));
  // The privative verb may govern the word the negation bears on first, in its clause ("no longer have a cap" → "the
  // cap was scrapped") or right before it ("no longer sells" → "stopped selling", "hörte auf, … zu verkaufen"); a
  // word further on may be another verb's ("no restriction on personal devices" is not "remove it from devices").
  const governed = (flip: Flip, other: SentenceFacts[]) => {
    // "no longer" spans a word of the scope's window: the first word after the negation is the one it bears on.
    const own = fold(flip.negation.text).split(/\s+/);
    const first = flip.scope.find((t) => !own.includes(t.norm));
    return other.some((s) =>
      s.tokens.some((u, i) => {
        if (first?.stem !== u.stem) return false;
        const at = s.start + u.start;
        const inClause = s.clauses.some(
          (c) => c.start <= at && at < c.end && !!c.verb && context.pack.privativeVerbs.has(c.verb.lemma),
        );
        return (
          inClause ||
          s.tokens.slice(Math.max(0, i - GOVERNING_REACH), i).some((g) => privativeOf(g.norm).length > 0)
        );
      }),
    );
  };
  const privative = (flip: Flip | undefined, own: SentenceFacts[], other: SentenceFacts[]) => {
    if (!flip || (!flip.reworded && !governed(flip, other))) return false;
    // The other side names what the negation bears on, in any form ("no one is injured" → "to prevent injuries").
    const named = flip.scope.filter((t) => !t.isStopword).map((t) => sought(t, context.pack));
    if (!other.some((s) => s.tokens.some((u) => named.some((w) => sameWord(u, w, context.pack)))))
      return false;
    const ownLemmas = privativeLemmas(own);
    return privativeLemmas(other).some((lemma) => !ownLemmas.includes(lemma));
  };
  if (privative(removed, pair.source, pair.rewrite) || privative(inserted, pair.rewrite, pair.source))
    return [];
  // Negated in one place and not in another on both sides: the word recurs, nothing flipped.
  if (removed && inserted && removed.word.stem === inserted.word.stem) return [];
  // "nicht namentlich genannte" for "nichtgenannte": an opposite negated on one side only says the same thing.
  // "without ever", "than ever": an ever-word under a negation or in a comparison says "never".
  const saysNever = (group: SentenceFacts[], m: Mention) =>
    context.pack.everComparison.ever.includes(fold(m.text)) &&
    (negatedNear(group, wordAt(group, m, context.pack), context.pack) === true ||
      comparesWithEver(group, context.pack));
  const reversed = swaps.filter(
    (w) =>
      !saysNever(pair.source, w.source) &&
      !saysNever(pair.rewrite, w.rewrite) &&
      !!negatedNear(pair.source, wordAt(pair.source, w.source, context.pack), context.pack) ===
        !!negatedNear(pair.rewrite, wordAt(pair.rewrite, w.rewrite, context.pack), context.pack),
  );
  const findings: Draft[] = [];
  if (removed)
    findings.push({
      messageId: 'removed',
      data: { negation: removed.negation.text, word: removed.word.text },
      ...(pair.score < WEAK_PAIR || removed.reworded ? { severity: 'medium' as const } : {}),
      confidence: byPairScore(pair, 0.5, 0.4),
      source: evidenceIn(pair.source, removed.negation),
      rewrite: evidence(restatement(pair.source, pair.rewrite, [removed.negation]).sentence),
    });
  if (inserted)
    findings.push({
      messageId: 'inserted',
      data: { negation: inserted.negation.text, word: inserted.word.text },
      ...(pair.score < WEAK_PAIR || inserted.reworded ? { severity: 'medium' as const } : {}),
      confidence: byPairScore(pair, 0.5, 0.4),
      ...addedWordsEvidence(pair, inserted.negation),
    });
  for (const swap of reversed.slice(0, 1))
    findings.push({
      messageId: 'reversed',
      data: { source: swap.source.text, rewrite: swap.rewrite.text },
      // An opposite the pack does not list, only the lexical database: less sure.
      ...(listed.length || stands.includes(swap) ? {} : { severity: 'medium' as const }),
      confidence: byPairScore(pair, 0.45, 0.4),
      source: evidenceIn(pair.source, swap.source),
      rewrite: evidenceIn(pair.rewrite, swap.rewrite),
    });
  return findings;
}

/** How far before the verb it governs a privative verb may stand: "stopped selling", "hörte auf zu verkaufen". */
const GOVERNING_REACH = 3;

/** "nicht nur deutsche Wörter" → "nur deutsche Wörter": an addition made a restriction, or the reverse. */
const focusReversals = (pair: FactPair, context: RuleContext): Draft[] =>
  focusFlips(pair, context.pack)
    .slice(0, 1)
    .map((flip) => ({
      messageId: 'focusReversed',
      data: { source: flip.source.text, rewrite: flip.rewrite.text },
      confidence: byPairScore(pair, 0.5, 0.4),
      source: evidenceIn(pair.source, flip.source),
      rewrite: evidenceIn(pair.rewrite, flip.rewrite),
    }));

/** How far into its clause an unpaired statement's negation is read: a summary rewords the verb. */
const UNPAIRED_REACH = 4;

/**
 * A rewrite statement the aligner pairs with nothing (a summary's sentence often fuses several of the
 * source's) that negates what the source says only plainly: "It is not looking ahead to filing …" where
 * the source never negates "looking". Checked against the whole source, so medium at most.
 */
function unpairedNegations(context: RuleContext): Draft[] {
  const findings: Draft[] = [];
  const whole = context.source.sentences;
  for (const pair of checkablePairs(context)) {
    if (pair.source.length) continue;
    for (const s of pair.rewrite)
      for (const n of s.negations) {
        const scope = scopeOf(s, n, context.pack, UNPAIRED_REACH).map((word) => ({
          word,
          negated: negatedNear(whole, sought(word, context.pack), context.pack),
        }));
        if (scope.some((w) => w.negated)) continue;
        if (scope.some((w) => deniedByForm(w.word, whole, context.pack))) continue;
        const word = scope.find((w) => w.negated === false)?.word;
        const where = word && whole.find((x) => x.tokens.some((t) => t.stem === word.stem));
        if (!word || !where) continue;
        findings.push({
          messageId: 'insertedUnpaired',
          data: { negation: n.text, word: word.text },
          severity: 'medium',
          confidence: 0.45,
          source: evidence(where),
          rewrite: evidence(s, n),
        });
        break;
      }
  }
  return findings;
}
