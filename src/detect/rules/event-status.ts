import { tokenMention, verbGroupMention } from '../../facts/mention.js';
import { looksAhead } from '../../clauses/intentions.js';
import { auxiliaryLemmas } from '../../clauses/verb-words.js';
import { isReportingLemma } from '../../clauses/reporting-verbs.js';
import { inClause } from '../../clauses/spans.js';
import type { Clause, ParticipleAttribute } from '../../clauses/types.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import { stem } from '../../text/stem.js';
import type { Token } from '../../text/tokens.js';
import { clauseWindow } from '../clause-window.js';
import { byPairScore, evidenceIn, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { advisesNow } from '../obligations.js';
import { defineRule } from '../rule.js';
import { findPhrases } from '../../facts/phrases.js';
import { particleKin, verbReader } from '../../clauses/verb-forms.js';
import { relateVerbs } from '../../lexicon/relate.js';
import { phaseChange } from '../phases.js';
import { argumentsOf, clausesOf } from '../clause-verbs.js';

type MessageId =
  | 'plannedDone'
  | 'plannedUnderway'
  | 'plannedPresent'
  | 'plannedHappened'
  | 'underwayDone'
  | 'presentDone'
  | 'doneAsPlanned'
  | 'doneAsCurrent'
  | 'currentAsPlanned'
  | 'finishedAsBegun'
  | 'begunAsFinished';

/**
 * A time that places a statement: a season without more recurs ("im Sommer finden Konzerte statt"), it arranges
 * nothing.
 */
const placedInTime = (s: SentenceFacts): boolean => s.times.some((t) => t.kind !== 'season');

/** A sentence placed in time, or after another event of the story ("im Anschluss", "afterwards"). */
const placedInStory = (s: SentenceFacts, pack: LanguagePack): boolean =>
  placedInTime(s) || findPhrases(s.tokens, pack.sequenceWords, s.text, s.start).length > 0;

/** What was only planned reported as done, or what was done reported as still to come. */
export const eventStatus = defineRule({
  meta: {
    id: 'event-status',
    description:
      'An event the source reports as planned is reported as having happened or as a present fact, or the reverse',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      plannedDone:
        'Planned event reported as done: source looks ahead ("{{planned}}"), rewrite reports it in the past ("{{done}}").',
      plannedUnderway:
        'Planned event reported as under way: source looks ahead ("{{planned}}"), rewrite says it is happening ("{{done}}").',
      plannedPresent:
        'Planned event stated as present fact: source looks ahead ("{{planned}}"), rewrite states it as a fact of today ("{{done}}").',
      plannedHappened:
        'Planned event reported as done: source looks ahead ("{{planned}}"), rewrite reports it as already happened ("{{done}}").',
      underwayDone:
        'Ongoing work reported as finished: source says it is under way ("{{planned}}"), rewrite reports it done ("{{done}}").',
      presentDone:
        'Event reported as done: source tells it in the present, still to come or going on ("{{planned}}"), rewrite reports it done ("{{done}}").',
      doneAsCurrent:
        'Past event told as going on now: source tells it in the past ("{{done}}"), rewrite in the present with a word of now ("{{planned}}").',
      doneAsPlanned:
        'Completed event reported as still to come: source says it happened ("{{done}}"), rewrite presents it as planned ("{{planned}}").',
      finishedAsBegun:
        'Completed activity reported as only begun: source says it was finished ("{{done}}"), rewrite that it began ("{{planned}}").',
      begunAsFinished:
        'Begun activity reported as completed: source says it began ("{{planned}}"), rewrite that it was finished ("{{done}}").',
      currentAsPlanned:
        'Present fact reported as only planned: source states it as a fact of today ("{{done}}"), rewrite presents it as planned ("{{planned}}").',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    return context.matched.flatMap((pair) => statusChange(pair, context) ?? []);
  },
});

function statusChange(pair: FactPair, context: RuleContext): FindingDraft<MessageId> | undefined {
  const byGrammar =
    clauseStatusChange(pair, context) ??
    attributeStatusChange(pair) ??
    phaseStatusChange(pair, context) ??
    planInPlaceOfEvent(pair, context);
  if (byGrammar?.severity === 'high') return byGrammar;
  const byMarkers = markerStatusChange(pair, context);
  return byMarkers?.severity === 'high' ? byMarkers : (byGrammar ?? byMarkers);
}

/**
 * How far an activity got, told by its aspectual verb: completed reported as begun, or begun as completed. Both
 * claim a different outcome than the source's, unambiguously where the verbs are this plain.
 */
function phaseStatusChange(pair: FactPair, context: RuleContext): FindingDraft<MessageId> | undefined {
  const change = phaseChange(pair.source, pair.rewrite, context.pack);
  if (!change) return undefined;
  const finished = change.from === 'finish';
  return {
    messageId: finished ? 'finishedAsBegun' : change.from === 'continue' ? 'underwayDone' : 'begunAsFinished',
    data: finished
      ? { done: change.source.text, planned: change.rewrite.text }
      : { planned: change.source.text, done: change.rewrite.text },
    severity: 'high',
    confidence: byPairScore(pair, 0.5, 0.4),
    source: evidenceIn(pair.source, change.source),
    rewrite: evidenceIn(pair.rewrite, change.rewrite),
  };
}

/**
 * The words of a sentence outside its quotations. A quotation's words are the speaker's, compared by the quote rules:
 * a verb or marker inside quotation marks is no statement of the writer's ("zu sagen „Lasst Euch impfen“").
 */
const unquoted = <T extends { start: number }>(s: SentenceFacts, spans: readonly T[]): T[] =>
  spans.filter((x) => !s.quotes.some((q) => q.start <= x.start && x.start < q.end));

/** The older reading by markers of plan and completion, where the clauses do not settle it. */
function markerStatusChange(pair: FactPair, context: RuleContext): FindingDraft<MessageId> | undefined {
  const srcPlanned = pair.source.flatMap((s) => unquoted(s, s.modality.planned));
  const srcHappened = pair.source.flatMap((s) => unquoted(s, s.modality.happened));
  const rwPlanned = pair.rewrite.flatMap((s) => unquoted(s, s.modality.planned));
  const rwHappened = pair.rewrite.flatMap((s) => unquoted(s, s.modality.happened));
  const plannedOnly = srcPlanned.length > 0 && !srcHappened.length;
  const done =
    plannedOnly && !rwHappened.length && !rwPlanned.length ? plannedEventDone(pair, context) : undefined;
  /** A change of status, the source's marker and the rewrite's as evidence. */
  const change = (
    messageId: MessageId,
    severity: 'high' | 'medium',
    base: number,
    from: Mention,
    to: Mention,
  ): FindingDraft<MessageId> => {
    const planned = messageId === 'doneAsPlanned' ? to : from;
    const done = messageId === 'doneAsPlanned' ? from : to;
    return {
      messageId,
      data: { planned: planned.text, done: done.text },
      severity,
      confidence: byPairScore(pair, base, 0.4),
      source: evidenceIn(pair.source, from),
      rewrite: evidenceIn(pair.rewrite, to),
    };
  };
  // Under way is a step short of done: the claim still runs ahead of the source.
  if (done)
    return done.underway
      ? change('plannedUnderway', 'medium', 0.45, done.planned, done.past)
      : change('plannedDone', 'high', 0.45, done.planned, done.past);
  if (plannedOnly && rwHappened.length && !rwPlanned.length) {
    const same = markersOfOneEvent(pair.source, srcPlanned, pair.rewrite, rwHappened);
    if (same) return change('plannedHappened', 'high', 0.55, same.source, same.rewrite);
  }
  if (srcHappened.length && !srcPlanned.length && rwPlanned.length && !rwHappened.length) {
    const same = markersOfOneEvent(pair.source, srcHappened, pair.rewrite, rwPlanned);
    if (same) return change('doneAsPlanned', 'medium', 0.45, same.source, same.rewrite);
  }
  return undefined;
}

/**
 * The content-word stems a plan or completion marker is said of: the words of its clause after it ("already
 * imposed", "geplante Aussetzung", "will hold talks"), or before it where it ends its clause ("the talks planned").
 * Its subject is no part of the event: "increases already imposed" and "prices will develop" are two events.
 */
function markerEvent(group: readonly SentenceFacts[], marker: Mention): Set<string> {
  const s = group.find((x) => x.start <= marker.start && marker.start < x.start + x.text.length);
  if (!s) return new Set();
  const content = (tokens: Token[]) => tokens.filter((t) => !t.isStopword && !t.isNumber).map((t) => t.stem);
  let last = s.tokens.findIndex((t) => s.start + t.start >= marker.end);
  if (last < 0) last = s.tokens.length;
  const after = content(clauseWindow(s, last - 1, { after: EVENT_REACH }).after);
  if (after.length) return new Set(after);
  const first = s.tokens.findIndex((t) => s.start + t.start >= marker.start);
  return new Set(content(clauseWindow(s, first, { before: EVENT_REACH }).before));
}

/**
 * A marker of each side said of the same event, known by a word they share: "already imposed" and "how prices will
 * develop" stand in one pair of sentences but tell two events, and neither changed its status.
 */
function markersOfOneEvent(
  source: readonly SentenceFacts[],
  sourceMarkers: readonly Mention[],
  rewrite: readonly SentenceFacts[],
  rewriteMarkers: readonly Mention[],
): { source: Mention; rewrite: Mention } | undefined {
  for (const from of sourceMarkers) {
    const event = markerEvent(source, from);
    const to = rewriteMarkers.find((m) => [...markerEvent(rewrite, m)].some((w) => event.has(w)));
    if (to) return { source: from, rewrite: to };
  }
  return undefined;
}

/** How many words after a planning marker its event may stand ("wollen … unterzeichnen"). */
const EVENT_REACH = 8;
/** How far before a participle its auxiliary may stand ("wurden am kommenden Montag fortgesetzt"). */
const PARTICIPLE_REACH = 5;

/**
 * The event a source's planning marker looks ahead to, told in the past by the rewrite: "plans regulatory
 * filings" → "filed", "plan to start" → "have started". The event is a content word right after the marker.
 */
function plannedEventDone(
  pair: FactPair,
  context: RuleContext,
): { planned: Mention; past: Mention; underway: boolean } | undefined {
  const pack = context.pack;
  for (const s of pair.source) {
    for (const planned of s.modality.planned) {
      const at = s.tokens.findIndex((t) => s.start + t.start >= planned.end);
      if (at < 0) continue;
      // The clause after the marker: the event may stand at its end ("wollen … unterzeichnen").
      const events = new Set(
        clauseWindow(s, at - 1, { after: EVENT_REACH })
          .after.filter((t) => !t.isStopword && !t.isNumber)
          .map((t) => t.stem),
      );
      const written = new Set(s.tokens.map((t) => t.norm));
      const pastOf = (t: Token): boolean =>
        pack.pastEndings.some(
          (ending) =>
            t.norm.endsWith(ending) &&
            (events.has(t.stem) || events.has(stem(t.norm.slice(0, -ending.length), pack.code))),
        );
      const ongoing = pack.ongoingForm;
      // "is looking ahead to filing" → "is filing": the same word, now under way.
      const underway = (r: SentenceFacts, i: number): boolean => {
        const t = r.tokens[i]!;
        if (!ongoing || !t.norm.endsWith(ongoing.ending) || !events.has(t.stem)) return false;
        // "are holding talks on Friday" is still an arrangement: with a time, the form looks ahead.
        if (placedInTime(r)) return false;
        return r.tokens.slice(Math.max(0, i - 2), i).some((a) => ongoing.auxiliaries.includes(a.norm));
      };
      // "sollen … fortgesetzt werden" → "wurden … fortgesetzt": the same participle after a past auxiliary.
      const pastAuxiliary = (r: SentenceFacts, i: number): boolean => {
        // A participle is written small ("Montag" in "wurden am Montag" is no event).
        if (!events.has(r.tokens[i]!.stem) || r.tokens[i]!.capitalized) return false;
        // "was not planning to raise": only a participle completes a past auxiliary.
        if (!verbReader(pack)(r.tokens[i]!.norm).some((reading) => reading.form === 'participle'))
          return false;
        return clauseWindow(r, i, { before: PARTICIPLE_REACH }).before.some(
          (a) => pack.pastAuxiliaries.includes(a.norm) && !written.has(a.norm),
        );
      };
      for (const r of pair.rewrite) {
        const i = r.tokens.findIndex(
          (t, i) => (!written.has(t.norm) && pastOf(t)) || underway(r, i) || pastAuxiliary(r, i),
        );
        const t = r.tokens[i];
        if (t) return { planned, past: tokenMention(r, t), underway: underway(r, i) && !pastOf(t) };
      }
    }
  }
  return undefined;
}

/**
 * The same noun qualified by a participle of planning in the source and of a deed in the rewrite: "die geplante
 * Reform" → "die umgesetzte Reform", "the proposed law" → "the passed law" (high); "im angekündigten Aktionsplan" →
 * "im vorgelegten Aktionsplan" (medium: what was announced may be a deed, "the announced results"); or a deed made
 * a plan (medium).
 */
function attributeStatusChange(pair: FactPair): FindingDraft<MessageId> | undefined {
  const ahead = (a: ParticipleAttribute) => a.status !== 'done';
  const rewrite = pair.rewrite.flatMap((s) => s.participles);
  for (const src of pair.source.flatMap((s) => s.participles)) {
    const same = rewrite.filter((r) => r.head.stem === src.head.stem);
    if (same.some((r) => ahead(r) === ahead(src))) continue;
    const other = same.find((r) => (ahead(src) ? r.status === 'done' : r.status === 'planned'));
    if (!other) continue;
    const [planned, done] = ahead(src) ? [src, other] : [other, src];
    return {
      messageId: ahead(src) ? 'plannedDone' : 'doneAsPlanned',
      data: { planned: `${planned.text} ${planned.head.text}`, done: `${done.text} ${done.head.text}` },
      severity: src.status === 'planned' ? 'high' : 'medium',
      confidence: byPairScore(pair, 0.55, 0.4),
      source: evidenceIn(pair.source, src),
      rewrite: evidenceIn(pair.rewrite, other),
    };
  }
  return undefined;
}

/**
 * How many content words a planned clause and a done one must share to be read as one event told in two verbs,
 * and what share of the shorter clause's content words that must be.
 */
const SHARED_ARGUMENTS = 2;
const SHARED_PART = 0.4;

/**
 * A done clause of the rewrite that tells a source clause's planned event with a verb the source does not use,
 * sharing its arguments.
 */
function doneByArguments(
  src: { s: SentenceFacts; clause: Clause },
  rewrite: readonly { s: SentenceFacts; clause: Clause }[],
  source: readonly SentenceFacts[],
  context: RuleContext,
): { s: SentenceFacts; clause: Clause } | undefined {
  const sourceVerbs = sourceVerbLemmas(source);
  const planned = argumentsOf(src.s, src.clause);
  const srcStem = stem(src.clause.verb!.lemma, context.pack.code);
  return rewrite.find((r) => {
    const lemma = r.clause.verb!.lemma;
    // A verb the source uses tells an event of its own; "was planned" tells a plan, not a deed.
    if (r.clause.status !== 'done' || r.clause.mood !== 'indicative' || sourceVerbs.has(lemma)) return false;
    // A statement about the plan is no deed ("announced filings", "predicted sales").
    if (looksAhead(context.pack, lemma) || isReportingLemma(lemma, context.pack)) return false;
    // "has advanced to … an endeavour to deploy": the planned verb is still in the sentence, telling its event.
    if (r.s.tokens.some((t) => t.stem === srcStem)) return false;
    return sharesEvent(planned, argumentsOf(r.s, r.clause));
  });
}

/**
 * A verb of intention put in place of what the source tells as being or done, said of the same things: "veranstalten
 * Gesundheitstage" → "planen Gesundheitstage", "there is a pavilion" → "a pavilion is planned", "opened a library"
 * → "plans a library". Only the verb of intention itself, with its object or as a passive: the plan of another event
 * ("will launch projects" for "are involved in projects") shares words without telling the same event. Medium: the
 * verbs are no proof it is one event. Not where the source plans something of those words itself.
 */
function planInPlaceOfEvent(pair: FactPair, context: RuleContext): FindingDraft<MessageId> | undefined {
  const clauses = (group: readonly SentenceFacts[]) =>
    clausesOf(group)
      .filter(
        ({ sentence, clause }) => unquoted(sentence, clause.verb!.words).length === clause.verb!.words.length,
      )
      .map(({ sentence, clause }) => ({ s: sentence, clause }));
  const source = clauses(pair.source);
  const sourceVerbs = new Set(source.map((x) => x.clause.verb!.lemma));
  const intentions = context.pack.verbGrammar.intentionVerbs;
  // The source's own plans: its planned clauses, and its markers of plan where no clause of their own was read
  // ("runs an academy and wants to build a second").
  const sourcePlans = [
    ...source.filter((x) => x.clause.status === 'planned').map((x) => argumentsOf(x.s, x.clause)),
    ...pair.source.flatMap((s) => unquoted(s, s.modality.planned)).map((m) => markerEvent(pair.source, m)),
  ];
  const isDone = (x: { clause: Clause }) => x.clause.status === 'done' && x.clause.mood === 'indicative';
  for (const r of clauses(pair.rewrite)) {
    const lemma = r.clause.verb!.lemma;
    if (r.clause.status !== 'planned' || r.clause.mood !== 'indicative') continue;
    // "sought treatment", "planned a library": an intention told in the past was acted on, or not; it says nothing
    // of what became of its object ("went to hospital" → "sought treatment at a hospital").
    if (!intentions.has(lemma) || sourceVerbs.has(lemma) || r.clause.verb!.tense === 'past') continue;
    const planned = argumentsOf(r.s, r.clause);
    if (sourcePlans.some((plan) => sharesEvent(plan, planned))) continue;
    const src = source.find(
      (x) =>
        ((isPresentFact(x, context) && !placedInStory(x.s, context.pack)) || isDone(x)) &&
        sharesEvent(argumentsOf(x.s, x.clause), planned),
    );
    if (!src) continue;
    return {
      messageId: isDone(src) ? 'doneAsPlanned' : 'currentAsPlanned',
      data: { done: src.clause.verb!.text, planned: r.clause.verb!.text },
      severity: 'medium',
      confidence: byPairScore(pair, 0.5, 0.4),
      source: evidenceIn(pair.source, verbGroupMention(src.clause)),
      rewrite: evidenceIn(pair.rewrite, verbGroupMention(r.clause)),
    };
  }
  return undefined;
}

/** Whether two clauses' arguments are enough alike to tell one event. */
function sharesEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const shared = [...b].filter((stem) => a.has(stem)).length;
  return shared >= SHARED_ARGUMENTS && shared >= SHARED_PART * Math.min(a.size, b.size);
}

/**
 * The same event told with a synonym the source does not use ("raised rates" → "is expected to lift rates",
 * "erhöhte" → "will … anheben") or with a particle added or dropped ("ins Programm genommen" → "ins Programm
 * aufnehmen"), known as one event by the arguments they share too: a synonym alone may tell another event of the
 * same pair.
 */
function toldBySynonym(
  src: { s: SentenceFacts; clause: Clause },
  r: { s: SentenceFacts; clause: Clause },
  sourceVerbs: ReadonlySet<string>,
  context: RuleContext,
): boolean {
  const lemma = r.clause.verb!.lemma;
  const kin = (a: string, b: string) =>
    relateVerbs(a, b, context.pack).relation === 'same' || particleKin(a, b, context.pack);
  if (sourceVerbs.has(lemma) || !kin(src.clause.verb!.lemma, lemma)) return false;
  // "Techniken zum Greifen der Geräte" → "Techniken, um die Geräte zu greifen": the source names the rewrite's
  // event as a noun, so the rewrite's verb tells that event, not the source clause's own ("nehmen").
  const told = stem(lemma, context.pack.code);
  if (src.s.tokens.some((t) => t.stem === told)) return false;
  return sharesEvent(argumentsOf(src.s, src.clause), argumentsOf(r.s, r.clause));
}

const sourceVerbLemmas = (sentences: readonly SentenceFacts[]): Set<string> =>
  new Set(sentences.flatMap((s) => s.clauses.flatMap((c) => (c.verb ? [c.verb.lemma] : []))));

/**
 * The same event in a clause of each side, its status read from the verb group's grammar: "soll … stattfinden"
 * (planned) against "fand … statt" (done). An auxiliary as the main verb names a state ("ist krank"), not an event.
 */
function clauseStatusChange(pair: FactPair, context: RuleContext): FindingDraft<MessageId> | undefined {
  const states = auxiliaryLemmas(context.pack);
  const quoted = (s: SentenceFacts, c: Clause) => unquoted(s, c.verb!.words).length < c.verb!.words.length;
  const events = (group: SentenceFacts[]) =>
    group.flatMap((s) =>
      s.clauses
        .filter((c) => c.verb && !states.has(c.verb.lemma) && !quoted(s, c))
        .map((clause) => ({ s, clause })),
    );
  const rewrite = events(pair.rewrite);
  const sourceVerbs = sourceVerbLemmas(pair.source);
  // One finding a pair: the surest change of any of its events.
  const drafts: FindingDraft<MessageId>[] = [];
  for (const src of events(pair.source)) {
    const same = rewrite.filter(
      (r) => r.clause.verb!.lemma === src.clause.verb!.lemma || toldBySynonym(src, r, sourceVerbs, context),
    );
    // Told as fact, or in the reported speech the source tells it in: "sei … abgereist" → "solle … abreisen" is the
    // same speaker's report of another status.
    const found = (status: string) =>
      same.find(
        (r) =>
          r.clause.status === status &&
          (r.clause.mood === 'indicative' ||
            (r.clause.mood === 'reported' && src.clause.mood === 'reported')),
      );
    const draft = (
      messageId: MessageId,
      severity: 'high' | 'medium',
      to: { s: SentenceFacts; clause: Clause },
    ) => {
      const fromDone =
        messageId === 'doneAsPlanned' || messageId === 'doneAsCurrent' || messageId === 'currentAsPlanned';
      const planned = fromDone ? to : src;
      const done = fromDone ? src : to;
      return {
        messageId,
        data: { planned: planned.clause.verb!.text, done: done.clause.verb!.text },
        severity,
        confidence: byPairScore(pair, 0.55, 0.4),
        source: evidenceIn(pair.source, verbGroupMention(src.clause)),
        rewrite: evidenceIn(pair.rewrite, verbGroupMention(to.clause)),
      };
    };
    // The rewrite's own plan for the same event means it did not report it as done.
    if (same.some((r) => r.clause.status === src.clause.status)) continue;
    if (src.clause.status === 'planned') {
      const done = found('done');
      if (done) drafts.push(draft('plannedDone', 'high', done));
      // Told with another verb, the event is known by what it is done to ("plans regulatory filings" → "filings
      // have been submitted"): medium, the verbs being no proof it is the same event.
      const told = same.length ? undefined : doneByArguments(src, rewrite, pair.source, context);
      if (told) drafts.push(draft('plannedDone', 'medium', told));
      // "are holding talks on Friday": a progressive placed in time is an arrangement, not something under way.
      const underway = found('underway');
      if (underway && !placedInTime(underway.s)) drafts.push(draft('plannedUnderway', 'medium', underway));
      // "will die Steuern erhöhen" → "erhöht die Steuern": the present of a main clause with no time to place it
      // ahead states a fact; a subordinate clause uses the present for the future ("ob sie zurechtkommt").
      const present = same.find(
        (r) =>
          r.clause.kind === 'main' &&
          r.clause.status === 'unmarked' &&
          r.clause.mood === 'indicative' &&
          r.clause.verb!.tense === 'present' &&
          !r.clause.verb!.modal &&
          !placedInTime(r.s),
      );
      // Advice ("sollten … prüfen") told as what is done is the modality rule's: advice stated as fact.
      if (present && !advisesNow(src.s, src.clause, context.pack))
        drafts.push(draft('plannedPresent', 'medium', present));
    }
    // Under way is not yet done: "are developing" → "has been developed". Saying is no work under way: "is
    // forecasting sales" and "forecast sales" tell one statement.
    const saying = isReportingLemma(src.clause.verb!.lemma, context.pack);
    if (src.clause.status === 'underway' && src.clause.mood === 'indicative' && !saying) {
      const done = found('done');
      if (done) drafts.push(draft('underwayDone', 'high', done));
    }
    // "werden im Anschluss gewählt" → "wurden gewählt": where the passive's auxiliary is no copula it tells a
    // process, and its present in a main clause is one still to come or going on, not done. Medium: a headline may
    // tell what happened in the present.
    if (isPresentProcess(src.clause, context)) {
      const done = found('done');
      if (done) drafts.push(draft('presentDone', 'medium', done));
    }
    // "in dem im Sommer Konzerte stattfinden" → "… stattfinden sollen": what the source states as a fact of today,
    // the rewrite as a plan. Medium: the present may tell a fixed arrangement; with a time it is left alone. A
    // process with no time ("wird das Image aufpoliert" → "soll … aufpoliert werden") goes on today as well.
    if (
      (isPresentFact(src, context) || isPresentProcess(src.clause, context)) &&
      !placedInStory(src.s, context.pack)
    ) {
      const planned = found('planned');
      if (planned) drafts.push(draft('currentAsPlanned', 'medium', planned));
    }
    if (src.clause.status === 'done' && src.clause.mood !== 'hypothetical') {
      const planned = found('planned');
      if (planned) drafts.push(draft('doneAsPlanned', 'high', planned));
      // "hegten schon einmal … Gedanken" → "hegen derzeit … Gedanken": what was is told as what is, by a word of
      // now the source does not say. Medium: a past state may still hold. Saying is no state ("sagte" → "sagt jetzt").
      const current =
        !saying && src.clause.mood === 'indicative' && !saysNow(src.s, src.clause, context)
          ? same.find(
              (r) =>
                r.clause.mood === 'indicative' &&
                r.clause.status === 'unmarked' &&
                r.clause.verb!.tense === 'present' &&
                saysNow(r.s, r.clause, context),
            )
          : undefined;
      if (current) drafts.push(draft('doneAsCurrent', 'medium', current));
    }
  }
  return drafts.find((d) => d.severity === 'high') ?? drafts[0];
}

/**
 * A clause that states in the present indicative, with no modal or mark of plan, what is: "finden … statt". Not one
 * opened by a conjunction, whose present may tell what is supposed or still to come ("whether she is elected", "wenn
 * die Arbeit wegfällt"), nor a passive of process ("eingebunden wird"), whose present may look ahead.
 */
function isPresentFact({ s, clause }: { s: SentenceFacts; clause: Clause }, context: RuleContext): boolean {
  const verb = clause.verb!;
  const grammar = context.pack.verbGrammar;
  const opener = s.tokens.find((t) => inClause(s, clause, t));
  if (opener && grammar.subordinators.has(opener.norm)) return false;
  if (
    verb.passive &&
    grammar.passive.includes(verb.finite.lemma) &&
    !grammar.passive.includes(grammar.copula)
  )
    return false;
  return (
    clause.status === 'unmarked' && clause.mood === 'indicative' && verb.tense === 'present' && !verb.modal
  );
}

/** A main clause in the present passive of a language whose passive auxiliary is not its copula: a process. */
function isPresentProcess(clause: Clause, context: RuleContext): boolean {
  const grammar = context.pack.verbGrammar;
  const verb = clause.verb!;
  return (
    clause.kind === 'main' &&
    clause.status === 'unmarked' &&
    clause.mood === 'indicative' &&
    verb.passive &&
    verb.tense === 'present' &&
    !verb.modal &&
    grammar.passive.includes(verb.finite.lemma) &&
    !grammar.passive.includes(grammar.copula)
  );
}

/** Whether a clause holds a word of now ("derzeit", "currently"). */
const saysNow = (s: SentenceFacts, clause: Clause, context: RuleContext): boolean =>
  findPhrases(s.tokens, context.pack.nowAdverbs, s.text, s.start).some(
    (m) => clause.start <= m.start && m.end <= clause.end,
  );
