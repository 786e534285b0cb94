import { isReportingLemma, participleAlone, reportsHere } from '../clauses/reporting-verbs.js';
import { finiteVerbs } from '../clauses/finite-verbs.js';
import { verbReader } from '../clauses/verb-forms.js';
import { readsAsPlural } from '../clauses/verb-words.js';
import type { Clause, VerbGroup } from '../clauses/types.js';
import { inClause } from '../clauses/spans.js';
import { derived } from '../lang/derived.js';
import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { tokensMention } from './mention.js';
import { isRoleTitle } from './people.js';
import { isPersonNoun } from '../lexicon/person-nouns.js';
import { findImpliedNegations } from './implied-negations.js';
import { findPhrases } from './phrases.js';
import { findReputations } from './reputation.js';
import { YEAR } from './years.js';
import { fold } from '../text/normalize.js';
import type { Mention, Modality, SentenceFacts } from './types.js';
import { isGenericSubject } from '../clauses/generic-subjects.js';

type Markers = Pick<SentenceFacts, 'negations' | 'impliedNegations' | 'hedges' | 'modality' | 'attribution'>;

/**
 * Negations, hedges, modality and attribution markers of a sentence: from the language pack's lexicons, and the
 * reported speech from the mood of its clauses.
 */
export function findMarkers(
  tokens: Token[],
  text: string,
  offset: number,
  clauses: readonly Clause[],
  pack: LanguagePack,
): Markers {
  const find = (phrases: Iterable<string>): Mention[] => findPhrases(tokens, phrases, text, offset);
  const sentence = { start: offset, text };
  const exceptions = find(pack.negationExceptions);
  const negations = [
    ...find(pack.negations),
    ...negativeVerbs(tokens, text, offset, pack),
    ...silences(tokens, text, offset, clauses, pack),
  ]
    .filter((n) => !exceptions.some((e) => e.start <= n.start && n.end <= e.end))
    .filter((n) => !boundsFigure(n, tokens, offset, pack) && !focuses(n, tokens, offset, pack))
    .filter(firstAtEachStart)
    .sort((a, b) => a.start - b.start)
    .filter((n, _, all) => !cancelledOut(n, all, text, offset, clauses, pack));
  const grammar = pack.verbGrammar;
  // "nicht möglich", "not possible": a possibility denied is a statement of fact, no hedge.
  const denied = (m: Mention): boolean =>
    negations.some((n) => n.end <= m.start && text.slice(n.end - offset, m.start - offset).trim() === '');
  // "kann … nicht zahlen", "could not pay", "lässt sich nicht beweisen": the ability denied, a statement that it does
  // not happen.
  const ability = grammar.negatedAbility;
  const deniedAbility = (c: Clause, verb: VerbGroup): boolean =>
    !!ability &&
    (verb.finite.lemma === ability.modal || verb.finite.lemma === grammar.reflexiveModal?.verb) &&
    ability.moods.includes(c.mood) &&
    negations.some((n) => bearsOnVerbGroup(n, c, verb, text, offset, grammar.coordinators));
  // "Hier kann man … finden", "you can find", "cyclists can explore": the ability of anyone, or of any of a kind (a
  // bare plural), in the indicative, is what is on offer.
  const openToAnyone = (c: Clause, verb: VerbGroup): boolean =>
    verb.finite.lemma === ability?.modal &&
    c.mood === 'indicative' &&
    (tokens.some((t, i) => inClause(sentence, c, t) && isGenericSubject(t, i === 0, pack)) ||
      barePluralBefore(tokens, offset, verb.finite.start, pack));
  // The copula's or the passive's conditional ("würde … sein", "would be", "würde … verkauft werden") is the copula's
  // past subjunctive in two words ("wäre"). Told by a verb of saying in the past, or in a clause under a verb in the
  // past, "würde"/"would" is the future of the past ("said he would be in Berlin", "made it likely that one would be
  // caught"), not a hypothesis.
  const futureOfPast = (c: Clause): boolean =>
    clauses.some(
      (o) =>
        o !== c &&
        o.verb?.tense === 'past' &&
        (isReportingLemma(o.verb.lemma, pack) || (c.kind === 'subordinate' && o.start < c.start)),
    );
  const copulaConditional = (c: Clause, verb: VerbGroup): boolean =>
    verb.words.some(
      (w) => w.start !== verb.finite.start && [grammar.copula, ...grammar.passive].includes(fold(w.text)),
    ) && !futureOfPast(c);
  const modality: Record<Modality, Mention[]> = {
    planned: find(pack.plannedMarkers).filter(
      (m) =>
        governsVerb(m, tokens, offset, pack) &&
        !comparesFigure(m, tokens, offset, pack) &&
        !ranksPerson(m, tokens, text, offset, pack),
    ),
    happened: find(pack.happenedMarkers),
    conditional: [...find(pack.conditionalMarkers), ...finiteVerbs(clauses, (c) => c.condition === true)],
    // A possibility from the verb: a modal of possibility not in the past ("kann", "könnte", "may", "could"), the
    // copula's past subjunctive ("wäre") or the conditional of a state or a passive, or the conditional's perfect
    // ("would have ended"), what did not happen. Other verbs' past subjunctive stands in for reported speech as
    // often ("die Positionen lägen weit auseinander", "sie hätten …"), and "würde"/"would" alone is the conditional.
    possibility: [
      ...find(pack.possibilityMarkers).filter(
        (m) => !denied(m) && !everyKind(m, tokens, offset, pack) && !utmostDegree(m, tokens, offset, pack),
      ),
      ...finiteVerbs(
        clauses,
        (c, verb) =>
          !c.condition &&
          ((verb.modal === 'possible' &&
            verb.tense !== 'past' &&
            !deniedAbility(c, verb) &&
            !openToAnyone(c, verb)) ||
            (c.mood === 'hypothetical' &&
              (verb.finite.lemma === grammar.copula ||
                (grammar.hypothetical.includes(verb.finite.lemma) &&
                  (verb.aspect === 'perfect' || copulaConditional(c, verb)))))),
      ),
    ],
    demand: [
      ...find(pack.demandMarkers),
      ...finiteVerbs(clauses, (_, verb) => pack.demandVerbs.includes(verb.lemma)),
    ],
  };
  // A clause in the reported-speech subjunctive marks its claim as someone's ("er habe", "seien gestiegen").
  const reported = finiteVerbs(clauses, (c) => c.mood === 'reported');
  // "cannot be said", "kann man nicht sagen": a report denied gives nobody's claim.
  const deniedReport = (m: Mention): boolean =>
    clauses.some(
      (c) =>
        !!c.verb &&
        c.verb.words.some((w) => w.start <= m.start && m.start < w.end) &&
        negations.some((n) => bearsOnVerbGroup(n, c, c.verb!, text, offset, grammar.coordinators)),
    );
  const reportingVerbs = [
    ...tokens
      .filter((t, i) => reportsHere(tokens, i, text, pack, participleAlone(t, tokens, clauses, offset, pack)))
      .map((t) => tokensMention(sentence, t, t)),
    // A separable verb split in its clause ("gab … an"): the verb group's lemma tells it. A passive's participle
    // answers for itself above.
    ...finiteVerbs(
      clauses,
      (_, verb) => verb.words.length > 1 && !verb.passive && isReportingLemma(verb.lemma, pack),
    ),
    ...finiteVerbs(clauses, (c, verb) => reportsImpersonally(c, verb, tokens, offset, pack)),
  ]
    .filter(firstAtEachStart)
    .filter((m) => !deniedReport(m));
  // A phrase first: at one place "heißt es" tells more than "heißt".
  const attribution = [...find(pack.attributionPhrases), ...reportingVerbs, ...reported].sort(
    (a, b) => a.start - b.start,
  );
  return {
    negations,
    impliedNegations: findImpliedNegations(tokens, text, offset, pack),
    hedges: [...find(pack.hedges), ...findReputations(tokens, text, offset, pack)].sort(
      (a, b) => a.start - b.start,
    ),
    modality,
    attribution,
  };
}

/** "hieß es", "wie es aus Parlamentskreisen hieß": the verb with its expletive subject in the clause. */
function reportsImpersonally(
  clause: Clause,
  verb: VerbGroup,
  tokens: Token[],
  offset: number,
  pack: LanguagePack,
): boolean {
  const impersonal = pack.impersonalReporting;
  if (!impersonal || verb.lemma !== impersonal.lemma) return false;
  return tokens.some((t) => inClause({ start: offset }, clause, t) && t.norm === impersonal.subject);
}

/** One mention for each place: a marker found both in a list and by grammar counts once. */
const firstAtEachStart = (m: Mention, i: number, all: Mention[]): boolean =>
  all.findIndex((o) => o.start === m.start) === i;

/**
 * The verbs the pack's negations name with the infinitive particle ("failed to", "refused to"): each denies the
 * verb it governs, in whatever form it stands ("after failing to win", "fail to", "refusing to").
 */
function negativeVerbLemmas(pack: LanguagePack): Set<string> {
  const particle = pack.verbGrammar.infinitiveMarker;
  const read = verbReader(pack);
  return new Set(
    pack.negations
      .filter(
        (n) => particle && n.endsWith(` ${particle}`) && !n.slice(0, -particle.length - 1).includes(' '),
      )
      .flatMap((n) => read(n.slice(0, -particle!.length - 1)).map((r) => r.lemma)),
  );
}

/** Any form of a negating verb right before the infinitive particle. */
export function negativeVerbs(tokens: Token[], text: string, offset: number, pack: LanguagePack): Mention[] {
  const particle = pack.verbGrammar.infinitiveMarker;
  if (!particle) return [];
  const lemmas = derived(pack, negativeVerbLemmas);
  const read = verbReader(pack);
  return tokens.flatMap((t, i) => {
    const next = tokens[i + 1];
    if (next?.norm !== particle || !read(t.norm).some((r) => lemmas.has(r.lemma))) return [];
    return [tokensMention({ start: offset, text }, t, next)];
  });
}

/** How far after its verb the word completing a predicate of silence stands where verbs are not bracketed. */
const COMPLEMENT_REACH = 2;

/**
 * "kept quiet about", "hielt sich bedeckt", "schwieg": a predicate of silence, its verb with the word that completes
 * it in the verb's clause: right after the verb ("remained largely silent"), or anywhere in the clause where the verb
 * bracket puts it ("hielt man sich bedeckt").
 */
function silences(
  tokens: Token[],
  text: string,
  offset: number,
  clauses: readonly Clause[],
  pack: LanguagePack,
): Mention[] {
  // Only the predicates whose completing word the sentence has are looked for: most sentences read no verb here.
  const said = new Set(tokens.map((t) => t.norm));
  const possible = pack.silencePredicates.filter((p) => !p.complement || said.has(p.complement));
  if (!possible.length) return [];
  const read = verbReader(pack);
  const sentence = { start: offset, text };
  return tokens.flatMap((t) => {
    const lemmas = read(t.norm).map((r) => r.lemma);
    for (const { verb, complement } of possible) {
      if (!lemmas.includes(verb)) continue;
      if (!complement) return [tokensMention(sentence, t, t)];
      const clause = clauses.find((c) => inClause(sentence, c, t));
      const at = tokens.indexOf(t);
      const word = tokens.find(
        (u, i) =>
          u.norm === complement &&
          (clause ? inClause(sentence, clause, u) : i > at) &&
          (pack.verbGrammar.verbBracket || (i > at && i - at <= COMPLEMENT_REACH)),
      );
      if (word)
        return [word.start < t.start ? tokensMention(sentence, word, t) : tokensMention(sentence, t, word)];
    }
    return [];
  });
}

/**
 * "No plate is without it", "nicht ohne Grund", "is never without": a negation with a negating preposition as what
 * it denies (right after it, or across the copula) denies an absence, which says the thing is there. Both cancel out.
 * With another verb between, the negation denies that verb ("should not stop taking it without asking").
 */
function cancelledOut(
  n: Mention,
  all: Mention[],
  text: string,
  offset: number,
  clauses: readonly Clause[],
  pack: LanguagePack,
): boolean {
  const privative = (m: Mention) => pack.negatingPrepositions.includes(fold(m.text));
  const verbWords = clauses.flatMap((c) =>
    c.verb && c.verb.finite.lemma !== pack.verbGrammar.copula ? c.verb.words : [],
  );
  const denies = (first: Mention, second: Mention) =>
    first.end <= second.start &&
    !/[,;:!?()–—]/u.test(text.slice(first.end - offset, second.start - offset)) &&
    !verbWords.some((w) => first.end <= w.start && w.end <= second.start);
  return privative(n)
    ? all.some((before) => !privative(before) && denies(before, n))
    : all.some((after) => privative(after) && denies(n, after));
}

/** The first token after a mention. */
const tokenAfter = (m: Mention, tokens: Token[], offset: number): Token | undefined =>
  tokens.find((t) => offset + t.start >= m.end);

/**
 * "not only", "don't just", "nicht bloß": a negation right before a particle of focus adds to what is said, it
 * denies nothing ("do not only consume energy; they also convert it").
 */
function focuses(negation: Mention, tokens: Token[], offset: number, pack: LanguagePack): boolean {
  const next = tokenAfter(negation, tokens, offset);
  return !!next && pack.focusParticles.some((particle) => fold(particle) === next.norm);
}

/**
 * A plural subject with no article or possessive right before a verb: "Cyclists can explore", "people can visit" —
 * any of the kind, not some known ones ("the robots can"). Read where the pack knows the plural's marks.
 */
function barePluralBefore(tokens: Token[], offset: number, at: number, pack: LanguagePack): boolean {
  const i = tokens.findIndex((t) => offset + t.start === at);
  const [subject, before] = [tokens[i - 1], tokens[i - 2]];
  if (!subject || (subject.capitalized && i - 1 > 0) || !readsAsPlural(subject, pack)) return false;
  return !(before && pack.roleGrammar.determiners.has(before.norm));
}

/**
 * "alle möglichen Zutaten", "every possible route": after a quantifier of the whole group the word of possibility
 * says "of every kind", not that something may be so.
 */
function everyKind(marker: Mention, tokens: Token[], offset: number, pack: LanguagePack): boolean {
  const before = tokens.filter((t) => offset + t.end <= marker.start).at(-1);
  return !!before && pack.quantifiers.get(before.norm) === WHOLE_GROUP;
}

/** How many words an equal degree's adjective may have between its framing words: "as little food as possible". */
const EQUATIVE_REACH = 3;

/**
 * "as little food as possible", "so schnell wie möglich": the word of possibility closing a comparison of equal degree
 * names the utmost degree, not that something may be so.
 */
function utmostDegree(marker: Mention, tokens: Token[], offset: number, pack: LanguagePack): boolean {
  const { opens, closes } = pack.comparison.equative;
  const at = tokens.findIndex((t) => offset + t.start >= marker.start);
  if (at < 2 || tokens[at - 1]!.norm !== closes) return false;
  return tokens.slice(Math.max(0, at - 2 - EQUATIVE_REACH), at - 1).some((t) => t.norm === opens);
}

/** The level of the quantifier scale that covers a whole group ("alle", "every"). */
const WHOLE_GROUP = 5;

/**
 * "barely 200", "kaum 200": a word of near-negation right before a figure bounds the figure (the number reader takes
 * it as an upper bound), it denies nothing.
 */
function boundsFigure(negation: Mention, tokens: Token[], offset: number, pack: LanguagePack): boolean {
  if (!pack.upperBounds.includes(negation.text.toLowerCase())) return false;
  const next = tokenAfter(negation, tokens, offset);
  return !!next && (next.isNumber || pack.numberWords.has(next.norm));
}

/**
 * A marker of time before a figure compares amounts: "well ahead of the 66.7% of its rival" looks ahead to no event
 * ("ahead of the summit" does). A year or a span is a time, not a figure: "ahead of 2024", "the next 5 years".
 */
function comparesFigure(marker: Mention, tokens: Token[], offset: number, pack: LanguagePack): boolean {
  const after = tokens.filter((t) => offset + t.start >= marker.end);
  const at = after.findIndex((t) => !pack.roleGrammar.determiners.has(t.norm));
  const [next, unit] = [after[at], after[at + 1]];
  if (!next?.isNumber || YEAR.test(next.text)) return false;
  // "in den nächsten 5 Jahren", "over the next 3 months": a span of time ahead.
  return !(unit && pack.durationUnits.has(unit.norm));
}

/** How many words after a marker the person it ranks someone above may stand: "ahead of Italy's coach Mancini". */
const RANK_REACH = 5;

/**
 * "came out ahead of Italy's coach", "finished ahead of him": a marker of time that ends in a preposition ranks
 * someone above a person, it looks ahead to no event ("ahead of the summit" does). A person noun, a title or a
 * pronoun in the noun phrase after it, before any other preposition or punctuation, tells it.
 */
function ranksPerson(
  marker: Mention,
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
): boolean {
  const last = fold(marker.text).split(/\s+/).at(-1)!;
  if (!pack.stopwords.has(last) || last === pack.verbGrammar.infinitiveMarker) return false;
  const after = tokens.filter((t) => offset + t.start >= marker.end).slice(0, RANK_REACH);
  for (const [k, t] of after.entries()) {
    if (k > 0 && /[,;:.!?()]/u.test(text.slice(after[k - 1]!.end, t.start))) return false;
    if (isPersonNoun(t.norm, pack) || isRoleTitle(t.norm, pack) || pack.objectPronouns.has(t.norm))
      return true;
    if (t.isStopword && !pack.roleGrammar.determiners.has(t.norm)) return false;
  }
  return false;
}

/**
 * A marker that ends in the infinitive particle ("due to", "set to") looks ahead only to a verb: "due to sign" is a
 * plan, "due to concerns" a cause, "set to the task" no plan at all.
 */
function governsVerb(marker: Mention, tokens: Token[], offset: number, pack: LanguagePack): boolean {
  const particle = pack.verbGrammar.infinitiveMarker;
  if (!particle || !marker.text.toLowerCase().endsWith(` ${particle}`)) return true;
  const next = tokens.find((t) => offset + t.start >= marker.end);
  return !!next && !next.isStopword && verbReader(pack)(next.norm).some((r) => r.form === 'infinitive');
}

/**
 * A negation inside a verb group ("könne die Löhne nicht zahlen", "could not pay") or right before it in its clause
 * ("dass sie die Löhne nicht zahlen könne"); not one of a verb coordinated before it ("die nichts garantieren und
 * außer Kraft gesetzt werden können").
 */
function bearsOnVerbGroup(
  negation: Mention,
  clause: Clause,
  verb: VerbGroup,
  text: string,
  offset: number,
  coordinators: ReadonlySet<string>,
): boolean {
  const [first, last] = [verb.words[0]!, verb.words.at(-1)!];
  if (negation.start < clause.start || negation.end > last.end) return false;
  if (negation.start > first.start) return true;
  const between = text.slice(negation.end - offset, first.start - offset).toLowerCase();
  return !/[,;:]/.test(between) && !between.split(/\s+/).some((w) => coordinators.has(w));
}
