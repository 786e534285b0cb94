import { findPhrases } from '../../facts/phrases.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import { derived } from '../../lang/derived.js';
import { framingLevels } from '../../lang/indexes.js';
import { byPairScore, evidenceIn, type RuleContext } from '../context.js';
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

/** A loaded term replaced by a softer or a harsher one: "Angriffskrieg" → "Konflikt", "protesters" → "mob". */
export const framing = defineRule({
  meta: {
    id: 'framing',
    description: 'A loaded term is replaced by a softer or harsher one',
    defaultSeverity: 'medium',
    section: 'findings',
    messages: {
      softened: 'Loaded term softened: source says "{{source}}", rewrite says "{{rewrite}}".',
      sharpened: 'Loaded term sharpened: source says "{{source}}", rewrite says "{{rewrite}}".',
    },
  },
  check(context: RuleContext) {
    const findings: FindingDraft<'softened' | 'sharpened'>[] = [];
    for (const pair of context.matched) {
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
