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
 * Who a speaker beside a quote is: the person of that name, or for a pronoun ("he notes", "sagte sie") the person
 * last mentioned before it — the nearest antecedent; gender is not read. The people by key and the mentions of
 * those who can be an antecedent, in text order, are built once, so a long article's quotes are each resolved by
 * lookup.
 */
export function speakerResolver(
  people: readonly RegisteredPerson[],
  pack: LanguagePack,
): (speaker: Mention) => RegisteredPerson | undefined {
  let byKey: Map<string, RegisteredPerson> | undefined;
  let antecedents: { end: number; person: RegisteredPerson }[] | undefined;
  return (speaker) => {
    if (!pack.subjectPronouns.has(fold(speaker.text))) {
      byKey ??= new Map([...people].reverse().map((p) => [p.key, p]));
      return byKey.get(nameKey(speaker.text));
    }
    antecedents ??= people
      // A person: someone the article gives a role or quotes by name; not every name is one ("Gesundheit Österreich").
      .filter((person) => person.roles.length || person.quotes.length)
      .flatMap((person) => person.mentions.map((m) => ({ end: m.end, person })))
      .sort((a, b) => a.end - b.end);
    // The last mention ending before the speaker; of several ending there, the first person's.
    let low = 0;
    let high = antecedents.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (antecedents[mid]!.end <= speaker.start) low = mid + 1;
      else high = mid;
    }
    if (low === 0) return undefined;
    let at = low - 1;
    while (at > 0 && antecedents[at - 1]!.end === antecedents[at]!.end) at--;
    return antecedents[at]!.person;
  };
}
