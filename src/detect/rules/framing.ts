import { findPhrases } from '../../facts/phrases.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { verbReader } from '../../clauses/verb-forms.js';
import { tokenAt } from '../../facts/mention.js';
import { derived } from '../../lang/derived.js';
import type { LanguagePack } from '../../lang/pack.js';
import { fold } from '../../text/normalize.js';
import { framingLevels } from '../../lang/indexes.js';
import { clauseWindow } from '../clause-window.js';
import { equalityChanges } from '../equal-degrees.js';
import { exclusiveChanges } from '../exclusives.js';
import { restrictionChanges } from '../focus-flips.js';
import { addedWordsEvidence } from '../restatement.js';
import { rankChanges, superlativeChanges, superlativesAdded } from '../superlatives.js';
import { restrictedUniversals, universalChanges } from '../universals.js';
import { partWholeChanges } from '../part-whole.js';
import type { ScopeChange } from '../scope-change.js';
import { byPairScore, evidenceIn, sentenceAt, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { defineRule } from '../rule.js';

interface Level {
  level: number;
  mention: Mention;
}

/** The levels of a scale a group's words reach, with the words: inflected forms count ("Konflikts", "killings"). */
function levels(group: SentenceFacts[], scale: string[][]): Level[] {
  const found: Level[] = [];
  scale.forEach((phrases, level) => {
    for (const s of group)
      for (const mention of findPhrases(s.tokens, phrases, s.text, s.start)) found.push({ level, mention });
  });
  return found;
}

const count = (found: Level[], level: number): number => found.filter((x) => x.level === level).length;

/** How far from a word, within its clause, a figure that measures it may stand: "sank im März um 3,4 Prozent". */
const FIGURE_REACH = 4;

/** The percentages beside a word in its clause: the size of a change ("fell 0.27%"), not a count of whom it befell. */
function figuresBeside(group: SentenceFacts[], m: Mention): number[] {
  const s = sentenceAt(group, m.start);
  const at = tokenAt(s, m);
  const { before, after } = clauseWindow(s, at, { before: FIGURE_REACH, after: FIGURE_REACH });
  const near = [...before, ...after].map((t) => s.start + t.start);
  return s.numbers
    .filter((n) => n.unit === '%' && near.some((x) => n.start <= x && x < n.end))
    .map((n) => n.value);
}

/** Whether a word is a form of a verb ("dropped", "slipped"), not a word that judges one ("sharply"). */
const isVerb = (m: Mention, pack: LanguagePack): boolean =>
  !/\s/.test(m.text) && verbReader(pack)(fold(m.text)).length > 0;

/**
 * "dropped 0.27%" → "slipped 0.27%": where the same percentage measures a change told by a verb on both sides, the
 * figure says how much, and the verb's strength is worth a look, not an alarm. A word that only judges the figure
 * ("rose sharply by 5%" → "rose slightly by 5%") frames it as before, and so does a verb beside a count ("12
 * murdered" → "12 killed").
 */
const sameFigureBeside = (
  source: SentenceFacts[],
  was: Mention,
  rewrite: SentenceFacts[],
  is: Mention,
  pack: LanguagePack,
): boolean =>
  isVerb(was, pack) &&
  isVerb(is, pack) &&
  figuresBeside(source, was).some((v) => figuresBeside(rewrite, is).includes(v));

/** A claim made to cover more (medium: worth a check) or less (low) than the source's, with both words as evidence. */
function scopeChange<M extends string>(
  pair: FactPair,
  change: ScopeChange,
  [wider, narrower]: [M, M],
  confidence: number,
): FindingDraft<M> {
  return {
    messageId: change.widened ? wider : narrower,
    severity: change.widened ? 'medium' : 'low',
    data: { source: change.source.text, rewrite: change.rewrite.text },
    confidence: byPairScore(pair, confidence, 0.3),
    source: evidenceIn(pair.source, change.source),
    rewrite: evidenceIn(pair.rewrite, change.rewrite),
  };
}

type MessageId =
  | 'softened'
  | 'sharpened'
  | 'madeAbsolute'
  | 'madeOneOfSeveral'
  | 'madeExclusive'
  | 'exclusiveDropped'
  | 'restricted'
  | 'restrictionLoosened'
  | 'allRestricted'
  | 'rankAdded'
  | 'rankChanged'
  | 'madeUniversal'
  | 'universalQualified'
  | 'madeWhole'
  | 'madePart'
  | 'comparisonChanged';

type ScopeKind = 'exclusive' | 'restriction' | 'allRestricted' | 'superlative' | 'universal' | 'part';
/** Each kind of scope change's messages: widened, narrowed. */
const SCOPE_MESSAGES: Record<ScopeKind, [MessageId, MessageId]> = {
  exclusive: ['madeExclusive', 'exclusiveDropped'],
  restriction: ['restricted', 'restrictionLoosened'],
  // Only ever widened: all of a kind is never loosened to "only" some.
  allRestricted: ['allRestricted', 'allRestricted'],
  superlative: ['madeAbsolute', 'madeOneOfSeveral'],
  universal: ['madeUniversal', 'universalQualified'],
  part: ['madeWhole', 'madePart'],
};
const SCOPE_CONFIDENCE: Record<ScopeKind, number> = {
  exclusive: 0.55,
  restriction: 0.55,
  allRestricted: 0.55,
  superlative: 0.6,
  universal: 0.55,
  part: 0.6,
};

/** A loaded term replaced by a softer or a harsher one: "Angriffskrieg" → "Konflikt", "protesters" → "mob". */
export const framing = defineRule({
  meta: {
    id: 'framing',
    description:
      'A loaded term is replaced by a softer or harsher one, or a claim is made to cover more or less than the source says',
    defaultSeverity: 'medium',
    section: 'findings',
    messages: {
      softened: 'Loaded term softened: source says "{{source}}", rewrite says "{{rewrite}}".',
      sharpened: 'Loaded term sharpened: source says "{{source}}", rewrite says "{{rewrite}}".',
      madeAbsolute:
        'Superlative made absolute: source says "{{source}}" (one of several), rewrite says "{{rewrite}}" (the only one).',
      madeOneOfSeveral:
        'Superlative qualified: source says "{{source}}" (the only one), rewrite says "{{rewrite}}" (one of several).',
      madeExclusive: 'Made the only one: source says "{{source}}", rewrite says "{{rewrite}}".',
      exclusiveDropped: 'No longer the only one: source says "{{source}}", rewrite says "{{rewrite}}".',
      restricted:
        'Claim narrowed to them alone: source says "{{source}}", which leaves others in; rewrite says "{{rewrite}}".',
      restrictionLoosened:
        'Claim widened: source says "{{source}}", them alone; rewrite says "{{rewrite}}", which leaves others in.',
      allRestricted:
        'Said of all, now of some alone: source says "{{source}}", rewrite says "{{rewrite}}" and leaves the rest out.',
      rankAdded: 'Rank added: rewrite says "{{rewrite}}", a rank the source does not give.',
      rankChanged: 'Rank changed: source says "{{source}}", rewrite says "{{rewrite}}".',
      madeUniversal: 'Made to hold without exception: source says "{{source}}", rewrite says "{{rewrite}}".',
      universalQualified: 'Exceptions let in: source says "{{source}}", rewrite says "{{rewrite}}".',
      madeWhole: 'A part made the whole: source says "{{source}}", rewrite says "{{rewrite}}".',
      madePart: 'The whole made a part: source says "{{source}}", rewrite says "{{rewrite}}".',
      comparisonChanged:
        'Comparison changed: source says "{{source}}", rewrite says "{{rewrite}}" of the same quality.',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<MessageId>[] = [];
    for (const pair of context.matched) {
      // A claim made to cover more, or less: "die Grundlage" → "die einzige Grundlage" (the only one of its kind),
      // "vor allem Kinder" → "nur Kinder" (the others the source leaves in excluded), "one of the largest" → "the
      // largest" (a rank the source does not claim), "fast alles" → "alles"; and the reverse of each.
      const { pack } = context;
      const scopes: [ScopeKind, ScopeChange[]][] = [
        ['exclusive', exclusiveChanges(pair, pack)],
        ['restriction', restrictionChanges(pair, pack)],
        ['allRestricted', restrictedUniversals(pair, pack)],
        ['superlative', superlativeChanges(pair, pack)],
        ['universal', universalChanges(pair, pack)],
        ['part', partWholeChanges(pair, pack)],
      ];
      for (const [kind, changes] of scopes)
        for (const change of changes)
          findings.push(scopeChange(pair, change, SCOPE_MESSAGES[kind], SCOPE_CONFIDENCE[kind]));
      // "ebenso wichtig" → "weniger wichtig": equals made unequal, or the reverse.
      for (const change of equalityChanges(pair, pack).slice(0, 1))
        findings.push({
          messageId: 'comparisonChanged',
          severity: 'medium',
          data: { source: change.source.text, rewrite: change.rewrite.text },
          confidence: byPairScore(pair, 0.55, 0.4),
          source: evidenceIn(pair.source, change.source),
          rewrite: evidenceIn(pair.rewrite, change.rewrite),
        });
      // "the largest" → "the second-largest": another place in the same order, as plain as another number.
      for (const change of rankChanges(pair, pack))
        findings.push({
          messageId: 'rankChanged',
          severity: 'high',
          data: { source: change.source.text, rewrite: change.rewrite.text },
          confidence: byPairScore(pair, 0.7, 0.4),
          source: evidenceIn(pair.source, change.source),
          rewrite: evidenceIn(pair.rewrite, change.rewrite),
        });
      // "ein wichtiger Feiertag" → "der wichtigste Feiertag": a rank the source gives no one in the statement.
      for (const rank of superlativesAdded(pair, pack).slice(0, 1))
        findings.push({
          messageId: 'rankAdded',
          data: { rewrite: rank.text },
          severity: 'medium',
          confidence: byPairScore(pair, 0.5, 0.35),
          ...addedWordsEvidence(pair, rank),
        });
      for (const scale of derived(context.pack, framingLevels)) {
        const before = levels(pair.source, scale);
        const after = levels(pair.rewrite, scale);
        // A level the rewrite uses more often than the source, for one it uses less often: counted, since
        // "slightly higher … significantly more" may keep one "slightly" and change the other word.
        const a = after.find((x) => count(after, x.level) > count(before, x.level));
        const b = before.find((y) => count(before, y.level) > count(after, y.level));
        if (!a || !b) continue;
        findings.push({
          messageId: a.level > b.level ? 'softened' : 'sharpened',
          ...(sameFigureBeside(pair.source, b.mention, pair.rewrite, a.mention, context.pack)
            ? { severity: 'low' as const }
            : {}),
          data: { source: b.mention.text, rewrite: a.mention.text },
          confidence: byPairScore(pair, 0.55, 0.3),
          source: evidenceIn(pair.source, b.mention),
          rewrite: evidenceIn(pair.rewrite, a.mention),
        });
      }
    }
    return findings;
  },
});
