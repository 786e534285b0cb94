/**
 * Reads a FreeDict dictionary as Debian's `dict-freedict-*` packages install it for dictd: an index of
 * "headword<TAB>offset<TAB>length" lines (numbers in dictd's base 64) and a dictzip file (gzip-compatible) of entries.
 * Each entry is one sense: a headword line with its part of speech in angle brackets, then a line of translations.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

const dictdNumber = (s: string): number => [...s].reduce((n, c) => n * 64 + DIGITS.indexOf(c), 0);

/** One sense of a headword: its part of speech and its translations, each with theirs. */
export interface DictSense {
  headword: string;
  /** The part of speech of the headword ("adj", "adv", "n", "v"), or "" where the entry gives none. */
  part: string;
  translations: { term: string; part: string }[];
}

/** "<adj>" → "adj", "<masc, n, sg>" → "n": the word class among a tag's fields. */
function partOf(tag: string | undefined): string {
  const fields = (tag ?? '').split(',').map((f) => f.trim());
  return fields.find((f) => ['adj', 'adv', 'n', 'v', 'prep', 'conj', 'pron', 'num'].includes(f)) ?? '';
}

/** "increase <n>, rise <n> [formal]" → its terms with their tags; labels in square brackets dropped. */
export function translationsOf(line: string): { term: string; part: string }[] {
  return line
    .replace(/\[[^\]]*\]/g, '')
    .split(/,\s*/)
    .map((chunk) => {
      const tag = /<([^>]*)>/.exec(chunk)?.[1];
      return { term: chunk.replace(/<[^>]*>/g, '').trim(), part: partOf(tag) };
    })
    .filter((t) => t.term);
}

/** One entry's text as a sense: its first line's headword and tag, its second line's translations. */
export function senseOf(entry: string): DictSense | undefined {
  const [head, translations] = entry.split('\n');
  if (!head || !translations) return undefined;
  const headword = head.replace(/\s*\/.*$/, '').trim();
  return {
    headword,
    part: partOf(/<([^>]*)>\s*$/.exec(head)?.[1]),
    translations: translationsOf(translations),
  };
}

/** Every entry of a dictionary once (the index lists an entry under each of its words). */
export function dictSenses(indexPath: string, dictPath: string): DictSense[] {
  const dict = gunzipSync(readFileSync(dictPath));
  const seen = new Set<number>();
  const senses: DictSense[] = [];
  for (const line of readFileSync(indexPath, 'utf8').split('\n')) {
    const [, offset, length] = line.split('\t');
    if (!offset || !length) continue;
    const at = dictdNumber(offset);
    if (seen.has(at)) continue;
    seen.add(at);
    const sense = senseOf(dict.subarray(at, at + dictdNumber(length)).toString('utf8'));
    if (sense) senses.push(sense);
  }
  return senses;
}
