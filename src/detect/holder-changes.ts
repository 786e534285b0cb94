/**
 * Whom a claim is given to: an institution the source statement names replaced by another, and a holder the rewrite
 * adds in an attribution phrase. Read by the attribution rule (src/detect/rules/attribution.ts).
 */
import { markerWithWords } from '../facts/mention.js';
import { isRoleNoun } from '../facts/people.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { Token } from '../text/tokens.js';
import { claimHolders, type ClaimHolder } from './claim-holders.js';
import {
  byPairScore,
  evidenceIn,
  sentenceAt,
  type ArticleFacts,
  type FactPair,
  type RuleContext,
} from './context.js';
import { nameWords } from './quote-speakers.js';
import type { FindingDraft } from './finding.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { relateNouns } from '../lexicon/relate.js';
import { isCommonNoun } from '../lexicon/thesaurus-relation.js';
import type { LanguagePack } from '../lang/pack.js';
import { stem } from '../text/stem.js';

/**
 * The claim given to another body: the source's statement names who reports it ("wie der Versicherungsverband
 * mitteilte", "schreibt das Fraunhofer-Institut"), the rewrite's names someone it does not mention ("wie die Polizei
 * mitteilte"), and the source's holder is gone from it. People and their offices are the quote and speaker checks'
 * ("sagte Kallas" → "sagte die Außenministerin" names one person twice); this is about institutions.
 */
export function holderChange(
  pair: FactPair,
  context: RuleContext,
): FindingDraft<'holderChanged'> | undefined {
  const { pack } = context;
  // Where only names have capitals, a holder in small words ("the company", "the firm") is too loosely told to say
  // it changed: the lexicon does not join all the ways of naming one. A person is the speaker checks'.
  const body = (h: ClaimHolder) =>
    (h.capitalized || pack.nounsCapitalized) && h.words.every((w) => !isRoleNoun(w.norm, pack));
  const was = pair.source.flatMap((s) => claimHolders(s, pack)).filter(body);
  const is = pair.rewrite.flatMap((s) => claimHolders(s, pack)).filter(body);
  const lost = was.find((h) => !mentionedIn(h.words, pair.rewrite));
  const gained = is.find((h) => !mentionedIn(h.words, pair.source));
  // A name for a name is the entity rule's to compare; a named body for one told in common nouns ("des Verbands …
  // (VPI)" → "des Umweltbundesamts") it does not see. A name with no common noun or acronym in it is a person's.
  if (!lost || !gained || (lost.named && gained.named) || [lost, gained].some((h) => person(h, pack)))
    return undefined;
  // "the club" for "the team", "the authorities" for "the police": one holder in other words.
  const related = (a: Token, b: Token) =>
    ['same', 'broader', 'narrower'].includes(relateNouns(a.norm, b.norm, pack).relation);
  if (gained.words.some((a) => lost.words.some((b) => related(b, a)))) return undefined;
  // Who reports it elsewhere in the source may have been merged in from a neighbouring statement.
  return changedHolder(pair, lost, gained, mentionedIn(gained.words, context.source.sentences));
}

/**
 * The claim's holder changed, each side's clause as evidence: low where the new one may be merged in from a
 * neighbouring statement, or is named too loosely to be sure of (a group).
 */
const changedHolder = (
  pair: FactPair,
  lost: ClaimHolder,
  gained: ClaimHolder,
  tentative: boolean,
): FindingDraft<'holderChanged'> => ({
  messageId: 'holderChanged',
  data: {
    source: holderText(pair.source, lost),
    sourceMarker: lost.marker.text,
    rewrite: holderText(pair.rewrite, gained),
    rewriteMarker: gained.marker.text,
  },
  severity: tentative ? 'low' : 'medium',
  confidence: byPairScore(pair, 0.4, 0.3),
  source: evidenceIn(pair.source, clauseOf(pair.source, lost.marker)),
  rewrite: evidenceIn(pair.rewrite, clauseOf(pair.rewrite, gained.marker)),
});

/**
 * The claim given to another person: a speaker named or given by a role replaced by someone the rewrite introduces
 * with an indefinite article ("wie Townsend berichtete" → "berichtete ein Gast": someone new, not Townsend in other
 * words; "sagte die Wirtin" → "sagte ein Koch"), or an unnamed
 * source replaced by a named person ("according to parliamentary sources" → "Metsola confirmed"). A definite role for
 * a name may be the same person ("sagte die Wirtin") and is left alone; a quote's speaker is the quote checks'.
 */
export function speakerChange(
  pair: FactPair,
  context: RuleContext,
): FindingDraft<'holderChanged'> | undefined {
  const { pack } = context;
  if ([...pair.source, ...pair.rewrite].some((s) => s.quotes.some((q) => q.speaker))) return undefined;
  const was = pair.source
    .flatMap((s) => claimHolders(s, pack))
    .filter((h) => !mentionedIn(h.words, pair.rewrite));
  const is = pair.rewrite.flatMap((s) => claimHolders(s, pack));
  const introduced = (h: ClaimHolder) => {
    const s = sentenceAt(pair.rewrite, h.marker.start);
    return h.words.some((w) => {
      const i = s.tokens.indexOf(w);
      return isPersonNoun(w.norm, pack) && pack.indefiniteArticles.has(s.tokens[i - 1]?.norm ?? '');
    });
  };
  // A name may stand alone where the article gave it whole before ("Nicola Townsend" … "wie Townsend berichtete").
  const named = (h: ClaimHolder, article: ArticleFacts) =>
    h.named || h.words.some((w) => articleNameWords(article).has(w.norm));
  for (const lost of was) {
    const lostNamed = named(lost, context.source);
    // A person the source names or gives by a role ("die Wirtin") is someone known, not whoever the rewrite introduces.
    const lostPerson = lostNamed || lost.words.some((w) => isPersonNoun(w.norm, pack));
    for (const gained of is) {
      // Someone new is new though the statement names their kind ("The guests …, a guest reported").
      const newPerson = lostPerson && introduced(gained);
      const namedForUnnamed =
        !lostNamed &&
        !mentionedIn(gained.words, pair.source) &&
        named(gained, context.rewrite) &&
        person(gained, pack);
      if (!newPerson && !namedForUnnamed) continue;
      // Someone who speaks elsewhere in the source may have been merged in from a neighbouring statement.
      const elsewhere = namedForUnnamed && mentionedIn(gained.words, context.source.sentences);
      return changedHolder(pair, lost, gained, elsewhere);
    }
  }
  return undefined;
}

/** Every word of the names and people an article gives, folded: "townsend" once it names "Nicola Townsend". */
const articleNameWords = (article: ArticleFacts): Set<string> =>
  article.memo.get('nameWords', () => new Set(nameWords(article.sentences).flat()));

/** A holder named by a name that has no common noun or acronym in it: "Peter Huber", not "Verband … (VPI)". */
const person = (h: ClaimHolder, pack: LanguagePack): boolean =>
  h.named && !h.words.some((w) => isCommonNoun(w.norm, pack) || /^\p{Lu}{2,}$/u.test(w.text));

/**
 * The claim given to another kind of people: the source's statement gives it to a group told by a person noun, no
 * name ("Ernährungswissenschaftler sagen", "officials said"), the rewrite's to a group of another kind it does not
 * mention ("Verbraucherschützer sagen", "residents said"). Kinds the lexical resource relates ("experts" /
 * "specialists") are one group in other words. Low: a group is named loosely, and worth a look, not an alarm.
 */
export function groupChange(pair: FactPair, context: RuleContext): FindingDraft<'holderChanged'> | undefined {
  const { pack } = context;
  // A person noun with no article is a group ("sagen Anwohner", "officials say"): a count noun in the singular takes
  // one. "der Torjäger" is someone known, whom another role may name ("der Goalgetter"): the speaker checks' to judge.
  const people = (side: SentenceFacts[], h: ClaimHolder) => {
    const s = sentenceAt(side, h.marker.start);
    const bare = (w: Token) =>
      !pack.roleGrammar.determiners.has(s.tokens[s.tokens.indexOf(w) - 1]?.norm ?? '');
    return h.words.filter((w) => isPersonNoun(w.norm, pack) && bare(w));
  };
  const groups = (side: SentenceFacts[], other: SentenceFacts[]) =>
    side
      .flatMap((s) => claimHolders(s, pack))
      .filter((holder) => !holder.named)
      .map((holder) => ({ holder, people: people(side, holder) }))
      .filter((g) => g.people.length > 0 && !mentionedIn(g.people, other));
  const [lost] = groups(pair.source, pair.rewrite);
  const [gained] = groups(pair.rewrite, pair.source);
  if (!lost || !gained) return undefined;
  const related = (a: Token, b: Token) =>
    ['same', 'broader', 'narrower'].includes(relateNouns(a.norm, b.norm, pack).relation);
  if (gained.people.some((a) => lost.people.some((b) => related(b, a)))) return undefined;
  return changedHolder(pair, lost.holder, gained.holder, true);
}

/**
 * "According to the Federal Returning Officer", "laut den Krankenkassen": an attribution phrase the rewrite adds to
 * a statement the source gives no one, naming someone the source statement does not mention.
 */
export function newPhraseHolder(
  pair: FactPair,
  context: RuleContext,
): { verb: Mention; name: string } | undefined {
  const acts = actsOf(pair.source, context.pack);
  const holder = pair.rewrite
    .flatMap((s) => claimHolders(s, context.pack))
    .find(
      (h) =>
        h.by === 'phrase' &&
        !mentionedIn(h.words, pair.source) &&
        !h.words.some((w) => acts.some((act) => w.stem.startsWith(act))),
    );
  if (!holder) return undefined;
  // The evidence is the phrase with whom it names: "Laut dem Verkehrsverbund", "Studien zufolge".
  const s = sentenceAt(pair.rewrite, holder.marker.start);
  return { verb: markerWithWords(s, holder.marker, holder.words), name: holderText(pair.rewrite, holder) };
}

/** How long a verb's stem must be to tell a noun made from it: "schätz" in "Schätzungen", not "ab" in "Abend". */
const MIN_ACT = 4;

/**
 * The stems of the statement's verbs: a holder named after one of them is the statement's own act in a noun ("so
 * schätzt man" → "Schätzungen zufolge", "it is estimated" → "according to estimates"), no new holder.
 */
const actsOf = (group: SentenceFacts[], pack: LanguagePack): string[] =>
  group
    .flatMap((s) => s.clauses.flatMap((c) => (c.verb ? [stem(c.verb.lemma, pack.code)] : [])))
    .filter((act) => act.length >= MIN_ACT);

/**
 * Some word of a holder stands in the sentences: the same word with another ending ("Verbandes"), or one a compound
 * of the other ("Institut", "Fraunhofer-Institut"), also as a part of a hyphenated one ("Experte", "FPÖ-Experten").
 * Not by stem: "insurers" and "insurance" are different holders.
 */
export const mentionedIn = (words: readonly Token[], sentences: readonly SentenceFacts[]): boolean =>
  words.some((w) =>
    sentences.some((s) =>
      s.tokens.some((t) => t.norm.split('-').some((part) => sameHolderWord(part, w.norm))),
    ),
  );

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
  // The words come nearest the verb first where the holder stands before it ("des Landes", "Versicherungsverband").
  const words = [...h.words].sort((a, b) => a.start - b.start);
  const [first, last] = [words[0]!, words.at(-1)!];
  const text = s.text.slice(first.start, last.end);
  // "Verbands der pyrotechnischen Industrie (VPI)": a bracket opened in the holder closes with it.
  return text.split('(').length > text.split(')').length && s.text[last.end] === ')' ? `${text})` : text;
}

/** The clause a marker stands in, as a mention: the evidence of who is said to speak. */
function clauseOf(group: SentenceFacts[], m: Mention): Mention {
  const s = sentenceAt(group, m.start);
  const c = s.clauses.find((x) => x.start <= m.start && m.start < x.end);
  const [start, end] = c ? [c.start, c.end] : [s.start, s.start + s.text.length];
  return { start, end, text: s.text.slice(start - s.start, end - s.start) };
}
