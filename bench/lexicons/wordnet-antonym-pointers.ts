/**
 * WordNet's direct (lexical) antonym pointers, read from its data files: the English opposites, and through a
 * German–English dictionary the German ones (wordnet-antonyms.ts, german-antonyms.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The parts of speech whose antonym pointers the packs use (see wordnet-antonyms.ts for why not verbs and nouns). */
export const ANTONYM_PARTS = ['adj', 'adv'] as const;

/** A lexical antonym: two words, each with the words of its sense and of the senses WordNet calls similar to it. */
export interface AntonymSense {
  word: string;
  opposite: string;
  /** The words of the sense the pointer starts from, and of its satellites ("short": "brief", "fleeting", …). */
  cluster: Set<string>;
  oppositeCluster: Set<string>;
}

/** Lexical antonyms of one part of speech, both single lower-case words, each with its sense's cluster. */
export function antonymSenses(dict: string, part: (typeof ANTONYM_PARTS)[number]): AntonymSense[] {
  const lines = readFileSync(join(dict, `data.${part}`), 'utf8').split('\n');
  const synsets = new Map<string, string[]>();
  const similar = new Map<string, string[]>();
  const pointers: { from: string; word: number; to: string; target: number }[] = [];
  for (const line of lines) {
    if (!/^\d{8} /.test(line)) continue;
    const fields = line.split(' | ')[0]!.split(' ');
    const offset = fields[0]!;
    const count = parseInt(fields[3]!, 16);
    const words = Array.from({ length: count }, (_, i) =>
      fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase(),
    );
    synsets.set(offset, words);
    similar.set(offset, []);
    let at = 4 + 2 * count;
    const pointerCount = Number(fields[at++]);
    for (let i = 0; i < pointerCount; i++, at += 4) {
      if (fields[at] === '&') similar.get(offset)!.push(fields[at + 1]!);
      if (fields[at] !== '!') continue;
      const sourceTarget = fields[at + 3]!;
      pointers.push({
        from: offset,
        word: parseInt(sourceTarget.slice(0, 2), 16),
        to: fields[at + 1]!,
        target: parseInt(sourceTarget.slice(2), 16),
      });
    }
  }
  const clusterOf = (offset: string) =>
    new Set([offset, ...(similar.get(offset) ?? [])].flatMap((o) => synsets.get(o) ?? []));
  const single = (w: string | undefined): w is string => !!w && !w.includes('_') && !w.includes('-');
  return pointers.flatMap((p) => {
    const word = synsets.get(p.from)?.[p.word - 1];
    const opposite = synsets.get(p.to)?.[p.target - 1];
    if (!single(word) || !single(opposite)) return [];
    return [{ word, opposite, cluster: clusterOf(p.from), oppositeCluster: clusterOf(p.to) }];
  });
}

/** Lexical antonym pairs of one part of speech: [word, opposite], both single lower-case words. */
export const antonymsIn = (dict: string, part: (typeof ANTONYM_PARTS)[number]): [string, string][] =>
  antonymSenses(dict, part).map((a) => [a.word, a.opposite]);

/**
 * Word pairs as sorted, distinct "stem:stem" pairs (the engine matches words by their stems); pairs whose stems
 * meet ("close"/"close") say nothing.
 */
export function stemPairs(pairs: readonly [string, string][], stemOf: (word: string) => string): string[] {
  const seen = new Set<string>();
  for (const [a, b] of pairs) {
    const [x, y] = [stemOf(a), stemOf(b)].sort() as [string, string];
    if (x !== y) seen.add(`${x}:${y}`);
  }
  return [...seen].sort();
}

/** Pairs joined by spaces into lines under 100 characters, for a generated module. */
export function packedLines(pairs: readonly string[]): string[] {
  const lines: string[] = [''];
  for (const pair of pairs) {
    const last = lines.length - 1;
    if (lines[last]!.length + pair.length >= 100) lines.push(pair);
    else lines[last] = lines[last] ? `${lines[last]} ${pair}` : pair;
  }
  return lines;
}
