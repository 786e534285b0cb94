import { verbReader } from '../../clauses/verb-forms.js';
import { tokenAt } from '../../facts/mention.js';
import { answeredOnce } from '../../lang/derived.js';
import type { LanguagePack } from '../../lang/pack.js';
import { negatingPrefixOf } from '../../lexicon/prefix-negation.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { fold } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { contentTokens, type Token } from '../../text/tokens.js';
import { antonymPairs } from '../antonyms.js';
import { clauseWindow } from '../clause-window.js';
import { byPairScore, evidence, evidenceIn, WEAK_PAIR, type FactPair, type RuleContext } from '../context.js';
import { checkablePairs } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { opposedFunctionWords, reversedWords } from '../reversals.js';
import { restatement } from '../restatement.js';
import { defineRule } from '../rule.js';

type MessageId = 'removed' | 'inserted' | 'reversed' | 'insertedUnpaired';
type Draft = FindingDraft<MessageId>;

const isContent = (t: Token): boolean => contentTokens([t]).length > 0;

/**
 * What a negation bears on: content words after it in its clause, or, at a clause's end, the clause
 * before it — a negation there negates the whole clause ("Einen Durchbruch erwarten die Dienste nicht").
 */
function scopeOf(sentence: SentenceFacts, negation: Mention, pack: LanguagePack, reach = 2): Token[] {
  const at = tokenAt(sentence, negation);
  const { before, after } = clauseWindow(sentence, at, { before: Infinity, after: Infinity });
  const following = nounPhraseEnd(after.filter(isContent).slice(0, reach), negation, pack);
  if (following.length) return following;
  const clause = before.filter(isContent);
  if (clause.length) return clause;
  return sentence.tokens
    .slice(0, Math.max(0, at))
    .reverse()
    .filter(isContent)
    .slice(0, reach - 1);
}

/**
 * A preposition governs a noun phrase, which ends at its noun where nouns are written capitalised: "ohne
 * Unterbrechung gefeiert" denies the interruption, not the celebrating.
 */
function nounPhraseEnd(words: Token[], negation: Mention, pack: LanguagePack): Token[] {
  if (!pack.nounsCapitalized || !isNegatingPreposition(negation, pack)) return words;
  const noun = words.findIndex((t) => t.capitalized);
  return noun < 0 ? words : words.slice(0, noun + 1);
}

/** A word to find on the other side: its stem, and the verbs it is a form of ("beobachtet" → "beobachten"). */
interface Sought {
  stem: string;
  verbs: readonly string[];
}

/**
 * The verbs a word is a form of, particles apart ("zahlen" is no form of "abzahlen" here): asked of every word of a
 * pair for every word a negation bears on, so answered once per word.
 */
const verbsOf: (norm: string, pack: LanguagePack) => readonly string[] = answeredOnce((norm, pack) =>
  verbReader(pack)(norm)
    .filter((r) => !r.particle)
    .map((r) => r.lemma),
);

const sought = (t: Token, pack: LanguagePack): Sought => ({ stem: t.stem, verbs: verbsOf(t.norm, pack) });

/**
 * A word by its stem, an inflection the stemmer leaves apart ("garantieren" → "garanti", "garantiert" stays whole:
 * the stem and up to three more letters), or another form of the same verb ("beobachtet", "beobachten").
 */
const sameWord = (t: Token, word: Sought, pack: LanguagePack): boolean =>
  t.stem === word.stem ||
  (word.stem.length >= 5 && t.norm.startsWith(word.stem) && t.norm.length - word.stem.length <= 3) ||
  (word.verbs.length > 0 && !t.isStopword && verbsOf(t.norm, pack).some((v) => word.verbs.includes(v)));

/** "without", "ohne": a negation that governs a noun phrase, not a clause. */
const isNegatingPreposition = (n: Mention, pack: LanguagePack): boolean =>
  pack.negatingPrepositions.includes(fold(n.text));

/** No content word follows a token in its clause. */
const endsClause = (s: SentenceFacts, j: number): boolean =>
  !clauseWindow(s, j, { after: Infinity }).after.some(isContent);

/**
 * Whether a group says the word negated: a negation before it in its clause, or just after it ("gewinnt nicht"); by
 * a negating word only, by a word of negative form only ("unable", "außer"), or by either.
 */
function negatedNear(
  group: SentenceFacts[],
  word: Sought,
  pack: LanguagePack,
  by: 'any' | 'word' | 'form' = 'any',
): boolean | undefined {
  let seen = false;
  for (const s of group) {
    const i = s.tokens.findIndex((t) => sameWord(t, word, pack));
    if (i < 0) continue;
    seen = true;
    // "unable to pay" keeps the "not" of "could not pay"; a privative phrase ("außer Zweifel") bears on the noun it
    // spans, a negated adjective on the verb it governs.
    const at = s.tokens[i]!;
    const spans = (n: Mention) => n.start <= s.start + at.start && s.start + at.end <= n.end;
    if (by !== 'word' && s.impliedNegations.some((n) => n.bears === 'noun' && spans(n))) return true;
    const negators = [
      ...(by === 'form' ? [] : s.negations),
      ...(by === 'word' ? [] : s.impliedNegations.filter((n) => n.bears === 'infinitive')),
    ];
    // "unaware of any injuries" denies the injuries as "not aware of any injuries" does.
    const deniedBefore = (j: number): boolean =>
      negatingPrefix(s.tokens[j]!, pack) !== undefined &&
      !/[.;:!?]/.test(s.text.slice(s.tokens[j]!.end, at.start));
    for (let j = Math.max(0, i - 8); by !== 'word' && j < i; j++) if (deniedBefore(j)) return true;
    const negated = negators.some((n) => {
      const j = tokenAt(s, n);
      // A preposition denies the phrase it governs only, and "ever" right after it: "without ever" is "never".
      if (isNegatingPreposition(n, pack))
        return (
          scopeOf(s, n, pack).includes(at) || (j === i - 1 && pack.everComparison.ever.includes(at.norm))
        );
      // After the word only at its clause's end, where it negates the clause ("gewinnt nicht", "erwarten
      // die Dienste nicht"): "take it without asking" negates "asking", not "take".
      if (j > i)
        return !/[,.;:!?]/.test(s.text.slice(s.tokens[i]!.end, s.tokens[j]!.start)) && endsClause(s, j);
      return i - j <= 8 && !/[.;:!?]/.test(s.text.slice(s.tokens[j]!.end, s.tokens[i]!.start));
    });
    if (negated) return true;
  }
  return seen ? false : undefined;
}

/** The word a mention stands on. */
function wordAt(group: SentenceFacts[], m: Mention, pack: LanguagePack): Sought {
  const s = group.find((x) => x.start <= m.start && m.start < x.start + x.text.length) ?? group[0]!;
  const t = s.tokens[Math.max(0, tokenAt(s, m))];
  return t ? sought(t, pack) : { stem: fold(m.text), verbs: [] };
}

interface Flip {
  negation: Mention;
  /** The first word it bears on that the other side says without negation. */
  word: Token;
  scope: Token[];
  /**
   * The verb it bears on is one the other side does not say: the statement is reworded around the negation, which
   * a word of negative meaning may carry ("did not attend" → "was absent", "nahm nicht teil" → "fehlte").
   */
  reworded: boolean;
}

/**
 * Whether the verb a negation bears on is missing from the other side in every form: the first verb of its scope
 * ("not attend"), else its clause's ("nahm nicht an der Sitzung teil").
 */
function verbReworded(
  s: SentenceFacts,
  n: Mention,
  scope: Token[],
  other: SentenceFacts[],
  pack: LanguagePack,
): boolean {
  // A preposition governs a noun phrase: its word is a verb only in the form a preposition takes ("without asking",
  // "ohne zu fragen"); "without power" bears on the clause's verb ("left … without power").
  const preposition = isNegatingPreposition(n, pack);
  const read = verbReader(pack);
  const isVerb = (t: Token) =>
    preposition
      ? read(t.norm).some((r) => r.form === 'progressive' || r.form === 'zu-infinitive')
      : verbsOf(t.norm, pack).length > 0;
  const first = scope.find((t) => !t.capitalized && isVerb(t));
  const verbs = first
    ? verbsOf(first.norm, pack)
    : [s.clauses.find((c) => c.start <= n.start && n.start < c.end)?.verb?.lemma ?? ''].filter(Boolean);
  if (!verbs.length) return false;
  return !other.some(
    (o) =>
      o.clauses.some((c) => verbs.includes(c.verb?.lemma ?? '')) ||
      o.tokens.some((t) => verbsOf(t.norm, pack).some((v) => verbs.includes(v))),
  );
}

/** A negation of one side whose words the other side says without it. */
function flipped(from: SentenceFacts[], to: SentenceFacts[], pack: LanguagePack): Flip | undefined {
  for (const s of from)
    for (const n of s.negations) {
      // Kept when any word it bears on is still negated: "Waffenruhe ohne Vorbedingungen hat Putin abgelehnt".
      const words = scopeOf(s, n, pack);
      // A word both sides deny by its form ("remained out of view" → "not remained out of view") is no negation
      // the other side kept: only a negating word there counts.
      const scope = words.map((word) => {
        const w = sought(word, pack);
        const byForm = negatedNear([s], w, pack, 'form') === true;
        return { word, negated: negatedNear(to, w, pack, byForm ? 'word' : 'any') };
      });
      if (scope.some((w) => w.negated)) continue;
      // "ohne Vorbedingungen" → "bedingungslos", "not clear" → "unclear": the word's negation is in its form there.
      if (words.some((word) => deniedByForm(word, to, pack))) continue;
      if (pack.everComparison.never.includes(fold(n.text)) && comparesWithEver(to, pack)) continue;
      const plain = scope.find((w) => w.negated === false);
      if (plain)
        return { negation: n, word: plain.word, scope: words, reworded: verbReworded(s, n, words, to, pack) };
      // "not yet informed" → "already told": the phase reversed, though the verb is said in other words.
      const phase = notYetAt(s, n, pack);
      if (phase && reached(to, pack)) return { negation: n, word: phase, scope: words, reworded: true };
    }
  return undefined;
}

/** A word negated by its prefix ("unaware", "unmöglich"), the prefix that does it; German nouns never ("Unfall"). */
const negatingPrefix = (t: Token, pack: LanguagePack): string | undefined =>
  t.isStopword || (t.capitalized && pack.nounsCapitalized) ? undefined : negatingPrefixOf(t.norm, pack);

/** The base a word denies by its form: "clear" of "unclear", "bedingung" of "bedingungslos", "tax" of "tax-free". */
function deniedBase(t: Token, pack: LanguagePack): string | undefined {
  if (t.isStopword) return undefined;
  const prefix = negatingPrefix(t, pack);
  if (prefix) return t.norm.slice(prefix.length);
  // The stem has the inflection off: "bedingungslosem" → "bedingungslos".
  for (const word of [t.norm, t.stem])
    for (const suffix of pack.privativeSuffixes)
      if (word.endsWith(suffix) && word.length - suffix.length >= MIN_BASE)
        return word.slice(0, -suffix.length).replace(/-$/, '');
  return undefined;
}

/** The shortest base or stem compared: shorter ones meet by chance. */
const MIN_BASE = 4;

/**
 * Whether the other side has a word that denies this one by its form: its base is the word, or the word's head
 * ("Vorbedingungen" → "bedingungslos", "preconditions" → "unconditional").
 */
function deniedByForm(word: Token, other: SentenceFacts[], pack: LanguagePack): boolean {
  // "not unaware" denies a word that is denied already: that is no negation said by a form.
  if (deniedBase(word, pack) !== undefined) return false;
  const w = word.stem;
  return other.some((s) =>
    s.tokens.some((t) => {
      const base = deniedBase(t, pack);
      if (!base) return false;
      const b = stem(base, pack.code);
      if (b === w) return true;
      const long = b.length >= MIN_BASE && w.length >= MIN_BASE;
      return long && (b.startsWith(w) || w.startsWith(b) || w.endsWith(b) || b.endsWith(w));
    }),
  );
}

/** The phase particle that makes a negation "not yet": "yet" right after it, "noch" right before it. */
function notYetAt(s: SentenceFacts, n: Mention, pack: LanguagePack): Token | undefined {
  const i = tokenAt(s, n);
  const { word, after } = pack.phaseParticles.notYet;
  const t = s.tokens[after ? i + 1 : i - 1];
  return t?.norm === word ? t : undefined;
}

/** Whether a side says the state is reached ("already", "bereits"). */
const reached = (group: SentenceFacts[], pack: LanguagePack): boolean =>
  group.some((s) => s.tokens.some((t) => pack.phaseParticles.already.includes(t.norm)));

/** "than ever", "als je": a comparison with every time before, the positive way of saying "never". */
const comparesWithEver = (group: SentenceFacts[], pack: LanguagePack): boolean =>
  group.some((s) =>
    s.tokens.some(
      (t, i) =>
        pack.everComparison.ever.includes(t.norm) &&
        pack.everComparison.than.includes(s.tokens[i - 1]?.norm ?? ''),
    ),
  );

/**
 * How many negations a group says, of a clause and of a preposition apart: "ohne Unterbrechung" governs its noun
 * phrase and does not take over the "nicht" a verb lost.
 */
const negationCount = (group: SentenceFacts[], pack: LanguagePack, ofPreposition: boolean): number =>
  group.reduce(
    (count, s) => count + s.negations.filter((n) => isNegatingPreposition(n, pack) === ofPreposition).length,
    0,
  );

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
      insertedUnpaired:
        'Negation inserted: rewrite says "{{negation}}" about "{{word}}", which the source says only without negation.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    return [...context.matched.flatMap((pair) => reversals(pair, context)), ...unpairedNegations(context)];
  },
});

/**
 * A negation that moved between a clause and a preposition and kept its words: "did not travel with an escort" →
 * "travelled without an escort", "without ever having had a licence" → "has never had a licence". The side with the
 * preposition says it of words the other side says too; "nicht mehr gefeiert" → "ohne Unterbrechung gefeiert"
 * denies something new.
 */
function movedBetweenKinds(pair: FactPair, [ofClause, ofPreposition]: number[], pack: LanguagePack): boolean {
  if (ofClause === 0 || ofClause! + ofPreposition! !== 0) return false;
  const [withPreposition, other] =
    ofPreposition! > 0 ? [pair.rewrite, pair.source] : [pair.source, pair.rewrite];
  // An auxiliary counts here: "without having had" is said again by "has never had".
  const said = (word: Token) => {
    const { stem, verbs } = sought(word, pack);
    return other.some((s) =>
      s.tokens.some((t) => t.stem === stem || verbsOf(t.norm, pack).some((v) => verbs.includes(v))),
    );
  };
  return withPreposition.every((s) =>
    s.negations.filter((n) => isNegatingPreposition(n, pack)).every((n) => scopeOf(s, n, pack).some(said)),
  );
}

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
  const stands = opposedFunctionWords(pair, context);
  const swaps = [...listed, ...looked, ...stands].filter(
    (w) => !inFact(pair.source, w.source) && !inFact(pair.rewrite, w.rewrite),
  );
  // "nicht gesunken" for "gestiegen", "not aware" for "unaware": the negation bears on the word swapped for
  // its opposite, the same claim.
  const cancels = (flip: Flip | undefined, side: 'source' | 'rewrite') =>
    flip !== undefined && swaps.some((w) => flip.scope.some((t) => t.norm === fold(w[side].text)));
  if (cancels(removed, 'source') || cancels(inserted, 'rewrite')) return [];
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
      source: evidence(restatement(pair.rewrite, pair.source, [inserted.negation]).sentence),
      rewrite: evidenceIn(pair.rewrite, inserted.negation),
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
