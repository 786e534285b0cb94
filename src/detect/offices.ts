import type { LanguagePack } from '../lang/pack.js';
import { masculine } from '../lexicon/person-nouns.js';
import { relateNouns, type Relation } from '../lexicon/relate.js';
import { fold } from '../text/normalize.js';

/**
 * Two titles name the same office, the second (the rewrite's) claiming no rank the first does not give: one is the
 * other or its head ("Außenministerin", "Ministerin"), they are listed as synonyms, the lexicon has their heads for
 * one meaning, or one is vague enough to stand for any ("Chef", "head").
 */
export function sameOffice(a: string, b: string, pack: LanguagePack): boolean {
  // "Erster Vizepräsident", "First Vice-President": a rank the other title does not give is a post of its own; a
  // rank left out only says less.
  const rank = (title: string) => title.split(/[\s-]+/u).find((w) => pack.ordinalWords.has(w));
  if (rank(b) && rank(b) !== rank(a)) return false;
  const [x, y] = [masculine(a, pack), masculine(b, pack)];
  if (x.endsWith(y) || y.endsWith(x)) return true;
  if (servesWhereOtherLeads(a, b, pack)) return false;
  // "Kremlchef", "Parteichef": a vague head in a compound is vague too.
  if ([a, b].some((t) => pack.genericTitles.some((g) => t.endsWith(g)))) return true;
  if (pack.roleSynonyms.some((group) => group.includes(a) && group.includes(b))) return true;
  // "Vorsitzender" and "Vorsitzende", "spokesperson" and "spokeswoman": one word, one meaning. A more general title
  // for the same person ("Betreuer" for "Trainer") is vaguer, not another office.
  const relation = headRelation(a, b, pack);
  return relation === 'same' || relation === 'broader';
}

/** The title's last word is, or (German compounds) ends in, one of a list: "Regierungssprecher" in "sprecher". */
const endsIn = (title: string, list: readonly string[], pack: LanguagePack): boolean => {
  const head = masculine(title.split(' ').at(-1)!, pack);
  return list.some((t) => (pack.compoundNouns ? head.endsWith(t) : head === t));
};

/**
 * One title serves a body (spokesperson, adviser, member) and the other leads one — a head, or any office that is
 * not merely vague ("Leiter" and "Sprecher", "chief executive" and "strategist"): never one post, however close the
 * words ("team leader", "team member").
 */
export function servesWhereOtherLeads(a: string, b: string, pack: LanguagePack): boolean {
  const [sa, sb] = [endsIn(a, pack.servingTitles, pack), endsIn(b, pack.servingTitles, pack)];
  if (sa === sb) return false;
  const other = sa ? b : a;
  const vague = endsIn(other, pack.genericTitles, pack) && !endsIn(other, pack.headTitles, pack);
  return !vague;
}

/**
 * The rewrite's title is a kind of the source's ("Trainer" for "Betreuer"): it says more than the source, but
 * nothing against it — a detail to check, not another office.
 */
export const narrowerOffice = (a: string, b: string, pack: LanguagePack): boolean =>
  headRelation(a, b, pack) === 'narrower';

/**
 * How the last words of two titles relate in the lexicon, where the words before them are the same: "Foreign
 * Minister" and "Defence Minister" share their head but not the office.
 */
function headRelation(a: string, b: string, pack: LanguagePack): Relation {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  if (wa.slice(0, -1).join(' ') !== wb.slice(0, -1).join(' ')) return 'unknown';
  return relateNouns(masculine(wa.at(-1)!, pack), masculine(wb.at(-1)!, pack), pack).relation;
}

/** The shortest head two titles must share to be two offices of one kind: "minister", not "er". */
const HEAD = 5;

/**
 * Two offices of one kind told apart by what they are of: "Außenminister" and "Premierminister", "foreign minister"
 * and "defence minister" share their head and differ in the word before it — unambiguously another office, where
 * two titles of different heads may be two names of one ("Chefdiplomatin", "Außenbeauftragte").
 */
export function siblingOffices(a: string, b: string, pack: LanguagePack): boolean {
  const [x, y] = [masculine(a, pack), masculine(b, pack)];
  if (x.endsWith(y) || y.endsWith(x)) return false;
  let shared = 0;
  while (shared < Math.min(x.length, y.length) && x.at(-1 - shared) === y.at(-1 - shared)) shared++;
  return shared >= HEAD;
}

/**
 * Both titles name a post of their own: each ends in a listed title that is not a vague one ("Innenminister" and
 * "Bundeskanzler", "governor" and "senator"; not "Außenbeauftragte"). Two such posts that are not one office (see
 * `sameOffice`) are two offices, where a title outside the list may only describe ("Experte", "challenger").
 */
export function namedOffices(a: string, b: string, pack: LanguagePack): boolean {
  const named = (title: string) => {
    const word = fold(title.split(' ').at(-1)!);
    const head = word.slice(word.lastIndexOf('-') + 1);
    const listed = pack.roleTitles
      .filter((t) =>
        pack.roleTitleEndings.some((e) => (pack.compoundNouns ? head.endsWith(t + e) : head === t + e)),
      )
      .sort((x, y) => y.length - x.length)[0];
    return !!listed && !pack.genericTitles.includes(listed);
  };
  return named(a) && named(b);
}
