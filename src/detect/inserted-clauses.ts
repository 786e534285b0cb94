/**
 * Clauses a rewrite adds to a statement it keeps: a relative clause ("das ursprünglich aus den USA stammt"), a
 * coordinated clause ("and it is now the largest archive in Europe"). Read by the addition rule
 * (src/detect/rules/addition.ts); whole sentences the source does not make are its other half.
 */
import { wordMatch } from '../align/similarity.js';
import { tokenInside } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { synonymsOf } from '../lexicon/relate.js';
import { sensesOf } from '../lexicon/senses.js';
import { stem } from '../text/stem.js';
import { contentTokens, type Token } from '../text/tokens.js';
import type { FactPair, RuleContext } from './context.js';

/** How many content words a clause needs before what the source lacks of it says anything. */
const MIN_CLAUSE_WORDS = 3;
/**
 * How many things (nouns) the source lacks make a clause new: one missing noun beside a missing verb is as often a
 * paraphrase ("kehrt er zurück", "take a look") as new content; a name the source lacks is new by itself.
 */
const NEW_THINGS = 2;
/** From this share of its content words found in the source on, a clause is the source's. */
const CLAUSE_SUPPORTED = 0.5;
/** How closely a word must match a source word as its variant or compound to be found ("Vertretern", "US-Vertretern"). */
const VARIANT = 0.75;

export interface InsertedClause {
  clause: Mention;
  /** The share of its content words the source has anywhere. */
  share: number;
  /** Its content words the source has nowhere, as written. */
  unsupported: string[];
}

interface SourceWords {
  norms: Set<string>;
  stems: Set<string>;
}

/** Every content word of the source, as written and by stem: a clause's words are looked for in the whole article. */
const sourceWords = (context: RuleContext): SourceWords =>
  context.source.memo.get('insertedClauses.sourceWords', () => {
    const tokens = context.source.sentences.flatMap((s) => contentTokens(s.tokens));
    return { norms: new Set(tokens.map((t) => t.norm)), stems: new Set(tokens.map((t) => t.stem)) };
  });

/** Whether the source has a word as written: itself, or a variant or compound of it. */
const foundAsWritten = (t: Token, words: SourceWords): boolean =>
  words.stems.has(t.stem) || wordMatch(t.norm, words.norms) >= VARIANT;

/** Whether the source says a word in other words: a synonym the lexical resource gives, in any form. */
const foundInOtherWords = (t: Token, words: SourceWords, pack: LanguagePack): boolean =>
  synonymsOf(t.norm, pack).some((w) => words.norms.has(w) || words.stems.has(stem(w, pack.code)));

/** A token of a time or a figure: "19 September", "zehn Minuten" are the date and number rules' to compare. */
const inFigure = (s: SentenceFacts, t: Token): boolean => tokenInside(s, t, [...s.times, ...s.numbers]);

/** A token inside a name or a person the name reader found. */
const inName = (s: SentenceFacts, t: Token): boolean => tokenInside(s, t, [...s.names, ...s.people]);

/**
 * Whether a token names a thing: a name, or a noun (where every noun has a capital, a capitalised word after the
 * first; elsewhere a word the lexical database knows in more senses as a noun than as a verb: "food", "archive",
 * "time", not "put", "look", "take").
 */
const namesThing = (s: SentenceFacts, t: Token, pack: LanguagePack): boolean =>
  inName(s, t) ||
  (pack.nounsCapitalized
    ? t.capitalized && t !== s.tokens[0]
    : sensesOf(t.norm, 'n', pack).length > sensesOf(t.norm, 'v', pack).length);

/** Whether words the source lacks name enough new things to make a clause new: two things, or one name. */
function newThings(s: SentenceFacts, missing: readonly Token[], pack: LanguagePack): boolean {
  const things = missing.filter((t) => namesThing(s, t, pack));
  return things.length >= NEW_THINGS || things.some((t) => inName(s, t));
}

/**
 * The clauses of the rewrite's sentences in a kept statement whose content words the source mostly does not have
 * anywhere, among them things it does not name, while the rest of their sentence is the source's. A sentence of one
 * clause is kept or added whole.
 */
export function insertedClauses(pair: FactPair, context: RuleContext): InsertedClause[] {
  if (!pair.source.length) return [];
  const words = sourceWords(context);
  return pair.rewrite.flatMap((s) => {
    if (s.clauses.length < 2) return [];
    const read = s.clauses.map((c) => {
      const tokens = contentTokens(
        s.tokens.filter((t) => s.start + t.start >= c.start && s.start + t.end <= c.end),
      ).filter((t) => !t.isNumber && !inFigure(s, t));
      const unwritten = tokens.filter((t) => !foundAsWritten(t, words));
      // Synonyms only take words off: where the words missing as written name too few things, no lookup is needed.
      const missing = newThings(s, unwritten, context.pack)
        ? unwritten.filter((t) => !foundInOtherWords(t, words, context.pack))
        : unwritten;
      return { clause: c, tokens, missing, news: newThings(s, missing, context.pack) };
    });
    const total = read.reduce((n, r) => n + r.tokens.length, 0);
    const missingAll = read.reduce((n, r) => n + r.missing.length, 0);
    return read.flatMap(({ clause, tokens, missing, news }) => {
      if (!news || tokens.length < MIN_CLAUSE_WORDS) return [];
      if (s.quotes.some((q) => q.start < clause.end && clause.start < q.end)) return [];
      const share = 1 - missing.length / tokens.length;
      const rest = total - tokens.length;
      const restShare = rest ? 1 - (missingAll - missing.length) / rest : 0;
      if (share >= CLAUSE_SUPPORTED || restShare < CLAUSE_SUPPORTED) return [];
      const text = s.text.slice(clause.start - s.start, clause.end - s.start);
      return [
        {
          clause: { start: clause.start, end: clause.end, text },
          share,
          unsupported: missing.map((t) => t.text),
        },
      ];
    });
  });
}
