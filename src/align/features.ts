import { languagePack } from '../lang/index.js';
import { contentTokens, tokenize, type Token } from '../text/tokens.js';
import type { Language } from '../types.js';

/** What the aligner compares of one sentence. */
export interface SentenceFeatures {
  tokens: Token[];
  /** Content stems with their counts. */
  stems: Map<string, number>;
  /** Content words folded, for character n-gram matching of compounds and variants. */
  words: string[];
  wordSet: ReadonlySet<string>;
  /** Folded content text, for whole-sentence character similarity. */
  folded: string;
  /** Numbers, acronyms and quoted words: strong evidence of the same statement. */
  anchors: Set<string>;
}

export function sentenceFeatures(
  text: string,
  language: Language,
  tokens: Token[] = tokenize(text, language),
): SentenceFeatures {
  const pack = languagePack(language);
  const content = contentTokens(tokens);
  const stems = new Map<string, number>();
  for (const t of content) stems.set(t.stem, (stems.get(t.stem) ?? 0) + 1);
  const anchors = new Set<string>();
  content.forEach((t, i) => {
    if (t.isNumber || /^\p{Lu}{2,}/u.test(t.text)) anchors.add(t.norm);
    // In English a capital inside the sentence marks a name; German capitalises every noun.
    else if (!pack.nounsCapitalized && t.capitalized && i > 0 && tokens[0] !== t) anchors.add(t.norm);
  });
  const words = content.map((t) => t.norm);
  return { tokens, stems, words, wordSet: new Set(words), folded: words.join(' '), anchors };
}

/** Inverse document frequency over the sentences of both articles. */
export function inverseDocumentFrequency(all: SentenceFeatures[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const f of all) for (const s of f.stems.keys()) df.set(s, (df.get(s) ?? 0) + 1);
  const n = all.length;
  const idf = new Map<string, number>();
  for (const [s, d] of df) idf.set(s, Math.log((n + 1) / (d + 0.5)));
  return idf;
}

/** Merges the features of several sentences (a 1:n or n:1 group). */
export function mergeFeatures(parts: SentenceFeatures[]): SentenceFeatures {
  if (parts.length === 1) return parts[0]!;
  const stems = new Map<string, number>();
  for (const p of parts) for (const [s, c] of p.stems) stems.set(s, (stems.get(s) ?? 0) + c);
  const words = parts.flatMap((p) => p.words);
  return {
    tokens: parts.flatMap((p) => p.tokens),
    stems,
    words,
    wordSet: new Set(words),
    folded: parts.map((p) => p.folded).join(' '),
    anchors: new Set(parts.flatMap((p) => [...p.anchors])),
  };
}
