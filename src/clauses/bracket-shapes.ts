import type { LanguagePack } from '../lang/pack.js';
import type { VerbReading } from '../lang/verb-lexicon.js';
import type { TokenizedSentence } from '../text/tokens.js';
import { finiteAuxiliary } from './verb-words.js';

/**
 * Readings for words the verb lexicon lacks ("verfünffacht", "digitalisieren"), where the verb bracket shows them
 * to be verbs: the word closes a bracket that a finite auxiliary or modal opened earlier in the same stretch
 * without a comma, or stands right before the finite auxiliary that closes a subordinate clause; and it has the
 * shape of a participle ("ver…t", "…iert") or an infinitive ("…en"). The lexicon's readings stand wherever it has
 * any.
 */
export function readBracketShapes(
  s: TokenizedSentence,
  readings: (readonly VerbReading[])[],
  auxiliaries: ReadonlySet<string>,
  pack: LanguagePack,
): (readonly VerbReading[])[] {
  const shapes = pack.verbGrammar.bracketShapes;
  if (!shapes) return readings;
  const opensBracket = readings.map((found) => finiteAuxiliary(found, auxiliaries));
  // A bracket closes at a word after which punctuation, a coordinator or the sentence's end follows.
  const closesAt = (k: number) => {
    const next = s.tokens[k + 1];
    return (
      !next ||
      /[^\s]/.test(s.text.slice(s.tokens[k]!.end, next.start)) ||
      pack.verbGrammar.coordinators.has(next.norm)
    );
  };
  let opened = false;
  return readings.map((found, i) => {
    const t = s.tokens[i]!;
    const gapBefore = i > 0 ? s.text.slice(s.tokens[i - 1]!.end, t.start) : '';
    if (/[,;:–—]/.test(gapBefore)) opened = false;
    if (opensBracket[i]) opened = true;
    if (found.length || t.capitalized || t.isStopword || t.isNumber) return found;
    // In a subordinate clause the finite auxiliary comes last: "…, dass sich die Leistung verfünffachen wird."
    const auxiliaryAfter = !!opensBracket[i + 1] && closesAt(i + 1);
    if (!(opened && closesAt(i)) && !auxiliaryAfter) return found;
    const participle = shapes.participles.find(
      ([prefix, ending]) =>
        t.norm.startsWith(prefix) &&
        t.norm.endsWith(ending) &&
        t.norm.length > prefix.length + ending.length + 2,
    );
    if (participle) {
      const stem = t.norm.slice(0, -participle[1].length);
      const base = participle[0] === shapes.dropPrefix ? stem.slice(participle[0].length) : stem;
      return [{ lemma: base + participle[2], particle: '', form: 'participle' }];
    }
    if (shapes.infinitiveEndings.some((e) => t.norm.endsWith(e) && t.norm.length > e.length + 3))
      return [{ lemma: t.norm, particle: '', form: 'infinitive' }];
    return found;
  });
}
