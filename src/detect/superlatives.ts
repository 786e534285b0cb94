import type { Mention, SentenceFacts } from '../facts/types.js';
import { ordinalAt } from '../facts/digit-ordinals.js';
import { phraseAt } from '../facts/phrases.js';
import { degreeBases } from '../lang/degree.js';
import type { LanguagePack } from '../lang/pack.js';
import { isWordOfLanguage } from '../lexicon/known-words.js';
import { sensesOf } from '../lexicon/senses.js';
import type { Token } from '../text/tokens.js';
import { clauseBreakBefore } from './clause-window.js';
import type { FactPair } from './context.js';
import type { ScopeChange } from './scope-change.js';

/** How many words may stand between "one of" and its superlative: "one of the world's largest", "einer der weltweit größten". */
const FRAME_REACH = 3;

interface Superlative {
  /** The superlative without its ending, so inflections meet: "größten" and "größte", "best-known". */
  key: string;
  /** After an article or a possessive: "der wichtigste", "the most successful" (not "most people", "am liebsten"). */
  determined: boolean;
  /** Said of one of several: "one of the largest", "zu den größten", "the eighth most popular". */
  framed: boolean;
  /**
   * Its place in the order, where it says one: 1 for "the largest", 2 for "the second largest", "second-largest",
   * "das zweitgrößte", "der 2. größte"; undefined for one of several and where no article fixes it ("am größten").
   */
  rank?: number;
  /** The superlative with its frame or the word before it: "one of the largest", "the largest". */
  mention: Mention;
}

/** The ending that makes a word a superlative, if it is one. */
function superlativeEnding(word: string, capitalized: boolean, pack: LanguagePack): string | undefined {
  if (pack.superlatives.irregular.includes(word)) return '';
  const ending = pack.superlatives.endings.find((e) => word.endsWith(e) && word.length - e.length >= 2);
  if (ending === undefined) return undefined;
  // Where every noun has a capital, a lower-case word after "der" is an adjective; elsewhere the lexicon says so:
  // "largest" is a form of an adjective, "forest" and "protest" are not.
  if (pack.nounsCapitalized) return capitalized ? undefined : ending;
  return degreeBases(word, pack).some((base) => sensesOf(base, 'a', pack).length > 0) ? ending : undefined;
}

/** How short a superlative may be after an ordinal inside its word: "zweit-größte", not "erst-e". */
const MIN_RANKED = 4;

/**
 * A superlative word, with the rank an ordinal inside it gives: "second-largest" (2, "largest"), "zweitgrößte" (2,
 * "größte"), "largest" (no rank, "largest"). The ordinal's stem is its word without the ending ("zweit" of "zweite").
 */
function rankedWord(t: Token, pack: LanguagePack): { word: string; rank?: number } {
  const [first, ...rest] = t.norm.split('-');
  if (rest.length && pack.ordinalWords.has(first!))
    return { word: rest[0]!, rank: pack.ordinalWords.get(first!) };
  if (!pack.superlatives.endings.some((e) => first!.endsWith(e))) return { word: first! };
  for (const [ordinal, rank] of pack.ordinalWords) {
    const stem = ordinal.slice(0, -1);
    if (stem.length >= 3 && first!.startsWith(stem) && first!.length - stem.length >= MIN_RANKED)
      if (superlativeEnding(first!.slice(stem.length), t.capitalized, pack) !== undefined)
        return { word: first!.slice(stem.length), rank };
  }
  return { word: first! };
}

const readSentences = new WeakMap<SentenceFacts, Superlative[]>();

/** The superlatives of a group of sentences, each sentence read once however many rules and pairs ask. */
function superlativesIn(group: SentenceFacts[], pack: LanguagePack): Superlative[] {
  return group.flatMap((s) => {
    let found = readSentences.get(s);
    if (!found) readSentences.set(s, (found = superlativesOf(s, pack)));
    return found;
  });
}

/** The superlatives of a sentence, each with whether it is said of one of several. */
function superlativesOf(s: SentenceFacts, pack: LanguagePack): Superlative[] {
  const out: Superlative[] = [];
  const frames = new Map<number, number>();
  s.tokens.forEach((_, i) => {
    const frame = phraseAt(s.tokens, i, pack.superlatives.oneOf);
    if (!frame) return;
    for (let j = i + frame.length; j <= i + frame.length + FRAME_REACH && j < s.tokens.length; j++) {
      if (clauseBreakBefore(s, j)) break;
      if (!frames.has(j)) frames.set(j, i);
    }
  });
  s.tokens.forEach((t, i) => {
    const graded = pack.superlatives.gradeWords.includes(t.norm) ? s.tokens[i + 1] : undefined;
    const inWord = graded ? undefined : rankedWord(t, pack);
    const ending = inWord ? superlativeEnding(inWord.word, t.capitalized, pack) : '';
    if (ending === undefined) return;
    const word = graded ? `${t.norm} ${graded.norm}` : inWord!.word;
    const key = word.slice(0, word.length - ending.length);
    const from = frames.get(i) ?? (i > 0 && !clauseBreakBefore(s, i) ? i - 1 : i);
    const last = graded ? i + 1 : i;
    const ordinal = rankBefore(s, i, pack) ?? inWord?.rank;
    const determined = pack.roleGrammar.determiners.has(s.tokens[i - 1]?.norm ?? '');
    // Its place: the ordinal's, or first after an article ("the largest"); one of several has none.
    const rank = frames.has(i) ? undefined : (ordinal ?? (determined ? 1 : undefined));
    out.push({
      key,
      determined,
      framed: frames.has(i) || ordinal !== undefined,
      ...(rank !== undefined ? { rank } : {}),
      mention: {
        start: s.start + s.tokens[from]!.start,
        end: s.start + s.tokens[last]!.end,
        text: s.text.slice(s.tokens[from]!.start, s.tokens[last]!.end),
      },
    });
  });
  return out;
}

/** "the eighth most popular", "der 3. größte": the rank an ordinal right before a superlative gives it. */
function rankBefore(s: SentenceFacts, i: number, pack: LanguagePack): number | undefined {
  const before = s.tokens[i - 1];
  if (!before || clauseBreakBefore(s, i)) return undefined;
  const word = pack.ordinalWords.get(before.norm);
  if (word !== undefined) return word;
  for (const at of [i - 1, i - 2]) {
    const ordinal = at >= 0 ? ordinalAt(s.tokens, at, s.text, pack) : undefined;
    if (ordinal?.last === i - 1) return ordinal.value;
  }
  return undefined;
}

/**
 * The same superlative given another place in the order: "the largest" → "the second-largest", "das zweitgrößte" →
 * "das drittgrößte". Only where both sides fix the place: an article or an ordinal.
 */
export function rankChanges(pair: FactPair, pack: LanguagePack): { source: Mention; rewrite: Mention }[] {
  const before = superlativesIn(pair.source, pack);
  const after = superlativesIn(pair.rewrite, pack);
  return before.flatMap((b) => {
    const same = after.filter((a) => a.key === b.key);
    if (b.rank === undefined || !same.length || same.some((a) => a.rank === b.rank)) return [];
    const other = same.find((a) => a.rank !== undefined);
    return other ? [{ source: b.mention, rewrite: other.mention }] : [];
  });
}

/**
 * The same superlative said of one of several on one side and of one alone on the other: "one of the largest
 * parks" → "the largest park", "der größte Park" → "einer der größten Parks". Widened: one of several made the
 * only one.
 */
export function superlativeChanges(pair: FactPair, pack: LanguagePack): ScopeChange[] {
  const before = superlativesIn(pair.source, pack);
  const after = superlativesIn(pair.rewrite, pack);
  const out: ScopeChange[] = [];
  for (const b of before) {
    const same = after.filter((a) => a.key === b.key);
    if (!same.length || same.some((a) => a.framed === b.framed)) continue;
    // Two places in the order are a rank changed (see rankChanges), not one of several.
    if (b.rank !== undefined && same.some((a) => a.rank !== undefined)) continue;
    out.push({
      source: b.mention,
      rewrite: same[0]!.mention,
      widened: b.framed,
    });
  }
  return out;
}

/**
 * A rank the rewrite gives that the source gives none in the statement: "ein wichtiger Feiertag" → "der wichtigste
 * Feiertag", "very German and a cult figure" → "the most successful German comedian". Only a superlative after an
 * article or a possessive, of one alone, whose base is a word of the language (not "der erste", "die meisten"), and
 * only where the source has no such superlative of its own: another one there may be the same rank in other words.
 */
export function superlativesAdded(pair: FactPair, pack: LanguagePack): Mention[] {
  const before = superlativesIn(pair.source, pack);
  if (before.some((b) => !b.framed)) return [];
  return superlativesIn(pair.rewrite, pack)
    .filter(
      (a) =>
        a.determined &&
        !a.framed &&
        !before.some((b) => b.key === a.key) &&
        (a.key.includes(' ') || isWordOfLanguage(a.key, pack)),
    )
    .map((a) => a.mention);
}
