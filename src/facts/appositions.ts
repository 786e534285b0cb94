import type { Clause } from '../clauses/types.js';
import { beforeModifiers } from '../clauses/verb-words.js';
import type { LanguagePack, RoleStatus } from '../lang/pack.js';
import { isPossessive, type Token } from '../text/tokens.js';
import { tokensMention } from './mention.js';
import {
  affixStatus,
  bodyMention,
  isNamePart,
  isPersonNamePart,
  isRoleNoun,
  isRoleTitle,
  modifierStatus,
  person,
  withoutAffix,
} from './people.js';
import type { Mention, PersonFact, RoleFact } from './types.js';

/** A role phrase beside a name has few words: a longer run is a clause of its own. */
const MAX_MODIFIERS = 3;
const MAX_OFFICE_WORDS = 4;
const MAX_BODY_WORDS = 8;

/** The words of a sentence with what the reader needs of it. */
interface Words {
  tokens: Token[];
  text: string;
  offset: number;
  pack: LanguagePack;
  /** Offsets (in the article) of the words the clauses read as verbs: a role phrase holds none. */
  verbs: ReadonlySet<number>;
}

/** The role phrase read from some tokens: where it ends, and what it says. */
interface RolePhrase {
  last: number;
  role: RoleFact;
}

/** "Management 's": the possessive ending split from its word, as in detokenised wire copy. */
const detachedPossessive = (w: Words, k: number): boolean =>
  w.tokens[k + 1]?.norm === 's' && /^\s+['’]$/u.test(gap(w, k, k + 1));

/** What stands between two tokens: a comma, a bracket, nothing. */
const gap = (w: Words, a: number, b: number): string =>
  w.text.slice(w.tokens[a]!.end, w.tokens[b]?.start ?? w.text.length);

/** A phrase ends where punctuation other than a bracket does, or the sentence. */
const endsPhrase = (w: Words, i: number): boolean =>
  i >= w.tokens.length - 1 || /[,;:.!?"“”„«»–—]/u.test(gap(w, i, i + 1));

const isVerb = (w: Words, i: number): boolean => !!w.tokens[i] && w.verbs.has(w.offset + w.tokens[i]!.start);

const isComma = (w: Words, a: number): boolean => /^\s*,\s*$/u.test(gap(w, a, a + 1));

/** The comma before a name, after a bracket that closes the role's body: "Vizepräsidentin der … (ÖGAM), Susanne Rabady". */
const commaBeforeName = (w: Words, a: number): boolean => /^\s*\)?\s*,\s*$/u.test(gap(w, a - 1, a));

const nameWord = (t: Token | undefined, w: Words): t is Token => isPersonNamePart(t, w.pack);

/**
 * People whose role is told beside their name rather than before it: in an apposition after it ("Greylinger,
 * stellvertretender Vorsitzender der Polizeigewerkschaft", "Mam Bunheng, Cambodia's health minister"), in one before
 * it ("der Vizerektor der Med Uni Wien, Oswald Wagner"), or in a relative clause ("Mam Bunheng, who previously served
 * as Cambodia's health minister"; "Berg, die seit 2019 Stadträtin ist").
 */
export function findRolesBesideNames(
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
  clauses: readonly Clause[],
): PersonFact[] {
  const verbs = new Set(clauses.flatMap((c) => c.verb?.words.map((v) => v.start) ?? []));
  const w: Words = { tokens, text, offset, pack, verbs };
  const people: PersonFact[] = [];
  for (let a = 0; a < tokens.length; a++) {
    // Only a name beside a comma, or before a copula, can have a role beside it: the lexicon is asked about those
    // words alone.
    if (!isNamePart(tokens[a], pack)) continue;
    let end = a;
    while (isNamePart(tokens[end + 1], pack) && gap(w, end, end + 1).length <= 1) end++;
    const beside =
      commaAfterName(w, end) !== undefined ||
      (a > 0 && commaBeforeName(w, a)) ||
      verbAfterSubject(w, end, clauses) !== undefined ||
      predicativeAfter(w, end) !== undefined;
    if (!beside || !nameWord(tokens[a], w)) {
      if (!beside) a = end;
      continue;
    }
    let b = a;
    // A person noun that ends a name run after a name word is a surname ("Lena Vogt", "Hans Bauer").
    while (b < end && (nameWord(tokens[b + 1], w) || b + 1 === end)) b++;
    const name = tokensMention({ start: offset, text }, tokens[a]!, tokens[b]!);
    const after = commaAfterName(w, b);
    const relative = after !== undefined ? relativeAfter(w, after, clauses) : undefined;
    const told = relative ? [relative] : after !== undefined ? appositionsAfter(w, after) : [];
    const found: RolePhrase[] = told.length
      ? told
      : [
          (a > 0 && commaBeforeName(w, a) && closesName(w, b) ? appositionBefore(w, a - 1) : undefined) ??
            predicateAfter(w, b, clauses) ??
            predicativeAfter(w, b),
        ].filter((p): p is RolePhrase => !!p);
    for (const phrase of found) people.push(person(name, phrase.role));
    a = b;
  }
  return people;
}

/**
 * Roles told without a name, after an article: "der Leiter der Volkshochschule Calw", "the former mayor of Calw". The
 * article refers to a person by their office alone; a role beside a name is that person's and is read with them.
 */
export function findUnnamedRoles(
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
  clauses: readonly Clause[],
  people: readonly PersonFact[],
): RoleFact[] {
  const verbs = new Set(clauses.flatMap((c) => c.verb?.words.map((v) => v.start) ?? []));
  const w: Words = { tokens, text, offset, pack, verbs };
  const named = (r: RoleFact) =>
    people.some((p) => [p, p.role].some((m) => m && m.start < r.end && r.start < m.end));
  const roles: RoleFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!pack.roleGrammar.determiners.has(tokens[i]!.norm)) continue;
    const phrase = readRolePhrase(w, i);
    if (!phrase || named(phrase.role)) continue;
    roles.push({ ...phrase.role, told: 'unnamed' });
    i = phrase.last;
  }
  return roles;
}

/** The longest bracket after a name that can still be part of it: a party, an age, a constituency. */
const MAX_BRACKET_WORDS = 5;

/**
 * Where the words after a name's comma start: right after it, or after a bracket that stands between ("Jonas Meier
 * (CDU), ein ehemaliger Vizepräsident", "Jane Doe (D-Calif.), the committee's chair").
 */
function commaAfterName(w: Words, b: number): number | undefined {
  if (isComma(w, b)) return b + 1;
  if (!/^\s*\(\s*$/u.test(gap(w, b, b + 1))) return undefined;
  for (let k = b + 1; k < Math.min(w.tokens.length - 1, b + 1 + MAX_BRACKET_WORDS); k++) {
    const between = gap(w, k, k + 1);
    if (between.includes(')')) return /^\s*\)\s*,\s*$/u.test(between) ? k + 1 : undefined;
  }
  return undefined;
}

/** After a name told with a role before it, the apposition ends: a comma, "und", the sentence's end. */
const closesName = (w: Words, b: number): boolean =>
  endsPhrase(w, b) || w.pack.verbGrammar.coordinators.has(w.tokens[b + 1]?.norm ?? '');

/**
 * "…, [der] [stellvertretende] Vorsitzende [der Polizeigewerkschaft]," after a name: the phrase must end there, or
 * be joined to another that does ("a PHANGS team member and an associate professor of physics,"): each is a role.
 */
function appositionsAfter(w: Words, start: number): RolePhrase[] {
  const phrase = readRolePhrase(w, start);
  if (!phrase) return [];
  if (endsPhrase(w, phrase.last)) return [phrase];
  if (!w.pack.verbGrammar.coordinators.has(w.tokens[phrase.last + 1]?.norm ?? '')) return [];
  const more = appositionsAfter(w, phrase.last + 2);
  return more.length ? [phrase, ...more] : [];
}

/** "der Vizerektor der Med Uni Wien, Oswald Wagner": a role phrase that ends right before the comma. */
function appositionBefore(w: Words, end: number): RolePhrase | undefined {
  let longest: RolePhrase | undefined;
  for (let start = end; start >= Math.max(0, end - MAX_BODY_WORDS - MAX_OFFICE_WORDS); start--) {
    if (start < end && endsPhrase(w, start)) break;
    const phrase = readRolePhrase(w, start);
    if (phrase?.last === end && (start === 0 || !nameWord(w.tokens[start - 1], w))) longest = phrase;
  }
  return longest;
}

/**
 * "…, who previously served as Cambodia's health minister": a relative clause that says what the person is or was,
 * by a copula or the predicative word; a past tense makes the role a former one.
 */
function relativeAfter(w: Words, start: number, clauses: readonly Clause[]): RolePhrase | undefined {
  const { tokens, pack } = w;
  if (!pack.verbGrammar.relativePronouns.has(tokens[start]?.norm ?? '')) return undefined;
  const clause = clauseAt(w, start, clauses);
  return clause && roleInClause(w, start + 1, clause, 'relative');
}

/** How far after its copula a predicate's role may begin: past a few adverbs and "one of the" ("bereits jetzt einer der"). */
const MAX_PREDICATE_LEAD = 5;

/**
 * "Meier ist bereits jetzt einer der Vizepräsidenten", "Okafor was one of the vice-presidents": a name as the subject
 * right before the copula of its clause, and an office as its predicate. Only a listed title counts here: "Roth ist
 * die dritte Frau in dem Amt" says what she is, not which post she holds.
 */
function predicateAfter(w: Words, b: number, clauses: readonly Clause[]): RolePhrase | undefined {
  const { pack } = w;
  const verbAt = verbAfterSubject(w, b, clauses);
  if (verbAt === undefined) return undefined;
  const phrase = roleInClause(
    w,
    verbAt + 1,
    clauseAt(w, verbAt, clauses)!,
    'predicate',
    verbAt + 1 + MAX_PREDICATE_LEAD,
  );
  if (!phrase) return undefined;
  const words = phrase.role.title.split(' ');
  const head = words.at(-1)!;
  if (!isRoleTitle(head, pack) && !heldIn(w, phrase, head)) return undefined;
  // "einer der Vizepräsidenten", "one of the vice-presidents": the office is the singular.
  const plural = pack.titlePluralEndings.find((e) => pack.roleTitles.some((t) => head.endsWith(t + e)));
  if (!plural) return phrase;
  const title = [...words.slice(0, -1), head.slice(0, -plural.length)].join(' ');
  return { ...phrase, role: { ...phrase.role, title } };
}

/**
 * A person noun with the body it is held in, not introduced as one of many: "ist (die) Wirtin des Tan Hill Inn", "is the
 * landlady of the Tan Hill Inn" name a post as a title does; "ist eine Köchin des Hotels", "war einer der Kritiker der
 * Politik" only describe.
 */
function heldIn(w: Words, phrase: RolePhrase, head: string): boolean {
  const { role } = phrase;
  // "eine Köchin", "einer der Kritiker", "one of the critics": one of many, whatever the body.
  const oneOfMany = w.tokens.some(
    (t) =>
      role.start <= w.offset + t.start &&
      w.offset + t.end <= role.end &&
      (w.pack.indefiniteArticles.has(t.norm) || w.pack.numberWords.has(t.norm)),
  );
  return !!role.body && !oneOfMany && isRoleNoun(head, w.pack);
}

/**
 * "mit Angela Merkel als Kanzlerin", "with Merkel as Chancellor": the predicative word right after a name, then an
 * office. As for a copula's predicate, only a listed title counts ("Merkel als erste Frau" says what she is).
 */
function predicativeAfter(w: Words, b: number): RolePhrase | undefined {
  const { tokens, pack } = w;
  if (tokens[b + 1]?.norm !== pack.roleGrammar.predicative || gap(w, b, b + 1).trim() !== '')
    return undefined;
  const phrase = readRolePhrase(w, b + 2);
  if (!phrase || !isRoleTitle(phrase.role.title.split(' ').at(-1)!, pack)) return undefined;
  return { ...phrase, role: { ...phrase.role, told: 'predicate' } };
}

/**
 * Where the finite verb of the clause a name is the subject of stands: a copula right after it ("Meier ist …",
 * "Okafor was …"), or any verb, after adverbs too, whose predicate the role is by the predicative word ("Karas
 * fungiert als …", "Karas already serves as …"; `roleInClause` asks for it where the verb is no copula).
 */
function verbAfterSubject(w: Words, b: number, clauses: readonly Clause[]): number | undefined {
  if (copulaAfter(w, b, clauses)) return b + 1;
  for (let v = b + 1; v <= b + 1 + MAX_SUBJECT_ADVERBS && w.tokens[v]; v++) {
    const clause = clauseAt(w, v, clauses);
    if (clause?.verb?.finite.start !== w.offset + w.tokens[v]!.start) continue;
    const subject = beforeModifiers({ tokens: w.tokens, text: w.text, start: w.offset }, v, w.pack) === b;
    const lead = w.tokens.slice(v + 1, v + 1 + MAX_PREDICATE_LEAD);
    const at = lead.findIndex((t) => t.norm === w.pack.roleGrammar.predicative);
    // A pronoun or a noun phrase after the verb is the subject, and the word before it only fronted: "Bekannt wurde
    // sie als …", "Bekannt wurde die Politikerin als …".
    const subjectAfter = lead
      .slice(0, Math.max(at, 0))
      .some((t) => w.pack.subjectPronouns.has(t.norm) || w.pack.roleGrammar.determiners.has(t.norm));
    return subject && at >= 0 && !subjectAfter ? v : undefined;
  }
  return undefined;
}

/** How many adverbs may stand between a subject and its verb: "Karas already serves as". */
const MAX_SUBJECT_ADVERBS = 2;

/** The clause whose finite verb, a copula, stands right after a token: "Meier ist …", "Okafor was …". */
function copulaAfter(w: Words, b: number, clauses: readonly Clause[]): Clause | undefined {
  const next = w.tokens[b + 1];
  if (!next || gap(w, b, b + 1).trim() !== '' || !w.verbs.has(w.offset + next.start)) return undefined;
  const clause = clauseAt(w, b + 1, clauses);
  const verb = clause?.verb;
  return verb && verb.finite.start === w.offset + next.start && w.pack.roleGrammar.copulas.has(verb.lemma)
    ? clause
    : undefined;
}

const clauseAt = (w: Words, i: number, clauses: readonly Clause[]): Clause | undefined => {
  const at = w.offset + w.tokens[i]!.start;
  return clauses.find((c) => c.start <= at && at < c.end);
};

/**
 * The role a clause says its subject has, by a copula or the predicative word ("served as"), from a token on; a past
 * tense makes the role a former one.
 */
function roleInClause(
  w: Words,
  from: number,
  clause: Clause,
  told: RoleFact['told'],
  until = Infinity,
): RolePhrase | undefined {
  const { tokens, pack, offset } = w;
  const verb = clause.verb;
  if (!verb) return undefined;
  for (let i = from; i < tokens.length && i < until && offset + tokens[i]!.start < clause.end; i++) {
    const predicative = tokens[i - 1]!.norm === pack.roleGrammar.predicative;
    if (!predicative && !pack.roleGrammar.copulas.has(verb.lemma)) continue;
    const phrase = readRolePhrase(w, i);
    if (!phrase) continue;
    const past = verb.tense === 'past' && verb.aspect === 'simple';
    if (phrase.role.status !== 'unmarked' || !past) return { ...phrase, role: { ...phrase.role, told } };
    // The evidence runs from the role to the verb that puts it in the past: "served as …", "… Bürgermeisterin war".
    const modifier = { start: verb.finite.start, end: verb.finite.end, text: verb.finite.text };
    const from = Math.min(phrase.role.start, modifier.start);
    const to = Math.max(phrase.role.end, modifier.end);
    const span = { start: from, end: to, text: w.text.slice(from - offset, to - offset) };
    return { ...phrase, role: { ...phrase.role, ...span, told, status: 'former', modifier } };
  }
  return undefined;
}

/**
 * A role phrase from a token on: a determiner, status modifiers and adjectives, the office (English: its words, the
 * last a role noun; German: one capitalised role noun), then the body it is held in, after a genitive article or a
 * preposition ("der Polizeigewerkschaft", "bei Greenpeace in Österreich") or, in English, before it as a possessive
 * ("Cambodia's health minister"). A role noun right before a name is that name's title, not this phrase.
 */
function readRolePhrase(w: Words, start: number): RolePhrase | undefined {
  const { tokens, pack } = w;
  const grammar = pack.roleGrammar;
  let i = start;
  if (grammar.determiners.has(tokens[i]?.norm ?? '')) i++;
  let body: Mention | undefined;
  let status: { status: RoleStatus; modifier: Mention } | undefined;
  let capitalOffice = -1;
  // English: the body first, as a possessive ("Cambodia's", "NATO's", "Asset Management 's" in detokenised copy) or,
  // after an article, as the office's first word ("a Commission spokesperson", "the PHANGS team leader").
  if (!pack.nounsCapitalized) {
    // "a former PHANGS team member": the status may come before the body.
    const lead = i;
    for (; i - lead < MAX_MODIFIERS && tokens[i] && !tokens[i]!.capitalized; i++) {
      const modifier = modifierStatus(tokens[i]!.norm, pack);
      if (!modifier) break;
      status ??= {
        status: modifier,
        modifier: tokensMention({ start: w.offset, text: w.text }, tokens[i]!, tokens[i]!),
      };
    }
    let k = i;
    const owner = (n: number) => isPossessive(tokens[n]!) || detachedPossessive(w, n);
    while (k - i < 3 && tokens[k]?.capitalized && !owner(k)) k++;
    // Capitalised words ending in a listed title are the office itself, as British style writes it ("remains
    // Chancellor", "the Prime Minister"), not the body before an office.
    if (
      k > i &&
      isRoleTitle(tokens[k - 1]!.norm, pack) &&
      !(tokens[k] && (tokens[k]!.capitalized || owner(k)))
    )
      capitalOffice = k;
    else if (tokens[k]?.capitalized && owner(k)) {
      body = bodyMention(tokens[i]!, tokens[k]!, w.text, w.offset);
      i = isPossessive(tokens[k]!) ? k + 1 : k + 2;
    } else if (i > start && k > i && tokens[k] && !tokens[k]!.capitalized && !gap(w, k - 1, k).trim()) {
      body = bodyMention(tokens[i]!, tokens[k - 1]!, w.text, w.offset);
      i = k;
    } else if (k === i) {
      const office = smallPossessiveBody(w, i, owner);
      if (office) {
        body = bodyMention(tokens[i]!, tokens[office.owner]!, w.text, w.offset);
        [i, capitalOffice] = [office.first, office.end];
      }
    }
  }
  let officeFirst = i;
  let head = -1;
  for (let n = 0; tokens[i] && n < MAX_MODIFIERS + MAX_OFFICE_WORDS; n++, i++) {
    const t = tokens[i]!;
    if (t.isNumber || isVerb(w, i) || (t.isStopword && !modifierStatus(t.norm, pack))) break;
    const modifier = modifierStatus(t.norm, pack);
    if (modifier) {
      status ??= { status: modifier, modifier: tokensMention({ start: w.offset, text: w.text }, t, t) };
      continue;
    }
    // German: adjectives are small, the noun capitalised, but for an ordinal that ranks the office ("Erster
    // Vizepräsident"); English: the office's words are small.
    const ordinal = pack.ordinalWords.has(t.norm);
    if (pack.nounsCapitalized ? !t.capitalized || ordinal : t.capitalized && i >= capitalOffice) {
      if (pack.nounsCapitalized) continue;
      break;
    }
    if (isRoleNoun(t.norm, pack)) head = i;
    const next = tokens[i + 1]?.norm ?? '';
    if (pack.nounsCapitalized || endsPhrase(w, i) || grammar.bodyLinks.has(next)) break;
    // "a team member and an associate professor": the office ends before "and" when a role noun ends it.
    if (head === i && pack.verbGrammar.coordinators.has(next)) break;
  }
  // A status word that is itself a person noun may stand alone as the office: "her deputy", "the vice".
  if (head < 0 && status && status.modifier.end === w.offset + tokens[i - 1]!.end) {
    const alone = tokens[i - 1]!;
    if (endsPhrase(w, i - 1) && isRoleNoun(alone.norm, pack)) {
      head = i - 1;
      i = head;
      officeFirst = Math.min(officeFirst, head);
      status = undefined;
    }
  }
  // The loop stops at the head: a phrase whose last office word is no role noun is none.
  if (head !== i) return undefined;
  if (nameWord(tokens[head + 1], w) && gap(w, head, head + 1).length <= 1) return undefined;
  let last = head;
  if (!endsPhrase(w, head) && grammar.bodyLinks.has(tokens[head + 1]?.norm ?? '')) {
    let k = head + 2;
    if (grammar.determiners.has(tokens[k]?.norm ?? '')) k++;
    const bodyStart = k;
    // The body ends before "und"/"and" that opens another role: "Mitglied des Vorstands und Sprecherin der Initiative".
    const nextRole = (n: number) =>
      pack.verbGrammar.coordinators.has(tokens[n + 1]?.norm ?? '') && !!readRolePhrase(w, n + 2);
    // A body is a noun phrase: a conjunction that opens a clause ends it ("… for a fourth time or whether …").
    const opensClause = (m: number) => pack.verbGrammar.subordinators.has(tokens[m]?.norm ?? '');
    const clauseNext = (n: number) =>
      opensClause(n + 1) ||
      (pack.verbGrammar.coordinators.has(tokens[n + 1]?.norm ?? '') && opensClause(n + 2));
    while (
      tokens[k] &&
      k - bodyStart < MAX_BODY_WORDS &&
      !endsPhrase(w, k) &&
      !isVerb(w, k + 1) &&
      !nextRole(k) &&
      !clauseNext(k)
    )
      k++;
    if (tokens[k] && !isVerb(w, k)) {
      body = bodyMention(tokens[bodyStart]!, tokens[k]!, w.text, w.offset);
      last = k;
      // "(FSG)": a bracket closes the body, and the role, with it.
      if (gap(w, k, k + 1).startsWith(')')) body = { ...body, end: body.end + 1, text: `${body.text})` };
    }
  }
  const office = tokens
    .slice(officeFirst, head + 1)
    .filter((t, n) => n === head - officeFirst || !modifierStatus(t.norm, pack));
  const headToken = tokens[head]!;
  // "Vizerektor": the status in the title word itself.
  const affix = affixStatus(headToken.norm, pack);
  if (affix && !status)
    status = {
      status: affix.status,
      modifier: tokensMention({ start: w.offset, text: w.text }, headToken, headToken),
    };
  // A status word alone ("deputy") is its own office: nothing is left without the affix.
  const words = office.map((t) => (t === headToken ? withoutAffix(t.norm, pack) || t.norm : t.norm));
  const role: RoleFact = {
    ...spanTo(tokensMention({ start: w.offset, text: w.text }, tokens[start]!, tokens[last]!), body, w),
    title: titleOf(words, pack),
    status: status?.status ?? 'unmarked',
    ...(status ? { modifier: status.modifier } : {}),
    ...(body ? { body } : {}),
    told: 'apposition',
  };
  return { last, role };
}

/**
 * "the assembly's First Vice-President", "the company's Chief Executive": a body in small words as a possessive,
 * then an office in capitals ending in a listed title. Where its office words start and end, and the possessive.
 */
function smallPossessiveBody(
  w: Words,
  from: number,
  owner: (n: number) => boolean,
): { owner: number; first: number; end: number } | undefined {
  const { tokens, pack } = w;
  const small = (n: number) => !!tokens[n] && !tokens[n]!.capitalized && !tokens[n]!.isStopword;
  let p = from;
  while (p - from < MAX_SMALL_BODY_WORDS && small(p) && !owner(p)) p++;
  if (!small(p) || !owner(p)) return undefined;
  const first = isPossessive(tokens[p]!) ? p + 1 : p + 2;
  let end = first;
  while (end - first < 3 && tokens[end]?.capitalized) end++;
  if (end === first || !isRoleTitle(tokens[end - 1]!.norm, pack) || owner(end - 1)) return undefined;
  return { owner: p, first, end };
}

/** How many small words a possessive body may hold: "the assembly's", "the regional council's". */
const MAX_SMALL_BODY_WORDS = 2;

/** A role's words reach to the end of its body: past the bracket that closes "(FSG)". */
function spanTo(role: Mention, body: Mention | undefined, w: Words): Mention {
  if (!body || body.end <= role.end) return role;
  return { ...role, end: body.end, text: w.text.slice(role.start - w.offset, body.end - w.offset) };
}

/** The office as folded words, the head without a hyphenated first part ("Sport-Geschäftsführer" → "geschäftsführer"). */
function titleOf(words: string[], pack: LanguagePack): string {
  const head = words[words.length - 1]!;
  const bare = pack.nounsCapitalized ? head.slice(head.lastIndexOf('-') + 1) : head;
  return [...words.slice(0, -1), bare].join(' ');
}
