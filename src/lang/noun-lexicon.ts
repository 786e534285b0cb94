import type { SortedLines } from './sorted-lines.js';

/** The forms of a lexicon line's lemma: the lemma and each edit ("3ötter": drop three letters, add "ötter"). */
export function formsOfLine(lemma: string, edits: string): string[] {
  const forms = [lemma];
  if (!edits) return forms;
  for (const edit of edits.split(',')) {
    const drop = /^\d+/.exec(edit)?.[0] ?? '';
    forms.push(lemma.slice(0, lemma.length - Number(drop || 0)) + edit.slice(drop.length));
  }
  return forms;
}

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', äu: 'au' };

/**
 * The starts a form's lemma must have: the form less its last four letters (a plural may add as many: "Atlas" →
 * "Atlanten"), and the same with its umlaut undone ("Abgötter" of "Abgott").
 */
export function lemmaPrefixes(form: string): string[] {
  const start = form.slice(0, Math.max(3, form.length - 4));
  const umlaut = /(äu|ä|ö|ü)(?!.*[äöü])/u.exec(start);
  const undone = umlaut
    ? start.slice(0, umlaut.index) + UMLAUTS[umlaut[1]!]! + start.slice(umlaut.index + umlaut[1]!.length)
    : undefined;
  return undone ? [start, undone] : [start];
}

/** The lemmas a folded word form is a form of, from a generated noun lexicon (see bench/lexicons/german-nouns.ts). */
export function nounLemmas(form: string, lexicon: SortedLines): string[] {
  const lemmas = new Set<string>();
  for (const prefix of lemmaPrefixes(form))
    for (const [lemma, edits] of lexicon.withPrefix(prefix))
      if (formsOfLine(lemma, edits).includes(form)) lemmas.add(lemma);
  return [...lemmas];
}
