import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';
import { ordinalAt } from './digit-ordinals.js';
import type { TimeFact, TimePart } from './types.js';

/** How many words may stand between two centuries joined by "or"/"und": "Ende des 15. oder Anfang des 16.". */
const COORDINATED_REACH = 4;

/**
 * Centuries, with the part of one where it is named: "im 15. Jahrhundert", "Ende des 15. oder Anfang des 16.
 * Jahrhunderts", "the late 15th or early 16th century", "the end of the 15th century". The value is the century's
 * number; its ordinal is a time, not a figure.
 */
export function findCenturies(tokens: Token[], text: string, offset: number, pack: LanguagePack): TimeFact[] {
  const out: TimeFact[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const joined = partJoined(tokens, i, pack);
    if (joined) {
      out.push({ ...century(tokens, i, tokens[i + 1]!.end, joined.value, text, offset), part: joined.part });
      i++;
      continue;
    }
    const ordinal = ordinalAt(tokens, i, text, pack);
    if (!ordinal) continue;
    const noun = tokens[ordinal.last + 1];
    if (noun && pack.centuries.nouns.includes(noun.norm)) {
      out.push(century(tokens, i, noun.end, ordinal.value, text, offset));
      i = ordinal.last + 1;
      continue;
    }
    // "the late 15th or early 16th century": the first ordinal shares the second's noun.
    if (!noun || !pack.verbGrammar.coordinators.has(noun.norm)) continue;
    for (let j = ordinal.last + 2; j <= ordinal.last + 1 + COORDINATED_REACH; j++) {
      const next = ordinalAt(tokens, j, text, pack);
      if (!next) continue;
      const shared = tokens[next.last + 1];
      if (shared && pack.centuries.nouns.includes(shared.norm))
        out.push(century(tokens, i, ordinal.end, ordinal.value, text, offset));
      break;
    }
  }
  return out;
}

/** The century from its ordinal to `end`, an offset in the sentence; the part before it is read with the other times'. */
function century(
  tokens: Token[],
  first: number,
  end: number,
  value: number,
  text: string,
  offset: number,
): TimeFact {
  const from = tokens[first]!.start;
  return {
    start: offset + from,
    end: offset + end,
    text: text.slice(from, end),
    kind: 'century',
    value: String(value),
  };
}

/** "the mid-19th century": a part of a century joined to its ordinal, the century's noun after it. */
function partJoined(
  tokens: Token[],
  at: number,
  pack: LanguagePack,
): { value: number; part: TimePart } | undefined {
  const m = /^(\p{L}+)-(\d{1,2})(\p{L}*)$/u.exec(tokens[at]!.text);
  const part = m && pack.timeParts.words.get(m[1]!.toLowerCase());
  const noun = tokens[at + 1];
  if (!m || !part || !noun || !pack.centuries.nouns.includes(noun.norm)) return undefined;
  if (m[3] && !pack.centuries.ordinalSuffixes.includes(m[3].toLowerCase())) return undefined;
  return { value: Number(m[2]), part };
}
