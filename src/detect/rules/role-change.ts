import type { PersonFact } from '../../facts/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import { evidenceIn, quoted, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import type { Rule } from '../rule.js';

/**
 * Former/ex-, then-, acting, designate, late: a change of who holds a role now is a factual error. So is
 * another office for the same person ("Außenministerin" → "Verteidigungsministerin"), reported as medium.
 */
export const roleChange: Rule = {
  meta: {
    id: 'role-change',
    description: 'A person’s role or its status (former, acting, designate, late) differs from the source',
    defaultSeverity: 'high',
  },
  check(context: RuleContext): FindingDraft[] {
    const findings: FindingDraft[] = [];
    const sourcePeople = context.source.sentences.flatMap((s) => s.people.map((p) => ({ p, s })));
    for (const pair of context.pairs) {
      for (const person of pair.rewrite.flatMap((s) => s.people)) {
        if (!person.role) continue;
        const candidates = sourcePeople.filter(({ p }) => p.key === person.key && p.role);
        if (candidates.length === 0) continue;
        // Prefer the mention in the paired source sentence; else any mention in the source.
        const inPair = candidates.find(({ s }) => pair.source.includes(s));
        const match = inPair ?? candidates[0]!;
        const before = status(match.p);
        const after = status(person);
        if (before === after || candidates.some(({ p }) => status(p) === after)) {
          const titles = candidates.map(({ p }) => p.role!.title);
          if (titles.some((t) => sameOffice(t, person.role!.title, context.pack))) continue;
          findings.push({
            severity: 'medium',
            confidence: inPair ? 0.7 : 0.55,
            explanation: `Title changed: source calls ${match.p.name} ${quoted(match.p.role!.text)}, rewrite calls ${person.name} ${quoted(person.role!.text)}.`,
            source: evidenceIn([match.s], match.p.role!),
            rewrite: evidenceIn(pair.rewrite, person.role!),
          });
          continue;
        }
        const serious = [before, after].some((x) => x === 'former' || x === 'deceased');
        findings.push({
          severity: serious ? 'high' : 'medium',
          confidence: inPair ? 0.9 : 0.75,
          explanation: `Role changed: source calls ${match.p.name} ${quoted(match.p.role!.text)}, rewrite calls ${person.name} ${quoted(person.role!.text)}.`,
          source: evidenceIn([match.s], match.p.role!),
          rewrite: evidenceIn(pair.rewrite, person.role!),
        });
      }
    }
    return findings;
  },
};

const status = (p: PersonFact): string =>
  p.role?.status === 'unmarked' ? 'current' : (p.role?.status ?? 'current');

/** Without a feminine ending: "ministerin" is "minister", "sprecherinnen" "sprecher". */
const masculine = (title: string): string => title.replace(/(?<=\p{L}{4})(innen|in)$/u, '');

/**
 * Two titles name the same office: one is the other or its head ("Außenministerin", "Ministerin"), they are
 * listed as synonyms, or one is vague enough to stand for any ("Chef", "head").
 */
function sameOffice(a: string, b: string, pack: LanguagePack): boolean {
  const [x, y] = [masculine(a), masculine(b)];
  if (x.endsWith(y) || y.endsWith(x)) return true;
  // "Kremlchef", "Parteichef": a vague head in a compound is vague too.
  if ([a, b].some((t) => pack.genericTitles.some((g) => t.endsWith(g)))) return true;
  return pack.roleSynonyms.some((group) => group.includes(a) && group.includes(b));
}
