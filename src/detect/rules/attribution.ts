import { isReportingLemma, isReportingVerb } from '../../clauses/reporting-verbs.js';
import { finiteVerbs } from '../../clauses/finite-verbs.js';
import { tokenAt } from '../../facts/mention.js';
import { isRoleNoun, nameKey, namesSomeone } from '../../facts/people.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { speakerResolver, type RegisteredPerson } from '../../people/registry.js';
import { fold } from '../../text/normalize.js';
import type { Token } from '../../text/tokens.js';
import { claimHolders, holderOfPhrase, subjectOfVerb, type ClaimHolder } from '../claim-holders.js';
import { clauseWindow } from '../clause-window.js';
import {
  byPairScore,
  evidence,
  evidenceIn,
  sentenceAt,
  type ArticleFacts,
  type FactPair,
  type RuleContext,
} from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import { nameKnown } from '../names.js';
import { matchQuotes, REWORDED_QUOTE } from '../quotes.js';
import { restatement } from '../restatement.js';
import { roleSpeakerOf, type RoleSpeaker } from '../role-speakers.js';
import { masculine } from '../offices.js';
import type { LanguagePack } from '../../lang/pack.js';
import { relateNouns } from '../../lexicon/relate.js';
import { defineRule } from '../rule.js';

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
  const voiced = pair.rewrite.some(
    (s) =>
      hedges ||
      s.attribution.length > 0 ||
      // A clause in the subjunctive or the conditional does not state its claim as fact.
      s.clauses.some((c) => c.mood !== 'indicative') ||
      s.quotes.length > 0 ||
      s.people.length > 0 ||
      mentionsSpeaker(s, sourceSpeakers) ||
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
  const moved = holderChange(pair, context);
  if (moved) return moved;
  if (claimed.length || pair.source.some((s) => s.quotes.length)) return undefined;
  const said =
    pair.rewrite.map((s) => namedSpeaker(s, context)).find(Boolean) ?? newPhraseHolder(pair, context);
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
    source: evidence(restatement(pair.rewrite, pair.source, [said.verb]).sentence),
    rewrite: evidenceIn(pair.rewrite, said.verb),
  };
}

/**
 * The claim given to another body: the source's statement names who reports it ("wie der Versicherungsverband
 * mitteilte", "schreibt das Fraunhofer-Institut"), the rewrite's names someone it does not mention ("wie die Polizei
 * mitteilte"), and the source's holder is gone from it. People and their offices are the quote and speaker checks'
 * ("sagte Kallas" → "sagte die Außenministerin" names one person twice); this is about institutions.
 */
function holderChange(pair: FactPair, context: RuleContext): Draft | undefined {
  const { pack } = context;
  // Where only names have capitals, a holder in small words ("the company", "the firm") is too loosely told to say
  // it changed: the lexicon does not join all the ways of naming one. A name is the entity rule's, a person the
  // speaker checks'.
  const body = (h: ClaimHolder) =>
    (h.capitalized || pack.nounsCapitalized) && !h.named && h.words.every((w) => !isRoleNoun(w.norm, pack));
  const was = pair.source.flatMap((s) => claimHolders(s, pack)).filter(body);
  const is = pair.rewrite.flatMap((s) => claimHolders(s, pack)).filter(body);
  const lost = was.find((h) => !mentionedIn(h.words, pair.rewrite));
  const gained = is.find((h) => !mentionedIn(h.words, pair.source));
  if (!lost || !gained) return undefined;
  // "the club" for "the team", "the authorities" for "the police": one holder in other words.
  const related = (a: Token, b: Token) =>
    ['same', 'broader', 'narrower'].includes(relateNouns(a.norm, b.norm, pack).relation);
  if (gained.words.some((a) => lost.words.some((b) => related(b, a)))) return undefined;
  // Who reports it elsewhere in the source may have been merged in from a neighbouring statement.
  const elsewhere = mentionedIn(gained.words, context.source.sentences);
  return {
    messageId: 'holderChanged',
    data: {
      source: holderText(pair.source, lost),
      sourceMarker: lost.marker.text,
      rewrite: holderText(pair.rewrite, gained),
      rewriteMarker: gained.marker.text,
    },
    severity: elsewhere ? 'low' : 'medium',
    confidence: byPairScore(pair, 0.4, 0.3),
    source: evidenceIn(pair.source, clauseOf(pair.source, lost.marker)),
    rewrite: evidenceIn(pair.rewrite, clauseOf(pair.rewrite, gained.marker)),
  };
}

/**
 * "According to the Federal Returning Officer", "laut den Krankenkassen": an attribution phrase the rewrite adds to
 * a statement the source gives no one, naming someone the source statement does not mention.
 */
function newPhraseHolder(pair: FactPair, context: RuleContext): { verb: Mention; name: string } | undefined {
  const holder = pair.rewrite
    .flatMap((s) => claimHolders(s, context.pack))
    .find((h) => h.by === 'phrase' && !mentionedIn(h.words, pair.source));
  if (!holder) return undefined;
  // The evidence is the phrase with whom it names: "Laut dem Verkehrsverbund".
  const s = sentenceAt(pair.rewrite, holder.marker.start);
  const end = s.start + holder.words.at(-1)!.end;
  const phrase = {
    start: holder.marker.start,
    end,
    text: s.text.slice(holder.marker.start - s.start, end - s.start),
  };
  return { verb: phrase, name: holderText(pair.rewrite, holder) };
}

/**
 * Some word of a holder stands in the sentences: the same word with another ending ("Verbandes"), or one a compound
 * of the other ("Institut", "Fraunhofer-Institut"). Not by stem: "insurers" and "insurance" are different holders.
 */
const mentionedIn = (words: readonly Token[], sentences: readonly SentenceFacts[]): boolean =>
  words.some((w) => sentences.some((s) => s.tokens.some((t) => sameHolderWord(t.norm, w.norm))));

const sameHolderWord = (a: string, b: string): boolean => {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return short === long;
  return (
    (long.startsWith(short) && long.length - short.length <= 2) || (short.length >= 4 && long.endsWith(short))
  );
};

/** A holder's words as written, from the first to the last. */
function holderText(group: SentenceFacts[], h: ClaimHolder): string {
  const s = sentenceAt(group, h.marker.start);
  const [first, last] = [h.words[0]!, h.words.at(-1)!];
  return s.text.slice(first.start, last.end);
}

/** The clause a marker stands in, as a mention: the evidence of who is said to speak. */
function clauseOf(group: SentenceFacts[], m: Mention): Mention {
  const s = sentenceAt(group, m.start);
  const c = s.clauses.find((x) => x.start <= m.start && m.start < x.end);
  const [start, end] = c ? [c.start, c.end] : [s.start, s.start + s.text.length];
  return { start, end, text: s.text.slice(start - s.start, end - s.start) };
}

/** Whether a group names someone by every word of a name: "Federal Environment Agency", "Kallas" in "Kaja Kallas". */
const namedIn = (group: SentenceFacts[], name: string): boolean => {
  const words = fold(name).split(/\s+/);
  return nameWords(group).some(
    (named) => words.every((w) => named.includes(w)) || named.every((w) => words.includes(w)),
  );
};

/** The words of every person and name a group of sentences gives, folded, one list a name. */
const nameWords = (group: readonly SentenceFacts[]): string[][] =>
  group.flatMap((s) => [...s.people, ...s.names].map((n) => fold(n.text).split(/\s+/)));

const speakersOf = (article: ArticleFacts) =>
  article.memo.get('speakerResolver', () => speakerResolver(article.people, article.pack));

/** A quote the source gives to one speaker that the rewrite gives to another. */
function speakerChanges(context: RuleContext): Draft[] {
  const out: Draft[] = [];
  const told = new Set<string>();
  const pronoun = (m: Mention): boolean => context.pack.subjectPronouns.has(fold(m.text));
  for (const m of matchQuotes(context)) {
    const before = m.best && m.best.similarity >= REWORDED_QUOTE ? m.best.quote.speaker : undefined;
    const after = m.quote.speaker;
    if (!before || !after) continue;
    // "Kallas" and "Kaja Kallas" are one speaker, "he" the person last named before: compare the people resolved.
    const [was, is] = [speakersOf(context.source)(before), speakersOf(context.rewrite)(after)];
    // A word read beside the quote that is no one the article names and no name or role ("Als Sozialdemokratie werde
    // man sagen müssen") is no speaker.
    if (!is && !namesSomeone(after, context.pack)) continue;
    if ((pronoun(before) && !was) || (pronoun(after) && !is)) continue;
    const [wasKey, isKey] = [was?.key ?? nameKey(before.text), is?.key ?? nameKey(after.text)];
    if (wasKey === isKey) continue;
    const change = `${wasKey}>${isKey}`;
    // A quotation that goes on with the quote before it moved with it: one change, told at the first.
    if ((m.quote.continued || m.best!.quote.continued) && told.has(change)) continue;
    told.add(change);
    // A speaker the source never names is a substituted name: the entity rule reports it once.
    if (!nameKnown(pronoun(after) ? is!.names[0]! : after.text, context.source)) continue;
    // A word beside a quote that the source does not use as a name ("unter Berufung auf", "laut
    // Aussendung") is no named speaker: the quote moved only if a person now says it, and less surely.
    const known = namedInSource(was ? { ...before, text: was.names[0]! } : before, context);
    if (!known && !personNamed(after, m.sentence)) continue;
    // A pronoun or a role alone ("sie", "the minister") stands for a person the article names elsewhere.
    const referred = (speaker: Mention, person: typeof was): person is RegisteredPerson =>
      !!person && person.key !== nameKey(speaker.text);
    const shown = (speaker: Mention, person: typeof was) =>
      referred(speaker, person) ? `${speaker.text} (${person.names[0]})` : speaker.text;
    // Who a pronoun or a role stands for is a likely reading, not an unambiguous one.
    // So is who goes on speaking in a paragraph of quotation that names no one.
    const resolved = referred(before, was) || referred(after, is) || !!m.best!.quote.continued;
    out.push({
      messageId: 'speakerChanged',
      data: { source: shown(before, was), rewrite: shown(after, is) },
      severity: known && !resolved ? 'high' : 'medium',
      confidence: 0.75,
      source: evidence(m.best!.sentence, m.best!.quote.continued ? m.best!.quote : before),
      rewrite: evidence(m.sentence, after),
    });
  }
  return out;
}

/** Whether the source names a quote's speaker as a person or a name somewhere, not only beside the quote. */
const namedInSource = (speaker: Mention, context: RuleContext): boolean => {
  const words = fold(speaker.text).split(/\s+/);
  return nameWords(context.source.sentences).some((named) => named.some((w) => words.includes(w)));
};

/** A speaker that is a person: named with a role, or a first name and a surname ("Anna Berg"). */
const personNamed = (speaker: Mention, sentence: SentenceFacts): boolean =>
  sentence.people.some((p) => p.start < speaker.end && speaker.start < p.end) ||
  /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u.test(speaker.text);

/**
 * A marker as the reader should see it: a phrase as written ("heißt es"), a single verb as the verb group of the
 * clause it is the finite verb of ("soll … handeln").
 */
const markerText = (group: SentenceFacts[], m: Mention): string =>
  m.text.includes(' ')
    ? m.text
    : (group.flatMap((s) => s.clauses).find((c) => c.verb?.finite.start === m.start)?.verb!.text ?? m.text);

/** The finite verbs of clauses in the reported-speech subjunctive: "seien", "stehe", "werde". */
const subjunctive = (group: SentenceFacts[]): Mention[] =>
  group.flatMap((s) => finiteVerbs(s.clauses, (c) => c.mood === 'reported'));

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

/** A separable reporting verb whose finite part a mention is: "gab" of "gab … an". */
const splitReportingVerb = (s: SentenceFacts, m: Mention, context: RuleContext): boolean =>
  s.clauses.some((c) => c.verb?.finite.start === m.start && isReportingLemma(c.verb.lemma, context.pack));

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

/** A sentence that names a known speaker, also as the owner of what shows the claim ("Gilead's results showed"). */
const mentionsSpeaker = (s: SentenceFacts, speakers: Set<string>): boolean =>
  s.tokens.some((t) => speakers.has(t.norm) || speakers.has(nameKey(t.text)));

/** A sentence that starts with a personal pronoun as its subject ("Sie hält die Lage für ernst"). */
const pronounSubject = (s: SentenceFacts, context: RuleContext): boolean =>
  s.tokens.slice(0, 3).some((t) => context.pack.subjectPronouns.has(t.norm));

/**
 * A claim an unnamed source made, given to an on-record one: "An unnamed official told Politico" → "A Commission
 * spokesperson told Politico". "the official" for "an unnamed official" is the same speaker. (Professions the lexicon
 * calls siblings are too few and too loosely linked to say one person became another.)
 */
function unnamedSpeakerChanges(context: RuleContext): Draft[] {
  const { pack } = context;
  return context.matched.flatMap((pair) => {
    const was = pair.source.map((s) => roleSpeakerOf(s, pack)).find((r) => !!r);
    const is = pair.rewrite.map((s) => roleSpeakerOf(s, pack)).find((r) => !!r);
    if (!was?.anonymous || !is || is.anonymous || !namesMore(was, is, pack)) return [];
    return [
      {
        messageId: 'unnamedSpeakerChanged' as const,
        data: { source: was.mention.text, rewrite: is.mention.text },
        severity: 'medium' as Severity,
        confidence: 0.6,
        source: evidenceIn(pair.source, was.mention),
        rewrite: evidenceIn(pair.rewrite, is.mention),
      },
    ];
  });
}

/** The rewrite's speaker says who they are: a body ("Commission"), or another office than the source's. */
const namesMore = (was: RoleSpeaker, is: RoleSpeaker, pack: LanguagePack): boolean => {
  if (is.body.length) return true;
  const [a, b] = [masculine(was.head, pack), masculine(is.head, pack)];
  return a !== b && relateNouns(a, b, pack).relation !== 'same';
};
