import { findPhrases } from '../../facts/phrases.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { fold } from '../../text/normalize.js';
import { evidence, evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import { matchQuotes, REWORDED_QUOTE } from '../quotes.js';
import type { Rule } from '../rule.js';
import { clauseBreakBefore, nameKnown, namesIn } from '../support.js';

const PRONOUNS = new Set(['er', 'sie', 'ich', 'wir', 'he', 'she', 'they', 'i', 'we']);

/**
 * Who said it: a claim the source attributes (reporting verb, Konjunktiv I, "according to", a quote) stated as
 * fact; a quote given to another speaker; a statement put in the mouth of someone who did not make it.
 */
export const attribution: Rule = {
  meta: {
    id: 'attribution',
    description:
      'A claim loses its attribution, changes speaker, or is attributed to someone who did not make it',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const speakers = knownSpeakers(context);
    for (const pair of context.matched) {
      if (pair.source.every((s) => isHeading(context, s))) continue;
      const claimed = pair.source.flatMap((s) => s.attribution);
      const sourceSpeakers = new Set([...speakers, ...pair.source.flatMap((s) => speakerWords(s, context))]);
      const voiced = (group: SentenceFacts[]): boolean =>
        group.some(
          (s) =>
            s.attribution.length > 0 ||
            s.quotes.length > 0 ||
            s.people.length > 0 ||
            mentionsSpeaker(s, sourceSpeakers),
        );
      if (claimed.length && !voiced(pair.rewrite)) {
        findings.push({
          severity: dropSeverity(claimed, pair.source, context),
          confidence: 0.45 + 0.4 * Math.min(1, pair.score / 0.5),
          explanation: `Attribution dropped: source reports this as someone's claim (${quoted(claimed[0]!.text)}), rewrite states it as fact.`,
          source: evidenceIn(pair.source, claimed[0]!),
          rewrite: evidence(pair.rewrite[0]!),
        });
      } else if (
        !subjunctive(pair.rewrite, context).length &&
        subjunctive(pair.source, context).some((form) => clauseKept(pair.source, form, pair.rewrite))
      ) {
        // The speaker is still named, but the grammar no longer keeps the writer's distance from the claim.
        const form = subjunctive(pair.source, context).find((f) => clauseKept(pair.source, f, pair.rewrite))!;
        findings.push({
          severity: 'low',
          confidence: 0.35 + 0.3 * Math.min(1, pair.score / 0.5),
          explanation: `Reported speech made indicative: source marks this as the speaker's claim with ${quoted(form.text)}, rewrite states the content in the indicative, as fact.`,
          source: evidenceIn(pair.source, form),
          rewrite: evidence(pair.rewrite[0]!),
        });
      } else if (
        !claimed.length &&
        !pair.source.some((s) => s.quotes.length) &&
        pair.rewrite.some((s) => namedSpeaker(s, context))
      ) {
        const said = pair.rewrite.map((s) => namedSpeaker(s, context)).find(Boolean)!;
        // A summary that gives a claim to someone who speaks elsewhere in the source has likely merged two
        // statements; one who never speaks there has words put in their mouth.
        const speaksInSource = said.name.split(/\s+/).some((w) => speakingInSource(context).has(fold(w)));
        findings.push({
          severity: speaksInSource ? 'low' : 'medium',
          confidence: 0.35 + 0.35 * Math.min(1, pair.score / 0.5),
          explanation: speaksInSource
            ? `Attribution added: rewrite has ${said.name} say this (${quoted(said.verb.text)}); ${said.name} speaks elsewhere in the source, which states this without a speaker.`
            : `Attribution added: rewrite has ${said.name} say this (${quoted(said.verb.text)}); the source states it without a speaker.`,
          source: evidence(pair.source[0]!),
          rewrite: evidenceIn(pair.rewrite, said.verb),
        });
      }
    }
    findings.push(...speakerChanges(context));
    return findings;
  },
};

/** A quote the source gives to one speaker that the rewrite gives to another. */
function speakerChanges(context: RuleContext): FindingDraft[] {
  const out: FindingDraft[] = [];
  for (const m of matchQuotes(context)) {
    const before = m.best && m.best.similarity >= REWORDED_QUOTE ? m.best.quote.speaker : undefined;
    const after = m.quote.speaker;
    if (!before || !after || PRONOUNS.has(fold(before.text)) || PRONOUNS.has(fold(after.text))) continue;
    // "Kallas" and "Kaja Kallas" are one speaker: compare by last name.
    const lastName = (t: string): string => fold(t).split(/\s+/).pop()!;
    if (lastName(before.text) === lastName(after.text)) continue;
    // A speaker the source never names is a substituted name: the entity rule reports it once.
    if (!nameKnown(after.text, namesIn(context.source), fold(context.source.article.text), context.source))
      continue;
    out.push({
      severity: 'high',
      confidence: 0.75,
      explanation: `Speaker changed: source attributes the quote to ${before.text}, rewrite to ${after.text}.`,
      source: evidence(m.best!.sentence, before),
      rewrite: evidence(m.sentence, after),
    });
  }
  return out;
}

/** The Konjunktiv I forms that mark a claim as reported: "seien", "stehe", "werde". */
const subjunctive = (group: SentenceFacts[], context: RuleContext): Mention[] =>
  group.flatMap((s) => s.attribution).filter((m) => context.pack.reportedSpeechForms.has(fold(m.text)));

/**
 * The clause a subjunctive form stands in is in the rewrite: most of its content words, between the
 * punctuation around the form ("…, dass der Präsident das nicht akzeptieren werde." / "sie habe keine …").
 */
function clauseKept(source: SentenceFacts[], form: Mention, rewrite: SentenceFacts[]): boolean {
  const sentence = source.find((s) => s.start <= form.start && form.end <= s.start + s.text.length);
  if (!sentence) return false;
  const tokens = sentence.tokens;
  const at = tokens.findIndex((t) => sentence.start + t.start === form.start);
  let first = at;
  while (first > 0 && !clauseBreakBefore(sentence, first)) first--;
  let last = at;
  while (last + 1 < tokens.length && !clauseBreakBefore(sentence, last + 1)) last++;
  const clause = tokens
    .slice(first, last + 1)
    .filter((t, i) => first + i !== at && !t.isStopword)
    .map((t) => t.stem);
  const kept = new Set(rewrite.flatMap((s) => s.tokens.map((t) => t.stem)));
  return clause.length > 0 && clause.filter((w) => kept.has(w)).length >= 0.6 * clause.length;
}

const isHeading = (context: RuleContext, s: SentenceFacts): boolean =>
  context.source.article.sentences.find((x) => x.id === s.sentenceId)?.heading ?? false;

/**
 * How much a dropped attribution weighs: a German Konjunktiv I marks the claim as the speaker's in the grammar
 * itself (high); an attribution phrase ("according to") or a German reporting verb is strong (medium-high);
 * an English "said" dropped in a summary is often harmless (low).
 */
function dropSeverity(claimed: Mention[], source: SentenceFacts[], context: RuleContext): Severity {
  const forms = claimed.map((m) => fold(m.text));
  if (forms.some((f) => context.pack.reportedSpeechForms.has(f))) return 'high';
  if (source.some((s) => findPhrases(s.tokens, context.pack.attributionPhrases, s.text, s.start).length))
    return 'medium';
  return context.pack.reportedSpeechForms.size > 0 ? 'high' : 'low';
}

/** Content words next to a reporting verb: who is said to speak ("the company reported", "sagte Kallas"). */
function speakerWords(s: SentenceFacts, context: RuleContext): string[] {
  const words: string[] = [];
  s.tokens.forEach((t, i) => {
    if (!context.pack.reportingVerbs.has(t.norm)) return;
    // The speaker stands beside the verb in its own phrase: "the ministry said", "sagte Kallas" — not across a comma.
    for (let k = i - 1; k >= Math.max(0, i - 3) && !clauseBreakBefore(s, k + 1); k--)
      words.push(s.tokens[k]!.norm);
    for (let k = i + 1; k < Math.min(s.tokens.length, i + 3) && !clauseBreakBefore(s, k); k++)
      words.push(s.tokens[k]!.norm);
  });
  return words.filter((w) => !context.pack.stopwords.has(w) && w.length > 2 && !/^\d/.test(w));
}

const PASSIVE = new Set([
  'was',
  'were',
  'been',
  'be',
  'is',
  'are',
  'being',
  'wurde',
  'wurden',
  'wird',
  'werden',
  'worden',
]);

/** A reporting verb in the active voice with a name or role beside it: "Smith said", "sagte Kallas". */
function namedSpeaker(s: SentenceFacts, context: RuleContext): { verb: Mention; name: string } | undefined {
  for (const m of s.attribution) {
    const i = s.tokens.findIndex((t) => s.start + t.start === m.start);
    if (
      i < 0 ||
      !context.pack.reportingVerbs.has(s.tokens[i]!.norm) ||
      // "were demanded", "are now demanded": a passive has no speaker beside its verb.
      [1, 2].some((back) => PASSIVE.has(s.tokens[i - back]?.norm ?? ''))
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

const speaking = new WeakMap<RuleContext, Set<string>>();

/** Words of everyone the source has speak: beside a reporting verb, or as a quote's speaker. */
function speakingInSource(context: RuleContext): Set<string> {
  let words = speaking.get(context);
  if (!words) {
    words = new Set(
      context.source.sentences.flatMap((s) => [
        ...speakerWords(s, context),
        ...s.quotes.flatMap((q) => (q.speaker ? fold(q.speaker.text).split(/\s+/) : [])),
      ]),
    );
    speaking.set(context, words);
  }
  return words;
}

/** The people either article names or quotes, by last name: "Kallas" in "führte Kallas Gespräche" keeps the speaker. */
function knownSpeakers(context: RuleContext): Set<string> {
  const all = [...context.source.sentences, ...context.rewrite.sentences];
  return new Set([
    ...all.flatMap((s) => s.people.map((p) => p.key)),
    ...all
      .flatMap((s) => s.quotes.flatMap((q) => (q.speaker ? [fold(q.speaker.text)] : [])))
      .filter((k) => !PRONOUNS.has(k)),
  ]);
}

/** A sentence that names a known speaker, or starts with a personal pronoun as its subject. */
const mentionsSpeaker = (s: SentenceFacts, speakers: Set<string>): boolean =>
  s.tokens.some((t) => speakers.has(t.norm)) || s.tokens.slice(0, 3).some((t) => PRONOUNS.has(t.norm));
