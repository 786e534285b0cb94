import type { LanguagePack, RoleStatus } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { derived } from '../lang/derived.js';
import { isCommonNoun, onlyCommonNoun } from '../lexicon/thesaurus-relation.js';
import { tokensMention } from './mention.js';
import type { Mention, PersonFact, RoleFact } from './types.js';

/** Answers already given, per pack: the same words recur in every sentence. */
const titleAnswers = (_pack: LanguagePack): Map<string, boolean> => new Map();

/** Whether a folded word is a role title ("us-präsidenten", "chefdiplomatin", "president-elect"). */
export function isRoleTitle(norm: string, pack: LanguagePack): boolean {
  const answers = derived(pack, titleAnswers);
  let known = answers.get(norm);
  if (known === undefined) answers.set(norm, (known = titleHead(norm, pack)));
  return known;
}

/** The word without a status affix ("ex-", "-elect"): the title it carries. */
function withoutAffix(norm: string, pack: LanguagePack): string {
  const affix = affixStatus(norm, pack)?.affix;
  if (!affix) return norm;
  return affix.endsWith('-') ? norm.slice(affix.length) : norm.slice(0, -affix.length);
}

function titleHead(norm: string, pack: LanguagePack): boolean {
  const bare = withoutAffix(norm, pack);
  const head = bare.slice(bare.lastIndexOf('-') + 1);
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
function affixStatus(norm: string, pack: LanguagePack): { status: RoleStatus; affix: string } | undefined {
  for (const [modifier, status] of pack.roleModifiers) {
    if (modifier.endsWith('-') && norm.startsWith(modifier)) return { status, affix: modifier };
    if (modifier.startsWith('-') && norm.endsWith(modifier)) return { status, affix: modifier };
  }
  return undefined;
}

const isNamePart = (t: Token | undefined, pack: LanguagePack): t is Token =>
  !!t &&
  t.capitalized &&
  !t.isStopword &&
  !t.isNumber &&
  !isRoleTitle(t.norm, pack) &&
  !/^\p{Lu}+$/u.test(t.text) &&
  !pack.months.has(t.norm) &&
  !pack.weekdays.has(t.norm);

/** People named with a role title: "US-Präsident Donald Trump", "former President Trump", "Trump, the former president". */
export function findPeople(tokens: Token[], text: string, offset: number, pack: LanguagePack): PersonFact[] {
  const people: PersonFact[] = [];
  const mention = (a: Token, b: Token): Mention => tokensMention({ start: offset, text }, a, b);
  for (let i = 0; i < tokens.length; i++) {
    if (!isRoleTitle(tokens[i]!.norm, pack)) continue;
    let last = i;
    while (
      tokens[last + 1] &&
      isRoleTitle(tokens[last + 1]!.norm, pack) &&
      tokens[last + 1]!.start - tokens[last]!.end <= 1
    )
      last++;
    const role = roleAt(tokens, officeStart(tokens, i, pack), last, text, offset, pack);
    // Name after the title: "Präsident Donald Trump".
    let k = last + 1;
    while (k - last <= 3 && isNamePart(tokens[k], pack) && tokens[k]!.start - tokens[k - 1]!.end <= 1) k++;
    if (k > last + 1) {
      people.push(person(mention(tokens[last + 1]!, tokens[k - 1]!), role));
      i = k - 1;
      continue;
    }
    // Name before, as apposition: "Trump, the former president".
    const comma = text.lastIndexOf(',', tokens[i]!.start);
    const before = tokens.filter((t) => t.end <= comma && comma - t.end <= 1);
    const nameEnd = before[before.length - 1];
    if (
      nameEnd &&
      isNamePart(nameEnd, pack) &&
      tokens.slice(tokens.indexOf(nameEnd) + 1, i).every((t) => t.isStopword || modifierStatus(t.norm, pack))
    ) {
      let s = tokens.indexOf(nameEnd);
      while (s > 0 && isNamePart(tokens[s - 1], pack) && nameEnd.start - tokens[s - 1]!.end < 40) s--;
      people.push(person(mention(tokens[s]!, nameEnd), role));
    }
  }
  return people;
}

/**
 * Where an English title begins: capitalised words right before it name the office ("Foreign Minister",
 * "French Defence Minister"). German compounds carry the office in the title word itself.
 */
function officeStart(tokens: Token[], first: number, pack: LanguagePack): number {
  if (pack.nounsCapitalized) return first;
  let start = first;
  while (
    start > 0 &&
    first - start < 2 &&
    /^\p{Lu}/u.test(tokens[start - 1]!.text) &&
    !tokens[start - 1]!.isStopword &&
    tokens[start]!.start - tokens[start - 1]!.end <= 1 &&
    !modifierStatus(tokens[start - 1]!.norm, pack)
  )
    start--;
  return start;
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
  const head = titleToken.norm.replace(/^(ex|then|alt)-/, '').replace(/-elect$/, '');
  const office = tokens.slice(first, last).map((t) => t.norm);
  const title = [...office, head.slice(head.lastIndexOf('-') + 1)].join(' ');
  const affix = affixStatus(tokens[first]!.norm, pack) ?? affixStatus(titleToken.norm, pack);
  if (affix) return { ...span, title, status: affix.status, modifier: span };
  // Modifiers stand before the title, perhaps with an article or an organisation between ("der ehemalige US-…").
  for (let k = first - 1; k >= Math.max(0, first - 3); k--) {
    const t = tokens[k]!;
    const status = modifierStatus(t.norm, pack);
    if (status) {
      return {
        ...span,
        start: offset + t.start,
        text: text.slice(t.start, titleToken.end),
        title,
        status,
        modifier: { start: offset + t.start, end: offset + t.end, text: t.text },
      };
    }
    if (!t.isStopword && !/^\p{Lu}/u.test(t.text)) break;
  }
  return { ...span, title, status: 'unmarked' };
}

function person(name: Mention, role: RoleFact): PersonFact {
  const words = name.text.split(/\s+/);
  return { ...name, name: name.text, key: words[words.length - 1]!.toLowerCase().replace(/ß/g, 'ss'), role };
}

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
export function findNames(tokens: Token[], text: string, offset: number, pack: LanguagePack): Mention[] {
  const names: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const acronym = /^\p{Lu}[\p{Lu}\d]+(?:-|$)/u.test(t.text) && !/^\d/.test(t.text);
    if (acronym) {
      // A code ("SARS-CoV-2", "F-35") is a name whole; "EU-Staaten" and "GÖG-Chef" name the EU and the GÖG: a
      // part that is a word ("Chef") ends the name.
      const word = (part: string) => /^\p{Lu}\p{Ll}{2,}$/u.test(part);
      const code = t.text.split('-').every((part) => (part.length <= 4 && !word(part)) || /\d/.test(part));
      const name = code ? t.text : t.text.split('-')[0]!;
      names.push({ start: offset + t.start, end: offset + t.start + name.length, text: name });
      continue;
    }
    if (!isNamePart(t, pack)) continue;
    // A listed place is a name alone and anywhere: "nach Kiew", "Russland verhängte".
    if (pack.placeNames.has(t.norm) && !isNamePart(tokens[i + 1], pack)) {
      names.push({ start: offset + t.start, end: offset + t.end, text: t.text });
      continue;
    }
    let k = i;
    // "auf Borneo Menschen": a noun that can only be a common noun starts the next phrase, not the name's next part.
    while (
      isNamePart(tokens[k + 1], pack) &&
      tokens[k + 1]!.start - tokens[k]!.end <= 1 &&
      !onlyCommonNoun(tokens[k + 1]!.norm, pack)
    )
      k++;
    // A capital at the start of a sentence says nothing, nor after an opening quotation mark or a colon (a quoted
    // or announced sentence starts there); in German every noun has one.
    const before = i === 0 ? '' : text.slice(tokens[i - 1]!.end, t.start);
    const opensQuote = /(?:^|[\s:])[«»„“"‚‘'‹›]$/u.test(before);
    const sentenceStart = i === 0 || opensQuote || /:\s*$/u.test(before);
    if (
      !sentenceStart &&
      (k > i || !pack.nounsCapitalized) &&
      !nounWithGenitive(tokens.slice(i, k + 1), pack)
    ) {
      // "GSK's vaccine" names GSK.
      const end = tokens[k]!.end - (/['’]s$/u.exec(tokens[k]!.text)?.[0].length ?? 0);
      names.push({ start: offset + t.start, end: offset + end, text: text.slice(t.start, end) });
    }
    i = k;
  }
  return names;
}
