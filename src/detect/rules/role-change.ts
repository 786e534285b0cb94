import type { Mention, RoleFact, SentenceFacts } from '../../facts/types.js';
import type { LanguagePack } from '../../lang/pack.js';
import type { Placed, RegisteredPerson } from '../../people/registry.js';
import { fold } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { evidenceIn, type RuleContext } from '../context.js';
import { masculine } from '../../lexicon/person-nouns.js';
import {
  namedOffices,
  narrowerOffice,
  sameOffice,
  servesWhereOtherLeads,
  siblingOffices,
} from '../offices.js';
import type { FindingDraft, Severity } from '../finding.js';
import { defineRule } from '../rule.js';

type MessageId =
  'titleChanged' | 'statusChanged' | 'bodyChanged' | 'roleNotInSource' | 'unnamedStatusChanged';

/**
 * A person's roles are compared across the whole article, wherever each side tells them: a role the rewrite
 * gives someone that the source never gives them is a change — another status (former, deputy, acting,
 * designate, late), another office, or the same office in another body — or, where the source gives them no
 * role at all, an addition.
 */
export const roleChange = defineRule({
  meta: {
    id: 'role-change',
    description:
      'A person’s role differs from every role the source gives them (its status: former, deputy, acting, designate, late; office or body), or the source gives them none',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      titleChanged:
        'Title changed: source calls {{sourceName}} "{{sourceRole}}", rewrite calls {{rewriteName}} "{{rewriteRole}}".',
      statusChanged:
        'Role changed: source calls {{sourceName}} "{{sourceRole}}", rewrite calls {{rewriteName}} "{{rewriteRole}}".',
      bodyChanged:
        'Role moved to another body: source calls {{sourceName}} "{{sourceRole}}" ({{sourceBody}}), rewrite calls {{rewriteName}} "{{rewriteRole}}" ({{rewriteBody}}).',
      roleNotInSource:
        'Role not in the source: rewrite calls {{rewriteName}} "{{rewriteRole}}", a role the source never gives {{sourceName}}.',
      unnamedStatusChanged: 'Role changed: source speaks of "{{sourceRole}}", rewrite of "{{rewriteRole}}".',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    const named = context.rewrite.people.flatMap((person) => {
      const source = context.source.people.find((p) => p.key === person.key);
      if (!source?.mentions.length) return [];
      if (!source.roles.length)
        return distinctRoles(person.roles).flatMap((role) => roleAdded(role, person, source, context) ?? []);
      return distinctRoles(person.roles).flatMap((role) => roleFinding(role, person, source, context) ?? []);
    });
    const unnamed = distinctRoles(placedUnnamed(context.rewrite.sentences)).flatMap(
      (role) => unnamedStatusChange(role, context) ?? [],
    );
    return [...named, ...unnamed];
  },
});

/** A rewrite that repeats a role is one change, reported where it first stands. */
const distinctRoles = (roles: Placed<RoleFact>[]): Placed<RoleFact>[] =>
  roles.filter(
    (r, i) =>
      roles.findIndex(
        (o) => o.title === r.title && o.status === r.status && o.body?.text === r.body?.text,
      ) === i,
  );

/** Unmarked is the present holder. */
const statusOf = (r: RoleFact): string => (r.status === 'unmarked' ? 'current' : r.status);

/** Statuses whose change says someone holds another post, or none: the unambiguous errors. */
const SERIOUS: readonly string[] = ['former', 'deceased', 'deputy'];

function roleFinding(
  role: Placed<RoleFact>,
  person: RegisteredPerson,
  source: RegisteredPerson,
  context: RuleContext,
): FindingDraft<MessageId> | undefined {
  const { pack } = context;
  // Where the source gives the person a role in the rewrite's own body or with its own qualifier ("team member" of
  // PHANGS for "team leader" of PHANGS), that is the role to compare with, not a vague match with an office held
  // elsewhere ("associate professor of physics").
  const own = source.roles.filter((s) => sameBodyNamed(s, role, pack) || sameQualifier(s.title, role.title));
  const candidates = own.length ? own : source.roles;
  const office = candidates.filter((s) => sameOffice(s.title, role.title, pack));
  const bodied = office.filter((s) => sameBody(s.body, role.body, pack));
  if (bodied.some((s) => statusOf(s) === statusOf(role))) return undefined;
  const paired = pairedWith(role, context);
  const closest = (roles: Placed<RoleFact>[]) => roles.find((s) => paired.has(s.sentence)) ?? roles[0];
  // A vague title is the same office as any ("Vorsitzender" as "Gewerkschafter"): the same title is the better
  // evidence.
  const titled = (roles: Placed<RoleFact>[]) =>
    roles.filter((s) => masculine(s.title, pack) === masculine(role.title, pack));
  const match =
    closest(titled(bodied)) ??
    closest(titled(office)) ??
    closest(bodied) ??
    closest(office) ??
    closest(candidates)!;
  const draft = {
    data: {
      sourceName: source.names[0] ?? source.key,
      sourceRole: match.text,
      rewriteName: person.names[0] ?? person.key,
      rewriteRole: role.text,
      sourceBody: match.body?.text ?? '',
      rewriteBody: role.body?.text ?? '',
    },
    source: evidenceIn(sentencesOf(context.source.sentences, match), match),
    rewrite: evidenceIn(sentencesOf(context.rewrite.sentences, role), role),
  };
  const inPair = paired.has(match.sentence);
  if (office.length && statusOf(match) !== statusOf(role)) {
    const serious = [statusOf(match), statusOf(role)].some((s) => SERIOUS.includes(s));
    return { ...draft, messageId: 'statusChanged', ...calibrated(serious ? 'high' : 'medium', inPair) };
  }
  if (office.length) return { ...draft, messageId: 'bodyChanged', ...calibrated('medium', inPair) };
  // Two named posts in the statement paired with each other are another office, as plain as a changed name; a
  // title outside the list, or a role told elsewhere in the article, may only describe the person (medium).
  const severity =
    siblingOffices(match.title, role.title, pack) ||
    servesWhereOtherLeads(match.title, role.title, pack) ||
    (inPair && namedOffices(match.title, role.title, pack))
      ? 'high'
      : narrowerOffice(match.title, role.title, pack)
        ? 'low'
        : 'medium';
  return { ...draft, messageId: 'titleChanged', ...calibrated(severity, inPair) };
}

const placedUnnamed = (sentences: readonly SentenceFacts[]): Placed<RoleFact>[] =>
  sentences.flatMap((s) => s.unnamedRoles.map((r) => ({ ...r, sentence: s.sentenceId })));

/**
 * Someone named by office alone whose status the rewrite changes: "der Leiter der Volkshochschule Calw" → "der
 * stellvertretende Leiter der Volkshochschule Calw". The same office in the same body, as the source tells it anywhere
 * (by name or not); with no body named on either side, only in the statement paired with it, where one office is
 * one person. Only the serious statuses (former, deputy, late) are compared; high in the paired statement.
 */
function unnamedStatusChange(
  role: Placed<RoleFact>,
  context: RuleContext,
): FindingDraft<MessageId> | undefined {
  const { pack } = context;
  const told = context.source.memo.get('rolesTold', () => [
    ...context.source.people.flatMap((p) => p.roles),
    ...placedUnnamed(context.source.sentences),
  ]);
  const seriousTold = context.source.memo.get('seriousRolesTold', () =>
    told.some((s) => SERIOUS.includes(statusOf(s))),
  );
  // No serious status on either side: nothing to report, and a long article's roles need not be compared.
  if (!seriousTold && !SERIOUS.includes(statusOf(role))) return undefined;
  const paired = pairedWith(role, context);
  const offices = context.source.memo.get('sameOffice', () => new Map<string, boolean>());
  const officeOf = (title: string) => {
    const key = `${title}|${role.title}`;
    let same = offices.get(key);
    if (same === undefined) offices.set(key, (same = sameOffice(title, role.title, pack)));
    return same;
  };
  const sameHolder = (s: Placed<RoleFact>) =>
    (s.body && role.body
      ? sameBody(s.body, role.body, pack)
      : !s.body && !role.body && paired.has(s.sentence)) && officeOf(s.title);
  const office = told.filter(sameHolder);
  if (!office.length || office.some((s) => statusOf(s) === statusOf(role))) return undefined;
  const match = office.find((s) => paired.has(s.sentence)) ?? office[0]!;
  const inPair = paired.has(match.sentence);
  // Without a name the milder statuses are too loosely told to compare ("den Neo-Trainer", "den neuen Trainer").
  if (![statusOf(match), statusOf(role)].some((s) => SERIOUS.includes(s))) return undefined;
  return {
    messageId: 'unnamedStatusChanged',
    data: { sourceRole: match.text, rewriteRole: role.text },
    ...calibrated(inPair ? 'high' : 'medium', inPair),
    source: evidenceIn(sentencesOf(context.source.sentences, match), match),
    rewrite: evidenceIn(sentencesOf(context.rewrite.sentences, role), role),
  };
}

/**
 * A role given to someone the source names without any role it reads ("Prof. Kleindienst-Cachay von der Universität
 * Bielefeld" → "…, Präsidentin der Universität Bielefeld"). The source may say the role in words the role reader
 * does not take for one ("der Völkerrechtler", "who leads the team"): a title word the source says anywhere is no
 * addition. Medium: the person's role is told, not checked against one the source gives.
 */
function roleAdded(
  role: Placed<RoleFact>,
  person: RegisteredPerson,
  source: RegisteredPerson,
  context: RuleContext,
): FindingDraft<MessageId> | undefined {
  const { pack } = context;
  const said = context.source.memo.get(
    'stems',
    () => new Set(context.source.sentences.flatMap((s) => s.tokens.map((t) => t.stem))),
  );
  const titleStems = role.title.split(' ').map((w) => stem(w, pack.code));
  if (titleStems.some((t) => said.has(t))) return undefined;
  const paired = pairedWith(role, context);
  const mention = source.mentions.find((m) => paired.has(m.sentence)) ?? source.mentions[0]!;
  return {
    messageId: 'roleNotInSource',
    data: {
      sourceName: source.names[0] ?? source.key,
      sourceRole: '',
      rewriteName: person.names[0] ?? person.key,
      rewriteRole: role.text,
      sourceBody: '',
      rewriteBody: role.body?.text ?? '',
    },
    severity: 'medium',
    confidence: paired.has(mention.sentence) ? 0.7 : 0.5,
    source: evidenceIn(sentencesOf(context.source.sentences, mention), mention),
    rewrite: evidenceIn(sentencesOf(context.rewrite.sentences, role), role),
  };
}

/** Both roles name their body, and it is one. */
const sameBodyNamed = (a: RoleFact, b: RoleFact, pack: LanguagePack): boolean =>
  !!a.body && !!b.body && sameBody(a.body, b.body, pack);

/** Two titles of several words with the same words before their head: "survey team member", "survey team leader". */
const sameQualifier = (a: string, b: string): boolean => {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  return wa.length > 1 && wb.length > 1 && wa.slice(0, -1).join(' ') === wb.slice(0, -1).join(' ');
};

/** A role read where the source's statement pairs with the rewrite's is surer than one told paragraphs away. */
const calibrated = (severity: Severity, inPair: boolean) => ({ severity, confidence: inPair ? 0.9 : 0.7 });

/** The source sentences paired with the one that tells a rewrite role. */
function pairedWith(role: Placed<RoleFact>, context: RuleContext): Set<string> {
  const pairs = context.matched.filter((p) => p.rewrite.some((s) => s.sentenceId === role.sentence));
  return new Set(pairs.flatMap((p) => p.source.map((s) => s.sentenceId)));
}

const sentencesOf = (sentences: SentenceFacts[], placed: Placed<Mention>): SentenceFacts[] =>
  sentences.filter((s) => s.sentenceId === placed.sentence);

/** A body's words that name it: folded, without articles and possessive endings. */
const bodyWords = (body: string, pack: LanguagePack): string[] =>
  fold(body)
    .replace(/['’]s\b/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !pack.stopwords.has(w));

/**
 * Two bodies are one unless both are named and share no word: "Med Uni Wien" and "MedUni Wien", "Fraktion
 * Sozialdemokratischer GewerkschafterInnen (FSG)" and "FSG" are one; "TikTok" and "ByteDance" two.
 */
function sameBody(a: RoleFact['body'], b: RoleFact['body'], pack: LanguagePack): boolean {
  if (!a || !b) return true;
  const [x, y] = [bodyWords(a.text, pack), bodyWords(b.text, pack)];
  if (x.some((w) => y.includes(w))) return true;
  const [cx, cy] = [x.join(''), y.join('')];
  if (cx.includes(cy) || cy.includes(cx)) return true;
  return pack.nameVariants.some((v) => x.some((w) => v.includes(w)) && y.some((w) => v.includes(w)));
}
