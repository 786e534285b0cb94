import type { PersonFact, SentenceFacts } from '../../facts/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import { evidenceIn, type FactPair, type RuleContext } from '../context.js';
import type { FindingDraft } from '../finding.js';
import { defineRule } from '../rule.js';

type MessageId = 'titleChanged' | 'statusChanged';

/**
 * Former/ex-, then-, acting, designate, late: a change of who holds a role now is a factual error. So is
 * another office for the same person ("Außenministerin" → "Verteidigungsministerin"), reported as medium.
 */
export const roleChange = defineRule({
  meta: {
    id: 'role-change',
    description: 'A person’s role or its status (former, acting, designate, late) differs from the source',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      titleChanged:
        'Title changed: source calls {{sourceName}} "{{sourceRole}}", rewrite calls {{rewriteName}} "{{rewriteRole}}".',
      statusChanged:
        'Role changed: source calls {{sourceName}} "{{sourceRole}}", rewrite calls {{rewriteName}} "{{rewriteRole}}".',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const sourcePeople = context.source.sentences.flatMap((s) => s.people.map((p) => ({ p, s })));
    return context.pairs.flatMap((pair) =>
      pair.rewrite
        .flatMap((s) => s.people)
        .flatMap((person) => roleFinding(person, pair, sourcePeople, context.pack) ?? []),
    );
  },
});

/** How one person of the rewrite stands to the same person in the source, by role. */
function roleFinding(
  person: PersonFact,
  pair: FactPair,
  sourcePeople: { p: PersonFact; s: SentenceFacts }[],
  pack: LanguagePack,
): FindingDraft<MessageId> | undefined {
  if (!person.role) return undefined;
  const candidates = sourcePeople.filter(({ p }) => p.key === person.key && p.role);
  if (candidates.length === 0) return undefined;
  // Prefer the mention in the paired source sentence; else any mention in the source.
  const inPair = candidates.find(({ s }) => pair.source.includes(s));
  const match = inPair ?? candidates[0]!;
  const before = status(match.p);
  const after = status(person);
  const draft = {
    data: {
      sourceName: match.p.name,
      sourceRole: match.p.role!.text,
      rewriteName: person.name,
      rewriteRole: person.role.text,
    },
    source: evidenceIn([match.s], match.p.role!),
    rewrite: evidenceIn(pair.rewrite, person.role),
  };
  if (before === after || candidates.some(({ p }) => status(p) === after)) {
    const titles = candidates.map(({ p }) => p.role!.title);
    if (titles.some((t) => sameOffice(t, person.role!.title, pack))) return undefined;
    return { ...draft, messageId: 'titleChanged', severity: 'medium', confidence: inPair ? 0.7 : 0.55 };
  }
  const serious = [before, after].some((x) => x === 'former' || x === 'deceased');
  return {
    ...draft,
    messageId: 'statusChanged',
    severity: serious ? 'high' : 'medium',
    confidence: inPair ? 0.9 : 0.75,
  };
}

const status = (p: PersonFact): string =>
  p.role?.status === 'unmarked' ? 'current' : (p.role?.status ?? 'current');

/** Without a feminine ending: "ministerin" is "minister", "sprecherinnen" "sprecher". */
const masculine = (title: string, pack: LanguagePack): string => {
  const ending = pack.feminineEndings.find((e) => title.endsWith(e) && title.length - e.length >= 4);
  return ending ? title.slice(0, -ending.length) : title;
};

/**
 * Two titles name the same office: one is the other or its head ("Außenministerin", "Ministerin"), they are
 * listed as synonyms, or one is vague enough to stand for any ("Chef", "head").
 */
function sameOffice(a: string, b: string, pack: LanguagePack): boolean {
  // "TikTok's CEO" and "TikTok CEO": the possessive and the attributive name the same body.
  const plain = (t: string) => masculine(t.replace(/['’]s(?=\s)/gu, ''), pack);
  const [x, y] = [plain(a), plain(b)];
  if (x.endsWith(y) || y.endsWith(x)) return true;
  // "Kremlchef", "Parteichef": a vague head in a compound is vague too.
  if ([a, b].some((t) => pack.genericTitles.some((g) => t.endsWith(g)))) return true;
  return pack.roleSynonyms.some((group) => group.includes(a) && group.includes(b));
}
