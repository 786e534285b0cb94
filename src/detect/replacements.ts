import { diffArrays } from 'diff';
import { verbReader } from '../clauses/verb-forms.js';
import { tokenMention } from '../facts/mention.js';
import type { Mention, SentenceFacts } from '../facts/types.js';
import type { LanguagePack } from '../lang/pack.js';
import { contentTokens, type Token } from '../text/tokens.js';
import type { stemBalance } from './balance.js';
import type { FactPair, RuleContext } from './context.js';

export interface Placed {
  token: Token;
  sentence: SentenceFacts;
}

export const mention = ({ token, sentence }: Placed): Mention => tokenMention(sentence, token);

/** A name, not a common noun: a capital that does not start the sentence (English). */
const nameLike = ({ token, sentence }: Placed, pack: LanguagePack): boolean =>
  !pack.nounsCapitalized && token.capitalized && sentence.tokens[0] !== token;

const meaningful = (run: Placed[]): Placed[] => run.filter((p) => contentTokens([p.token]).length > 0);

/** One place where the rewrite puts other words than the source. */
interface Replacement {
  removed: Placed[];
  added: Placed[];
  /** Every word of the place, function words too. */
  removedAll: Placed[];
  addedAll: Placed[];
  /** Words both sides share stand right beside it. */
  flanked: boolean;
  /** Shared content words stand between it and the replacement before it. */
  apartFromPrevious: boolean;
  /** A shared content word follows it straight away: the head its last words modify ("coffee [drinkers]"). */
  beforeSharedWord: boolean;
}

const placed = (group: SentenceFacts[]): Placed[] =>
  group.flatMap((sentence) => sentence.tokens.map((token) => ({ token, sentence })));

/** The places of a pair where words were replaced, diffed once per pair however many rules ask. */
const replacements = (pair: FactPair, context: RuleContext): Replacement[] =>
  context.memo.of('replacements', pair, () => diffReplacements(pair.source, pair.rewrite));

/** The places of a pair where words were replaced (not only inserted or dropped), by a word diff. */
function diffReplacements(source: SentenceFacts[], rewrite: SentenceFacts[]): Replacement[] {
  const a = placed(source);
  const b = placed(rewrite);
  const chunks = diffArrays(
    a.map((p) => p.token.norm),
    b.map((p) => p.token.norm),
  );
  const out: Replacement[] = [];
  let i = 0;
  let j = 0;
  let sharedSince = false;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k]!;
    const next = chunks[k + 1];
    if (chunk.removed && next?.added) {
      const [removedAll, addedAll] = [a.slice(i, i + chunk.count!), b.slice(j, j + next.count!)];
      out.push({
        removed: meaningful(removedAll),
        added: meaningful(addedAll),
        removedAll,
        addedAll,
        flanked: Boolean(
          (chunks[k - 1] && !chunks[k - 1]!.added) || (chunks[k + 2] && !chunks[k + 2]!.removed),
        ),
        apartFromPrevious: sharedSince,
        beforeSharedWord:
          !!chunks[k + 2] &&
          !chunks[k + 2]!.added &&
          !chunks[k + 2]!.removed &&
          meaningful(a.slice(i + chunk.count!, i + chunk.count! + 1)).length > 0,
      });
      sharedSince = false;
    }
    if (!chunk.added && !chunk.removed && meaningful(a.slice(i, i + chunk.count!)).length) sharedSince = true;
    if (!chunk.added) i += chunk.count!;
    if (!chunk.removed) j += chunk.count!;
  }
  return out;
}

/**
 * Content words put one for one in the same place of a pair, between words both sides share:
 * "the [bond] sale" → "the [loan] sale". Of a replacement of two words, the last is the head. Names and
 * figures are left to their own rules.
 */
export function replacedWords(pair: FactPair, context: RuleContext): { source: Placed; rewrite: Placed }[] {
  const pack = context.pack;
  // Ordinals are figures too: "second" → "third" is the number rule's.
  const common = (run: Placed[]) =>
    run.filter((p) => !p.token.isNumber && !pack.ordinalWords.has(p.token.norm) && !nameLike(p, pack));
  return replacements(pair, context)
    .map((r) => ({ ...r, removed: common(r.removed), added: common(r.added) }))
    .flatMap((r) => {
      if (r.flanked && r.removed.length === 1 && (r.added.length === 1 || r.added.length === 2))
        return [{ source: r.removed[0]!, rewrite: r.added.at(-1)! }];
      // "a country of [coffee] drinkers" → "are [tea] drinkers": in a longer replacement, the two words right before
      // one shared word modify the same head. A verb there governs the word ("links museum objects" → "combines
      // museum objects") and modifies nothing.
      const [was, is] = [r.removed.at(-1), r.added.at(-1)];
      if (!r.beforeSharedWord || !was || !is || was !== r.removedAll.at(-1) || is !== r.addedAll.at(-1))
        return [];
      const verb = (p: Placed) => verbReader(pack)(p.token.norm).length > 0;
      return verb(was) || verb(is) ? [] : [{ source: was, rewrite: is }];
    });
}

/**
 * Content words put one for one after the same two words in a reordered statement, where the word diff sees no
 * place: "mit Karaoke, Pub-Quiz und [Brettspielen]" → "Mit Karaoke, einem Pub-Quiz und [Kartenspielen] vertrieben
 * sich …". After those words the source has only this word that the rewrite says less often, the rewrite only this
 * one that it says more often. One word before is no place: "the vaccine" and "the figures" share only an article.
 */
export function replacedAfterSameWords(
  pair: FactPair,
  context: RuleContext,
  { gained, lost }: ReturnType<typeof stemBalance>,
): { source: Placed; rewrite: Placed }[] {
  const pack = context.pack;
  // Where compounds are written as words apart, a word before another content word may be its modifier ("unmanned
  // [aerial] vehicles"): only words before a function word each, or before the same word, are heads.
  const next = (p: Placed): Token | undefined => p.sentence.tokens[p.sentence.tokens.indexOf(p.token) + 1];
  const heads = (a: Placed, b: Placed): boolean => {
    const [x, y] = [next(a), next(b)];
    return pack.compoundNouns || (!!x && !!y && x.norm === y.norm) || [x, y].every((t) => !t || t.isStopword);
  };
  const candidate = (p: Placed): boolean =>
    contentTokens([p.token]).length > 0 &&
    !p.token.isNumber &&
    !pack.ordinalWords.has(p.token.norm) &&
    !nameLike(p, pack);
  const byWordsBefore = (
    group: SentenceFacts[],
    changed: (stem: string) => boolean,
  ): Map<string, Placed[]> => {
    const out = new Map<string, Placed[]>();
    for (const sentence of group)
      sentence.tokens.forEach((token, i) => {
        const p = { token, sentence };
        if (i < 2 || !changed(token.stem) || !candidate(p)) return;
        const before = `${sentence.tokens[i - 2]!.norm} ${sentence.tokens[i - 1]!.norm}`;
        out.set(before, [...(out.get(before) ?? []), p]);
      });
    return out;
  };
  const was = byWordsBefore(pair.source, lost);
  const is = byWordsBefore(pair.rewrite, gained);
  const out: { source: Placed; rewrite: Placed }[] = [];
  for (const [before, [source, ...moreSource]] of was) {
    const [rewrite, ...moreRewrite] = is.get(before) ?? [];
    if (source && rewrite && !moreSource.length && !moreRewrite.length && heads(source, rewrite))
      out.push({ source, rewrite });
  }
  return out;
}

/**
 * Two words that trade places within a pair, with shared words between them: "from work devices, and …
 * from personal devices" → "from personal devices, and … from work devices". Side by side ("France and
 * Germany" → "Germany and France") they only trade the order of a list. Figures are the number rule's.
 */
export function swappedPlaces(
  pair: FactPair,
  context: RuleContext,
): { first: { source: Placed; rewrite: Placed }; second: { source: Placed; rewrite: Placed } }[] {
  const all = replacements(pair, context);
  // A subordinator ("after", "nachdem") opens a clause: reordered clauses trade no things.
  const thing = (p: Placed) => !p.token.isNumber && !context.pack.verbGrammar.subordinators.has(p.token.norm);
  const single = (r: Replacement) =>
    r.removed.length === 1 && r.added.length === 1 && thing(r.removed[0]!) && thing(r.added[0]!);
  const out: ReturnType<typeof swappedPlaces> = [];
  for (let x = 0; x < all.length; x++)
    for (let y = x + 1; y < all.length; y++) {
      const [p, q] = [all[x]!, all[y]!];
      if (!single(p) || !single(q)) continue;
      if (!all.slice(x + 1, y + 1).some((r) => r.apartFromPrevious)) continue;
      if (p.removed[0]!.token.norm !== q.added[0]!.token.norm) continue;
      if (q.removed[0]!.token.norm !== p.added[0]!.token.norm) continue;
      // "Auf dem Etikett … neben dem Energiegehalt" → "Neben dem Energiegehalt … auf dem Etikett": each word took its
      // own preposition along; the phrases moved, nothing traded its role. Where both places are led alike ("from
      // their work phones … from their personal phones"), the words did trade.
      const movedWithLead =
        leadingWord(p.removed[0]!) !== leadingWord(q.removed[0]!) &&
        ledBySame(p.removed[0]!, q.added[0]!) &&
        ledBySame(q.removed[0]!, p.added[0]!);
      if (movedWithLead) continue;
      out.push({
        first: { source: p.removed[0]!, rewrite: p.added[0]! },
        second: { source: q.removed[0]!, rewrite: q.added[0]! },
      });
    }
  return out;
}

/** The function word leading a word's phrase: the one before it, or before its article ("auf [dem] Etikett"). */
function leadingWord({ token, sentence }: Placed): string | undefined {
  const i = sentence.tokens.indexOf(token);
  const before = sentence.tokens[i - 1];
  const lead = before?.isStopword && sentence.tokens[i - 2]?.isStopword ? sentence.tokens[i - 2] : before;
  return lead?.isStopword ? lead.norm : undefined;
}

/** Whether a word is led by the same function word where the source and where the rewrite say it. */
const ledBySame = (source: Placed, rewrite: Placed): boolean => {
  const lead = leadingWord(source);
  return lead !== undefined && lead === leadingWord(rewrite);
};

/**
 * One word put for another in the same place between shared words, function words included: "stimmte [gegen] das
 * Vorhaben" → "stimmte [für] das Vorhaben".
 */
export function replacedSingleWords(
  pair: FactPair,
  context: RuleContext,
): { source: Placed; rewrite: Placed }[] {
  return replacements(pair, context).flatMap((r) =>
    r.flanked && r.removedAll.length === 1 && r.addedAll.length === 1
      ? [{ source: r.removedAll[0]!, rewrite: r.addedAll[0]! }]
      : [],
  );
}
