/**
 * Who says a quote: a quote the source gives to one speaker that the rewrite gives to another, and a claim of an
 * unnamed source given to an on-record one. Read by the attribution rule (src/detect/rules/attribution.ts).
 */
import { nameKey, namesSomeone } from '../facts/people.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { speakerResolver, type RegisteredPerson } from '../people/registry.js';
import { fold } from '../text/normalize.js';
import { evidence, evidenceIn, type ArticleFacts, type RuleContext } from './context.js';
import type { FindingDraft, Severity } from './finding.js';
import { nameKnown } from './names.js';
import { matchQuotes, REWORDED_QUOTE } from './quotes.js';
import { roleSpeakerOf, type RoleSpeaker } from './role-speakers.js';
import { masculine } from '../lexicon/person-nouns.js';
import type { LanguagePack } from '../lang/pack.js';
import { relateNouns } from '../lexicon/relate.js';

/** The words of every person and name a group of sentences gives, folded, one list a name. */
export const nameWords = (group: readonly SentenceFacts[]): string[][] =>
  group.flatMap((s) => [...s.people, ...s.names].map((n) => fold(n.text).split(/\s+/)));

const speakersOf = (article: ArticleFacts) =>
  article.memo.get('speakerResolver', () => speakerResolver(article.people, article.pack));

/** A quote the source gives to one speaker that the rewrite gives to another. */
export function speakerChanges(context: RuleContext): FindingDraft<'speakerChanged'>[] {
  const out: FindingDraft<'speakerChanged'>[] = [];
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
  const named = context.source.memo.get(
    'nameWordSet',
    () => new Set(nameWords(context.source.sentences).flat()),
  );
  return fold(speaker.text)
    .split(/\s+/)
    .some((w) => named.has(w));
};

/** A speaker that is a person: named with a role, or a first name and a surname ("Anna Berg"). */
const personNamed = (speaker: Mention, sentence: SentenceFacts): boolean =>
  sentence.people.some((p) => p.start < speaker.end && speaker.start < p.end) ||
  /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+)+$/u.test(speaker.text);

/**
 * A claim an unnamed source made, given to an on-record one: "An unnamed official told Politico" → "A Commission
 * spokesperson told Politico". "the official" for "an unnamed official" is the same speaker. (Professions the lexicon
 * calls siblings are too few and too loosely linked to say one person became another.)
 */
export function unnamedSpeakerChanges(context: RuleContext): FindingDraft<'unnamedSpeakerChanged'>[] {
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
