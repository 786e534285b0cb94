import { isReportingLemma, isReportingVerb, opinionWithContent } from '../clauses/reporting-verbs.js';
import { finiteVerbs } from '../clauses/finite-verbs.js';
import { tokenAt, tokenInside } from '../facts/mention.js';
import { phraseAt } from '../facts/phrases.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { writtenAsVerb, type Token } from '../text/tokens.js';
import { clauseWindow } from './clause-window.js';

/** Who a claim is given to: the words naming them, and the reporting verb or attribution phrase that gives it. */
export interface ClaimHolder {
  marker: Mention;
  words: Token[];
  /** By a verb of saying ("the ministry said", "wie die Polizei mitteilte") or a phrase ("according to", "laut"). */
  by: 'verb' | 'phrase';
  /** A word of it is capitalised where the sentence does not make it so: a name, or any noun in German. */
  capitalized: boolean;
  /** A word of it is a name or a person the name reader found: the entity and speaker checks compare those. */
  named: boolean;
}

/** How far after an attribution phrase its holder may reach: "according to the energy price index (EPI) calculated by the Austrian Energy Agency". */
const HOLDER_REACH = 12;

/**
 * Content words next to a reporting verb: who is said to speak ("the company reported", "sagte Kallas"). The speaker
 * stands beside the verb in its own phrase, not across a comma; a passive has no speaker beside its verb ("is said
 * to have taken place": "check" is what is said of).
 */
export function subjectOfVerb(s: SentenceFacts, i: number, pack: LanguagePack): Token[] | undefined {
  // "nach eigenen Angaben": a noun with the form of a verb of saying ("angaben") says nothing.
  if (!writtenAsVerb(s.tokens[i]!, s.text, s.tokens[i]!.start)) return undefined;
  if (!isReportingVerb(s.tokens[i]!.norm, pack) && !opinionWithContent(s.tokens, i, pack)) return undefined;
  if (pack.passiveAuxiliaries.has(s.tokens[i - 1]?.norm ?? '')) return [];
  const { before, after } = clauseWindow(s, i, { before: 3, after: 2 });
  return [...before, ...after].filter(
    (w) => !pack.stopwords.has(w.norm) && w.norm.length > 2 && !/^\d/.test(w.norm),
  );
}

/**
 * The words of whoever an attribution phrase gives a claim to ("according to the Austrian Energy Agency", "laut
 * Energieagentur", "according to the city's transport authority"), up to its clause's end or finite verb; only the
 * capitalised ones, the name, when asked.
 */
export function holderOfPhrase(
  s: SentenceFacts,
  m: Mention,
  pack: LanguagePack,
  capitalizedOnly = true,
): Token[] | undefined {
  const i = tokenAt(s, m);
  const phrase = i < 0 ? undefined : phraseAt(s.tokens, i, pack.attributionPhrases);
  if (!phrase) return undefined;
  // "nach eigenen Angaben mehr als 70 Jahre": the subject's own account; the words after it are the claim.
  if (s.tokens.slice(i, i + phrase.length).some((t) => pack.ownAccountWords.has(t.norm))) return [];
  const verbs = finiteVerbs(s.clauses, () => true).map((v) => v.start);
  const named = (t: Token) => (t.capitalized || !capitalizedOnly) && !t.isStopword && !t.isNumber;
  if (pack.attributionPostpositions?.includes(s.tokens[i]!.norm)) {
    // Read back from the postposition to the clause's start or a finite verb: "Studien zufolge", "wie dem Bericht
    // zufolge".
    const before = clauseWindow(s, i, { before: HOLDER_REACH }).before;
    const verb = before.findIndex((t) => verbs.includes(s.start + t.start));
    return (verb >= 0 ? before.slice(0, verb) : before).reverse().filter(named);
  }
  const window = clauseWindow(s, i, { after: HOLDER_REACH }).after.filter((t) => s.start + t.start >= m.end);
  const verb = window.findIndex((t) => verbs.includes(s.start + t.start));
  const holder = verb >= 0 ? window.slice(0, verb) : window;
  // A figure after the holder's words opens the statement ("nach Angaben der Veranstalter von mehr als einer Million
  // Zuschauern besucht"): its words are what is claimed, not who claims it. A figure first ("the 2021 census") stays.
  const figure = holder.findIndex((t, k) => k > 0 && tokenInside(s, t, s.numbers));
  return (figure > 0 ? holder.slice(0, figure) : holder).filter(named);
}

/**
 * Every holder a sentence names for its claims. Words of a time or a number beside the verb ("sagte er am Montag")
 * name no one, nor does a verb.
 */
export function claimHolders(s: SentenceFacts, pack: LanguagePack): ClaimHolder[] {
  const inFact = (t: Token) => tokenInside(s, t, [...s.times, ...s.numbers]);
  // A verb names no one: "received" beside "claims" (a noun the marker reader took for the verb of saying).
  const verbs = new Set(s.clauses.flatMap((c) => c.verb?.words.map((w) => w.start) ?? []));
  return s.attribution.flatMap((marker): ClaimHolder[] => {
    const phrase = holderOfPhrase(s, marker, pack, false);
    const i = tokenAt(s, marker);
    // The clause's own verb tells a separable verb: "teilte" without its "mit" is sharing a view, not reporting one.
    const lemma = s.clauses.find((c) => c.verb?.finite.start === marker.start)?.verb?.lemma;
    const reports = lemma === undefined || isReportingLemma(lemma, pack);
    const words = phrase ?? (i >= 0 && reports ? subjectOfVerb(s, i, pack) : undefined);
    // Where every noun has a capital, a small word beside the verb ("ein ungenannter Beamter") names no one.
    const named = words?.filter(
      (t) => !inFact(t) && !verbs.has(s.start + t.start) && (t.capitalized || !pack.nounsCapitalized),
    );
    if (!named?.length) return [];
    const capitalized = named.some((t) => t.capitalized && t !== s.tokens[0]);
    const isName = named.some((t) => tokenInside(s, t, [...s.names, ...s.people]));
    return [{ marker, words: named, by: phrase ? 'phrase' : 'verb', capitalized, named: isName }];
  });
}
