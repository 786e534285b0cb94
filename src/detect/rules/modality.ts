import type { Mention, Modality, SentenceFacts } from '../../facts/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { Token } from '../../text/tokens.js';
import { verbReader } from '../../clauses/verb-forms.js';
import { conditionRestated } from '../conditions.js';
import { bindingChanges } from '../binding-words.js';
import { obligationsAdded, obligationsDropped, obligationsWeakened } from '../obligations.js';
import { byPairScore, evidence, evidenceIn, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft, Severity } from '../finding.js';
import { restatement } from '../restatement.js';
import { saysPossibility } from '../../lexicon/senses.js';
import { relateVerbs } from '../../lexicon/relate.js';
import { negated } from '../clause-verbs.js';
import { defineRule } from '../rule.js';

type Weakened = 'conditional' | 'possibility' | 'demand';
/** The changes of mood, strongest first: one finding a pair, for the strongest. */
const KINDS: readonly Weakened[] = ['conditional', 'possibility', 'demand'];

const markers = (group: SentenceFacts[], kind: Modality): Mention[] => group.flatMap((s) => s.modality[kind]);

/** How hedged a group is: a rewrite that drops one "könnte" but adds an "offenbar" still hedges. */
const hedging = (group: SentenceFacts[]): number =>
  markers(group, 'conditional').length +
  markers(group, 'possibility').length +
  group.reduce((n, s) => n + s.hedges.length, 0);

const word = (m: Mention): string => m.text.toLowerCase();

/**
 * How many of the source's hedges (adverbs of doubt, not modals) the rewrite says in the same words: kept, they hedge
 * what they hedged before, not a claim the rewrite newly weakens.
 */
const keptHedgeWords = (pair: FactPair): number => {
  const said = new Set(pair.rewrite.flatMap((s) => s.hedges.map(word)));
  return pair.source.reduce((n, s) => n + s.hedges.filter((h) => said.has(word(h))).length, 0);
};

/** The modal verbs of a group's clauses, by lemma, where each has its finite verb. */
const modalsAt = (group: SentenceFacts[]): Map<number, string> =>
  new Map(
    group.flatMap((s) =>
      s.clauses.flatMap((c) => (c.verb?.modal ? [[c.verb.finite.start, c.verb.finite.lemma] as const] : [])),
    ),
  );

/** Whether the rewrite keeps a source's modal verb, denied ("can" → "cannot") or in another form ("can" → "could"). */
function keepsDenied(marker: Mention, source: SentenceFacts[], rewrite: SentenceFacts[]): boolean {
  const lemma = modalsAt(source).get(marker.start);
  return lemma !== undefined && [...modalsAt(rewrite).values()].includes(lemma);
}

/**
 * A modal in a question the rewrite asks as a question too ("what could be better than …?" → "what is nicer than
 * …?"): a question states no claim, hedged or not.
 */
function askedBoth(m: Mention, pair: FactPair): boolean {
  const asks = (s: SentenceFacts) => s.text.trimEnd().endsWith('?');
  const own = pair.source.find((s) => s.start <= m.start && m.end <= s.start + s.text.length);
  return !!own && asks(own) && pair.rewrite.some(asks);
}

/** Whether the rewrite denies the source's modal verb somewhere ("can produce" → "cannot make"): a negation's change. */
function deniedInRewrite(marker: Mention, source: SentenceFacts[], rewrite: SentenceFacts[]): boolean {
  const lemma = modalsAt(source).get(marker.start);
  return rewrite.some((s) => s.clauses.some((c) => c.verb?.finite.lemma === lemma && negated(s, c)));
}

/**
 * Whether the source's modal is denied and the rewrite denies a modal of possibility too ("may no longer make" →
 * "can no longer put"): the two deny what may or can be, no possibility is stated as fact.
 */
function deniedBoth(marker: Mention, source: SentenceFacts[], rewrite: SentenceFacts[]): boolean {
  const deniedModals = (group: SentenceFacts[]) =>
    group.flatMap((s) => s.clauses.filter((c) => c.verb?.modal === 'possible' && negated(s, c)));
  return (
    deniedModals(source).some((c) => c.verb!.finite.start === marker.start) &&
    deniedModals(rewrite).length > 0
  );
}

/** Whether a group says that someone said it: a reporting verb, an attribution phrase, a quote. */
const attributed = (group: SentenceFacts[]): boolean =>
  group.some((s) => s.attribution.length > 0 || s.quotes.length > 0);

type MessageId =
  | `${Weakened}AsFact`
  | 'factAsConditional'
  | 'factAsPossibility'
  | 'factAsDemand'
  | 'factAsObligation'
  | 'optionAsObligation'
  | 'obligationWeakened'
  | 'dutyAsFact'
  | 'adviceAsFact';

/** A condition, possibility or demand in the source stated as plain fact in the rewrite (or the reverse). */
export const modality = defineRule({
  meta: {
    id: 'modality',
    description:
      'What the source gives as conditional, possible, demanded, a duty or advice is stated as fact, or the reverse; a fact made an obligation, or an obligation weakened',
    defaultSeverity: 'medium',
    section: 'findings',
    messages: {
      conditionalAsFact:
        'A condition stated as fact: source says "{{marker}}", rewrite drops it and states the claim outright.',
      possibilityAsFact:
        'A possibility stated as fact: source says "{{marker}}", rewrite drops it and states the claim outright.',
      demandAsFact:
        'A demand stated as fact: source says "{{marker}}", rewrite drops it and states the claim outright.',
      factAsConditional:
        'Fact turned into a condition: rewrite adds "{{marker}}" where the source states it outright.',
      factAsPossibility:
        'Fact turned into a possibility: rewrite adds "{{marker}}" where the source states it outright.',
      factAsDemand:
        'Fact turned into a demand: rewrite adds "{{marker}}" where the source states it outright.',
      factAsObligation:
        'Custom or fact turned into an obligation: source says "{{verb}}", rewrite says "{{marker}}".',
      optionAsObligation:
        'Option turned into an obligation: source says "{{verb}}", what may be done, rewrite says "{{marker}}".',
      obligationWeakened:
        'Obligation weakened: source says "{{verb}}", what must be done, rewrite says "{{marker}}".',
      dutyAsFact:
        'A duty stated as fact: source says "{{verb}}", what must be done, rewrite says "{{marker}}", that it is done.',
      adviceAsFact:
        'Advice stated as fact: source says "{{verb}}", what should be done, rewrite says "{{marker}}", that it is done.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const findings: FindingDraft<MessageId>[] = [];
    for (const pair of context.matched) {
      // "kann … ausprobieren" → "muss … ausprobieren" drops the possibility for an obligation, not for a fact.
      const obligation = obliged(pair, context.pack);
      const mood = KINDS.map((kind) => moodChange(pair, kind, context.pack)).find(Boolean);
      // "must delete" → "can delete" weakens a duty: more than a fact told as possible (low).
      const weaker = weakened(pair, context.pack);
      const change =
        (obligation?.messageId === 'optionAsObligation' ? obligation : undefined) ??
        (weaker && mood?.severity === 'low' ? weaker : mood) ??
        obligation ??
        weaker ??
        stated(pair, context.pack);
      if (change) findings.push(change);
    }
    return findings;
  },
});

/** A change of duty between two verb groups, told with both as evidence. */
function obligationDraft(
  pair: FactPair,
  messageId: MessageId,
  change: { source: Mention; rewrite: Mention; verbs: { source: string; rewrite: string } },
): FindingDraft<MessageId> {
  return {
    messageId,
    data: { verb: change.verbs.source, marker: change.verbs.rewrite },
    severity: 'medium',
    confidence: byPairScore(pair, 0.45, 0.35),
    source: evidenceIn(pair.source, change.source),
    rewrite: evidenceIn(pair.rewrite, change.rewrite),
  };
}

/** The first verb the rewrite makes an obligation of ("stößt … an" → "muss … anstoßen"). */
function obliged(pair: FactPair, pack: LanguagePack): FindingDraft<MessageId> | undefined {
  const [added] = obligationsAdded(pair, pack);
  return (
    added && obligationDraft(pair, added.was === 'option' ? 'optionAsObligation' : 'factAsObligation', added)
  );
}

/**
 * The first duty the rewrite makes advice, a plan or an option ("müssen" → "sollten", "must" → "can"), by its verbs
 * or by a word of duty ("mandatory" → "recommended"); or an option a word makes a duty ("optional" → "compulsory").
 */
function weakened(pair: FactPair, pack: LanguagePack): FindingDraft<MessageId> | undefined {
  const [change] = obligationsWeakened(pair, pack);
  if (change) return obligationDraft(pair, 'obligationWeakened', change);
  const [word] = bindingChanges(pair, pack);
  return word && obligationDraft(pair, word.weakened ? 'obligationWeakened' : 'optionAsObligation', word);
}

/** The first duty or advice the rewrite states as what is done ("must be listed" → "are listed"). */
function stated(pair: FactPair, pack: LanguagePack): FindingDraft<MessageId> | undefined {
  const [change] = obligationsDropped(pair, pack);
  return change && obligationDraft(pair, change.was === 'duty' ? 'dutyAsFact' : 'adviceAsFact', change);
}

/**
 * A clause told as someone's will ("Trump wants every member to spend", "will, dass …", "must spend"): a demand
 * kept as a demand, in other words — not stated as fact.
 */
const willed = (group: SentenceFacts[]): boolean =>
  group.some((s) => s.clauses.some((c) => c.verb?.modal === 'intended' || c.verb?.modal === 'necessary'));

/**
 * The event a modal governs is kept in the rewrite only as a non-finite verb under another ("can assemble" →
 * "is dexterous enough to assemble", "kann … zusammenfügen" → "ist in der Lage, … zusammenzufügen"): the rewrite
 * does not assert it happens, so no possibility is stated as fact.
 */
function keptUnasserted(
  m: Mention,
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
): boolean {
  const lemma = source.flatMap((s) => s.clauses).find((c) => c.verb?.finite.start === m.start)?.verb?.lemma;
  if (!lemma) return false;
  const read = verbReader(pack);
  const marker = pack.verbGrammar.infinitiveMarker;
  const marked = rewrite.some((s) =>
    s.tokens.some((t, i) =>
      read(t.norm).some(
        (r) =>
          r.lemma === lemma &&
          (r.form === 'zu-infinitive' || (r.form === 'infinitive' && s.tokens[i - 1]?.norm === marker)),
      ),
    ),
  );
  const asserted = rewrite.some((s) =>
    s.clauses.some((c) => c.verb?.lemma === lemma && c.verb.finite.lemma === lemma),
  );
  return marked && !asserted;
}

/**
 * The rewrite says the possibility with an adjective before an infinitive or a preposition ("can only communicate
 * poorly" → "find it very hard to make themselves understood", "is able to", "what it can do" → "what it is capable
 * of"): the event is kept as what can be, not stated as fact.
 */
function possibilityByAdjective(
  m: Mention,
  source: SentenceFacts[],
  rewrite: SentenceFacts[],
  pack: LanguagePack,
) {
  const marker = pack.verbGrammar.infinitiveMarker;
  const { sentence } = restatement(source, rewrite, [m]);
  // One the source says too ("are likely to follow, but it may take time") restates another clause of it.
  const said = (t: Token) => source.some((s) => s.tokens.some((u) => u.stem === t.stem));
  // The adjective governs what follows by an infinitive or a function word: "able to", "capable of", "in der Lage, zu".
  const governs = (next: Token | undefined) => !!next && (next.norm === marker || next.isStopword);
  return sentence.tokens.some(
    (t, i) => governs(sentence.tokens[i + 1]) && !t.isStopword && !said(t) && saysPossibility(t.norm, pack),
  );
}

/**
 * The verb a source modal governs, stated in the rewrite without one while the same modal word stays for another
 * verb: "it can lift the mood … and can even inhibit" → "It lifts the mood … and can even inhibit".
 */
function assertedPlainly(m: Mention, source: SentenceFacts[], rewrite: SentenceFacts[]): boolean {
  const verb = source.flatMap((s) => s.clauses).find((c) => c.verb?.finite.start === m.start)?.verb;
  if (!verb?.modal) return false;
  const same = rewrite.flatMap((s) => s.clauses).filter((c) => c.verb?.lemma === verb.lemma);
  return same.length > 0 && same.every((c) => !c.verb!.modal && c.mood === 'indicative' && !c.condition);
}

/**
 * Whether the verb a source modal governs is still said in the rewrite: under a modal (by the same or a synonymous
 * verb), or in any form of its own ("kann helfen und auch schaden" keeps "schaden" under the one "kann"). Where the
 * rewrite has fewer of a modal word, a verb it says otherwise and outside any modal has lost its hedge ("can lead to"
 * → "causes").
 */
function modalKept(m: Mention, pair: FactPair, pack: LanguagePack): boolean {
  const verb = pair.source.flatMap((s) => s.clauses).find((c) => c.verb?.finite.start === m.start)?.verb;
  if (!verb) return true;
  const read = verbReader(pack);
  // A form that is the finite verb of a clause with no modal states the event outright: "und Keime eindringen können"
  // → "und Keime eindringen" keeps the verb, not the hedge.
  const outright = (s: SentenceFacts, t: Token) =>
    s.clauses.some((c) => !!c.verb && !c.verb.modal && c.verb.finite.start === s.start + t.start);
  return pair.rewrite.some(
    (s) =>
      s.clauses.some(
        (c) => !!c.verb?.modal && relateVerbs(c.verb.lemma, verb.lemma, pack).relation === 'same',
      ) || s.tokens.some((t) => read(t.norm).some((r) => r.lemma === verb.lemma) && !outright(s, t)),
  );
}

/**
 * Whether the rewrite says the source modal's verb under another modal of possibility: "Soßen lassen sich
 * vorbereiten" → "Soßen kann man vorbereiten", "can be frozen" → "may be frozen".
 */
function possibleUnderModal(m: Mention, pair: FactPair, pack: LanguagePack): boolean {
  const verb = pair.source.flatMap((s) => s.clauses).find((c) => c.verb?.finite.start === m.start)?.verb;
  if (!verb || verb.modal !== 'possible') return false;
  return pair.rewrite.some((s) =>
    s.clauses.some(
      (c) => c.verb?.modal === 'possible' && relateVerbs(c.verb.lemma, verb.lemma, pack).relation === 'same',
    ),
  );
}

/** What share of a clause's content words the other side must have for the clause to be one it restates. */
const RESTATED = 0.5;

/** A marker of one kind the rewrite drops with no other hedge in its place, or adds where the source had none. */
function moodChange(pair: FactPair, kind: Weakened, pack: LanguagePack): FindingDraft<MessageId> | undefined {
  const before = markers(pair.source, kind);
  const after = markers(pair.rewrite, kind);
  // "can be stimulating, … can lead to" → "can be stimulating, … causes": one "can" of two is gone with its verb.
  // A modal verb counts wherever it is the finite verb of a clause, whether or not it hedges there ("dishes can be"
  // offers what any dish can be, no hedge, and still says "can").
  const count = (list: Mention[], group: SentenceFacts[], m: Mention) => {
    const lemma = modalsAt(pair.source).get(m.start);
    return lemma === undefined
      ? list.filter((x) => word(x) === word(m)).length
      : [...modalsAt(group).values()].filter((l) => l === lemma).length;
  };
  const fewer = (m: Mention) => count(after, pair.rewrite, m) < count(before, pair.source, m);
  const sameWord = (m: Mention) => after.some((a) => word(a) === word(m));
  // "can see" → "can not see": the modal kept and denied is a negation inserted, the negation rule's to tell.
  const gone = (m: Mention) => !sameWord(m) && !keepsDenied(m, pair.source, pair.rewrite);
  // Fewer of the word, and this one's verb said nowhere under a modal and not denied: its hedge is lost.
  const lostBesideKept = (m: Mention) =>
    fewer(m) && !modalKept(m, pair, pack) && !deniedInRewrite(m, pair.source, pair.rewrite);
  // The rewrite says the possibility or the condition in other words.
  const restated = (m: Mention) =>
    kind === 'possibility'
      ? deniedBoth(m, pair.source, pair.rewrite) ||
        keptUnasserted(m, pair.source, pair.rewrite, pack) ||
        possibleUnderModal(m, pair, pack) ||
        possibilityByAdjective(m, pair.source, pair.rewrite, pack)
      : kind === 'conditional' && conditionRestated(m, pair.source, pair.rewrite, pack);
  const dropped = before.filter(
    (m) =>
      !askedBoth(m, pair) &&
      ((kind === 'possibility' && assertedPlainly(m, pair.source, pair.rewrite)) ||
        ((gone(m) || lostBesideKept(m)) && !restated(m))),
  );
  const lessHedged =
    kind === 'demand' ? !after.length && !willed(pair.rewrite) : hedging(pair.rewrite) < hedging(pair.source);
  if (dropped.length && after.length < before.length && lessHedged) {
    // Dropping one of several hedges leaves the claim hedged: worth knowing, not more. Unless the hedges left are the
    // same words kept for verbs the rewrite still says, and the dropped one's verb is said otherwise, outside them.
    const hedgedElsewhere = dropped.every((m) => lostBesideKept(m) && sameWord(m));
    const severity: Severity =
      kind !== 'demand' && hedging(pair.rewrite) > 0 && !hedgedElsewhere
        ? 'low'
        : kind === 'conditional' && !attributed(pair.rewrite)
          ? 'high'
          : 'medium';
    const { mention, sentence } = restatement(pair.source, pair.rewrite, dropped);
    return {
      messageId: `${kind}AsFact`,
      data: { marker: mention.text },
      severity,
      confidence: byPairScore(pair, 0.5, 0.35),
      source: evidenceIn(pair.source, mention),
      rewrite: evidence(sentence),
    };
  }
  // Weaker than the source, not stronger: worth a look, never an alarm. A hedge the source has and the rewrite keeps
  // in its words ("perhaps a little clove") leaves a new one ("may contain") added all the same.
  const added = after.filter((a) => !before.some((m) => word(m) === word(a)));
  const keptHedges = before.every((m) => after.some((a) => word(a) === word(m)));
  const sourceHedged = hedging(pair.source) > (keptHedges ? before.length + keptHedgeWords(pair) : 0);
  if (added.length && keptHedges && !sourceHedged) {
    const restated = restatement(pair.rewrite, pair.source, added.slice(0, 1));
    // A modal of possibility sits in the claim's own clause (a condition or a demand wraps the claim in a new one):
    // a clause the source does not say is another statement, not this one made weaker.
    if (kind === 'possibility' && restated.support < RESTATED) return undefined;
    return {
      messageId: `factAs${kind === 'demand' ? 'Demand' : kind === 'possibility' ? 'Possibility' : 'Conditional'}`,
      data: { marker: added[0]!.text },
      severity: 'low',
      confidence: byPairScore(pair, 0.4, 0.3),
      source: evidence(restated.sentence),
      rewrite: evidenceIn(pair.rewrite, added[0]!),
    };
  }
  return undefined;
}
