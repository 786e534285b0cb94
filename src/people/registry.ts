import { nameKey } from '../facts/people.js';
import type { Mention, RoleFact, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { fold } from '../text/normalize.js';

/** A mention of a person, or a role, with the sentence it stands in. */
export type Placed<T> = T & { sentence: string };

/** One person, organisation or place of an article, with every way the article names them and every role it gives. */
export interface RegisteredPerson {
  /** The last word of the name, folded: "Greylinger" for "Hermann Greylinger" and "Greylingers". */
  key: string;
  /** The names as written, longest first ("Hermann Greylinger", "Greylinger"). */
  names: string[];
  mentions: Placed<Mention>[];
  roles: Placed<RoleFact>[];
  /** The quotes the article gives them: beside their name, or beside a pronoun that stands for them. */
  quotes: Placed<Mention>[];
}

/**
 * Who an article mentions, one entry per person (by the last word of the name), with the roles it gives them
 * wherever they stand: "Greylinger, Vorsitzender der FSG" in one paragraph and "Greylinger" in the next are one
 * person with one role.
 */
export function registerPeople(sentences: readonly SentenceFacts[], pack: LanguagePack): RegisteredPerson[] {
  const byKey = new Map<string, RegisteredPerson>();
  const entry = (key: string): RegisteredPerson => {
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { key, names: [], mentions: [], roles: [], quotes: [] }));
    return found;
  };
  for (const s of sentences) {
    for (const p of s.people) {
      const e = entry(p.key);
      e.mentions.push({ start: p.start, end: p.end, text: p.text, sentence: s.sentenceId });
      if (p.role) e.roles.push({ ...p.role, sentence: s.sentenceId });
    }
    for (const n of s.names)
      if (!s.people.some((p) => p.start < n.end && n.start < p.end))
        entry(nameKey(n.text)).mentions.push({ ...n, sentence: s.sentenceId });
  }
  mergeGenitives(byKey, pack);
  addSurnames(sentences, byKey, pack);
  const people = [...byKey.values()].map((e) => ({
    ...e,
    names: [...new Set(e.mentions.map((m) => m.text))].sort((a, b) => b.length - a.length),
  }));
  attributeQuotes(sentences, people, pack);
  return people;
}

/** Each quote to its speaker: named ones first, so a pronoun can stand for someone quoted before. */
function attributeQuotes(
  sentences: readonly SentenceFacts[],
  people: RegisteredPerson[],
  pack: LanguagePack,
): void {
  const quotes = sentences.flatMap((s) =>
    s.quotes.flatMap((q) => (q.speaker ? [{ quote: q, speaker: q.speaker, sentence: s.sentenceId }] : [])),
  );
  const pronoun = (m: Mention) => pack.subjectPronouns.has(fold(m.text));
  for (const named of [false, true]) {
    // Anew for the pronouns: a person quoted by name in the first round can be their antecedent.
    const resolve = speakerResolver(people, pack);
    for (const { quote, speaker, sentence } of quotes) {
      if (pronoun(speaker) !== named) continue;
      const person = resolve(speaker);
      person?.quotes.push({ start: quote.start, end: quote.end, text: quote.text, sentence });
    }
  }
}

/**
 * A person named in full once is named by surname after: "sagte Greylinger", "Greylingers Kritik". Where every noun
 * has a capital, the name reader cannot tell a lone surname from a noun; the registry can, once it knows the person.
 */
function addSurnames(
  sentences: readonly SentenceFacts[],
  byKey: Map<string, RegisteredPerson>,
  pack: LanguagePack,
): void {
  const genitive = pack.genitiveAttribute?.genitiveEnding ?? '';
  const known = [...byKey.values()].filter(
    (e) => e.roles.length > 0 || e.mentions.some((m) => /\s/u.test(m.text)),
  );
  // Each known person by the word that names them alone (the genitive too), and the characters naming them already.
  const bySurname = new Map<string, RegisteredPerson>();
  for (const e of [...known].reverse()) {
    if (genitive) bySurname.set(e.key + genitive, e);
    bySurname.set(e.key, e);
  }
  const named = new Map<RegisteredPerson, Set<number>>();
  for (const e of known) {
    const at = new Set<number>();
    for (const m of e.mentions) for (let c = m.start; c < m.end; c++) at.add(c);
    named.set(e, at);
  }
  for (const s of sentences)
    for (const t of s.tokens) {
      if (!t.capitalized) continue;
      const entry = bySurname.get(t.norm);
      const start = s.start + t.start;
      if (!entry || named.get(entry)!.has(start)) continue;
      entry.mentions.push({ start, end: s.start + t.end, text: t.text, sentence: s.sentenceId });
    }
  for (const e of known) e.mentions.sort((a, b) => a.start - b.start);
}

/** "Selenskyjs" is "Selenskyj": a key that is another with the genitive ending joins it. */
function mergeGenitives(byKey: Map<string, RegisteredPerson>, pack: LanguagePack): void {
  const ending = pack.genitiveAttribute?.genitiveEnding;
  if (!ending) return;
  for (const [key, e] of byKey) {
    const base = byKey.get(key.slice(0, -ending.length));
    if (!key.endsWith(ending) || !base || base === e) continue;
    base.mentions.push(...e.mentions);
    base.roles.push(...e.roles);
    byKey.delete(key);
  }
}

/**
 * Who a speaker beside a quote is: the person of that name; the person the article gives that role ("sagte die
 * Außenministerin", "the minister added"), the one told last before it; or for a pronoun ("he notes", "sagte sie")
 * the person a reader takes it for — of the sentence that last mentions someone before it, the person mentioned
 * first there, most often its subject ("Rubio told the meeting that Trump …, he added" is Rubio). Gender is not
 * read. The people by key and the mentions of those who can be an antecedent, in text order, are built once, so a
 * long article's quotes are each resolved by lookup.
 */
export function speakerResolver(
  people: readonly RegisteredPerson[],
  pack: LanguagePack,
): (speaker: Mention) => RegisteredPerson | undefined {
  let byKey: Map<string, RegisteredPerson> | undefined;
  let byRole: Map<string, Placed<{ start: number; person: RegisteredPerson }>[]> | undefined;
  let antecedents: Placed<{ end: number; person: RegisteredPerson }>[] | undefined;
  return (speaker) => {
    if (!pack.subjectPronouns.has(fold(speaker.text))) {
      byKey ??= new Map([...people].reverse().map((p) => [p.key, p]));
      byRole ??= rolesByTitle(people);
      const key = nameKey(speaker.text);
      return byKey.get(key) ?? lastBefore(byRole.get(key) ?? [], speaker.start)?.person;
    }
    antecedents ??= people
      // A person: someone the article gives a role or quotes by name; not every name is one ("Gesundheit Österreich").
      .filter((person) => person.roles.length || person.quotes.length)
      .flatMap((person) => person.mentions.map((m) => ({ end: m.end, person, sentence: m.sentence })))
      .sort((a, b) => a.end - b.end);
    const at = indexBefore(antecedents, speaker.start);
    if (at < 0) return undefined;
    let first = at;
    while (first > 0 && antecedents[first - 1]!.sentence === antecedents[at]!.sentence) first--;
    return antecedents[first]!.person;
  };
}

/** Each role's title (its last word, folded) with the people the article gives it, in text order. */
function rolesByTitle(
  people: readonly RegisteredPerson[],
): Map<string, Placed<{ start: number; person: RegisteredPerson }>[]> {
  const index = new Map<string, Placed<{ start: number; person: RegisteredPerson }>[]>();
  for (const person of people)
    for (const role of person.roles) {
      const title = role.title.split(' ').pop()!;
      const list = index.get(title) ?? [];
      list.push({ start: role.start, person, sentence: role.sentence });
      index.set(title, list);
    }
  for (const list of index.values()) list.sort((a, b) => a.start - b.start);
  return index;
}

/** The last of these (in text order) that stands before `at`, else the first after it. */
const lastBefore = <T extends { start: number }>(list: readonly T[], at: number): T | undefined =>
  list.filter((x) => x.start < at).pop() ?? list[0];

/** The index of the last entry ending at or before `at` (entries sorted by end), -1 if none. */
function indexBefore(entries: readonly { end: number }[], at: number): number {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (entries[mid]!.end <= at) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
