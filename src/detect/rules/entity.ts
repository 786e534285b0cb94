import { placeOfDemonym } from '../../lexicon/demonyms.js';
import { tokensMention } from '../../facts/mention.js';
import { isKnownNoun, synonymousNouns, synonymousWords } from '../../lexicon/relate.js';
import { contentTokens } from '../../text/tokens.js';
import { editDistance } from '../../text/edit-distance.js';
import { fold } from '../../text/normalize.js';
import type { Mention, SentenceFacts } from '../../facts/types.js';
import {
  CLOSE_PAIR,
  partOf,
  evidenceIn,
  type ArticleFacts,
  type FactPair,
  type RuleContext,
} from '../context.js';
import { checkablePairs } from '../coverage.js';
import type { FindingDraft } from '../finding.js';
import { swappedKinds, type KindSwap } from '../kinds.js';
import { nameKnown } from '../names.js';
import { mirroredWords } from '../mirrored-words.js';
import { mention, swappedPlaces } from '../replacements.js';
import { defineRule } from '../rule.js';

type MessageId =
  'kindChanged' | 'oneLetterApart' | 'swapped' | 'nameDisplaced' | 'nameChanged' | 'nameNotInSource';
type Draft = FindingDraft<MessageId>;

/**
 * The names of a statement's sentences and its people. A capitalised word of an office ("Climate Minister") is the
 * role's, compared by the role-change rule; the body the office is held in ("Apple CEO") stays a name.
 */
const namesOf = (group: SentenceFacts[]): Mention[] =>
  group.flatMap((s) => [...s.names.filter((n) => !inOffice(s, n)), ...s.people]);

/** Words naming someone or something by a country, as mentions: "Vietnamesin", "tschechische". */
const demonymsOf = (group: SentenceFacts[], context: RuleContext): Mention[] =>
  group.flatMap((s) =>
    s.tokens.filter((t) => !!placeOfDemonym(t.norm, context.pack)).map((t) => tokensMention(s, t, t)),
  );

const inOffice = (s: SentenceFacts, n: Mention): boolean =>
  s.people.some(
    ({ role }) =>
      !!role &&
      role.start <= n.start &&
      n.end <= role.end &&
      !(role.body && role.body.start <= n.start && n.end <= role.body.end),
  );

/** A person, organisation or place the source does not name, put where the source named another. */
export const entity = defineRule({
  meta: {
    id: 'entity',
    description:
      'A person, organisation, place or kind of thing is substituted, or named where the source names none',
    defaultSeverity: 'high',
    section: 'findings',
    messages: {
      kindChanged:
        'Thing changed: source says "{{source}}", rewrite says "{{rewrite}}" in its place, another {{kind}} ({{resource}}).',
      oneLetterApart:
        'Thing changed or spelling mended: source says "{{source}}", rewrite says "{{rewrite}}", one letter apart, and neither is listed as a word of its own ({{resource}}); check which is meant.',
      swapped:
        'Swapped: source says "{{source}}" first and "{{other}}" later, rewrite says them the other way round.',
      nameDisplaced:
        'Name changed: source names "{{source}}" here, rewrite names "{{rewrite}}", whom or which the source names only elsewhere.',
      nameChanged: 'Name changed: source names "{{source}}", rewrite names "{{rewrite}}".',
      nameNotInSource:
        'Name not in the source: rewrite names "{{rewrite}}", whom or which the source never mentions.',
    } satisfies Record<MessageId, string>,
  },
  check(context: RuleContext) {
    return checkablePairs(context).flatMap((pair) => {
      const swaps = swappedKinds(pair, context);
      return [
        ...kindSwaps(pair, swaps, context),
        ...swapsOnce(placeSwaps(pair, context), mirrorSwaps(pair, context)),
        ...names(pair, swaps, context),
      ];
    });
  },
});

const between = (pair: FactPair, from: Mention, to: Mention) => ({
  data: { source: from.text, rewrite: to.text },
  source: evidenceIn(pair.source, from),
  rewrite: evidenceIn(pair.rewrite, to),
});

/**
 * "bond" → "loan": another kind of thing in the same place. Two compounds one letter apart that the resource knows
 * only by their parts ("Nachgastronomie", "Nachtgastronomie") may be a typo mended as well as a change: low. So is a
 * compound folded from the source's own phrase ("Umsatzanteil … am Markt" → "Marktanteil"), and so is a list member
 * only the list tells the kind of.
 */
const kindSwaps = (pair: FactPair, swaps: KindSwap[], context: RuleContext): Draft[] =>
  swaps.map((swap) => {
    const data = {
      source: swap.source.text,
      rewrite: swap.rewrite.text,
      kind: swap.relation.via ?? 'kind of thing',
      resource: swap.relation.resource ?? 'lexicon',
    };
    const evidence = between(pair, swap.source, swap.rewrite);
    return spelling(swap.source.text, swap.rewrite.text, context)
      ? { messageId: 'oneLetterApart', severity: 'low', confidence: 0.3, ...evidence, data }
      : {
          messageId: 'kindChanged',
          // A country for another, each known by its people or adjective, is as plain as a name changed.
          severity:
            swap.folded || swap.tentative ? 'low' : swap.relation.via === 'country' ? 'high' : 'medium',
          confidence: swap.folded || swap.tentative ? 0.3 : 0.5,
          ...evidence,
          data,
        };
  });

const spelling = (source: string, rewrite: string, context: RuleContext): boolean => {
  const [a, b] = [fold(source), fold(rewrite)];
  return editDistance(a, b) === 1 && !isKnownNoun(a, context.pack) && !isKnownNoun(b, context.pack);
};

/**
 * Two words that can mean the same trade no facts when they trade places: "a construction site … before building" →
 * "a building site … before construction"; "around 1.5 million … some 300" → "some 1.5 million … around 300".
 */
const synonymSwap = (a: string, b: string, context: RuleContext): boolean =>
  synonymousWords(fold(a), fold(b), context.pack);

/** "work … personal" → "personal … work": two words trade places. */
const placeSwaps = (pair: FactPair, context: RuleContext): Draft[] =>
  swappedPlaces(pair, context)
    .filter((swap) => !synonymSwap(swap.first.source.token.norm, swap.second.source.token.norm, context))
    .map((swap) => ({
      messageId: 'swapped',
      data: { source: swap.first.source.token.text, other: swap.second.source.token.text },
      severity: 'medium',
      confidence: 0.55,
      source: evidenceIn(pair.source, mention(swap.first.source)),
      rewrite: evidenceIn(pair.rewrite, mention(swap.first.rewrite)),
    }));

/** A swap both readers see is reported once, as the word diff's. */
const swapsOnce = (byDiff: Draft[], byMirror: Draft[]): Draft[] => [
  ...byDiff,
  ...byMirror.filter(
    (m) => !byDiff.some((d) => d.source!.start >= m.source!.start && d.source!.start < m.source!.end),
  ),
];

/** "für Jorginho vor Messi" → "für Messi vor Jorginho": two words trade places in the same frame. */
const mirrorSwaps = (pair: FactPair, context: RuleContext): Draft[] =>
  mirroredWords(pair, context.pack)
    .filter((swap) => !synonymSwap(swap.first, swap.second, context))
    .map((swap) => ({
      messageId: 'swapped',
      data: { source: swap.first, other: swap.second },
      severity: 'medium',
      confidence: 0.6,
      source: evidenceIn(pair.source, swap.source),
      rewrite: evidenceIn(pair.rewrite, swap.rewrite),
    }));

/**
 * A one-word "name" the lexical resource knows as a common noun meaning what a word of the source's statement means:
 * "TV" for "television", "Pkw" for "Auto"; in a compound, the compound ("TV-Sender" for "Fernsehsender"). Written in
 * capitals, it is still no one's name.
 */
function commonNounOfSource(name: Mention, pair: FactPair, context: RuleContext): boolean {
  const word = fold(name.text);
  if (/\s/.test(word)) return false;
  const compound = pair.rewrite
    .flatMap((s) => s.tokens.filter((t) => s.start + t.start <= name.start && name.end <= s.start + t.end))
    .map((t) => t.norm);
  const words = new Set([word, ...compound]);
  return pair.source.some((s) =>
    contentTokens(s.tokens).some(
      (t) => !t.isNumber && [...words].some((w) => t.norm !== w && synonymousNouns(t.norm, w, context.pack)),
    ),
  );
}

/** The places a statement gives by name or by a demonym ("Brasilien", "die Brasilianerin", "amerikanische"). */
const placesOf = (group: SentenceFacts[], context: RuleContext): ReadonlySet<string> => {
  const places = new Set<string>();
  for (const s of group)
    for (const t of s.tokens) {
      if (context.pack.placeNames.has(t.norm)) places.add(t.norm);
      const place = placeOfDemonym(t.norm, context.pack);
      if (place) places.add(place);
    }
  return places;
};

/**
 * A country the rewrite's statement gives by its people or its adjective where its source statement gives another
 * so and not this one: "die britische Frauenrechtlerin" where the source says "amerikanische". Where demonyms are
 * written small, no name reader sees them.
 */
const newDemonymsOf = (pair: FactPair, swaps: KindSwap[], context: RuleContext): Mention[] => {
  // Told only where the statement's source gives another place, so ("amerikanische") or by name ("in Italien" → "die
  // Spanier"): a country code or a region the source gives instead ("NOR" for "Norweger") is no other country.
  if (!lostPlaces(pair, context).length) return [];
  const inSource = placesOf(pair.source, context);
  return demonymsOf(pair.rewrite, context).filter(
    (d) =>
      !swaps.some((swap) => swap.rewrite.start === d.start) &&
      !inSource.has(placeOfDemonym(fold(d.text), context.pack)!),
  );
};

/** The places the source statement gives, by name or by a demonym, that the rewrite gives nowhere. */
const lostPlaces = (pair: FactPair, context: RuleContext): string[] => {
  const inRewrite = context.rewrite.memo.get('places', () => placesOf(context.rewrite.sentences, context));
  return [...placesOf(pair.source, context)].filter((place) => !inRewrite.has(place));
};

/** Names of the rewrite's statement the source never gives: each replacing a lost one, or new. */
function names(pair: FactPair, swaps: KindSwap[], context: RuleContext): Draft[] {
  const newNames = [
    ...namesOf(pair.rewrite).filter(
      (n) => !nameKnown(n.text, context.source) && !commonNounOfSource(n, pair, context),
    ),
    ...newDemonymsOf(pair, swaps, context),
  ];
  if (!newNames.length) {
    const swap = swappedName(pair, context);
    return swap
      ? [
          {
            messageId: 'nameDisplaced',
            severity: 'medium',
            confidence: 0.55,
            ...between(pair, swap.source, swap.rewrite),
          },
        ]
      : [];
  }
  // A country the source gives by its people's or its adjective ("die Vietnamesin") is a name it gives too.
  const lost = [...namesOf(pair.source), ...demonymsOf(pair.source, context)].filter(
    (n) => !nameKnown(n.text, context.rewrite),
  );
  const seen = new Set<string>();
  const findings: Draft[] = [];
  for (const n of newNames) {
    if (seen.has(fold(n.text))) continue;
    seen.add(fold(n.text));
    // A country's people or adjective replaces one of the source's, before any other name.
    const demonym = placeOfDemonym(fold(n.text), context.pack) !== undefined;
    const byCountry = demonym ? lost.findIndex((l) => placeOfDemonym(fold(l.text), context.pack)) : -1;
    const replaced = byCountry >= 0 ? lost.splice(byCountry, 1)[0] : lost.shift();
    findings.push(
      replaced
        ? { messageId: 'nameChanged', severity: 'high', confidence: 0.75, ...between(pair, replaced, n) }
        : {
            messageId: 'nameNotInSource',
            data: { rewrite: n.text },
            severity: 'medium',
            confidence: 0.5,
            rewrite: evidenceIn(pair.rewrite, n),
          },
    );
  }
  return findings;
}

/**
 * In a closely matching pair, a name the rewrite's statement gives that the source statement does not,
 * where the source statement names someone the rewrite's does not: "with Merck" → "with Pfizer", Pfizer
 * being named elsewhere in the source.
 */
function swappedName(
  pair: FactPair,
  context: RuleContext,
): { source: Mention; rewrite: Mention } | undefined {
  if (pair.score < CLOSE_PAIR) return undefined;
  // The same tests as for a whole article, on one statement: "EU" is in "Europäischen Union".
  const statement = (side: ArticleFacts, group: SentenceFacts[]) =>
    context.memo.of('statement', group, () => partOf(side, group));
  const inSource = statement(context.source, pair.source);
  const inRewrite = statement(context.rewrite, pair.rewrite);
  const added = namesOf(pair.rewrite).find((n) => !nameKnown(n.text, inSource));
  const dropped = namesOf(pair.source).find((n) => !nameKnown(n.text, inRewrite));
  if (!added || !dropped) return undefined;
  // A quotation given to another speaker is the attribution rule's to tell, with the quote as evidence.
  if (speaks(pair.rewrite, added) && speaks(pair.source, dropped)) return undefined;
  return { source: dropped, rewrite: added };
}

const speaks = (group: SentenceFacts[], n: Mention): boolean =>
  group.some((s) => s.quotes.some((q) => !!q.speaker && q.speaker.start < n.end && n.start < q.speaker.end));
