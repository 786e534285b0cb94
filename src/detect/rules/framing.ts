import type { Mention, SentenceFacts } from '../../facts/types.js';
import { findPhrases } from '../../facts/phrases.js';
import { evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';

/** The level of a scale a group's words reach, with the word: inflected forms count ("Konflikts", "killings"). */
function levels(group: SentenceFacts[], scale: readonly string[]): { level: number; mention: Mention }[] {
  const found: { level: number; mention: Mention }[] = [];
  phrasesOf(scale).forEach((phrases, level) => {
    for (const s of group)
      for (const mention of findPhrases(s.tokens, phrases, s.text, s.start)) found.push({ level, mention });
  });
  return found;
}

const expanded = new WeakMap<readonly string[], string[][]>();

/** Each level's terms with their inflected forms, built once per scale. */
function phrasesOf(scale: readonly string[]): string[][] {
  let levels = expanded.get(scale);
  if (!levels) {
    levels = scale.map((alternatives) =>
      alternatives
        .split('|')
        .flatMap((w) => (w.includes(' ') ? [w] : [w, `${w}s`, `${w}e`, `${w}en`, `${w}es`, `${w}n`])),
    );
    expanded.set(scale, levels);
  }
  return levels;
}

/** A loaded term replaced by a softer or a harsher one: "Angriffskrieg" → "Konflikt", "protesters" → "mob". */
export const framing: Rule = {
  meta: {
    id: 'framing',
    description: 'A loaded term is replaced by a softer or harsher one',
    defaultSeverity: 'medium',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    for (const pair of context.matched) {
      for (const scale of context.pack.framingScales) {
        const before = levels(pair.source, scale);
        const after = levels(pair.rewrite, scale);
        // A level the rewrite uses more often than the source, for one it uses less often: counted, since
        // "slightly higher … significantly more" may keep one "slightly" and change the other word.
        const count = (found: typeof before, level: number) => found.filter((x) => x.level === level).length;
        const a = after.find((x) => count(after, x.level) > count(before, x.level));
        const b = before.find((y) => count(before, y.level) > count(after, y.level));
        if (!a || !b) continue;
        findings.push({
          confidence: 0.55 + 0.3 * Math.min(1, pair.score / 0.5),
          explanation: `Loaded term ${a.level > b.level ? 'softened' : 'sharpened'}: source says ${quoted(b.mention.text)}, rewrite says ${quoted(a.mention.text)}.`,
          source: evidenceIn(pair.source, b.mention),
          rewrite: evidenceIn(pair.rewrite, a.mention),
        });
      }
    }
    return findings;
  },
};
