import { findPhrases } from '../facts/phrases.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { contentTokens, type Token } from '../text/tokens.js';
import { clauseBreakBefore } from './clause-window.js';
import { verbReader } from '../clauses/verb-forms.js';
import { synonymousNouns } from '../lexicon/relate.js';
import { isGenericSubject } from '../clauses/generic-subjects.js';

/** How far after a restrictive particle the condition's words may stand: "nur mit einem strengen Verbot". */
const RESTRICTION_REACH = 4;

/** What share of a condition's words a free relative clause must say to carry it. */
const CARRIED = 0.5;

/** Whether words said carry a condition: most of its words stand among them. */
const carries = (condition: Set<string>, said: (stem: string) => boolean): boolean =>
  [...condition].filter(said).length >= CARRIED * condition.size;

/** How many content words make a condition: "if it rains" has one, "vorausgesetzt, man ist" none. */
const MIN_CONDITION = 2;

/**
 * The tokens of the condition a marker opens, to the end of its clause; where the marker ends its clause ("provided
 * that they register", "vorausgesetzt, man ist kreativ genug"), to the end of the clauses after it until the
 * condition has words of its own.
 */
function conditionTokens(marker: Mention, source: SentenceFacts[]): Token[] {
  const holds = (c: { start: number; end: number }) => c.start <= marker.start && marker.start < c.end;
  const s = source.find((x) => x.clauses.some(holds));
  if (!s) return [];
  const clauses = s.clauses.filter((c) => c.end > marker.start);
  const upTo = (end: number) =>
    s.tokens.filter((t) => s.start + t.start > marker.start && s.start + t.end <= end);
  let tokens = upTo(clauses[0]!.end);
  for (const next of clauses.slice(1)) {
    if (contentTokens(tokens).length >= MIN_CONDITION) break;
    tokens = upTo(next.end);
  }
  return tokens;
}

/**
 * Whether the rewrite restates a condition as a restriction: "nur erlaubt, wenn es ein Verbot gibt" → "nur mit
 * einem Verbot erlaubt", "allowed only if a permit is issued" → "allowed only with a permit". A word of the
 * condition's clause stands shortly after a restrictive particle.
 */
function keptAsRestriction(condition: Set<string>, rewrite: SentenceFacts[], pack: LanguagePack): boolean {
  return rewrite.some((r) =>
    r.tokens.some(
      (t, i) =>
        pack.restrictiveParticles.includes(t.norm) &&
        r.tokens.slice(i + 1, i + 1 + RESTRICTION_REACH).some((u) => condition.has(u.stem)),
    ),
  );
}

/**
 * Whether the rewrite restates a condition as a free relative clause, which holds for whoever meets it: "man zahlt
 * einen hohen Preis, wenn man … erreichen will" → "wer … erreichen will, zahlt einen hohen Preis", "you pay if you
 * want …" → "whoever wants … pays". Most of the condition's words stand in the relative clause.
 */
const keptAsFreeRelative = (condition: Set<string>, rewrite: SentenceFacts[], pack: LanguagePack): boolean =>
  keptInClauseAfter(pack.freeRelatives, condition, rewrite);

/**
 * Whether the rewrite restates a condition as a clause of time in the present, which states what holds whenever it
 * is met: "If fragments have been found, consumers learn of it" → "When fragments are found, consumers hear of it".
 * In the past, or before a future ("when the deal passes, prices will fall"), "when" places one event and keeps no
 * condition.
 */
const keptAsGenericTime = (condition: Set<string>, rewrite: SentenceFacts[], pack: LanguagePack): boolean =>
  keptInClauseAfter(
    pack.genericTimeOpeners,
    condition,
    rewrite,
    (r, at) =>
      r.clauses.some((c) => c.start <= at && at < c.end && c.verb?.tense === 'present') &&
      !r.clauses.some((c) => c.verb?.tense === 'future'),
  );

/**
 * Whether the rewrite makes a condition on anyone the claim's source: "If you read the statistics, muesli is ever more
 * popular" → "According to the statistics, …", "Wenn man die Zahlen betrachtet, …" → "Laut den Zahlen …". What
 * anyone finds in something is what that thing says; a condition on the world ("if the deal passes") is no source.
 */
const keptAsSource = (
  condition: Set<string>,
  generic: boolean,
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): boolean => generic && keptInClauseAfter(pack.attributionPhrases, condition, rewrite);

/** Whether most of the condition's words stand in a clause one of the words opens. */
function keptInClauseAfter(
  openers: readonly string[],
  condition: Set<string>,
  rewrite: SentenceFacts[],
  opens: (r: SentenceFacts, at: number) => boolean = () => true,
): boolean {
  if (!condition.size) return false;
  return rewrite.some((r) =>
    findPhrases(r.tokens, openers, r.text, r.start).some((opener) => {
      if (!opens(r, opener.start)) return false;
      const from = r.tokens.findIndex((t) => r.start + t.start >= opener.end);
      if (from < 0) return false;
      let to = from;
      while (to + 1 < r.tokens.length && !clauseBreakBefore(r, to + 1)) to++;
      const said = new Set(r.tokens.slice(from, to + 1).map((t) => t.stem));
      return carries(condition, (w) => said.has(w));
    }),
  );
}

/** How far from the condition's verb, as a noun or gerund, the rest of its words may stand: "for accepting the notice". */
const CIRCUMSTANCE_REACH = 4;

/**
 * Whether the rewrite names the condition's event as a circumstance, its verb a gerund or a noun in no verb group
 * ("applies if the notice is accepted" → "a fine for accepting the notice", "wenn der Bescheid akzeptiert wird" →
 * "beim Akzeptieren des Bescheids"): what the fine is for is still the condition, not a fact. Most of the
 * condition's words stand around it.
 */
function keptAsCircumstance(
  marker: Mention,
  condition: Set<string>,
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): boolean {
  const inCondition = (c: { start: number; end: number }) => c.start <= marker.start && marker.start < c.end;
  const lemma = source.flatMap((s) => s.clauses).find(inCondition)?.verb?.lemma;
  if (!lemma || condition.size < 2) return false;
  const read = verbReader(pack);
  return rewrite.some((r) => {
    const inGroup = (t: Token) =>
      r.clauses.some((c) => c.verb?.words.some((w) => w.start === r.start + t.start));
    return r.tokens.some((t, i) => {
      if (!read(t.norm).some((reading) => reading.lemma === lemma) || inGroup(t)) return false;
      const near = r.tokens.slice(Math.max(0, i - CIRCUMSTANCE_REACH), i + CIRCUMSTANCE_REACH + 1);
      return carries(condition, (w) => near.some((u) => u.stem === w));
    });
  });
}

/**
 * Whether the rewrite names the condition with a noun of condition and says it after it: "vorausgesetzt, man ist
 * kreativ genug" → "Voraussetzung ist, dass man kreativ genug ist", "provided that you register" → "the condition is
 * that you register". The pack's noun and its synonyms in the lexical resource are nouns of condition.
 */
function keptAfterConditionNoun(
  condition: Set<string>,
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): boolean {
  const noun = pack.conditionNoun;
  if (!condition.size) return false;
  return rewrite.some((r) =>
    r.tokens.some((t, i) => {
      if (t.norm !== noun && !synonymousNouns(noun, t.norm, pack)) return false;
      const said = new Set(r.tokens.slice(i + 1).map((u) => u.stem));
      return carries(condition, (w) => said.has(w));
    }),
  );
}

/**
 * Whether the rewrite restates a condition as a participle clause before its main clause: "If they are made into
 * pesto, they keep longer" → "Made into pesto, they keep longer", "Wenn man sie zu Pesto verarbeitet, …" → "Zu
 * Pesto verarbeitet, …". Most of the condition's words stand in it.
 */
const keptAsParticipleClause = (condition: Set<string>, rewrite: SentenceFacts[]): boolean =>
  condition.size > 0 &&
  rewrite.some((r) =>
    r.clauses
      .filter((c) => c.participle)
      .some((c) => {
        const said = new Set(
          r.tokens.filter((t) => r.start + t.start >= c.start && r.start + t.end <= c.end).map((t) => t.stem),
        );
        return carries(condition, (w) => said.has(w));
      }),
  );

/** Whether the rewrite keeps a condition in another form than a conditional clause. */
export function conditionRestated(
  marker: Mention,
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): boolean {
  const tokens = conditionTokens(marker, source);
  const condition = new Set(contentTokens(tokens).map((t) => t.stem));
  // The condition's words follow its conjunction: none opens the sentence.
  const generic = tokens.some((t) => isGenericSubject(t, false, pack));
  return (
    keptAsCircumstance(marker, condition, source, rewrite, pack) ||
    keptAsParticipleClause(condition, rewrite) ||
    keptAsRestriction(condition, rewrite, pack) ||
    keptAsFreeRelative(condition, rewrite, pack) ||
    keptAsGenericTime(condition, rewrite, pack) ||
    keptAsSource(condition, generic, rewrite, pack) ||
    keptAfterConditionNoun(condition, rewrite, pack)
  );
}
