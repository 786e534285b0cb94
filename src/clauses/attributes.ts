import type { LanguagePack } from '../lang/pack.js';
import type { TokenizedSentence } from '../text/tokens.js';
import type { ParticipleAttribute } from './types.js';
import { verbReader } from './verb-forms.js';

/** The verb a word is the participle of, its adjective ending taken off ("vorgelegten" → "vorlegen"). */
function participleLemma(word: string, pack: LanguagePack): string | undefined {
  const read = verbReader(pack);
  for (const ending of pack.verbGrammar.adjectiveEndings) {
    if (ending && (!word.endsWith(ending) || word.length <= ending.length + 2)) continue;
    const stem = ending ? word.slice(0, -ending.length) : word;
    const reading = read(stem).find((r) => r.form === 'participle');
    if (reading) return reading.lemma;
  }
  return undefined;
}

/**
 * Participles used as attributes, each with the noun they qualify and what they say of it: planned for a verb of
 * intention ("die geplante Reform", "the proposed law"); announced for a verb of announcement, which leaves open
 * whether the noun is a plan or a deed ("im angekündigten Aktionsplan", but "the announced results"); done for any
 * other ("im vorgelegten Aktionsplan", "the presented plan"). The participle stands after a function word or another
 * attribute and right before its noun.
 */
export function readParticipleAttributes(s: TokenizedSentence, pack: LanguagePack): ParticipleAttribute[] {
  const grammar = pack.verbGrammar;
  const out: ParticipleAttribute[] = [];
  s.tokens.forEach((t, i) => {
    const head = s.tokens[i + 1];
    if (i === 0 || !head || head.isStopword || head.isNumber || t.isStopword || t.capitalized) return;
    if (/[^\s]/.test(s.text.slice(t.end, head.start))) return;
    // Where nouns are capitalized the head shows it; elsewhere the attribute follows a function word.
    if (pack.nounsCapitalized ? !head.capitalized : !s.tokens[i - 1]!.isStopword) return;
    const lemma = participleLemma(t.norm, pack);
    if (!lemma) return;
    const status: ParticipleAttribute['status'] = grammar.intentionVerbs.has(lemma)
      ? 'planned'
      : grammar.announcementVerbs.has(lemma)
        ? 'announced'
        : 'done';
    out.push({
      start: s.start + t.start,
      end: s.start + t.end,
      text: t.text,
      lemma,
      status,
      head: { start: s.start + head.start, end: s.start + head.end, text: head.text, stem: head.stem },
    });
  });
  return out;
}
