import type { SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { sensesOf } from '../lexicon/senses.js';
import { isCommonNoun } from '../lexicon/thesaurus-relation.js';
import { relateNouns } from '../lexicon/relate.js';

/** A member of a coordinated list, with the sentence it stands in. */
export interface ListMember {
  token: Token;
  sentence: SentenceFacts;
}

/** How many members a list needs before its coordination tells the kind: "Kelten, Römer und Griechen". */
const LIST_MEMBERS = 3;
/** Two members joined by a coordinator ("political and social"), where both name things or qualities. */
const PAIR_MEMBERS = 2;
/** How long a shared beginning makes two words one word's forms or compounds: "Teilzeit", "Teilzeitarbeit". */
const SHARED_START = 4;

/**
 * Whether a word names a thing or a quality, not an action or a circumstance: where every noun has a capital, a
 * common noun (not a name: "Torra und Sanchez"); elsewhere a word the lexical database knows as a noun or adjective
 * and never as a verb or adverb. Two such words coordinated are of one kind ("Stress oder Ernährung", "soldiers and
 * hikers").
 */
function namesThingOrQuality(t: Token, pack: LanguagePack): boolean {
  if (pack.nounsCapitalized) return t.capitalized && isCommonNoun(t.norm, pack);
  const has = (pos: 'n' | 'v' | 'a' | 'r') => sensesOf(t.norm, pos, pack).length > 0;
  return (has('n') || has('a')) && !has('v') && !has('r');
}

/**
 * The lists of single words a sentence coordinates: members parted by commas, the last joined by a coordinator
 * ("Kelten, Römer und Griechen", "cinnamon, clove and cardamom"). Coordination puts things of one kind side by side.
 */
export function coordinatedLists(sentence: SentenceFacts, pack: LanguagePack): ListMember[][] {
  const { tokens, text } = sentence;
  const between = (a: Token, b: Token) => text.slice(a.end, b.start);
  const member = (t: Token | undefined) => !!t && !t.isStopword && !t.isNumber && t.norm.length > 1;
  const lists: ListMember[][] = [];
  let run: Token[] = [];
  // Only a run the coordinator closes is a list: "A, B, C" alone may be an apposition or a heading.
  const close = (complete = false) => {
    const pair = run.length === PAIR_MEMBERS && run.every((t) => namesThingOrQuality(t, pack));
    if (complete && (run.length >= LIST_MEMBERS || pair))
      lists.push(run.map((token) => ({ token, sentence })));
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!member(t)) {
      // The coordinator after the last member keeps the list open for its final member.
      const joins = pack.verbGrammar.coordinators.has(t.norm) && run.at(-1) === tokens[i - 1];
      if (!joins) close();
      continue;
    }
    const last = run.at(-1);
    if (last && /^\s*,\s*$/u.test(between(last, t))) {
      run.push(t);
      continue;
    }
    // The coordinator before the last member ends the list: "Römer und Griechen".
    const joiner = tokens[i - 1];
    if (
      last &&
      joiner &&
      tokens[i - 2] === last &&
      pack.verbGrammar.coordinators.has(joiner.norm) &&
      /^\s+$/u.test(between(last, joiner))
    ) {
      run.push(t);
      close(true);
      continue;
    }
    close();
    run = [t];
  }
  return lists;
}

/**
 * Members one list of the source and one of the rewrite trade, the rest kept: "Kelten, Römer und Griechen" →
 * "Kelten, Römer und Germanen". At least two members kept make them one list; exactly one member each side says that
 * the other does not (by stem, anywhere in the statement) is the one replaced.
 */
export function tradedMembers(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: ListMember; rewrite: ListMember }[] {
  const stems = (group: SentenceFacts[]) => new Set(group.flatMap((s) => s.tokens.map((t) => t.stem)));
  const [sourceStems, rewriteStems] = [stems(source), stems(rewrite)];
  const out: { source: ListMember; rewrite: ListMember }[] = [];
  const rewriteLists = rewrite.flatMap((s) => coordinatedLists(s, pack));
  for (const a of source.flatMap((s) => coordinatedLists(s, pack)))
    for (const b of rewriteLists) {
      const kept = a.filter((m) => b.some((n) => n.token.stem === m.token.stem));
      const lost = a.filter((m) => !rewriteStems.has(m.token.stem));
      const gained = b.filter((n) => !sourceStems.has(n.token.stem));
      if (kept.length < Math.min(2, a.length - 1) || lost.length !== 1 || gained.length !== 1) continue;
      if (a.length !== b.length || sharedStart(lost[0]!.token, gained[0]!.token)) continue;
      out.push({ source: lost[0]!, rewrite: gained[0]! });
    }
  return out;
}

/** Two words that begin alike: one word's forms or compounds ("Trainings", "Trainingsangebote"), no other member. */
const sharedStart = (a: Token, b: Token): boolean => {
  const n = Math.min(a.norm.length, b.norm.length, SHARED_START);
  return n >= SHARED_START && a.norm.slice(0, n) === b.norm.slice(0, n);
};

/** How many members a list must lose, at the least, to be told narrowed. */
const LOST_MEMBERS = 2;

/**
 * A list of the source that the rewrite cuts down to some of its members: "by players, coaches, journalists and
 * fans" → "by a jury of journalists". At least one member is kept in the statement, and at least two, and most, are
 * said neither there nor in the statements next to it (where a split may have moved them), by stem, the start of a
 * compound or a noun of the same meaning: the others the source names are left out. Members that begin alike are one
 * ("Expertinnen und Experten").
 */
export function narrowedList(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  nearby: readonly SentenceFacts[],
  pack: LanguagePack,
): { list: ListMember[]; kept: ListMember[] } | undefined {
  const lists = source.flatMap((s) => coordinatedLists(s, pack));
  if (!lists.length) return undefined;
  const words = (group: readonly SentenceFacts[]) =>
    group.flatMap((s) => s.tokens).filter((t) => !t.isStopword);
  const saysIt = (said: Token[]) => (m: ListMember) =>
    said.some(
      (t) =>
        t.stem === m.token.stem ||
        sharedStart(t, m.token) ||
        relateNouns(m.token.norm, t.norm, pack).relation === 'same',
    );
  const inStatement = saysIt(words(rewrite));
  const inStatementOrNext = saysIt(words([...rewrite, ...nearby]));
  for (const list of lists) {
    const members = list.filter((m, i) => !list.slice(0, i).some((o) => sharedStart(o.token, m.token)));
    if (members.length < LIST_MEMBERS) continue;
    const kept = members.filter(inStatement);
    const lost = members.filter((m) => !inStatementOrNext(m)).length;
    if (kept.length >= 1 && lost >= LOST_MEMBERS && lost > kept.length) return { list, kept };
  }
  return undefined;
}
