import { tokenMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import { derived } from '../lang/derived.js';
import { degreeBases } from '../lang/degree.js';
import { antonymIndex, listedAntonymIndex } from '../lang/indexes.js';
import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';
import { stem } from '../text/stem.js';
import type { Token } from '../text/tokens.js';
import { synonymousWords } from '../lexicon/relate.js';
import { nearSynonyms } from '../lexicon/thesaurus-relation.js';
import { takesModifierOpposite } from '../lexicon/senses.js';
import { stemBalance } from './balance.js';
import { progressiveVerb } from './clause-verbs.js';
import { contextOf } from './clause-window.js';
import { alongScale } from './quantifiers.js';

/**
 * The verb each word of a sentence's verb groups belongs to, by the word's offset in the sentence: "stimmte … zu" is
 * "zustimmen", "abgelehnt" "ablehnen" — opposites of verbs are listed by lemma, and a split verb has no other form.
 */
function verbLemmas(s: SentenceFacts): Map<number, string> {
  const lemmas = new Map<number, string>();
  for (const c of s.clauses) {
    const verb = c.verb;
    const last = verb?.words[verb.words.length - 1];
    if (!verb || !last) continue;
    // The last word carries the verb ("hat … abgelehnt", "will … erhöhen"), unless it is the separable particle the
    // lemma starts with ("stimmte … zu"): then the finite verb does.
    const word = fold(last.text);
    const particle = verb.words.length > 1 && verb.lemma.length > word.length && verb.lemma.startsWith(word);
    lemmas.set((particle ? verb.finite : last).start - s.start, verb.lemma);
  }
  return lemmas;
}

/** A word's own forms and its base forms without a comparative or superlative ending, as stems. */
function baseForms(t: Token, pack: LanguagePack, lemma?: string): string[] {
  const forms = [t.norm, t.stem, ...(lemma ? [lemma, stem(lemma, pack.code)] : [])];
  return [...forms, ...degreeBases(t.norm, pack).map((base) => stem(base, pack.code))];
}

/** The opposites the index gives for any of a word's base forms. */
const oppositesOf = (forms: readonly string[], index: Map<string, Set<string>>): Set<string> =>
  new Set(forms.flatMap((form) => [...(index.get(form) ?? [])]));

/** How many of a side's words are one of these (by any base form). */
const saying = (side: readonly { forms: string[] }[], words: ReadonlySet<string>): number =>
  side.filter(({ forms }) => forms.some((form) => words.has(form))).length;

/** The word after a token in its sentence, folded. */
const wordAfter = (s: SentenceFacts, t: Token): string | undefined => s.tokens[s.tokens.indexOf(t) + 1]?.norm;

/** The shortest word a negating prefix is taken off: "unless" is not the opposite of "less". */
const MIN_BASE = 5;

/**
 * One word is the other with a negating prefix: "crewed" / "uncrewed", "öffentlich" / "nichtöffentlich". A prefix
 * set off by its hyphen is one before a name or a noun too: "non-EU" / "EU", "Nicht-EU-Länder" / "EU-Länder"; a bare
 * one only before a small word long enough ("Unfall" is no "Fall" denied, "unless" no "less").
 */
function prefixNegated(a: Token, b: Token, pack: LanguagePack, sameNoun: () => boolean): boolean {
  const [short, long] = a.norm.length < b.norm.length ? [a, b] : [b, a];
  return pack.negatingPrefixes.some((p) => {
    // Before a short word (an acronym) the prefix denies the noun after it: "non-EU countries" / "EU countries",
    // not "countries outside the EU".
    if (p.endsWith('-')) return long.norm === p + short.norm && (short.norm.length >= MIN_BASE || sameNoun());
    if (a.capitalized || b.capitalized || short.norm.length < MIN_BASE) return false;
    return long.norm === p + short.norm || (long.stem === p + short.stem && long.norm.startsWith(p));
  });
}

/** The longest inflection an adjective takes after a suffix of opposites: "kostenpflichtig|em". */
const MAX_ENDING = 2;

/** The shortest base suffixes of opposites are taken off: "Kosten" in "kostenlos", "Erfolg" in "erfolgreich". */
const MIN_SUFFIX_BASE = 4;

/** A word split at a suffix of opposites: its base, and which pair and pole the suffix is ("kosten", 2, absent). */
interface SuffixSplit {
  base: string;
  pair: number;
  absent: boolean;
}

/** The ways a folded word splits at the pack's suffixes of opposites, an inflection after the suffix allowed. */
function suffixSplits(word: string, pack: LanguagePack): SuffixSplit[] {
  return pack.oppositeSuffixes.flatMap(([absent, present], pair) =>
    [absent, present].flatMap((suffix, pole) => {
      for (let end = word.length; end >= word.length - MAX_ENDING; end--)
        if (word.slice(0, end).endsWith(suffix) && end - suffix.length >= MIN_SUFFIX_BASE)
          return [{ base: word.slice(0, end - suffix.length), pair, absent: pole === 0 }];
      return [];
    }),
  );
}

/**
 * One word is the other's base with the opposite suffix: "kostenlose" / "kostenpflichtige", "erfolglos" /
 * "erfolgreich". A pair the thesaurus gives as synonyms, a step apart at most, is none ("zahllos" / "zahlreich":
 * both say many, as "unzählig" does).
 */
function suffixOpposed(a: readonly SuffixSplit[], b: readonly SuffixSplit[], pack: LanguagePack): boolean {
  return a.some((x) =>
    b.some((y) => {
      if (x.pair !== y.pair || x.absent === y.absent || x.base !== y.base) return false;
      const [absent, present] = pack.oppositeSuffixes[x.pair]!;
      const [without, within] = [x.base + absent, x.base + present];
      return !synonymousWords(without, within, pack) && !nearSynonyms(without, within, pack);
    }),
  );
}

/**
 * Words of the rewrite whose opposite the paired source says, where the rewrite says the word more often
 * than the source and the opposite less often: "Rückgang" → "Anstieg", "decline" → "increase".
 */
export function antonymPairs(
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): { source: Mention; rewrite: Mention }[] {
  const index = derived(pack, antonymIndex);
  const listed = derived(pack, listedAntonymIndex);
  const sourceTokens = source.flatMap((s) => {
    const lemmas = verbLemmas(s);
    return s.tokens.map((t) => ({
      t,
      s,
      forms: baseForms(t, pack, lemmas.get(t.start)),
      splits: suffixSplits(t.norm, pack),
    }));
  });
  const rewriteTokens = rewrite.flatMap((s) => {
    const lemmas = verbLemmas(s);
    return s.tokens.map((t) => ({ t, s, lemma: lemmas.get(t.start) }));
  });
  const rewriteForms = rewriteTokens.map(({ t, lemma }) => ({ forms: baseForms(t, pack, lemma) }));
  const { gained: more, lost: fewer } = stemBalance(source, rewrite);
  // Each source word reversed once, by the rewrite word said in its context most closely.
  const best = new Map<Token, { s: SentenceFacts; t: Token; shared: number }>();
  for (const [k, { t, s }] of rewriteTokens.entries()) {
    if (!more(t.stem)) continue;
    const opposites = oppositesOf(rewriteForms[k]!.forms, index);
    const listedOpposites = oppositesOf(rewriteForms[k]!.forms, listed);
    const splits = suffixSplits(t.norm, pack);
    // The generated stem pairs are opposites of adjectives and adverbs: both words must be able to be one, and not
    // both be verbs by their place ("are standing" → "are running").
    const opposed = (forms: string[], u: Token, us: SentenceFacts) =>
      forms.some((form) => listedOpposites.has(form)) ||
      (forms.some((form) => opposites.has(form)) &&
        takesModifierOpposite(t.norm, pack) &&
        takesModifierOpposite(u.norm, pack) &&
        !(progressiveVerb(tokenMention(s, t), s) && progressiveVerb(tokenMention(us, u), us)));
    const hit = sourceTokens.find(
      ({ t: u, s: us, forms, splits: sourceSplits }) =>
        fewer(u.stem) &&
        !alongScale(u.norm, t.norm, pack) &&
        (opposed(forms, u, us) ||
          prefixNegated(t, u, pack, () => wordAfter(s, t) === wordAfter(us, u)) ||
          (splits.length > 0 && suffixOpposed(splits, sourceSplits, pack))),
    );
    if (!hit) continue;
    // Where the source says both poles ("a 30% decrease …, a 4% increase"), the rewrite reverses one only if its
    // words shift from that pole to the other ("… lower …, slipped 4%"), not where each is restated ("… up 4%").
    const hitOpposites = oppositesOf(hit.forms, index);
    const shifted =
      !hit.forms.some((form) => opposites.has(form)) ||
      (saying(rewriteForms, opposites) < saying(sourceTokens, opposites) &&
        saying(rewriteForms, hitOpposites) > saying(sourceTokens, hitOpposites));
    if (!shifted) continue;
    // Opposites said of different things are no reversal: "the index dropped" / "increased yields".
    const around = contextOf(hit.s, hit.t);
    const shared = [...contextOf(s, t)].filter((w) => around.has(w)).length;
    if (shared > (best.get(hit.t)?.shared ?? 0)) best.set(hit.t, { s, t, shared });
  }
  return sourceTokens.flatMap(({ t: u, s: us }) => {
    const found = best.get(u);
    return found ? [{ source: tokenMention(us, u), rewrite: tokenMention(found.s, found.t) }] : [];
  });
}
