import { languagePack, supportedLanguages } from '../lang/index.js';
import type { Language } from '../types.js';

export interface LanguageGuess {
  language: Language;
  /** 0–1: how clearly the winner beat the runner-up. */
  confidence: number;
}

const WORD = /[\p{L}']+/gu;

/** Guesses the language from function words: short texts and headlines included. */
export function detectLanguage(text: string): LanguageGuess {
  const counts = new Map<Language, number>(supportedLanguages.map((l) => [l, 0]));
  for (const m of text.slice(0, 20_000).matchAll(WORD)) {
    const w = m[0].toLowerCase();
    for (const lang of supportedLanguages) {
      if (languagePack(lang).stopwords.has(w)) counts.set(lang, counts.get(lang)! + 1);
    }
  }
  // Umlauts and ß are strong evidence for German when function words are few.
  counts.set('de', counts.get('de')! + 0.5 * (text.slice(0, 20_000).match(/[äöüß]/gi)?.length ?? 0));
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  const total = best![1] + second![1];
  return { language: best![0], confidence: total === 0 ? 0 : (best![1] - second![1]) / total };
}
