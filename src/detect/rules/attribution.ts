import { isReportingLemma, isReportingVerb } from '../../clauses/reporting-verbs.js';
import { finiteVerbs } from '../../clauses/finite-verbs.js';
import { markerWithWords, tokenAt } from '../../facts/mention.js';
import { nameKey, namesSomeone } from '../../facts/people.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import { fold } from '../../text/normalize.js';
import { holderOfPhrase, subjectOfVerb } from '../claim-holders.js';
import { isPersonNoun } from '../../lexicon/person-nouns.js';
import { clauseWindow } from '../clause-window.js';
import { byPairScore, evidence, evidenceIn, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import { addedWordsEvidence, restatement } from '../restatement.js';
import { defineRule } from '../rule.js';
import { groupChange, holderChange, mentionedIn, newPhraseHolder, speakerChange } from '../holder-changes.js';
import { withoutGenitive } from '../names.js';
import { nameWords, speakerChanges, unnamedSpeakerChanges } from '../quote-speakers.js';

type MessageId =
  | 'dropped'
  | 'madeIndicative'
  | 'added'
  | 'addedSpeaksElsewhere'
  | 'holderChanged'
  | 'speakerChanged'
  | 'unnamedSpeakerChanged';
type Draft = FindingDraft<MessageId>;

/**
 * Who said it: a claim the source attributes (reporting verb, Konjunktiv I, "according to", a quote) stated as
 * fact; a quote given to another speaker; a statement put in the mouth of someone who did not make it.
 */
export const attribution = defineRule({
  meta: {
    id: 'attribution',
    description:
      'A claim loses its attribution, changes speaker, or is attributed to someone who did not make it',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      dropped:
        'Attribution dropped: source reports this as someone\'s claim ("{{marker}}"), rewrite states it as fact.',
      madeIndicative:
        'Reported speech made indicative: source marks this as the speaker\'s claim with "{{form}}", rewrite states the content in the indicative, as fact.',
      added:
        'Attribution added: rewrite has {{speaker}} say this ("{{verb}}"); the source states it without a speaker.',
      addedSpeaksElsewhere:
        'Attribution added: rewrite has {{speaker}} say this ("{{verb}}"); {{speaker}} speaks elsewhere in the source, which states this without a speaker.',
      holderChanged:
        'Source of the claim changed: source gives it to {{source}} ("{{sourceMarker}}"), rewrite to {{rewrite}} ("{{rewriteMarker}}"), whom the source statement does not name.',
      speakerChanged: 'Speaker changed: source attributes the quote to {{source}}, rewrite to {{rewrite}}.',
      unnamedSpeakerChanged:
        'Speaker changed: source has an unnamed source say this ("{{source}}"), rewrite an on-record one ("{{rewrite}}").',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const speakers = knownSpeakers(context);
    const findings = context.matched
      .filter((pair) => !pair.source.every((s) => context.source.isHeading(s)))
      .flatMap((pair) => attributionChange(pair, speakers, context) ?? []);
    return [...findings, ...speakerChanges(context), ...unnamedSpeakerChanges(context)];
  },
});

/** The one change of attribution a pair shows, most serious first. */
function attributionChange(pair: FactPair, speakers: Set<string>, context: RuleContext): Draft | undefined {
  const claimed = pair.source.flatMap((s) => s.attribution);
  const sourceSpeakers = new Set([...speakers, ...pair.source.flatMap((s) => speakerWords(s, context))]);
  const holders = new Set(pair.source.flatMap((s) => holderWords(s, context)));
  // A hedge the rewrite adds ("reportedly", "angeblich") keeps the writer's distance from the claim.
  const hedged = new Set(pair.source.flatMap((s) => s.hedges.map((h) => fold(h.text))));
  const hedges = pair.rewrite.some((s) => s.hedges.some((h) => !hedged.has(fold(h.text))));
  // A pronoun may stand for the speaker of reported speech; hearsay and "hieß es" have no speaker it could be.
  const speechReported = pair.source.some((s) => s.clauses.some((c) => c.mood === 'reported' && !c.hearsay));
  // A quote the source's statement has too, with no speaker, is a term it cites ("aus dem Lateinischen „carne vale“"):
  // kept, it voices no claim of anyone's.
  const sourceQuotes = new Set(pair.source.flatMap((s) => s.quotes.map((q) => fold(q.inner))));
  const voiced = pair.rewrite.some(
    (s) =>
      hedges ||
      s.attribution.length > 0 ||
      // A clause in the subjunctive or the conditional does not state its claim as fact.
      s.clauses.some((c) => c.mood !== 'indicative') ||
      s.quotes.some((q) => !!q.speaker || !sourceQuotes.has(fold(q.inner))) ||
      s.people.length > 0 ||
      mentionsSpeaker(s, sourceSpeakers, context.pack) ||
      (speechReported && pronounSubject(s, context)) ||
      namesHolder(s, holders, context),
  );
  if (claimed.length && !voiced)
    return {
      messageId: 'dropped',
      data: { marker: markerText(pair.source, claimed[0]!) },
      severity: dropSeverity(pair.source),
      confidence: byPairScore(pair, 0.45, 0.4),
      source: evidenceIn(pair.source, claimed[0]!),
      rewrite: evidence(restatement(pair.source, pair.rewrite, claimed.slice(0, 1)).sentence),
    };
  // The speaker is still named, but the grammar no longer keeps the writer's distance from the claim.
  const form =
    subjunctive(pair.rewrite).length || hedges
      ? undefined
      : subjunctive(pair.source).find((f) => clauseKept(pair.source, f, pair.rewrite));
  if (form)
    return {
      messageId: 'madeIndicative',
      data: { form: markerText(pair.source, form) },
      severity: 'low',
      confidence: byPairScore(pair, 0.35, 0.3),
      source: evidenceIn(pair.source, form),
      rewrite: evidence(restatement(pair.source, pair.rewrite, [form]).sentence),
    };
  const moved = holderChange(pair, context) ?? speakerChange(pair, context) ?? groupChange(pair, context);
  if (moved) return moved;
  // Where the source gives the statement to someone, a speaker beside a verb may be theirs in other words; a phrase
  // naming a holder the source never names ("nach Angaben der Veranstalter") is new all the same, unless the source's
  // own phrase named another (a name for a name is the entity rule's) or the source quotes or names someone.
  const sourceVoiced = claimed.length > 0 || pair.source.some((s) => s.quotes.length);
  // Whoever the source quotes or names may be the holder in other words ("so der Minister" for a quote of his).
  const speakerInSource = pair.source.some((s) => s.quotes.length > 0 || s.people.length > 0);
  if (sourceVoiced && (holders.size || speakerInSource)) return undefined;
  const said = sourceVoiced
    ? phraseNamingSomeone(pair, context)
    : (pair.rewrite.map((s) => namedSpeaker(s, context)).find(Boolean) ??
      newPhraseHolder(pair, context) ??
      pair.rewrite.map((s) => speakingPeople(s, pair.source, context)).find(Boolean));
  // The source's statement has the same one act in it ("the agency appeals …" → "the agency urges …"): the claim is
  // theirs there too, only told with another verb.
  if (!said || namedIn(pair.source, said.name)) return undefined;
  // A summary that gives a claim to someone who speaks elsewhere in the source has likely merged two
  // statements; one who never speaks there has words put in their mouth.
  const speaksInSource = said.name.split(/\s+/).some((w) => speakingInSource(context).has(fold(w)));
  return {
    messageId: speaksInSource ? 'addedSpeaksElsewhere' : 'added',
    data: { speaker: said.name, verb: said.verb.text },
    severity: speaksInSource ? 'low' : 'medium',
    confidence: byPairScore(pair, 0.35, 0.35),
    ...addedWordsEvidence(pair, said.verb),
  };
}

/**
 * A new attribution phrase that names someone. Where the source voices the statement with no one named ("wie es
 * offiziell heißt"), a phrase that names no one either ("so die offizielle Bezeichnung") adds no speaker.
 */
function phraseNamingSomeone(
  pair: FactPair,
  context: RuleContext,
): { verb: Mention; name: string } | undefined {
  const said = newPhraseHolder(pair, context);
  return said && namesSomeone({ ...said.verb, text: said.name }, context.pack) ? said : undefined;
}

/** Whether a group names someone by every word of a name: "Federal Environment Agency", "Kallas" in "Kaja Kallas". */
const namedIn = (group: SentenceFacts[], name: string): boolean => {
  const words = fold(name).split(/\s+/);
  return nameWords(group).some(
    (named) => words.every((w) => named.includes(w)) || named.every((w) => words.includes(w)),
  );
};

/**
 * A marker as the reader should see it: a phrase as written ("heißt es"), a single verb as the verb group of the
 * clause it is the finite verb of ("soll … handeln").
 */
const markerText = (group: SentenceFacts[], m: Mention): string =>
  m.text.includes(' ')
    ? m.text
    : (group.flatMap((s) => s.clauses).find((c) => c.verb?.finite.start === m.start)?.verb!.text ?? m.text);

/**
 * The finite verbs of clauses in the reported-speech subjunctive: "seien", "stehe", "werde". Hearsay ("soll …
 * genommen haben") names no one and is the certainty rule's.
 */
const subjunctive = (group: SentenceFacts[]): Mention[] =>
  group.flatMap((s) => finiteVerbs(s.clauses, (c) => c.mood === 'reported' && !c.hearsay));

/**
 * The clause a subjunctive form stands in is in the rewrite: most of its content words, between the
 * punctuation around the form ("…, dass der Präsident das nicht akzeptieren werde." / "sie habe keine …").
 */
function clauseKept(source: SentenceFacts[], form: Mention, rewrite: SentenceFacts[]): boolean {
  const sentence = source.find((s) => s.start <= form.start && form.end <= s.start + s.text.length);
  if (!sentence) return false;
  const { before, after } = clauseWindow(sentence, tokenAt(sentence, form), {
    before: Infinity,
    after: Infinity,
  });
  const clause = [...before, ...after].filter((t) => !t.isStopword).map((t) => t.stem);
  const kept = new Set(rewrite.flatMap((s) => s.tokens.map((t) => t.stem)));
  return clause.length > 0 && clause.filter((w) => kept.has(w)).length >= 0.6 * clause.length;
}

/**
 * How much a dropped attribution weighs: where the source's grammar keeps its distance from the claim (the
 * reported-speech subjunctive, the conditional: "sei", "wäre"), stating it as fact is unambiguous (high); a
 * reporting verb or an attribution phrase alone ("said", "laut") is dropped in summaries as often as it matters
 * (medium: 3 of 5 such findings were real drifts on the development rewrites).
 */
function dropSeverity(source: SentenceFacts[]): Severity {
  return source.some((s) => s.clauses.some((c) => c.mood !== 'indicative')) ? 'high' : 'medium';
}

/** Content words next to a reporting verb: who is said to speak ("the company reported", "sagte Kallas"). */
const speakerWords = (s: SentenceFacts, context: RuleContext): string[] =>
  s.tokens.flatMap((_, i) => subjectOfVerb(s, i, context.pack)?.map((w) => w.norm) ?? []);

/**
 * Whoever an attribution phrase gives a claim to. A rewrite that names them again gives them the claim, whatever
 * verb it chooses ("the index compiled by the Austrian Energy Agency shows", "the agency expects").
 */
const holderWords = (s: SentenceFacts, context: RuleContext): string[] =>
  s.attribution.flatMap((m) => holderOfPhrase(s, m, context.pack)?.map((t) => t.norm) ?? []);

/** A sentence that names a holder again, capitalised as a name is (not only as the sentence's first word). */
const namesHolder = (s: SentenceFacts, holders: Set<string>, context: RuleContext): boolean =>
  s.tokens.some((t, i) => t.capitalized && (i > 0 || context.pack.nounsCapitalized) && holders.has(t.norm));

/** A reporting verb in the active voice with a name or role beside it: "Smith said", "sagte Kallas". */
function namedSpeaker(s: SentenceFacts, context: RuleContext): { verb: Mention; name: string } | undefined {
  const passive = context.pack.passiveAuxiliaries;
  for (const m of s.attribution) {
    const i = tokenAt(s, m);
    if (
      i < 0 ||
      !(isReportingVerb(s.tokens[i]!.norm, context.pack) || splitReportingVerb(s, m, context)) ||
      // "were demanded", "are now demanded": a passive has no speaker beside its verb.
      [1, 2].some((back) => passive.has(s.tokens[i - back]?.norm ?? ''))
    )
      continue;
    const near = [...s.tokens.slice(Math.max(0, i - 3), i), ...s.tokens.slice(i + 1, i + 4)];
    const names = [...s.people, ...s.names];
    const name = names.find((n) =>
      near.some((t) => n.start <= s.start + t.start && s.start + t.start < n.end),
    );
    if (name) return { verb: m, name: name.text };
  }
  return undefined;
}

/**
 * A reporting verb in the active voice with people beside it whom the source statement does not mention: "…, city
 * officials say", "…, sagen Experten". Whoever they are, the rewrite gives the statement to them.
 */
function speakingPeople(
  s: SentenceFacts,
  source: SentenceFacts[],
  context: RuleContext,
): { verb: Mention; name: string } | undefined {
  const { pack } = context;
  for (const m of s.attribution) {
    const i = tokenAt(s, m);
    if (i < 0 || !isReportingVerb(s.tokens[i]!.norm, pack)) continue;
    const words = (subjectOfVerb(s, i, pack) ?? []).sort((a, b) => a.start - b.start);
    const people = words.filter((w) => isPersonNoun(w.norm, pack) && !mentionedIn([w], source));
    if (!people.length) continue;
    // The evidence is the verb with whom it names: "city officials say", "sagen Experten".
    return { verb: markerWithWords(s, m, words), name: s.text.slice(words[0]!.start, words.at(-1)!.end) };
  }
  return undefined;
}

/**
 * A separable reporting verb whose finite part a mention is: "gab" of "gab … an". Not in the passive: "was declared
 * a World Heritage Site" names no one who speaks.
 */
const splitReportingVerb = (s: SentenceFacts, m: Mention, context: RuleContext): boolean =>
  s.clauses.some(
    (c) =>
      c.verb?.finite.start === m.start && !c.verb.passive && isReportingLemma(c.verb.lemma, context.pack),
  );

/** Words of everyone the source has speak: beside a reporting verb, or as a quote's speaker. */
const speakingInSource = (context: RuleContext): Set<string> =>
  context.memo.get(
    'speakingInSource',
    () =>
      new Set(
        context.source.sentences.flatMap((s) => [
          ...speakerWords(s, context),
          ...s.quotes.flatMap((q) => (q.speaker ? fold(q.speaker.text).split(/\s+/) : [])),
        ]),
      ),
  );

/** The people either article names or quotes, by last name: "Kallas" in "führte Kallas Gespräche" keeps the speaker. */
function knownSpeakers(context: RuleContext): Set<string> {
  const all = [...context.source.sentences, ...context.rewrite.sentences];
  return new Set([
    ...all.flatMap((s) => s.people.map((p) => p.key)),
    ...all
      .flatMap((s) => s.quotes.flatMap((q) => (q.speaker ? [fold(q.speaker.text)] : [])))
      .filter((k) => !context.pack.subjectPronouns.has(k)),
  ]);
}

/**
 * A sentence that names a known speaker, also as the owner of what shows the claim ("Gilead's results showed",
 * "Luthers Ansicht").
 */
const mentionsSpeaker = (s: SentenceFacts, speakers: Set<string>, pack: LanguagePack): boolean =>
  s.tokens.some(
    (t) =>
      speakers.has(t.norm) ||
      speakers.has(nameKey(t.text)) ||
      (t.capitalized && withoutGenitive(t.norm, pack).some((owner) => speakers.has(owner))),
  );

/** A sentence that starts with a personal pronoun as its subject ("Sie hält die Lage für ernst"). */
const pronounSubject = (s: SentenceFacts, context: RuleContext): boolean =>
  s.tokens.slice(0, 3).some((t) => context.pack.subjectPronouns.has(t.norm));
