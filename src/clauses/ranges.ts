/**
 * Where a sentence's clauses begin and end: at subordinating conjunctions, relative pronouns, a second finite verb,
 * coordinated predicates and gapped brackets; the clause stage reads one verb group in each (read.ts).
 */
import type { LanguagePack } from '../lang/pack.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import type { Clause } from './types.js';
import { auxiliaryLemmas, canBe, finiteAuxiliary, FINITE, NON_FINITE, type VerbWord } from './verb-words.js';

/** A clause's tokens, from and to (exclusive), and whether it is a main or a subordinate clause. */
export interface Range {
  from: number;
  to: number;
  kind: Clause['kind'];
  /** A conjunct that shares the finite verb of the clause before it ("wird … leiten und … präsentiert"). */
  finiteAt?: number;
  /**
   * Where a main clause goes on after a clause set into it, up to the next comma: its verb bracket may close
   * there ("rief alle, die …, dazu auf").
   */
  resumed?: { from: number; to: number };
}

/** A comma between token i and the token before it. */
const commaBetween = (s: TokenizedSentence, i: number): boolean =>
  s.text.slice(s.tokens[i - 1]!.end, s.tokens[i]!.start).includes(',');

/** A short function word and then a relative pronoun: "bei der", "in which". */
const relativeAfter = (tokens: readonly Token[], i: number, grammar: LanguagePack['verbGrammar']): boolean =>
  tokens[i]!.isStopword && !tokens[i]!.capitalized && grammar.relativePronouns.has(tokens[i + 1]?.norm ?? '');

/** Token ranges of a sentence's clauses: split at subordinating conjunctions, relative pronouns after a comma, ; and :. */
export function clauseRanges(
  s: TokenizedSentence,
  pack: LanguagePack,
  opensWithVerb: boolean,
  words: readonly (VerbWord | undefined)[],
): Range[] {
  const grammar = pack.verbGrammar;
  const ranges: Range[] = [];
  let from = 0;
  // A statement that opens with its finite verb opens with a condition ("Sollte …, gibt es", "Had he known, …").
  const question = s.text.trimEnd().endsWith('?');
  const opener = s.tokens[0]?.norm ?? '';
  let kind: Clause['kind'] =
    grammar.subordinators.has(opener) ||
    (grammar.clauseOpenersAfterComma.has(opener) && !question) ||
    (opensWithVerb && !question)
      ? 'subordinate'
      : 'main';
  // Where the current clause was opened by a relative pronoun: one that reaches its comma with no verb in it was an
  // article opening an apposition ("eine Strohpuppe, der sogenannte Nubbel, verbrannt").
  let relative = false;
  const close = (at: number, next: Clause['kind'], byRelative = false) => {
    if (at > from) ranges.push({ from, to: at, kind });
    from = at;
    kind = next;
    relative = byRelative;
  };
  s.tokens.forEach((t, i) => {
    if (i === 0) return;
    const gap = s.text.slice(s.tokens[i - 1]!.end, t.start);
    // A conjunction opens a clause only with words after it: "damit," in "begründete es damit, …" is an adverb.
    const next = s.tokens[i + 1];
    const opens = next !== undefined && !/[,;:–—]/.test(s.text.slice(t.end, next.start));
    const afterComma = gap.includes(',') && grammar.clauseOpenersAfterComma.has(t.norm);
    // Where a verb bracket puts a subordinate clause's verb last, a conjunction right after a finite verb is an
    // adverb of the main clause: "löste damit … aus", "hat damit gerechnet".
    const adverb = grammar.verbBracket && !gap.includes(',') && canBe(words[i - 1], FINITE);
    if ((grammar.subordinators.has(t.norm) || afterComma) && opens && !adverb) close(i, 'subordinate');
    // A relative clause: a relative pronoun after the comma, or a preposition and one ("bei der", "in which").
    // A finite verb before the article is the main clause's, put first after the clause before it ("Weil …
    // fehlen, müssen die Pfleger …"): no preposition.
    else if (
      gap.includes(',') &&
      (grammar.relativePronouns.has(t.norm) ||
        (relativeAfter(s.tokens, i, grammar) && !canBe(words[i], FINITE)))
    )
      close(i, 'subordinate', true);
    else if (/[;:–—]/.test(gap)) close(i, 'main');
    // A subordinate clause ends at its comma; the clause it was set into goes on. With a verb bracket it holds its
    // finite verb before it ends: a comma before that parts a list or an apposition inside it ("die aus Südafrika,
    // Lesotho oder Eswatini zurückgekehrt sind").
    else if (
      gap.includes(',') &&
      kind === 'subordinate' &&
      (!grammar.verbBracket || hasFinite(words, from, i) || apposition(words, from, i, relative))
    )
      close(i, 'main');
  });
  close(s.tokens.length, 'main');
  return ranges;
}

/**
 * A "relative clause" that reaches its comma with no word that could be a verb, and a non-finite verb after the comma:
 * an apposition opened by an article ("eine Strohpuppe, der sogenannte Nubbel, verbrannt werden"), whose comma gives
 * the main clause back its bracket. A list inside a relative clause goes on with a noun ("die aus Südafrika, Lesotho
 * oder Eswatini zurückgekehrt sind").
 */
const apposition = (
  words: readonly (VerbWord | undefined)[],
  from: number,
  to: number,
  relative: boolean,
): boolean =>
  relative &&
  !words.slice(from + 1, to).some((w) => canBe(w, FINITE) || canBe(w, NON_FINITE)) &&
  canBe(words[to], NON_FINITE) &&
  !canBe(words[to], FINITE);

/** Whether a word from `from` up to `to` can be a finite verb. */
const hasFinite = (words: readonly (VerbWord | undefined)[], from: number, to: number): boolean =>
  words.slice(from, to).some((w) => canBe(w, FINITE));

/** How many words a main clause's first phrase may have before its finite verb, found after a comma. */
const FIRST_PHRASE = 4;

/**
 * A clause holds one verb group: a second finite auxiliary or modal after a word that is no verb starts the next
 * ("said it would suspend", "sagte, er werde … vorlegen"); so does a word that can only be finite, in the first or
 * second place after a comma or a coordinator ("stellte … vor, danach reiste er ab", "fuhr los und kam an").
 */
export function splitAtSecondFinite(
  s: TokenizedSentence,
  range: Range,
  words: readonly (VerbWord | undefined)[],
  pack: LanguagePack,
): Range[] {
  const auxiliaries = auxiliaryLemmas(pack);
  const commaBefore = (i: number) => i > 0 && commaBetween(s, i);
  const clauseOpener = (i: number): number | undefined => {
    for (const at of [i, i - 1]) {
      if (at <= range.from) return undefined;
      if (at - 1 > range.from && pack.verbGrammar.coordinators.has(s.tokens[at - 1]!.norm)) return at - 1;
      if (commaBefore(at)) return at;
    }
    return undefined;
  };
  // With a verb bracket a main clause puts its finite verb second, after a first phrase of some words: after a
  // comma, "20 Prozent hegen derzeit …" and "die Löhne sanken" open clauses of their own.
  const secondPlaceAfterComma = (i: number): number | undefined => {
    if (!pack.verbGrammar.verbBracket) return undefined;
    for (let at = i - 1; at > range.from && i - at <= FIRST_PHRASE; at--) {
      if (words[at]) return undefined;
      if (commaBefore(at)) return at;
    }
    return undefined;
  };
  // A form that may be an infinitive closes a bracket at its segment's end ("…, die Steuern erhöhen"); followed by
  // more of its clause it is the finite verb.
  const endsSegment = (i: number) =>
    i + 1 >= range.to || /[,;:.!?]/.test(s.text.slice(s.tokens[i]!.end, s.tokens[i + 1]!.start));
  let seenFinite = false;
  let lexicalPastAt = -1;
  for (let i = range.from; i < range.to; i++) {
    const word = words[i];
    if (!word) continue;
    // A verb after the infinitive marker is an infinitive ("sich impfen zu lassen"), never a finite verb.
    const marked = s.tokens[i - 1]?.norm === pack.verbGrammar.infinitiveMarker;
    const closedFinite = !marked && finiteAuxiliary(word.readings, auxiliaries);
    const onlyFinite = !canBe(word, NON_FINITE);
    // Or after a comma, a verb before it: "will … anbieten, kann aber nicht garantieren".
    let at: number | undefined;
    // An auxiliary that may be an infinitive and ends its segment closes the bracket ("soll … Geld haben").
    const closesBracket = pack.verbGrammar.verbBracket && endsSegment(i) && canBe(word, NON_FINITE);
    if (seenFinite && closedFinite && i > range.from && !closesBracket && (!words[i - 1] || commaBefore(i)))
      at = i;
    else if (seenFinite && onlyFinite) at = clauseOpener(i) ?? secondPlaceAfterComma(i);
    else if (seenFinite && i > range.from + 1 && invertedAfterClosedBracket(s, i, words, pack)) at = i;
    else if (seenFinite && pack.verbGrammar.verbBracket && canBe(word, FINITE) && !endsSegment(i))
      at = secondPlaceAfterComma(i);
    // Without a verb bracket a past verb right after a coordinator, behind a lexical past, is a second predicate of
    // the same subject ("held talks and found a compromise"); a participle cannot follow a lexical verb that way.
    // Right after the first ("wounded and killed") the two may be adjectives.
    else if (lexicalPastAt >= 0 && lexicalPastAt < i - 2 && pastAfterCoordinator(s, i, word, pack))
      at = i - 1;
    if (at !== undefined)
      return [
        { ...range, to: at },
        ...splitAtSecondFinite(s, { from: at, to: range.to, kind: 'main' }, words, pack),
      ];
    if (!closedFinite && word.readings.some((r) => r.form === 'past' && !auxiliaries.has(r.lemma)))
      lexicalPastAt = i;
    seenFinite ||= canBe(word, FINITE);
  }
  return [range];
}

/**
 * Where a verb bracket closes on a verb before a comma ("hat das Geld genommen,", "soll … gesagt haben,"), a form that
 * may be finite right after the comma, its subject after it, opens a clause of its own: the inverted frame of
 * reported speech ("…, berichtet die Zeitung", "…, erklärt Müller"). A participle there would have no bracket left
 * to close; followed by a coordinator or a preposition it goes on a list ("genommen, versteckt und …").
 */
function invertedAfterClosedBracket(
  s: TokenizedSentence,
  i: number,
  words: readonly (VerbWord | undefined)[],
  pack: LanguagePack,
): boolean {
  const grammar = pack.verbGrammar;
  if (!grammar.verbBracket || !commaBetween(s, i) || !words[i - 1] || !canBe(words[i], FINITE)) return false;
  const next = s.tokens[i + 1];
  if (!next || words[i + 1] || /[,;:.!?]/.test(s.text.slice(s.tokens[i]!.end, next.start))) return false;
  return (
    pack.roleGrammar.determiners.has(next.norm) ||
    pack.subjectPronouns.has(next.norm) ||
    (next.capitalized && !next.isStopword)
  );
}

const pastAfterCoordinator = (s: TokenizedSentence, i: number, word: VerbWord, pack: LanguagePack) =>
  !pack.verbGrammar.verbBracket &&
  pack.verbGrammar.coordinators.has(s.tokens[i - 1]?.norm ?? '') &&
  !commaBetween(s, i) &&
  word.readings.some((r) => r.form === 'past');

/**
 * Two verb groups joined by a coordinator share the first one's finite verb when the second has none of its own:
 * "wird die Einheit leiten und danach präsentiert", "has been developed and tested". The first group must end at
 * the coordinator, and the second's verbs stand where non-finite verbs stand: at its end where the language has a
 * verb bracket, right after the coordinator where it has none.
 */
export function splitAtCoordinatedVerbs(
  s: TokenizedSentence,
  range: Range,
  words: readonly (VerbWord | undefined)[],
  grammar: LanguagePack['verbGrammar'],
): Range[] {
  const finiteAt = range.finiteAt ?? words.slice(range.from, range.to).find((w) => canBe(w, FINITE))?.at;
  if (finiteAt === undefined) return [range];
  for (let c = finiteAt + 1; c < range.to - 1; c++) {
    if (!grammar.coordinators.has(s.tokens[c]!.norm)) continue;
    // "da … gewährleistet werden kann und ggf. Keime … gelangen können": with a verb bracket a clause that closes
    // on its finite verb, and a conjunct that closes on one of its own, are two clauses.
    if (grammar.verbBracket && closesOnFinite(s, range, c, words, grammar))
      return [
        { ...range, to: c },
        { ...range, from: c },
      ];
    if (c < finiteAt + 2 || !canBe(words[c - 1], NON_FINITE)) continue;
    const conjunct = words.slice(c + 1, range.to).filter((w): w is VerbWord => w !== undefined);
    const last = conjunct.at(-1);
    if (!last) continue;
    const placed = grammar.verbBracket ? last.at === range.to - 1 : conjunct[0]!.at <= c + 2;
    // Otherwise the conjunct is a clause with its own finite verb ("… vorgelegt und die Opposition kritisiert ihn").
    const shares = placed && conjunct.every((w) => canBe(w, NON_FINITE));
    return [
      { ...range, to: c },
      { from: c, to: range.to, kind: range.kind, ...(shares ? { finiteAt } : {}) },
    ];
  }
  return [range];
}

/**
 * Whether, in a subordinate clause, the words before a coordinator close on a finite verb ("gewährleistet werden
 * kann"), and the conjunct after it closes on a finite verb at the clause's end with words of its own before it ("und
 * Keime eindringen können"): the verb-last order of two clauses, each with its own verb group.
 */
function closesOnFinite(
  s: TokenizedSentence,
  range: Range,
  c: number,
  words: readonly (VerbWord | undefined)[],
  grammar: LanguagePack['verbGrammar'],
): boolean {
  const [before, end] = [words[c - 1], words[range.to - 1]];
  if (range.kind !== 'subordinate' || !canBe(before, FINITE) || !canBe(end, FINITE) || commaBetween(s, c))
    return false;
  // Words between the coordinator and the conjunct's verb: its own subject ("und Keime … eindringen").
  if (!words.slice(c + 1, range.to - 1).some((w) => w === undefined)) return false;
  // "weil er die Einheit leiten und danach präsentieren wird": an infinitive may share the auxiliary or modal that
  // closes the conjunct after a non-finite verb of its own.
  const helper = (w: VerbWord | undefined) =>
    !!w?.readings.some(
      (r) =>
        grammar.modals.has(r.lemma) ||
        grammar.future.includes(r.lemma) ||
        grammar.perfect.includes(r.lemma) ||
        grammar.passive.includes(r.lemma),
    );
  const shared = canBe(before, NON_FINITE) && helper(end) && canBe(words[range.to - 2], NON_FINITE);
  return !shared;
}

/**
 * A verb bracket closed before a comma, and after it a second group that shares the finite verb ("Ab Februar soll
 * die Pflicht in Kraft treten, ab Mitte März der Status kontrolliert werden"): two clauses, the second without a
 * finite verb of its own (only the verbs that close it may look finite) and no infinitive marker (a "zu" clause is its
 * own).
 */
export function splitAtGappedBracket(
  s: TokenizedSentence,
  range: Range,
  words: readonly (VerbWord | undefined)[],
  grammar: LanguagePack['verbGrammar'],
): Range[] {
  if (!grammar.verbBracket || range.kind !== 'main' || range.finiteAt !== undefined) return [range];
  const finiteAt = words.slice(range.from, range.to).find((w) => canBe(w, FINITE))?.at;
  if (finiteAt === undefined) return [range];
  for (let c = finiteAt + 2; c < range.to - 1; c++) {
    if (!commaBetween(s, c)) continue;
    if (!canBe(words[c - 1], NON_FINITE)) continue;
    const last = range.to - 1;
    const rest = s.tokens.slice(c, range.to);
    if (grammar.infinitiveMarker && rest.some((t) => t.norm === grammar.infinitiveMarker)) return [range];
    // The verbs closing the second group ("kontrolliert werden") may each look finite; none before them may.
    let end = last;
    while (end > c && canBe(words[end], NON_FINITE)) end--;
    if (end === last || words.slice(c, end + 1).some((w) => canBe(w, FINITE))) return [range];
    return [
      { ...range, to: c },
      { from: c, to: range.to, kind: 'main', finiteAt },
    ];
  }
  return [range];
}

/**
 * A main clause, a clause set into it, and the main clause going on up to the next comma without a finite verb of
 * its own ("rief Nehammer alle, die …, dazu auf, …", "will den Plan, den …, am Montag vorstellen"): that part closes
 * the first one's verb bracket, and is no clause of its own. Only the bracket's cluster of verbs may hold a form that
 * could be finite ("vorstellen", "verbrannt werden").
 */
export function withResumed(
  s: TokenizedSentence,
  ranges: Range[],
  words: readonly (VerbWord | undefined)[],
): Range[] {
  const out: Range[] = [];
  for (let i = 0; i < ranges.length; i++) {
    const range = ranges[i]!;
    const [inserted, next] = [ranges[i + 1], ranges[i + 2]];
    out.push(range);
    if (range.kind !== 'main' || inserted?.kind !== 'subordinate' || next?.kind !== 'main') continue;
    if (range.to !== inserted.from || inserted.to !== next.from) continue;
    let to = next.from + 1;
    while (to < next.to && !commaBetween(s, to)) to++;
    // A form that could be finite but closes the bracket's cluster of verbs ("vorstellen", "verbrannt werden") is
    // no finite verb of its own.
    const inCluster = (w: VerbWord) =>
      canBe(w, NON_FINITE) && (w.at === to - 1 || (w.at > next.from && canBe(words[w.at - 1], NON_FINITE)));
    const ownFinite = words.slice(next.from, to).some((w) => canBe(w, FINITE) && !inCluster(w!));
    if (ownFinite) continue;
    out[out.length - 1] = { ...range, resumed: { from: next.from, to } };
    out.push(inserted);
    i += 2;
    if (to < next.to) out.push({ ...next, from: to });
  }
  return out;
}
