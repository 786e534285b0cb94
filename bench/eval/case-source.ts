import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJsonl } from './jsonl.js';

/**
 * Where a case's source article lives when the case does not carry a copy: a row of one of the data folder's
 * corpora. The held-out set in the repository points at its sources this way, because the data may not be copied
 * into the project.
 */
interface SourceReference {
  corpus: string;
  id: string;
  /** `original` (a list of sentences, APA-RST) or `doc` (one text, SummEdits). */
  field: 'original' | 'doc';
  /** Sentence indices that open a paragraph, for corpora that keep sentences and drop paragraphs. */
  paragraphs?: number[];
  /** The first and last sentence (indices, both kept) of the excerpt a case rewrites, where it rewrites only part. */
  sentences?: [number, number];
}

type Row = Record<string, unknown>;

/** A case's source text: its `source.txt`, or the corpus row its `source.json` names, read from the data folder. */
export function caseSource(caseDir: string, data: string): string {
  const copy = join(caseDir, 'source.txt');
  if (existsSync(copy)) return readFileSync(copy, 'utf8');
  const ref = JSON.parse(readFileSync(join(caseDir, 'source.json'), 'utf8')) as SourceReference;
  const row = readJsonl<Row>(join(data, ref.corpus)).find((r) => r.pair_id === ref.id || r.id === ref.id);
  if (!row) throw new Error(`${caseDir}: ${ref.id} is not in ${ref.corpus}`);
  const value = row[ref.field];
  if (!Array.isArray(value)) return String(value);
  const [first, last] = ref.sentences ?? [0, value.length - 1];
  return joinSentences(value as string[], first, last, ref.paragraphs ?? [first]);
}

function joinSentences(sentences: string[], first: number, last: number, openers: number[]): string {
  const starts = new Set(openers);
  let text = '';
  for (let i = first; i <= last; i++)
    text += (i === first ? '' : starts.has(i) ? '\n\n' : ' ') + sentences[i]!;
  return text;
}
