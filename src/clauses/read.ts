import type { LanguagePack } from '../lang/pack.js';
import type { VerbReading } from '../lang/verb-lexicon.js';
import type { Token, TokenizedSentence } from '../text/tokens.js';
import { readBracketShapes } from './bracket-shapes.js';
import { readHearsay } from './hearsay.js';
import { readIntentions } from './intentions.js';
import { readPurposes } from './purposes.js';
import {
  clauseRanges,
  splitAtCoordinatedVerbs,
  splitAtGappedBracket,
  splitAtSecondFinite,
  withResumed,
  type Range,
} from './ranges.js';
import { verbText } from './spans.js';
import { isParticipleClause } from './participle-clauses.js';
import { isStatePassive } from './state-passive.js';
import { sensesOf } from '../lexicon/senses.js';
import { findPhrases } from '../facts/phrases.js';
import type { Clause, EventStatus, ModalKind, Mood, VerbGroup } from './types.js';
import { verbReader } from './verb-forms.js';
import {
  auxiliaryLemmas,
  beforeModifiers,
  canBe,
  FINITE,
  finiteAuxiliary,
  hasReading,
  isParticiple,
  isPresentForm,
  isVerbHere,
  NON_FINITE,
  type VerbWord,
} from './verb-words.js';

/**
 * The reading of the finite verb: the one whose separable particle closes the verb bracket later in the clause,
 * else one without. A particle stands at the bracket's end, before a mark, a coordinator or another verb: "um" in
 * "leitete die Einheit, um 14.00 Uhr …" is a preposition, not "umleiten".
 */
function finiteReading(
  word: VerbWord,
  rest: readonly Token[],
  closesBracket: (t: Token) => boolean,
): VerbReading {
  const finite = word.readings.filter((r) => FINITE.includes(r.form));
  // The first bracket end is this verb's; a later particle belongs to a verb further on.
  const closing = rest.find((t) => finite.some((r) => r.particle === t.norm) && closesBracket(t));
  const withParticle = closing && finite.find((r) => r.particle === closing.norm);
  return withParticle ?? finite.find((r) => !r.particle) ?? finite[0]!;
}

/** Reads a clause's verb group, status and mood. */
function readClause(
  s: TokenizedSentence,
  range: Range,
  sentenceWords: readonly (VerbWord | undefined)[],
  pack: LanguagePack,
): Clause {
  const grammar = pack.verbGrammar;
  const auxiliaries = auxiliaryLemmas(pack);
  const readWord = verbReader(pack);
  const span = {
    start: s.start + s.tokens[range.from]!.start,
    end: s.start + s.tokens[range.to - 1]!.end,
    kind: range.kind,
  };
  const words = [
    ...sentenceWords.slice(range.from, range.to),
    ...(range.resumed ? sentenceWords.slice(range.resumed.from, range.resumed.to) : []),
  ].filter((w): w is VerbWord => w !== undefined);
  if (isParticipleClause(s, range, words, sentenceWords, pack))
    return { ...span, kind: 'subordinate', status: 'unmarked', mood: 'indicative', participle: true };
  // A verb after the infinitive marker is an infinitive ("zu präsentieren", "to provide"), never the finite verb.
  const canBeFinite = words.filter(
    (w) =>
      canBe(w, FINITE) &&
      (!grammar.infinitiveMarker ||
        s.tokens[beforeModifiers(s, w.at, pack)]?.norm !== grammar.infinitiveMarker),
  );
  // Two finite verbs do not stand side by side in one clause: right before a finite auxiliary, a word that is no
  // auxiliary only shares a verb form's spelling ("Schon lange ist bekannt": "lange" is no form of "langen" there).
  const finiteAuxiliaryAt = (at: number) =>
    canBeFinite.some((w) => w.at === at && finiteAuxiliary(w.readings, auxiliaries));
  const beforeAuxiliary = (w: VerbWord) =>
    !w.readings.some((r) => auxiliaries.has(r.lemma)) &&
    finiteAuxiliaryAt(w.at + 1) &&
    s.text.slice(w.token.end, s.tokens[w.at + 1]!.start).trim() === '';
  // A word that can only be finite outranks one that may be a participle or an infinitive: in "der IS sei dort
  // besiegt" and "Darin enthalten sei …" the finite verb is "sei", not "besiegt" or "enthalten".
  const onlyFinite = canBeFinite.filter(
    (w) => !w.readings.some((r) => NON_FINITE.includes(r.form)) && !beforeAuxiliary(w),
  );
  const finites = onlyFinite.length ? onlyFinite : canBeFinite;
  // Where a subordinate clause puts its finite verb last ("…, das im Mai in Kraft treten wird"), the last is it.
  const finiteWord =
    range.finiteAt !== undefined
      ? sentenceWords[range.finiteAt]
      : range.kind === 'subordinate' && grammar.verbBracket
        ? finites.at(-1)
        : finites[0];
  if (!finiteWord) return { ...span, status: 'unmarked', mood: 'indicative' };
  const after = s.tokens.slice(Math.max(finiteWord.at + 1, range.from), range.to);
  const resumed = range.resumed ? s.tokens.slice(range.resumed.from, range.resumed.to) : [];
  const closesBracket = (t: Token): boolean => {
    const i = s.tokens.indexOf(t);
    const next = s.tokens[i + 1];
    return (
      i === range.to - 1 ||
      i === (range.resumed?.to ?? 0) - 1 ||
      !next ||
      /[^\s]/.test(s.text.slice(t.end, next.start)) ||
      grammar.coordinators.has(next.norm) ||
      sentenceWords[i + 1] !== undefined
    );
  };
  const finite = finiteReading(finiteWord, [...after, ...resumed], closesBracket);
  const forms = new Set(finiteWord.readings.filter((r) => r.lemma === finite.lemma).map((r) => r.form));
  // The copula governs no bare infinitive: "was still unclear" has no verb "still"; "is to take" has its marker.
  const bare = (w: VerbWord) =>
    finite.lemma === grammar.copula &&
    s.tokens[beforeModifiers(s, w.at, pack)]?.norm !== grammar.infinitiveMarker;
  // With a verb bracket, a non-finite verb right before a comma closes it: a participle after the comma with its
  // preposition opens a phrase of its own ("hat die Steuern erhöht, gefolgt von neuen Ausgaben"); one of a list
  // does not ("hat das Geld genommen, versteckt und ausgegeben").
  const phraseAfter = (w: VerbWord): boolean => {
    const opener = words.find((o) => o.at === w.at + 1 && o.readings.some((r) => r.form === 'participle'));
    const next = s.tokens[w.at + 2];
    return !!opener && !!next?.isStopword && !grammar.coordinators.has(next.norm);
  };
  const closer = grammar.verbBracket
    ? words.find(
        (w) =>
          w.at > finiteWord.at &&
          w.readings.some((r) => NON_FINITE.includes(r.form)) &&
          /^\s*,/u.test(s.text.slice(w.token.end)) &&
          phraseAfter(w),
      )
    : undefined;
  // Without a verb bracket the verb group follows its finite verb, short of a comma: a participle before it
  // describes a noun ("devices with the app installed will be considered"), and in "We are the post office, not a
  // bank, Huber said" the "said" is the speaker's.
  const inGroup = (w: VerbWord) =>
    grammar.verbBracket
      ? !closer || w.at <= closer.at || w.at < finiteWord.at
      : w.at > finiteWord.at && !s.text.slice(finiteWord.token.end, w.token.start).includes(',');
  const others = words.filter(
    (w) =>
      w !== finiteWord &&
      inGroup(w) &&
      w.readings.some((r) => NON_FINITE.includes(r.form) && (r.form !== 'infinitive' || !bare(w))),
  );
  const nonFinite = (w: VerbWord) => w.readings.find((r) => NON_FINITE.includes(r.form))!;
  // "is expected to be voted", "is set to have finished": after an auxiliary's infinitive its participle is the event.
  const eventAfterMarker = ([first, next]: VerbWord[]): VerbWord | undefined =>
    first && next?.at === first.at + 1 && auxiliaries.has(nonFinite(first).lemma) && isParticiple(next)
      ? next
      : first;
  // A lexical finite verb names the event itself ("legte … vor", "set … to guide"); after an auxiliary or a modal,
  // the first non-finite verb that is no auxiliary does; after a present "be" and the infinitive marker, the verb it
  // introduces ("is set to present").
  const closedFinite = auxiliaries.has(finite.lemma);
  const marker = grammar.infinitiveMarker;
  const markerAt =
    marker && closedFinite && grammar.passive.includes(finite.lemma) && isPresentForm(finiteWord, finite)
      ? after.findIndex((t) => t.norm === marker)
      : -1;
  // "is to", "is set to", "is going to": only verb forms and adverbs between "be" and the marker. An adjective
  // there governs the infinitive itself ("is important to note", "is compulsory to give"): no arrangement.
  const between = after.slice(0, Math.max(0, markerAt));
  const markedAt = between.every(
    (t) =>
      t.isStopword ||
      readWord(t.norm).some((r) => r.form === 'participle' || r.form === 'progressive') ||
      sensesOf(t.norm, 'r', pack).length > 0,
  )
    ? markerAt
    : -1;
  // "is required to", "is obliged to": the participle of a verb of obligation makes a duty, not an arrangement.
  const obliged = between.some((t) =>
    readWord(t.norm).some((r) => r.form === 'participle' && !!grammar.obligingVerbs?.has(r.lemma)),
  );
  const afterMarker =
    markedAt >= 0 ? eventAfterMarker(others.filter((w) => w.at > finiteWord.at + 1 + markedAt)) : undefined;
  // An infinitive with its marker ("zu gewöhnen", "vorzulegen", "to pay") heads a clause of its own: it does not
  // name the finite verb's event ("war geplant, … zu gewöhnen" is about planning).
  const ownInfinitive = (w: VerbWord) =>
    w !== afterMarker &&
    (w.readings.every((r) => r.form === 'zu-infinitive' || !NON_FINITE.includes(r.form)) ||
      (marker !== undefined && s.tokens[w.at - 1]?.norm === marker));
  const lexicals = others.filter(
    (w) =>
      !auxiliaries.has(nonFinite(w).lemma) && !ownInfinitive(w) && (!afterMarker || w.at <= afterMarker.at),
  );
  // Within the verb bracket the event's verb closes it ("wie angekündigt … verlängert wird": "verlängert").
  // An adverb the lexicon also knows as a verb stands between a modal and its infinitive: "can even inhibit", "may
  // still work", "could still not say" — the verb right after it, or after its negation, names the event.
  const negation = (at: number) => pack.negations.includes(s.tokens[at]?.norm ?? '');
  const adverbBefore = (w: VerbWord) =>
    lexicals.some((x) => x.at === w.at + 1 || (x.at === w.at + 2 && negation(w.at + 1))) &&
    sensesOf(w.token.norm, 'r', pack).length > 0;
  const lexical = grammar.verbBracket
    ? lexicals.filter((w) => w.at < finiteWord.at || range.kind === 'main').at(-1)
    : (lexicals.find((w) => !adverbBefore(w)) ?? lexicals[0]);
  // "there were no plans to raise taxes": an infinitive of its own is no fallback for the copula's event.
  const main = !closedFinite
    ? undefined
    : (afterMarker ?? lexical ?? others.filter((w) => !ownInfinitive(w)).at(-1));
  const mainReading = main ? nonFinite(main) : undefined;
  const particleWord = finite.particle
    ? [...after, ...resumed].find((t) => t.norm === finite.particle && closesBracket(t))
    : undefined;
  const lemma = mainReading?.lemma ?? finite.lemma;

  const isPast = forms.has('past');
  const isPresent = forms.has('present');
  let mood: Mood = 'indicative';
  const lookalike = grammar.subjunctiveLookalikeSubjects;
  const firstPerson = [finiteWord.at - 1, finiteWord.at + 1].some((i) =>
    lookalike?.has(s.tokens[i]?.norm ?? ''),
  );
  // "…, sei es Fahrradfahren oder Gymnastik", "…, es sei denn": a formula opening its clause, no one's words
  // ("Wichtig sei es, …" reports).
  const at = s.start + finiteWord.token.start;
  const opensClause = (m: { start: number }) =>
    /(?:^|[,;:(–—-])\s*$/u.test(s.text.slice(0, m.start - s.start));
  const formula = findPhrases(s.tokens, grammar.subjunctiveFormulas ?? [], s.text, s.start).some(
    (m) => m.start <= at && at < m.end && opensClause(m),
  );
  if (forms.has('subjunctive1') && !isPresent && !isPast && !firstPerson && !formula) mood = 'reported';
  if (forms.has('subjunctive2') && !isPast) mood = 'hypothetical';

  const form = mainReading?.form;
  // "soll … gewesen sein": the perfect's auxiliary with a participle; "soll krank sein" is no perfect.
  // "sollen … erlaubt sein" is a state to come, no perfect: the verb's perfect takes another auxiliary.
  // The participle's own verb decides, whichever verb the group is read as naming.
  const participleLemmas = others.flatMap((w) =>
    w.readings.filter((r) => r.form === 'participle').map((r) => r.lemma),
  );
  const perfectInfinitive = others.some(
    (w) =>
      grammar.perfect.includes(nonFinite(w).lemma) &&
      participleLemmas.some((p) => !isStatePassive(nonFinite(w).lemma, p, pack)),
  );
  // "lässt sich … beschleunigen": the reflexive pronoun in the clause, the event's verb a bare infinitive.
  const reflexiveModal = (): ModalKind | undefined => {
    const r = grammar.reflexiveModal;
    if (!r || finite.lemma !== r.verb || form !== 'infinitive') return undefined;
    return [...after, ...resumed].some((t) => t.norm === r.reflexive) ? r.modal : undefined;
  };
  const auxiliaryInfinitive = others.some(
    (w) => w !== main && auxiliaries.has(nonFinite(w).lemma) && nonFinite(w).form === 'infinitive',
  );
  let status: EventStatus = isPast ? 'done' : 'unmarked';
  let tense: VerbGroup['tense'] = isPast ? 'past' : 'present';
  let aspect: VerbGroup['aspect'] = 'simple';
  let passive = false;
  // "haben … verbringen müssen", "wird … zahlen müssen": a modal's infinitive under an auxiliary (its perfect, with
  // the infinitive standing for the participle, or its future) makes the group the modal's, as "mussten" or "muss".
  const modalInfinitive = closedFinite
    ? others.find(
        (w) => w !== main && nonFinite(w).form === 'infinitive' && grammar.modals.has(nonFinite(w).lemma),
      )
    : undefined;
  let modal: ModalKind | undefined =
    grammar.modals.get(finite.lemma) ??
    reflexiveModal() ??
    (modalInfinitive ? grammar.modals.get(nonFinite(modalInfinitive).lemma) : undefined);
  if (modalInfinitive && !grammar.modals.has(finite.lemma)) {
    if (grammar.perfect.includes(finite.lemma)) [tense, aspect] = ['past', 'perfect'];
    else if (grammar.future.includes(finite.lemma) && (isPresent || mood === 'reported')) tense = 'future';
  }
  if (afterMarker && grammar.passive.includes(finite.lemma)) {
    // "is to present", "is set to present", "is going to present": an arrangement.
    modal = obliged ? 'necessary' : 'expected';
    status = obliged ? 'unmarked' : 'planned';
    tense = obliged ? 'present' : 'future';
    passive = others.some((w) => w.at === afterMarker.at - 1 && grammar.passive.includes(nonFinite(w).lemma));
  } else if (modal) {
    // "must be stated", "muss angegeben werden": the modal over the passive's infinitive and a participle.
    passive =
      form === 'participle' && others.some((w) => w !== main && grammar.passive.includes(nonFinite(w).lemma));
    if (perfectInfinitive && (modal === 'expected' || modal === 'intended')) {
      // "soll … gesagt haben": hearsay about something done; "will … bemerkt haben": a claim of one's own.
      mood = 'reported';
      status = 'done';
      tense = 'past';
    } else {
      // "werde … sparen müssen": the future of a modal looks ahead as the future does, a necessity to come.
      status = modal === 'intended' || modal === 'expected' || tense === 'future' ? 'planned' : 'unmarked';
      tense = status === 'planned' ? 'future' : tense;
    }
  } else if (
    grammar.future.includes(finite.lemma) &&
    (isPresent || mood === 'reported') &&
    (form === 'infinitive' || auxiliaryInfinitive)
  ) {
    // "will present", and with an auxiliary's infinitive the passive or perfect of the future: "will be dropped",
    // "will have been paid", "wird … vorgelegt werden".
    tense = 'future';
    status = 'planned';
    passive = others.some((w) => w !== main && grammar.passive.includes(nonFinite(w).lemma));
  } else if (grammar.hypothetical.includes(finite.lemma) && mood === 'hypothetical') {
    status = 'unmarked';
    passive = others.some((w) => w !== main && grammar.passive.includes(nonFinite(w).lemma));
    // "would have ended", "würde … ausgelaufen sein": the conditional's perfect, what did not happen. "would have to
    // lift" is no perfect: the marker after "have" makes it a necessity.
    const haveTo = others.some(
      (w) => grammar.perfect.includes(nonFinite(w).lemma) && s.tokens[w.at + 1]?.norm === marker,
    );
    if (perfectInfinitive && !haveTo) [tense, aspect] = ['past', 'perfect'];
  } else if (grammar.perfect.includes(finite.lemma) && form === 'participle' && lemma !== finite.lemma) {
    passive = others.some((w) => grammar.passive.includes(nonFinite(w).lemma) && w !== main);
    if (!passive && isStatePassive(finite.lemma, lemma, pack)) {
      // "Veranstaltungen sind wieder erlaubt": a state, told in the auxiliary's own tense.
      passive = true;
      status = 'unmarked';
    } else {
      aspect = 'perfect';
      tense = 'past';
      status = 'done';
    }
  } else if (grammar.passive.includes(finite.lemma) && form === 'participle') {
    passive = true;
    // "wird vorgelegt werden": the passive in the future.
    if (others.some((w) => w !== main && hasReading(w.readings, finite.lemma, 'infinitive')) && isPresent) {
      tense = 'future';
      status = 'planned';
    }
  } else if (grammar.passive.includes(finite.lemma) && form === 'progressive') {
    aspect = 'progressive';
    status = isPast ? 'done' : 'underway';
  }
  if (mood === 'hypothetical' && status === 'planned') status = 'unmarked';

  const verbWords = [
    finiteWord.token,
    ...(closedFinite ? others : [])
      .filter(
        (w) => w === main || auxiliaries.has(nonFinite(w).lemma) || (afterMarker && w.at < afterMarker.at),
      )
      .map((w) => w.token),
  ];
  if (particleWord) verbWords.push(particleWord);
  if (afterMarker) verbWords.push(after[markedAt]!);
  verbWords.sort((a, b) => a.start - b.start);
  const groupWords = verbWords.map((t) => ({ start: s.start + t.start, end: s.start + t.end, text: t.text }));
  const group: VerbGroup = {
    lemma,
    text: verbText(s, groupWords),
    words: groupWords,
    finite: {
      start: s.start + finiteWord.token.start,
      end: s.start + finiteWord.token.end,
      text: finiteWord.token.text,
      lemma: finite.lemma,
    },
    tense,
    aspect,
    passive,
    ...(modal ? { modal } : {}),
  };
  // The finite verb first, then a clause: a condition when the verb is an auxiliary or a modal ("Sollte …",
  // "Had …") or the clause after it opens with its own verb ("Kommt es zu keiner Einigung, droht …"). The condition
  // is closed by a comma; without one the first word was a fronted phrase, not a verb ("Sieben Spiele hat …",
  // "Hurt in the crash were …").
  const condition =
    range.kind === 'subordinate' &&
    finiteWord.at === 0 &&
    range.to < s.tokens.length &&
    s.text.slice(s.tokens[range.to - 1]!.end, s.tokens[range.to]!.start).includes(',') &&
    (closedFinite || sentenceWords[range.to] !== undefined);
  // A condition is neither planned nor done: "Sollte … scheitern" plans no failure.
  if (condition) return { ...span, verb: group, status: 'unmarked', mood, condition: true };
  return { ...span, verb: group, status, mood };
}

/**
 * A separable verb's form without its particle, right before a capitalised word, needs the particle later in the
 * sentence: "denn deutsche Unternehmen sind …" has no "ein", so "deutsche" is the adjective, no form of
 * "eindeutschen". Elsewhere such a form may be its base verb's, which the lexicon lacks ("Die Lage bessere sich":
 * "bessern" through "aufbessern"). Forms that hold the particle stand alone.
 */
const particleStands = (tokens: readonly Token[], i: number, r: VerbReading): boolean =>
  !r.particle ||
  tokens[i]!.norm.startsWith(r.particle) ||
  !tokens[i + 1]?.capitalized ||
  tokens.slice(i + 1).some((t) => t.norm === r.particle);

/** The clauses of a sentence, each with its verb group read from the grammar. */
export function readClauses(s: TokenizedSentence, pack: LanguagePack): Clause[] {
  if (!s.tokens.length) return [];
  const read = verbReader(pack);
  const auxiliaries = auxiliaryLemmas(pack);
  // Each word is looked up and judged once; the clauses take their share.
  const readings = readBracketShapes(
    s,
    s.tokens.map((t, i) => read(t.norm).filter((r) => particleStands(s.tokens, i, r))),
    auxiliaries,
    pack,
  );
  const closed = (i: number) => readings[i]?.some((r) => auxiliaries.has(r.lemma)) ?? false;
  const words = s.tokens.map((token, at): VerbWord | undefined =>
    isVerbHere(s, at, readings[at]!, pack, closed) ? { at, token, readings: readings[at]! } : undefined,
  );
  const opensWithVerb = words[0]?.readings.some((r) => FINITE.includes(r.form)) ?? false;
  const ranges = clauseRanges(s, pack, opensWithVerb, words)
    .flatMap((range) => splitAtSecondFinite(s, range, words, pack))
    .flatMap((range) => splitAtCoordinatedVerbs(s, range, words, pack.verbGrammar))
    .flatMap((range) => splitAtGappedBracket(s, range, words, pack.verbGrammar));
  const clauses = withResumed(s, ranges, words).map((range) => readClause(s, range, words, pack));
  return readPurposes(s, readIntentions(s, readHearsay(s, clauses, pack), pack), pack);
}
