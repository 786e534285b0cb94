/**
 * Negations one side says and the other does not: a negation whose words the other side says plainly, counted by kind
 * (a clause's, a preposition's), with the forms that keep it (a prefix, "than ever", "already" for "not yet").
 * Read by the negation rule (src/detect/rules/negation.ts).
 */
import { verbReader } from '../clauses/verb-forms.js';
import { tokenAt } from '../facts/mention.js';
import { findPhrases } from '../facts/phrases.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokens.js';
import type { ModalKind } from '../clauses/types.js';
import { negated } from './clause-verbs.js';
import type { FactPair } from './context.js';
import { focusesOf } from './focus-flips.js';
import {
  isNegatingPreposition,
  negatedNear,
  negatingPrefix,
  scopeOf,
  sought,
  verbsOf,
} from './negation-scope.js';

export interface Flip {
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
export function flipped(from: SentenceFacts[], to: SentenceFacts[], pack: LanguagePack): Flip | undefined {
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
      // "with few exceptions" → "without exception": the amount went from few to none, no claim was reversed.
      if (words.some((word) => fewOf(word, to, pack))) continue;
      if (pack.everComparison.never.includes(fold(n.text)) && comparesWithEver(to, pack)) continue;
      if (deniesExclusive(s, n, pack) && addsByFocus(to, pack)) continue;
      if (
        deniesEqualAmount(s, n, pack) &&
        to.some((o) =>
          o.tokens.some(
            (t, i) =>
              pack.negatedEquality.lesser.includes(t.norm) ||
              (pack.negatedEquality.greater.includes(t.norm) && greaterThanDenied(o, i, s, n, pack)),
          ),
        )
      )
        continue;
      const plain = scope.find((w) => w.negated === false);
      if (plain)
        return {
          negation: n,
          word: plain.word,
          scope: words,
          reworded: keepsSilent(s, n, pack) || verbReworded(s, n, words, to, pack),
        };
      // "ist weiterhin nicht möglich" → "darf wieder aufsperren": the denied possibility granted by a modal.
      const granted = words.find((word) => grantedByModal(word, to, pack));
      if (granted) return { negation: n, word: granted, scope: words, reworded: true };
      // "not yet informed" → "already told": the phase reversed, though the verb is said in other words.
      const phase = notYetAt(s, n, pack);
      if (phase && reached(to, pack)) return { negation: n, word: phase, scope: words, reworded: true };
    }
  return undefined;
}

/**
 * A predicate of silence ("kept quiet", "schwieg") denies a verb of saying it does not name: against the other side's
 * plain verb the statement is always reworded.
 */
function keepsSilent(s: SentenceFacts, n: Mention, pack: LanguagePack): boolean {
  const verbs = new Set(pack.silencePredicates.map((p) => p.verb));
  return s.tokens.some(
    (t) =>
      n.start <= s.start + t.start &&
      s.start + t.end <= n.end &&
      verbReader(pack)(t.norm).some((r) => verbs.has(r.lemma)),
  );
}

/** The modals that open what a word of possibility or permission says: "können", "dürfen", "may". */
const GRANTING = new Set<ModalKind>(['possible', 'permitted']);

/**
 * Whether the other side grants with a modal, not denied, what a word of possibility or permission says: "nicht
 * möglich" against "darf wieder aufsperren", "not allowed" against "may open".
 */
function grantedByModal(word: Token, other: SentenceFacts[], pack: LanguagePack): boolean {
  if (!pack.verbGrammar.modalPredicates?.has(word.norm)) return false;
  return other.some((s) =>
    s.clauses.some((c) => !!c.verb?.modal && GRANTING.has(c.verb.modal) && !negated(s, c)),
  );
}

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
export function deniedByForm(word: Token, other: SentenceFacts[], pack: LanguagePack): boolean {
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

/** "not … as much", "nicht so viele": the negation's clause goes on to an equal amount, which it denies. */
function deniesEqualAmount(s: SentenceFacts, n: Mention, pack: LanguagePack): boolean {
  const clause = s.clauses.find((c) => c.start <= n.start && n.start < c.end);
  const end = clause?.end ?? s.start + s.text.length;
  const after = s.tokens.filter((t) => s.start + t.start >= n.end && s.start + t.end <= end);
  return findPhrases(after, pack.negatedEquality.equal, s.text, s.start).length > 0;
}

/** How far after a comparative its "than" may stand: "more soot particles than". */
const THAN_REACH = 4;

/**
 * A greater amount said of what the source denies an equal amount to: "Not even at a busy junction are there so
 * many" → "more than at a busy junction", the standard of comparison after "than" in words of the denied clause.
 * "does not contain as much alcohol" → "contains more alcohol" names none: a reversal.
 */
function greaterThanDenied(
  o: SentenceFacts,
  i: number,
  s: SentenceFacts,
  n: Mention,
  pack: LanguagePack,
): boolean {
  const than = o.tokens.findIndex(
    (t, k) => k > i && k <= i + THAN_REACH && pack.everComparison.than.includes(t.norm),
  );
  if (than < 0) return false;
  const denied = new Set(
    s.tokens.filter((t) => s.start + t.start >= n.end && !t.isStopword).map((t) => t.stem),
  );
  return o.tokens.slice(than + 1, than + 1 + THAN_REACH).some((t) => !t.isStopword && denied.has(t.stem));
}

/**
 * "not the only thing", "nicht der einzige": a negation of exclusiveness, said of what follows it. The other side's
 * "not only" / "nicht nur" says the same ("It is not only weight that carries risks" → "Weight is not the only thing
 * that carries risks").
 */
function deniesExclusive(s: SentenceFacts, n: Mention, pack: LanguagePack): boolean {
  const i = s.tokens.findIndex((t) => s.start + t.start >= n.end);
  const [article, word] = [s.tokens[i], s.tokens[i + 1]];
  return (
    !!article &&
    !!word &&
    pack.roleGrammar.determiners.has(article.norm) &&
    pack.exclusives.some((e) => fold(e) === word.norm)
  );
}

/** Whether a group says "not only", "nicht nur": a negated particle of focus. */
const addsByFocus = (group: SentenceFacts[], pack: LanguagePack): boolean =>
  group.some((s) => focusesOf(s, pack).some((f) => f.negated));

/** Whether the other side says the word with a quantifier of the lowest level before it: "few exceptions". */
function fewOf(word: Token, other: SentenceFacts[], pack: LanguagePack): boolean {
  return other.some((s) =>
    s.tokens.some(
      (t, i) =>
        t.stem === word.stem &&
        s.tokens.slice(Math.max(0, i - FEW_REACH), i).some((q) => pack.quantifiers.get(q.norm) === 1),
    ),
  );
}

/** How far before its noun "few" may stand: "very few exceptions", "nur sehr wenige Ausnahmen". */
const FEW_REACH = 3;

/** "than ever", "als je": a comparison with every time before, the positive way of saying "never". */
export const comparesWithEver = (group: SentenceFacts[], pack: LanguagePack): boolean =>
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
export const negationCount = (group: SentenceFacts[], pack: LanguagePack, ofPreposition: boolean): number =>
  group.reduce(
    (count, s) => count + s.negations.filter((n) => isNegatingPreposition(n, pack) === ofPreposition).length,
    0,
  );

/**
 * A negation that moved between a clause and a preposition and kept its words: "did not travel with an escort" →
 * "travelled without an escort", "without ever having had a licence" → "has never had a licence". The side with the
 * preposition says it of words the other side says too; "nicht mehr gefeiert" → "ohne Unterbrechung gefeiert"
 * denies something new.
 */
export function movedBetweenKinds(
  pair: FactPair,
  [ofClause, ofPreposition]: number[],
  pack: LanguagePack,
): boolean {
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
