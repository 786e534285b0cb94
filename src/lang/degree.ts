import type { LanguagePack } from './pack.js';

/** A word's bases without a comparative or superlative ending: "bigger" → "bigg", "big"; "largest" → "larg", "large". */
export function degreeBases(word: string, pack: LanguagePack): string[] {
  return basesBy(word, pack.degreeEndings);
}

/** A comparative's bases without its ending: "stricter" → "strict", "strengeren" → "streng". */
export function comparativeBases(word: string, pack: LanguagePack): string[] {
  const endings = pack.comparison.comparativeEndings;
  return basesBy(
    word,
    pack.degreeEndings.filter(([ending]) => endings.includes(ending)),
  );
}

function basesBy(word: string, endings: LanguagePack['degreeEndings']): string[] {
  const bases: string[] = [];
  for (const [ending, replacement] of endings) {
    if (!word.endsWith(ending) || word.length - ending.length < 3) continue;
    const base = word.slice(0, -ending.length);
    bases.push(base + replacement);
    // "bigger" → "big", "hottest" → "hot"
    if (!replacement && base.at(-1) === base.at(-2)) bases.push(base.slice(0, -1));
  }
  return bases;
}
