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
  /** Said of one of several: "one of the largest", "zu den größten". */
  framed: boolean;
  /** The superlative with its frame or the word before it: "one of the largest", "the largest". */
  mention: Mention;
}

/** The ending that makes a word a superlative, if it is one. */
function superlativeEnding(t: Token, pack: LanguagePack): string | undefined {
  const word = t.norm.split('-')[0]!;
  if (pack.superlatives.irregular.includes(word)) return '';
  const ending = pack.superlatives.endings.find((e) => word.endsWith(e) && word.length - e.length >= 2);
  if (ending === undefined) return undefined;
  // Where every noun has a capital, a lower-case word after "der" is an adjective; elsewhere the lexicon says so:
  // "largest" is a form of an adjective, "forest" and "protest" are not.
  if (pack.nounsCapitalized) return t.capitalized ? undefined : ending;
  return degreeBases(word, pack).some((base) => sensesOf(base, 'a', pack).length > 0) ? ending : undefined;
}

/** The superlatives of a group of sentences, each with whether it is said of one of several. */
function superlativesIn(group: SentenceFacts[], pack: LanguagePack): Superlative[] {
  const out: Superlative[] = [];
  for (const s of group) {
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
      const ending = graded ? '' : superlativeEnding(t, pack);
      if (ending === undefined) return;
      const [word, ...rest] = (graded ? `${t.norm} ${graded.norm}` : t.norm).split('-');
      const key = [word!.slice(0, word!.length - ending.length), ...rest].join('-');
      const from = frames.get(i) ?? (i > 0 && !clauseBreakBefore(s, i) ? i - 1 : i);
      const last = graded ? i + 1 : i;
      out.push({
        key,
        determined: pack.roleGrammar.determiners.has(s.tokens[i - 1]?.norm ?? ''),
        framed: frames.has(i) || ranked(s, i, pack),
        mention: {
          start: s.start + s.tokens[from]!.start,
          end: s.start + s.tokens[last]!.end,
          text: s.text.slice(s.tokens[from]!.start, s.tokens[last]!.end),
        },
      });
    });
  }
  return out;
}

/** "the eighth most popular", "der 3. größte": a rank among several who have the quality, no claim to be alone. */
function ranked(s: SentenceFacts, i: number, pack: LanguagePack): boolean {
  const before = s.tokens[i - 1];
  if (!before || clauseBreakBefore(s, i)) return false;
  return (
    pack.ordinalWords.has(before.norm) ||
    [i - 1, i - 2].some((at) => at >= 0 && ordinalAt(s.tokens, at, s.text, pack)?.last === i - 1)
  );
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
