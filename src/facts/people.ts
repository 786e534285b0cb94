import { isReportingVerb } from '../clauses/reporting-verbs.js';
import { verbReader } from '../clauses/verb-forms.js';
import type { LanguagePack, RoleStatus } from '../lang/pack.js';
import { isPossessive, tokenize, type Token } from '../text/tokens.js';
import { answeredOnce } from '../lang/derived.js';
import { demonymOf } from '../lexicon/demonyms.js';
import {
  isNationalityNoun,
  isPersonNoun,
  isPersonNounByHierarchy,
  masculine,
} from '../lexicon/person-nouns.js';
import { isWordOfLanguage } from '../lexicon/known-words.js';
import { eraAfter } from './eras.js';
import { sensesOf } from '../lexicon/senses.js';
import {
  inflectedCommonNoun,
  isCommonNoun,
  isNounLemma,
  onlyCommonNoun,
} from '../lexicon/thesaurus-relation.js';
import { fold } from '../text/normalize.js';
import { tokensMention } from './mention.js';
import type { Mention, PersonFact, RoleFact } from './types.js';

/** Whether a folded word is a role title ("us-präsidenten", "chefdiplomatin", "president-elect"). */
export const isRoleTitle: (norm: string, pack: LanguagePack) => boolean = answeredOnce(titleHead);

/** The word without a status affix ("ex-", "-elect"): the title it carries. */
export function withoutAffix(norm: string, pack: LanguagePack): string {
  const affix = affixStatus(norm, pack)?.affix;
  if (!affix) return norm;
  if (affix.startsWith('-')) return norm.slice(0, -affix.length);
  if (norm.startsWith(affix)) return norm.slice(affix.length);
  // "öfb-vizepräsident": the prefix opens the part after the body.
  const part = norm.lastIndexOf('-') + 1;
  return norm.slice(0, part) + norm.slice(part + affix.length);
}

/** The part of a hyphenated compound after its last hyphen: "DFB-Vizepräsident" is a "Vizepräsident" of the DFB. */
const afterHyphen = (norm: string): string => norm.slice(norm.lastIndexOf('-') + 1);

function titleHead(norm: string, pack: LanguagePack): boolean {
  const head = afterHyphen(withoutAffix(norm, pack));
  // In compounding languages the title is the head at the end ("Chefdiplomatin", "Außenbeauftragte").
  return pack.roleTitles.some((title) =>
    pack.roleTitleEndings.some((ending) =>
      pack.compoundNouns ? head.endsWith(title + ending) : head === title + ending,
    ),
  );
}

/** The status a modifier word sets, reading inflected German adjectives ("ehemaligen") by their stem. */
export function modifierStatus(norm: string, pack: LanguagePack): RoleStatus | undefined {
  for (const [modifier, status] of pack.roleModifiers) {
    if (modifier.endsWith('-') || modifier.startsWith('-')) continue;
    if (norm === modifier) return status;
    if (pack.modifierEndings.some((e) => norm === modifier + e)) return status;
  }
  return undefined;
}

/** The status a title carries in itself: "Ex-Präsident", "then-President", "President-elect". */
export function affixStatus(
  norm: string,
  pack: LanguagePack,
): { status: RoleStatus; affix: string } | undefined {
  const own = affixOf(norm, pack);
  if (own || !pack.compoundNouns || !norm.includes('-')) return own;
  // A body named before the hyphen, the status joined to the title after it: "DFB-Vizepräsident", "SPD-Altkanzler".
  const inPart = affixOf(afterHyphen(norm), pack);
  return inPart && !inPart.affix.startsWith('-') && !inPart.affix.endsWith('-') ? inPart : undefined;
}

function affixOf(norm: string, pack: LanguagePack): { status: RoleStatus; affix: string } | undefined {
  for (const [modifier, status] of pack.roleModifiers) {
    if (modifier.endsWith('-') && norm.startsWith(modifier)) return { status, affix: modifier };
    if (modifier.startsWith('-') && norm.endsWith(modifier)) return { status, affix: modifier };
    // A compounding language joins the prefix to the title: "Vizerektor", "Altbundeskanzler". The rest must be a
    // word of its own: "Exekutivdirektor" and "Alterspräsident" hold no "ex-" and no "alt-".
    if (!pack.compoundNouns || !modifier.endsWith('-')) continue;
    const prefix = modifier.slice(0, -1);
    const rest = norm.slice(prefix.length);
    if (norm.startsWith(prefix) && isCommonNoun(rest, pack) && isRoleNoun(rest, pack))
      return { status, affix: prefix };
  }
  return undefined;
}

/**
 * Whether a speaker's words name someone: a name (a word the noun lexicon does not know) or a person's role, not a
 * thing or an idea ("Als Sozialdemokratie werde man sagen müssen").
 */
export const namesSomeone = (m: Mention, pack: LanguagePack): boolean =>
  tokenize(m.text, pack.code).some(
    (t) => isRoleNoun(t.norm, pack) || (!t.isStopword && !t.isNumber && !isCommonNoun(t.norm, pack)),
  );

/**
 * Whether a folded noun can head a role: a listed title, or a noun the language's resource knows names a person
 * ("Landwirtschaftsexperte", "officer"), with a status prefix taken off ("Vizerektor").
 */
export function isRoleNoun(
  norm: string,
  pack: LanguagePack,
  personNoun: (word: string, pack: LanguagePack) => boolean = isPersonNoun,
): boolean {
  if (norm.length < 3) return false;
  const bare = withoutAffix(norm, pack);
  // "VfB-Betreuer": a body before the hyphen, the person noun after it.
  const noun = pack.compoundNouns ? afterHyphen(bare) : bare;
  // Someone named by their country or city ("Franzose", "Münchner") holds no office by it.
  return (
    isRoleTitle(norm, pack) ||
    (personNoun(noun, pack) && !isNationalityNoun(noun, pack) && !demonymOf(noun, pack))
  );
}

export const isNamePart = (t: Token | undefined, pack: LanguagePack): t is Token =>
  !!t &&
  t.capitalized &&
  !t.isStopword &&
  !t.isNumber &&
  !isRoleTitle(t.norm, pack) &&
  !/^\p{Lu}+$/u.test(t.text) &&
  !pack.months.has(t.norm) &&
  !pack.weekdays.has(t.norm);

/**
 * A part of a person's name: a capitalised word ("Oswald Wagner", "Greylinger") that, where every noun is capitalised,
 * is no role noun by the thesaurus ("Simulationsforscher"). Occupations that are surnames as well ("Meier", "Koch")
 * may be either.
 */
export const isPersonNamePart = (t: Token | undefined, pack: LanguagePack): t is Token =>
  isNamePart(t, pack) &&
  !(
    pack.nounsCapitalized &&
    (isRoleNoun(t.norm, pack, isPersonNounByHierarchy) ||
      // A surname takes no feminine ending: "Lehrerinnen", "Wirtin" are no one's name.
      (masculine(t.norm, pack) !== t.norm && isRoleNoun(t.norm, pack)))
  );

/** People named with a role title: "US-Präsident Donald Trump", "former President Trump", "Trump, the former president". */
export function findPeople(
  tokens: Token[],
  text: string,
  offset: number,
  pack: LanguagePack,
  inTime: (at: number) => boolean,
): PersonFact[] {
  const people: PersonFact[] = [];
  const mention = (a: Token, b: Token): Mention => tokensMention({ start: offset, text }, a, b);
  for (let i = 0; i < tokens.length; i++) {
    if (!isRoleTitle(tokens[i]!.norm, pack) && !personNounTitle(tokens, i, pack)) continue;
    let last = i;
    while (
      tokens[last + 1] &&
      isRoleTitle(tokens[last + 1]!.norm, pack) &&
      tokens[last + 1]!.start - tokens[last]!.end <= 1
    )
      last++;
    const timed = (t: Token) => inTime(offset + t.start);
    const role = roleAt(tokens, officeStart(tokens, i, pack, timed), last, text, offset, pack);
    // Name after the title: "Präsident Donald Trump".
    let k = last + 1;
    while (k - last <= 3 && isNamePart(tokens[k], pack) && tokens[k]!.start - tokens[k - 1]!.end <= 1) k++;
    if (k > last + 1) {
      people.push(person(mention(tokens[last + 1]!, tokens[k - 1]!), role));
      i = k - 1;
      continue;
    }
    const ofBody = nameAfterBody(tokens, last, pack);
    if (ofBody) {
      const body = bodyMention(tokens[last + 2]!, tokens[ofBody.name - 1]!, text, offset);
      people.push(person(mention(tokens[ofBody.name]!, tokens[ofBody.end]!), { ...role, body }));
      i = ofBody.end;
      continue;
    }
    // Name before, as apposition: "Trump, the former president".
    const comma = text.lastIndexOf(',', tokens[i]!.start);
    const before = tokens.filter((t) => t.end <= comma && comma - t.end <= 1);
    const nameEnd = before[before.length - 1];
    if (
      nameEnd &&
      isPersonNamePart(nameEnd, pack) &&
      tokens
        .slice(tokens.indexOf(nameEnd) + 1, i)
        .every((t) => pack.roleGrammar.determiners.has(t.norm) || modifierStatus(t.norm, pack))
    ) {
      let s = tokens.indexOf(nameEnd);
      while (s > 0 && isNamePart(tokens[s - 1], pack) && nameEnd.start - tokens[s - 1]!.end < 40) s--;
      people.push(person(mention(tokens[s]!, nameEnd), role));
    }
  }
  return people;
}

/**
 * A title with its body after a link word, then the name: "Secretary of State Marco Rubio", "Minister of Foreign
 * Affairs Wang Yi". The body's words are capitalised words the language knows; the name follows them, adjacent.
 */
function nameAfterBody(
  tokens: Token[],
  title: number,
  pack: LanguagePack,
): { name: number; end: number } | undefined {
  const link = tokens[title + 1];
  if (!link || !pack.roleGrammar.bodyLinks.has(link.norm) || pack.nounsCapitalized) return undefined;
  const adjacent = (k: number) => tokens[k]!.start - tokens[k - 1]!.end <= 1;
  let k = title + 2;
  while (
    k - title - 2 < 3 &&
    tokens[k]?.capitalized &&
    !tokens[k]!.isStopword &&
    knownWord(tokens[k]!, pack) &&
    adjacent(k)
  )
    k++;
  const name = k;
  if (name === title + 2) return undefined;
  while (k - name < 3 && isNamePart(tokens[k], pack) && adjacent(k)) k++;
  return k > name ? { name, end: k - 1 } : undefined;
}

/**
 * A noun the language's resource knows names a person, right before a name of two words or more, is its title
 * ("Sport-Geschäftsführer Zoran Barisic", "chief medical officer Stephen Hoge"). Where only names take a capital, the
 * title is written small; a word that is itself part of a name ("Joschka Fischer") is not one.
 */
function personNounTitle(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const t = tokens[i]!;
  if (t.isStopword || t.isNumber || t.capitalized !== pack.nounsCapitalized) return false;
  if (isNamePart(tokens[i - 1], pack) && t.start - tokens[i - 1]!.end <= 1) return false;
  const [first, second] = [tokens[i + 1], tokens[i + 2]];
  const adjacent = (a: Token, b: Token) => b.start - a.end <= 1;
  return (
    isNamePart(first, pack) &&
    adjacent(t, first) &&
    isNamePart(second, pack) &&
    adjacent(first, second) &&
    isRoleNoun(t.norm, pack)
  );
}

/** A word is known to the language's lexical database as a noun or an adjective ("French", "health"). */
const knownWord = (t: Token, pack: LanguagePack): boolean =>
  sensesOf(t.norm, 'n', pack).length > 0 || sensesOf(t.norm, 'a', pack).length > 0;

/**
 * A capitalised word before an English title names the body, not the office, when it is a possessive ("TikTok's"),
 * an acronym ("NATO") or no word of the language ("Moderna"); "French Foreign Minister" is all office.
 */
const namesBody = (t: Token, pack: LanguagePack): boolean =>
  isPossessive(t) || /^\p{Lu}[\p{Lu}\d]+$/u.test(t.text) || !knownWord(t, pack);

/**
 * Where an English title begins: words right before it name the office ("Foreign Minister", "chief medical
 * officer") or its body ("Moderna president"); a verb ("said", "reported") or a time ends the title. German
 * compounds carry the office in the title word itself.
 */
function officeStart(
  tokens: Token[],
  first: number,
  pack: LanguagePack,
  timed: (t: Token) => boolean,
): number {
  if (pack.nounsCapitalized) return first;
  let start = first;
  const small = (t: Token) =>
    !/^\p{Lu}/u.test(t.text) &&
    !isReportingVerb(t.norm, pack) &&
    knownWord(t, pack) &&
    !sensesOf(t.norm, 'v', pack).length;
  while (
    start > 0 &&
    first - start < 3 &&
    (/^\p{Lu}/u.test(tokens[start - 1]!.text) || small(tokens[start - 1]!)) &&
    !tokens[start - 1]!.isStopword &&
    !tokens[start - 1]!.isNumber &&
    tokens[start]!.start - tokens[start - 1]!.end <= 1 &&
    !modifierStatus(tokens[start - 1]!.norm, pack) &&
    // "Last week Climate Minister …": a time of the sentence is no word of the office.
    !timed(tokens[start - 1]!)
  )
    start--;
  return start;
}

/**
 * The body a German title names in its first part, where that part is a name ("US-Präsident", "Rapid-Präsident"),
 * not a word of the office ("Sport-Geschäftsführer").
 */
function bodyPrefix(title: Token, offset: number, pack: LanguagePack): Mention | undefined {
  const dash = title.text.indexOf('-');
  if (dash < 2) return undefined;
  const prefix = title.text.slice(0, dash);
  const acronym = /^\p{Lu}[\p{Lu}\d]+$/u.test(prefix);
  if (!acronym && isCommonNoun(prefix.toLowerCase(), pack)) return undefined;
  if (!acronym && affixStatus(`${prefix.toLowerCase()}-`, pack)) return undefined;
  return { start: offset + title.start, end: offset + title.start + dash, text: prefix };
}

function roleAt(
  tokens: Token[],
  first: number,
  last: number,
  text: string,
  offset: number,
  pack: LanguagePack,
): RoleFact {
  const titleToken = tokens[last]!;
  const span = {
    start: offset + tokens[first]!.start,
    end: offset + titleToken.end,
    text: text.slice(tokens[first]!.start, titleToken.end),
  };
  let officeFirst = first;
  while (
    officeFirst < last &&
    /^\p{Lu}/u.test(tokens[officeFirst]!.text) &&
    namesBody(tokens[officeFirst]!, pack)
  )
    officeFirst++;
  const body: Mention | undefined = pack.nounsCapitalized
    ? bodyPrefix(tokens[first]!, offset, pack)
    : officeFirst > first
      ? bodyMention(tokens[first]!, tokens[officeFirst - 1]!, text, offset)
      : undefined;
  const head = withoutAffix(titleToken.norm, pack);
  const office = tokens.slice(officeFirst, last).map((t) => t.norm);
  const title = [...office, head.slice(head.lastIndexOf('-') + 1)].join(' ');
  const told = 'title' as const;
  const base = { ...span, title, told, ...(body ? { body } : {}) };
  const affix = affixStatus(tokens[first]!.norm, pack) ?? affixStatus(titleToken.norm, pack);
  if (affix) return { ...base, status: affix.status, modifier: span };
  // Modifiers stand before the title, perhaps with an article or an organisation between ("der ehemalige US-…").
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tokens[k]!;
    const status = modifierStatus(t.norm, pack);
    if (status) {
      return {
        ...base,
        start: offset + t.start,
        text: text.slice(t.start, titleToken.end),
        status,
        modifier: { start: offset + t.start, end: offset + t.end, text: t.text },
      };
    }
    if (!t.isStopword && !/^\p{Lu}/u.test(t.text) && !inflectedAdjective(t, pack)) break;
  }
  return { ...base, status: 'unmarked' };
}

/**
 * Where nouns take a capital, a small word with an adjective's ending stands between a status and its title: "der
 * frühere katalanische Regionalpräsident".
 */
const inflectedAdjective = (t: Token, pack: LanguagePack): boolean =>
  pack.nounsCapitalized &&
  !t.capitalized &&
  pack.verbGrammar.adjectiveEndings.some((e) => e && t.norm.endsWith(e));

/** The words that name a body, without a possessive ending ("TikTok's" → "TikTok"). */
export function bodyMention(first: Token, last: Token, text: string, offset: number): Mention {
  const end = last.end - (/['’]s$/u.exec(last.text)?.[0].length ?? 0);
  return { start: offset + first.start, end: offset + end, text: text.slice(first.start, end) };
}

export function person(name: Mention, role: RoleFact): PersonFact {
  return { ...name, name: name.text, key: nameKey(name.text), role };
}

/**
 * How a person is found again: the last word of the name, folded, without a possessive ending — "Trump" for "Donald
 * Trump" and "Trump's".
 */
export const nameKey = (name: string): string =>
  fold(
    name
      .split(/\s+/)
      .pop()!
      .replace(/['’]s$/u, ''),
  );

/**
 * "Verhandlungsposition Europas", "Krieg Russlands": a common noun (by its ending, or in the noun lexicon) and a
 * genitive, not a two-word name.
 */
function nounWithGenitive(run: Token[], pack: LanguagePack): boolean {
  const construction = pack.genitiveAttribute;
  if (!construction || run.length !== 2) return false;
  const [noun, genitive] = run as [Token, Token];
  return (
    (construction.nounEndings.some((ending) => noun.norm.endsWith(ending)) ||
      isCommonNoun(noun.norm, pack)) &&
    genitive.norm.endsWith(construction.genitiveEnding)
  );
}

/**
 * Names of people, organisations and places: acronyms (EU, NATO, G7), runs of capitalised words
 * ("Donald Trump", "Münchner Sicherheitskonferenz") and, in English, capitalised words inside a sentence.
 */
/** A word in capitals, or a code that starts with them: "EU", "COVID-19", "SARS-CoV-2". */
const isAcronym = (t: Token | undefined): boolean => !!t && /^\p{Lu}[\p{Lu}\d]+(?:-|$)/u.test(t.text);

/**
 * What the word before a token is: an article or determiner, an attribute (a word in small letters that is no verb:
 * "den ganzen Winter", not "fördert Sport"), or neither.
 */
function precededBy(tokens: Token[], i: number, pack: LanguagePack): 'article' | 'attribute' | undefined {
  const before = tokens[i - 1];
  if (!before || before.isNumber) return undefined;
  if (pack.roleGrammar.determiners.has(before.norm)) return 'article';
  const attribute = !before.capitalized && !before.isStopword && verbReader(pack)(before.norm).length === 0;
  return attribute ? 'attribute' : undefined;
}

/**
 * A place's adjective with a capital where every noun has one ("Europäische", "Französischen"): only a name's first
 * words are written so, and the noun after it belongs to the name.
 */
function placeAdjective(t: Token, pack: LanguagePack): boolean {
  if (!pack.nounsCapitalized || !t.capitalized) return false;
  return !!demonymOf(t.norm, pack) && pack.demonyms.attributiveEndings.some((e) => t.norm.endsWith(e));
}

/** Whether token `i` is part of an era phrase beside a figure ("38 BC", "AD 800"). */
function inEraOfYear(tokens: Token[], i: number, pack: LanguagePack): boolean {
  for (let at = i - 1; at >= Math.max(0, i - 3); at--) {
    const era = tokens[at]!.isNumber ? eraAfter(tokens, at, pack) : undefined;
    if (era && era.first <= i && i <= era.last) return true;
  }
  const next = tokens[i + 1];
  return !!next?.isNumber && pack.eras.leading.includes(tokens[i]!.norm);
}

/**
 * What may stand between two words of one name: a space, or a plural's possessive ("Farmers' Union"), not the
 * closing mark of a quoted word ("'Thanks' Jones said").
 */
export function adjoinsInName(text: string, word: Token, next: Token, offset = 0): boolean {
  const gap = text.slice(offset + word.end, offset + next.start);
  if (/^\s?$/u.test(gap)) return true;
  const quoted = /['‘’]$/u.test(text.slice(0, offset + word.start));
  return !quoted && /s$/u.test(word.text) && /^['’]\s$/u.test(gap);
}

/**
 * A word after a preposition of place that no resource of the language knows, whole or in its last hyphenated part,
 * as a word or a compound, and that no derivational noun ending makes a common noun: "in Landau", "aus Sotschi" (not
 * "in Lockerungen", "aus SpaceX-Raketen").
 */
function placeAfterPreposition(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const before = tokens[i - 1];
  if (!before || before.capitalized) return false;
  // "Bischof von Trier", "Bürgermeister von Landau": the word that joins an office to its body leads a place too.
  const office = pack.roleGrammar.bodyLinks.has(before.norm) && isRoleTitle(tokens[i - 2]?.norm ?? '', pack);
  if (!pack.placePrepositions.has(before.norm) && !office) return false;
  const word = tokens[i]!.norm;
  const last = word.split('-').at(-1)!;
  const known = (w: string) => isWordOfLanguage(w, pack) || isCommonNoun(w, pack);
  const endings = pack.genitiveAttribute?.nounEndings ?? [];
  return (
    !known(word) &&
    !known(last) &&
    !endings.some((ending) => last.endsWith(ending)) &&
    !twoWordsRunTogether(last, pack)
  );
}

/** The shortest word a run-together pair is checked for: "Syrien|bekannt" (a missing space), not "Land|au". */
const RUN_TOGETHER_PART = 4;

/** Two words of the language, or a place and a word, written without the space between them: "Syrienbekannt". */
function twoWordsRunTogether(word: string, pack: LanguagePack): boolean {
  const known = (part: string) => pack.placeNames.has(part) || isWordOfLanguage(part, pack);
  for (let at = RUN_TOGETHER_PART; at <= word.length - RUN_TOGETHER_PART; at++)
    if (known(word.slice(0, at)) && known(word.slice(at))) return true;
  return false;
}

/** A subordinating or coordinating conjunction, which WordNet does not hold as a word. */
const isConjunction = (t: Token, pack: LanguagePack): boolean =>
  pack.verbGrammar.subordinators.has(t.norm) || pack.verbGrammar.coordinators.has(t.norm);

/**
 * The names of a sentence: codes and acronyms, listed places, and runs of capitalised words where the language's
 * grammar makes them no common noun phrase and no sentence-initial capital.
 */
export function findNames(tokens: Token[], text: string, offset: number, pack: LanguagePack): Mention[] {
  const names: Mention[] = [];
  const at = (start: number, end: number) => ({
    start: offset + start,
    end: offset + end,
    text: text.slice(start, end),
  });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isAcronym(t)) {
      const name = acronymName(tokens, i, pack);
      if (name) names.push(at(t.start, t.start + name.length));
      continue;
    }
    if (!isNamePart(t, pack) || opensNoName(tokens, i, pack)) continue;
    // A listed place is a name alone and anywhere: "nach Kiew", "Russland verhängte"; after a preposition of place, so
    // is a word the language does not know ("in Landau", "aus Sotschi").
    if (
      (pack.placeNames.has(t.norm) || placeAfterPreposition(tokens, i, pack)) &&
      !isNamePart(tokens[i + 1], pack)
    ) {
      names.push(at(t.start, t.end));
      continue;
    }
    const k = nameRunEnd(tokens, i, text, pack);
    // An ordinal alone ranks what follows it ("First Vice-President"); it opens a name only with more of it ("First
    // Solar").
    if (k === i && pack.ordinalWords.has(t.norm)) continue;
    const sentenceStart = startsSentence(tokens, i, text, pack);
    // There a run of capitals is a name where its first word is none of the language's words: "Kate Darling
    // forscht", "Angela Merkel said" (not "Neue Studien", "Police Chief Smith").
    const nameAtStart =
      sentenceStart && (k > i || apostropheGenitive(t)) && !t.isStopword && !isWordOfLanguage(t.norm, pack);
    // "After Angela Merkel left", "Because German wine …": a conjunction opens the sentence, the name follows it.
    if (sentenceStart && k > i && isConjunction(t, pack)) continue;
    if (
      (!sentenceStart || nameAtStart) &&
      (k > i || !pack.nounsCapitalized || apostropheGenitive(t) || letterName(t, pack)) &&
      !nounWithGenitive(tokens.slice(i, k + 1), pack)
    ) {
      // "GSK's vaccine" names GSK.
      const end = tokens[k]!.end - (/['’]s$/u.exec(tokens[k]!.text)?.[0].length ?? 0);
      names.push(at(t.start, end));
    }
    i = k;
  }
  return names;
}

/**
 * "Sotheby's", "Christie's", "McDonald's": where every noun has a capital, a word with an apostrophe's "s" is a name,
 * as only names take that genitive (common nouns never do).
 */
const apostropheGenitive = (t: Token): boolean => /^\p{Lu}.*['’]s$/u.test(t.text);

/**
 * "E-Control", "T-Mobile": a capital letter joined by its hyphen to a part no resource of the language knows is a
 * name where every noun has a capital; "U-Bahn", "E-Mail" are words.
 */
const letterName = (t: Token, pack: LanguagePack): boolean =>
  /^\p{Lu}-\p{Lu}/u.test(t.text) &&
  !isWordOfLanguage(t.norm, pack) &&
  !isWordOfLanguage(t.norm.split('-').at(-1)!, pack) &&
  !isCommonNoun(t.norm.split('-').at(-1)!, pack);

/**
 * The name a word in capitals gives, or none: a title ("CEO") or an era beside a year ("38 BC") is none; a code
 * ("SARS-CoV-2", "F-35") is a name whole; "EU-Staaten" and "GÖG-Chef" name the EU and the GÖG, a part that is a word
 * ("Chef") ending the name.
 */
function acronymName(tokens: Token[], i: number, pack: LanguagePack): string | undefined {
  const t = tokens[i]!;
  if (isRoleTitle(t.norm, pack) || inEraOfYear(tokens, i, pack)) return undefined;
  const word = (part: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(part);
  const code = t.text.split('-').every((part) => (part.length <= 4 && !word(part)) || /\d/.test(part));
  return code ? t.text : t.text.split('-')[0]!;
}

/**
 * A capitalised word that opens no name: a noun naming someone by their country after an article ("the Spaniard Sira
 * Rego"); where every noun has a capital, also an inflected common noun ("nach knapp zwei Jahren Corona"), a time
 * before another noun, a common noun heading its phrase, a demonym said of the name.
 */
function opensNoName(tokens: Token[], i: number, pack: LanguagePack): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // One that is an adjective too may be a name's first word ("the American Red Cross").
  if (
    precededBy(tokens, i, pack) === 'article' &&
    isNamePart(next, pack) &&
    isNationalityNoun(t.norm, pack) &&
    !sensesOf(t.norm, 'a', pack).length
  )
    return true;
  if (!pack.nounsCapitalized) return false;
  if (!pack.ordinalWords.has(t.norm) && inflectedCommonNoun(t.norm.split('-').at(-1)!, pack)) return true;
  // "am Morgen Tee", "im Sommer Urlaub": a part of the day or a time of the year before another noun is an adverbial
  // of time, no name's first word.
  const time = pack.dayParts.nouns.has(t.norm) || pack.months.has(t.norm) || pack.seasons.has(t.norm);
  if (time && isNamePart(next, pack)) return true;
  // "den ganzen Winter Kohle", "den Unternehmer Klaus Winter": a noun's lemma after an attribute, or after an article
  // and before a word that is no common noun, heads a common noun phrase; a name may start after it. After an article
  // and before a common noun it may open a name ("der Münchner Sicherheitskonferenz"); before a place it names an
  // institution of the place ("der Universität Köln").
  if (isNamePart(next, pack) && isNounLemma(t.norm, pack)) {
    const before = precededBy(tokens, i, pack);
    if (
      !pack.placeNames.has(next!.norm) &&
      (before === 'attribute' || (before === 'article' && !isCommonNoun(next!.norm.split('-').at(-1)!, pack)))
    )
      return true;
  }
  // "Der Brasilianer Claudemir Baretto": the noun naming someone by their country is said of the name, not part of it.
  // (A one-letter ending is left: "Malte" is a first name, not Malta's.) An adjective with a capital is inside a name:
  // "Europäische Union"; a city's "-er" before a common noun is its adjective, the name's first word: "Münchner
  // Sicherheitskonferenz".
  const demonym = demonymOf(t.norm, pack);
  const attributive = !!next && isNamePart(next, pack) && isCommonNoun(next.norm.split('-').at(-1)!, pack);
  return !!demonym && demonym.ending.length >= 2 && !placeAdjective(t, pack) && !attributive;
}

/**
 * The last token of the name a capitalised word opens. "auf Borneo Menschen": a noun that can only be a common noun
 * starts the next phrase, not the name's next part; after a possessive, a code is a name of its own ("Moderna's
 * COVID-19 vaccines" names Moderna, then COVID-19; "the European Union's Commission" is one body), and where every
 * noun has a capital so is any word ("Sotheby's Auktion": the possessed noun follows the name).
 */
function nameRunEnd(tokens: Token[], i: number, text: string, pack: LanguagePack): number {
  let k = i;
  while (
    !(
      isPossessive(tokens[k]!) &&
      (isAcronym(tokens[k + 1]) || pack.nounsCapitalized || ownName(tokens, k + 1, pack))
    ) &&
    isNamePart(tokens[k + 1], pack) &&
    // "Othmar Karas First Vice-President": an ordinal after a name ranks the title that follows it.
    !pack.ordinalWords.has(tokens[k + 1]!.norm) &&
    adjoinsInName(text, tokens[k]!, tokens[k + 1]!) &&
    // "Covid-19-Impfstoffen": a compound is the kind of word its last part is. After an adjective of place with a
    // capital the noun is the name's: "Europäischen Union".
    (placeAdjective(tokens[k]!, pack) || !onlyCommonNoun(tokens[k + 1]!.norm.split('-').at(-1)!, pack))
  )
    k++;
  return k;
}

/**
 * After a possessive, a run of capitalised words one of which no resource knows is a name of its own ("Bayern
 * Munich's Robert Lewandowski"); words of the language go on the owner's name ("the European Union's Commission").
 */
function ownName(tokens: Token[], from: number, pack: LanguagePack): boolean {
  let to = from;
  while (isNamePart(tokens[to], pack) && !isPossessive(tokens[to]!)) to++;
  return to > from && tokens.slice(from, to).some((t) => !isWordOfLanguage(t.norm, pack));
}

/**
 * Whether a capital at token i says nothing of a name because a sentence starts there: at the start, after an opening
 * quotation mark or a colon (a quoted or announced sentence starts there), or after a wire dateline's dash
 * ("BERLIN, Dec 16 - Optimism reigned", "BRUSSELS, April 4 (Reuters) - NATO …").
 */
function startsSentence(tokens: Token[], i: number, text: string, pack: LanguagePack): boolean {
  if (i === 0) return true;
  const before = text.slice(tokens[i - 1]!.end, tokens[i]!.start);
  const previous = tokens[i - 1];
  const opensQuote = /(?:^|[\s:])[«»„“"‚‘'‹›]$/u.test(before);
  const dateline =
    /\s[-–—]\s+$/u.test(before) &&
    (before.startsWith(')') || !!previous?.isNumber || pack.months.has(previous?.norm ?? ''));
  return opensQuote || dateline || /:\s*$/u.test(before);
}
