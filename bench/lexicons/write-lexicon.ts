import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The licence lines of a list derived from FreeDict's German–English dictionary and WordNet 3.1. */
export const FREEDICT_AND_WORDNET = [
  '# FreeDict German-English (Ding), (C) 1995-2022 Frank Richter, 2020-2022 Einhard Leichtfuss, GNU GPL 3 or later',
  '# (https://www.gnu.org/licenses/gpl-3.0.html); this list is derived from it under the same licence.',
  '# WordNet 3.1 Copyright 2011 by Princeton University (https://wordnet.princeton.edu/license-and-commercial-use).',
];

/**
 * Writes a generated lexicon to src/lang: its "#" header (what it is, its sources and their licences, the generator),
 * then one entry a line; says on stderr how many entries it holds.
 */
export function writeLexicon(
  outDir: string,
  name: string,
  header: readonly string[],
  lines: readonly string[],
  unit: string,
): void {
  writeFileSync(join(outDir, name), [...header, ...lines].join('\n') + '\n');
  process.stderr.write(`${lines.length} ${unit}\n`);
}
