import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { isRoleTitle } from '../facts/people.js';
import { placeOfDemonym } from '../lexicon/demonyms.js';
import { sameThingByCompound } from '../lexicon/senses.js';
import { relateNouns, type WordRelation } from '../lexicon/relate.js';
import { broadPersonKind } from '../lexicon/thesaurus-relation.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokens.js';
import { stemBalance } from './balance.js';
import type { FactPair, RuleContext } from './context.js';
import { inVerbGroup } from './clause-verbs.js';
import { sameOffice } from './offices.js';
import { mention, replacedAfterSameWords, replacedWords } from './replacements.js';
import { tradedMembers } from './list-members.js';

export interface KindSwap {
  source: Mention;
  rewrite: Mention;
  relation: WordRelation;
  /** The rewrite's compound takes its modifier from the source's statement: a phrase folded, the source's own lost. */
  folded: boolean;
  /** Only the sentence's grammar (a list) tells the kind, no lexical resource: worth a look, not an alarm. */
  tentative?: true;
}

/**
 * Nouns of a pair where the rewrite puts another thing of the same kind in the source's place: "bond" → "loan",
 * "humans" → "birds", "Gesundheitsministerium" → "Innenministerium". Words the lexical resource joins (a synonym,
 * one a kind of the other, a derivation) are paraphrase and pass: "danger" for "threat", "poultry" for "birds".
 */
export function swappedKinds(pair: FactPair, context: RuleContext): KindSwap[] {
  const pack = context.pack;
  // "bird flu … a threat to humans" → "bird flu … a threat to birds": one of two "bird"s is new.
  const { gained, lost } = stemBalance(pair.source, pair.rewrite);
  const generic = new Set((pack.wordnet?.genericKinds ?? []).flatMap((g) => [g, stem(g, pack.code)]));
  const out: KindSwap[] = [];
  for (const replaced of placesOf(pair, context, { gained, lost })) {
    const [was, is] = [replaced.source.token, replaced.rewrite.token];
    // A word moved rather than replaced, or the same word in another form.
    if (was.stem === is.stem || !gained(is.stem) || !lost(was.stem)) continue;
    // "Wasser- und Sauerstoff" → "Wasserstoff und Sauerstoff": a word its hyphen cuts short is the first part of a
    // compound the next word completes; spelled out, it is the same word.
    if (cutShort(replaced.source.sentence, was) && is.norm.startsWith(was.norm)) continue;
    if (cutShort(replaced.rewrite.sentence, is) && was.norm.startsWith(is.norm)) continue;
    if ([was.norm, was.stem, is.norm, is.stem].some((w) => generic.has(w))) continue;
    // "Brasilianer" → "Argentinier", "tschechische" → "slowenische": people or things of another country.
    const places = [placeOfDemonym(was.norm, pack), placeOfDemonym(is.norm, pack)];
    const nationality = !!places[0] && !!places[1] && places[0] !== places[1];
    // Where every noun has a capital, a word without one is no noun ("leisten" → "bewegen").
    if (!nationality && pack.nounsCapitalized && !(was.capitalized && is.capitalized)) continue;
    const [source, rewrite] = [mention(replaced.source), mention(replaced.rewrite)];
    // "Freitag" → "Donnerstag" is a date, the date rule's; "Russland" → "China" a name, the name rule's.
    if (outside(source, replaced.source.sentence) || outside(rewrite, replaced.rewrite.sentence)) continue;
    // A word the clause reader took as a verb is no thing, whatever nouns the lexicon also spells so ("was found"),
    // and neither is one an object pronoun follows ("store them" → "keep them").
    if (inVerbGroup(source, replaced.source.sentence) || inVerbGroup(rewrite, replaced.rewrite.sentence))
      continue;
    if (
      beforeObjectPronoun(replaced.source.sentence, was, pack) ||
      beforeObjectPronoun(replaced.rewrite.sentence, is, pack)
    )
      continue;
    // "Chef" → "CEO": two titles of one office; a changed office is the role rule's.
    if (isRoleTitle(was.norm, pack) && isRoleTitle(is.norm, pack) && sameOffice(was.norm, is.norm, pack))
      continue;
    // "baking tray" → "baking sheet": one modifier, and a name of the thing the lexicon gives ends in the other head.
    const modifier = precedingWord(replaced.source.sentence, was);
    if (
      modifier &&
      modifier === precedingWord(replaced.rewrite.sentence, is) &&
      sameThingByCompound(modifier, was.norm, is.norm, pack)
    )
      continue;
    const relation: WordRelation = nationality
      ? { relation: 'sibling', resource: `word formation: ${places[0]}, ${places[1]}`, via: 'country' }
      : relateNouns(was.norm, is.norm, pack);
    if (relation.relation !== 'sibling') continue;
    out.push({ source, rewrite, relation, folded: modifierMoved(is.norm, relation, pair.source) });
  }
  return [...out, ...listSwaps(pair, out, context)];
}

/**
 * The words put in another's place: by the word diff, and after the same two words where the statement is reordered
 * (there the diff may pair a word with anything: "Brettspielen" with "verbrachten").
 */
function placesOf(
  pair: FactPair,
  context: RuleContext,
  balance: ReturnType<typeof stemBalance>,
): ReturnType<typeof replacedWords> {
  const byDiff = replacedWords(pair, context);
  const key = (r: (typeof byDiff)[number]) =>
    `${r.source.sentence.start + r.source.token.start}:${r.rewrite.sentence.start + r.rewrite.token.start}`;
  const found = new Set(byDiff.map(key));
  return [...byDiff, ...replacedAfterSameWords(pair, context, balance).filter((r) => !found.has(key(r)))];
}

/** Whether an object pronoun follows a token: the token is then a verb ("keep them"). */
const beforeObjectPronoun = (sentence: SentenceFacts, token: Token, pack: LanguagePack): boolean =>
  pack.objectPronouns.has(sentence.tokens[sentence.tokens.indexOf(token) + 1]?.norm ?? '');

/** A word written with a hyphen and a space after it: the first part of a compound cut short ("Wasser- und …"). */
const cutShort = (sentence: SentenceFacts, token: Token): boolean =>
  /^-\s/u.test(sentence.text.slice(token.end, token.end + 2));

/** The shortest stem taken as a compound's head: "Nelke" in "Gewürznelke", not "Ei" in "Frühstücksei". */
const MIN_HEAD = 4;

/**
 * "Kelten, Römer und Griechen" → "Kelten, Römer und Germanen": a list member replaced, the rest kept. Coordination
 * puts things of one kind side by side, so the replacement is another of that kind where the lexical resource knows
 * neither as the other's synonym, broader or narrower word.
 */

function listSwaps(pair: FactPair, found: KindSwap[], context: RuleContext): KindSwap[] {
  const pack = context.pack;
  return tradedMembers(pair.source, pair.rewrite, pack).flatMap((traded) => {
    const [source, rewrite] = [mention(traded.source), mention(traded.rewrite)];
    if (found.some((f) => f.source.start === source.start)) return [];
    // A name is the name rule's; where only names are capitalized, a capital makes one.
    const named = (m: typeof traded.source) => !pack.nounsCapitalized && m.token.capitalized;
    if (named(traded.source) || named(traded.rewrite)) return [];
    if (outside(source, traded.source.sentence) || outside(rewrite, traded.rewrite.sentence)) return [];
    const [was, is] = [traded.source.token, traded.rewrite.token];
    // "Gewürznelke" → "Nelken": a compound is a kind of its head, in any of the head's forms.
    const headed = (a: Token, b: Token) => b.stem.length >= MIN_HEAD && a.stem.endsWith(b.stem);
    if (headed(was, is) || headed(is, was)) return [];
    const known = relateNouns(was.norm, is.norm, pack);
    if (known.relation !== 'unknown' && known.relation !== 'sibling') return [];
    // "Touristen und Gäste" → "Touristen und Besucher": kinds of person straight below "Person" may be one person at
    // once; professions and peoples further down exclude each other.
    if (broadPersonKind(was.norm, pack) && broadPersonKind(is.norm, pack)) return [];
    // Worth a look, not an alarm: the list alone tells the kind where the resource says nothing, and a synonym it
    // lacks ("Experten" → "Fachleuten") is as likely as another thing; a sibling it knows the word diff would have
    // paired in place already.
    const relation: WordRelation =
      known.relation === 'sibling'
        ? known
        : { relation: 'sibling', resource: 'coordination', via: 'member of the list' };
    return [{ source, rewrite, relation, folded: false, tentative: true as const }];
  });
}

/**
 * "Umsatzanteil … am Markt" → "Marktanteil": the rewrite's compound takes its modifier from a word of the source's
 * statement: the phrase was folded into one word. What is lost is the source's modifier ("Umsatz"), a narrower
 * reading of the same share, less sure a change of thing.
 */
function modifierMoved(compound: string, relation: WordRelation, source: SentenceFacts[]): boolean {
  const head = relation.via?.toLowerCase();
  if (!relation.resource?.includes('word formation') || !head || !compound.endsWith(head)) return false;
  const modifier = compound.slice(0, -head.length).replace(/[s-]$/, '');
  if (modifier.length < 3) return false;
  return source.some((s) => s.tokens.some((t) => t.norm === modifier || t.stem === modifier));
}

/** The word before a token in its sentence, if no mark stands between: "baking" of "baking tray". */
function precedingWord(sentence: SentenceFacts, token: Token): string | undefined {
  const before = sentence.tokens[sentence.tokens.indexOf(token) - 1];
  if (!before || /\S/u.test(sentence.text.slice(before.end, token.start))) return undefined;
  return before.isStopword ? undefined : before.norm;
}

const within = (word: Mention, span: Mention): boolean => span.start <= word.start && word.end <= span.end;

/**
 * A word inside a date, a number, a name, or the office of a role someone is said to hold ("Leiter" in "Rizzoli,
 * Leiter des Stabes"): another rule reads it. A role's body is a thing like any other.
 */
const outside = (word: Mention, sentence: SentenceFacts): boolean =>
  [...sentence.times, ...sentence.numbers, ...sentence.names, ...sentence.people].some((t) =>
    within(word, t),
  ) ||
  sentence.people.some((p) => p.role && within(word, p.role) && !(p.role.body && within(word, p.role.body)));
