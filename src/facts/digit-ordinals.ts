import type { LanguagePack } from '../lang/pack.js';
import type { Token } from '../text/tokens.js';

/** An ordinal written with digits: "15th" (two tokens), "15." (the full stop is no token). */
export function ordinalAt(
  tokens: Token[],
  at: number,
  text: string,
  pack: LanguagePack,
): { value: number; last: number; end: number } | undefined {
  const t = tokens[at];
  if (!t?.isNumber || !/^\d{1,2}$/.test(t.text)) return undefined;
  const after = text.slice(t.end);
  const suffix = pack.centuries.ordinalSuffixes.find(
    (s) => after.startsWith(s) && !/^\p{L}/u.test(after.slice(s.length)),
  );
  if (suffix === undefined) return undefined;
  const glued = tokens[at + 1]?.start === t.end && /^\p{L}/u.test(suffix);
  return { value: Number(t.text), last: glued ? at + 1 : at, end: t.end + suffix.length };
}
