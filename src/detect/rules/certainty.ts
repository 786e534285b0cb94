import { verbGroupMention } from '../../facts/mention.js';
import { findPhrases } from '../../facts/phrases.js';
import { relateVerbs } from '../../lexicon/relate.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { byPairScore, evidence, evidenceIn, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { mindChange } from '../beliefs.js';
import { contributionAsCause } from '../contributions.js';
import { frequencyChanges, rarityAdded } from '../quantifiers.js';
import { addedWordsEvidence, restatement } from '../restatement.js';
import { defineRule } from '../rule.js';

const hedges = (group: SentenceFacts[]): Mention[] => group.flatMap((s) => s.hedges);
const word = (m: Mention): string => m.text.toLowerCase();
/** A hedge as the reader should see it: a hearsay clause by its whole verb group ("soll … gesagt haben"). */
const labelOf = (m: Mention & { label?: string }): string => m.label ?? m.text;

/** A hedge removed (the rewrite is surer than the source) or added (less sure). */
export const certainty = defineRule({
  meta: {
    id: 'certainty',
    description:
      'A hedge ("reportedly", "möglicherweise") is removed or added, a claim is called proven, a view told as knowledge, or how often it holds changed',
    defaultSeverity: 'medium',
    section: 'findings',
    messages: {
      hedgeRemoved:
        'Hedge removed: source qualifies the claim with "{{hedge}}", rewrite states it as certain.',
      hedgeAdded: 'Hedge added: rewrite qualifies the claim with "{{hedge}}", which the source does not.',
      plannedAsSettled:
        'Plan stated as settled: source says it is to happen ("{{planned}}"), rewrite states it as certain ("{{settled}}").',
      frequencyChanged: 'How often changed: source says "{{source}}", rewrite says "{{rewrite}}".',
      madeRare:
        'Made rare: rewrite says "{{rewrite}}" of what the source states without saying how often, all but denying it.',
      proofAdded: 'Claim called proven: rewrite says "{{marker}}", which the source does not.',
      beliefAsKnowledge:
        'A view told as knowledge: source says "{{source}}" (what someone holds), rewrite says "{{rewrite}}" (what is so).',
      contributionAsCause:
        'A contribution told as the cause: source says "{{source}}" (one cause among others), rewrite says it does it alone.',
      knowledgeAsBelief:
        'Knowledge told as a view: source says "{{source}}" (what is so), rewrite says "{{rewrite}}" (what someone holds).',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<MessageId>[] = [];
    for (const pair of context.matched) {
      // "sollen Glück bringen" → "bringen nachweislich Glück": a certainty the source does not claim.
      const proof = proofAdded(pair, context.pack);
      if (proof)
        findings.push({
          messageId: 'proofAdded',
          data: { marker: proof.text },
          severity: 'medium',
          confidence: byPairScore(pair, 0.5, 0.35),
          ...addedWordsEvidence(pair, proof),
        });
      // "dachte, dass" → "wusste, dass": medium, for a view made knowledge claims more; the reverse claims less.
      const mind = mindChange(pair.source, pair.rewrite, context.pack);
      if (mind)
        findings.push({
          messageId: mind.toKnowledge ? 'beliefAsKnowledge' : 'knowledgeAsBelief',
          data: { source: mind.source.text, rewrite: mind.rewrite.text },
          severity: mind.toKnowledge ? 'medium' : 'low',
          confidence: byPairScore(pair, 0.5, 0.35),
          source: evidenceIn(pair.source, mind.source),
          rewrite: evidenceIn(pair.rewrite, mind.rewrite),
        });
      // "helps prevent" → "prevents": one cause among others made the cause.
      const cause = contributionAsCause(pair, context.pack);
      if (cause)
        findings.push({
          messageId: 'contributionAsCause',
          data: { source: cause.source.text },
          severity: 'medium',
          confidence: byPairScore(pair, 0.5, 0.35),
          source: evidenceIn(pair.source, cause.source),
          rewrite: evidenceIn(pair.rewrite, cause.rewrite),
        });
      // "usually" → "always": the claim made to hold more (or less) often than the source says.
      for (const change of frequencyChanges(pair, context.pack).slice(0, 1))
        findings.push({
          messageId: 'frequencyChanged',
          data: { source: change.source.text, rewrite: change.rewrite.text },
          severity: 'medium',
          confidence: byPairScore(pair, 0.5, 0.35),
          source: evidenceIn(pair.source, change.source),
          rewrite: evidenceIn(pair.rewrite, change.rewrite),
        });
      // "tastes change" → "tastes rarely change": the lowest frequency where the source gives none.
      const rare = rarityAdded(pair, context.pack);
      if (rare)
        findings.push({
          messageId: 'madeRare',
          data: { rewrite: rare.text },
          severity: 'medium',
          confidence: byPairScore(pair, 0.5, 0.35),
          ...addedWordsEvidence(pair, rare),
        });
      // Hearsay dropped with no one left saying the claim is the attribution rule's (a claim stated as fact); here it
      // is dropped where the claim is still told as said ("soll er gesagt haben" → "sagte er").
      const told = pair.rewrite.some((s) => s.attribution.length > 0 || s.quotes.length > 0);
      const heard = told ? hearsayOf(pair.source, pair.rewrite, context.pack) : [];
      const heardAfter = hearsayOf(pair.rewrite, pair.source, context.pack);
      const before = [...hedges(pair.source), ...(heardAfter.length ? [] : heard)];
      const after = [...hedges(pair.rewrite), ...(heard.length ? [] : heardAfter)];
      const kept = new Set(after.map(word));
      // A hedge kept in another part of speech still hedges: "allegedly" → "alleged ties", "vermutlich" → "vermutet".
      const words = pair.rewrite.flatMap((s) => s.tokens);
      const inOtherForm = (h: Mention) => {
        // The stem of the hedge's last word, as the source's tokens already have it.
        const last = pair.source.flatMap((s) => s.tokens.filter((t) => s.start + t.end === h.end))[0];
        const stem = last?.stem ?? '';
        return words.some(
          (t) =>
            (stem.length >= 5 && t.norm.startsWith(stem)) ||
            (t.stem.length >= 5 && word(h).startsWith(t.stem)),
        );
      };
      // The verb of a hearsay clause is kept by the statement itself, not as a hedge.
      const removed = before.filter((h) => heard.includes(h) || (!kept.has(word(h)) && !inOtherForm(h)));
      const added = after.filter((h) => !before.some((b) => word(b) === word(h)));
      if (removed.length && !after.length) {
        const claim = removed.some((h) => heard.includes(h) || context.pack.claimHedges.includes(word(h)));
        findings.push({
          messageId: 'hedgeRemoved',
          data: { hedge: labelOf(removed[0]!) },
          severity: claim ? 'medium' : 'low',
          confidence: byPairScore(pair, 0.45, 0.35),
          source: evidenceIn(pair.source, removed[0]!),
          rewrite: evidence(restatement(pair.source, pair.rewrite, removed.slice(0, 1)).sentence),
        });
      } else if (settledPlan(pair)) {
        findings.push(settledPlan(pair)!);
      } else if (added.length && !before.length && !heardIn(pair.source)) {
        findings.push({
          messageId: 'hedgeAdded',
          data: { hedge: labelOf(added[0]!) },
          severity: 'low',
          confidence: byPairScore(pair, 0.4, 0.3),
          ...addedWordsEvidence(pair, added[0]!),
        });
      }
    }
    return findings;
  },
});

type MessageId =
  | 'hedgeRemoved'
  | 'hedgeAdded'
  | 'plannedAsSettled'
  | 'frequencyChanged'
  | 'madeRare'
  | 'proofAdded'
  | 'beliefAsKnowledge'
  | 'knowledgeAsBelief'
  | 'contributionAsCause';

/** A word of proof the rewrite adds where the source has none: "nachweislich", "demonstrably". */
function proofAdded(pair: FactPair, pack: LanguagePack): Mention | undefined {
  const proofs = (group: SentenceFacts[]) =>
    group.flatMap((s) => findPhrases(s.tokens, pack.proofMarkers, s.text, s.start));
  return proofs(pair.source).length ? undefined : proofs(pair.rewrite)[0];
}

/** Hearsay in the source ("soll krank sein", "is said to have"): "reportedly" in the rewrite keeps its distance. */
const heardIn = (group: SentenceFacts[]): boolean => group.some((s) => s.clauses.some((c) => c.hearsay));

/**
 * The verb groups of a group's hearsay clauses ("soll er gesagt haben", "are said to lie") whose event the other
 * group tells too, by the same or a synonymous verb: hearsay is a hedge on the claim, as "reportedly" is, and the
 * writer who drops it states as known what was only passed on ("sagte er"; "lie here").
 */
function hearsayOf(group: SentenceFacts[], other: SentenceFacts[], pack: LanguagePack): Mention[] {
  const lemmas = other.flatMap((s) => s.clauses.flatMap((c) => (c.verb ? [c.verb.lemma] : [])));
  const toldToo = (lemma: string) => lemmas.some((l) => relateVerbs(lemma, l, pack).relation === 'same');
  return group.flatMap((s) =>
    s.clauses
      .filter((c) => c.hearsay && c.verb && toldToo(c.verb.lemma))
      .map((c) => ({ ...verbGroupMention(c), label: c.verb!.text })),
  );
}

/**
 * An event the source says is to happen ("soll … in Kraft treten", "is to take effect": the modal of arrangement,
 * a plan or a report of one) that the rewrite states without it, in the present with a time that places it ahead
 * ("tritt ab Februar in Kraft": scheduled, as settled) or in the future ("wird … in Kraft treten"). A present with no
 * time is a plan stated as a fact of today, the event-status rule's; the past or "bereits" a plan reported as done,
 * its too.
 */
function settledPlan(pair: FactPair): FindingDraft<'plannedAsSettled'> | undefined {
  const clauses = (group: SentenceFacts[]) =>
    group.flatMap((s) => s.clauses.filter((c) => c.verb).map((clause) => ({ s, clause })));
  const rewrite = clauses(pair.rewrite);
  for (const src of clauses(pair.source)) {
    const verb = src.clause.verb!;
    if (verb.modal !== 'expected' || src.clause.status !== 'planned') continue;
    const same = rewrite.filter((r) => r.clause.verb!.lemma === verb.lemma);
    // The rewrite keeps the arrangement for the event: nothing settled.
    if (same.some((r) => r.clause.verb!.modal)) continue;
    const settled = same.find(
      (r) =>
        r.clause.mood === 'indicative' &&
        !r.clause.condition &&
        // "bereits", "already": reported as done, not as settled to come. A hedge ("voraussichtlich") leaves it open.
        !r.s.modality.happened.length &&
        !r.s.hedges.length &&
        (r.clause.verb!.tense === 'future' || (r.clause.verb!.tense === 'present' && r.s.times.length > 0)),
    );
    if (!settled) continue;
    return {
      messageId: 'plannedAsSettled',
      data: { planned: verb.text, settled: settled.clause.verb!.text },
      // "wird … in Kraft treten" still looks ahead: surer, not settled.
      severity: settled.clause.verb!.tense === 'future' ? 'low' : 'medium',
      confidence: byPairScore(pair, 0.5, 0.35),
      source: evidenceIn(pair.source, verbGroupMention(src.clause)),
      rewrite: evidenceIn(pair.rewrite, verbGroupMention(settled.clause)),
    };
  }
  return undefined;
}
