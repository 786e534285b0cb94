import type { Token } from '../text/tokens.js';

/** Punctuation that ends a clause or a quotation between two words. */
const CLAUSE_MARK = /[,;:.!?()«»"“”„–—]/;

/** Whether two tokens of a sentence's text stand in one clause, with no clause mark between them. */
export const inOneClause =
  (tokens: readonly Token[], text: string) =>
  (a: number, b: number): boolean =>
    !CLAUSE_MARK.test(text.slice(tokens[a]!.end, tokens[b]!.start));
