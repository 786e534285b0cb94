import type { Argv } from 'yargs';
import type { Language } from '../src/index.js';
import type { InputArticle } from './input.js';
import { readPair } from './pair.js';

/** Options every command shares. */
export interface GlobalOptions {
  lang: 'auto' | Language;
  color?: boolean;
  json: boolean;
  format?: 'text' | 'compact' | 'json' | 'md';
  quiet: boolean;
  output?: string;
  debug: boolean;
}

/** The two articles every command compares: files, URLs, or "-" for standard input. */
export interface PairArgs extends GlobalOptions {
  source: string;
  rewrite: string;
}

/** A command that reads or keeps reviewer decisions. */
export interface ReviewFileArgs extends PairArgs {
  'review-file'?: string;
}

export const languageOption = (lang: GlobalOptions['lang']): { language?: Language } =>
  lang === 'auto' ? {} : { language: lang };

export function withArticles<T>(y: Argv<T>) {
  return y
    .positional('source', {
      type: 'string',
      demandOption: true,
      describe: 'The source article (file, URL or -)',
    })
    .positional('rewrite', {
      type: 'string',
      demandOption: true,
      describe: 'The rewritten article (file, URL or -)',
    });
}

export function withReviewFile<T>(y: Argv<T>) {
  return y.option('review-file', {
    type: 'string',
    describe: 'Where review decisions are kept (default: REWRITE.review.json)',
  });
}

/** Reads both articles as the command's options say. */
export const readInputs = (args: PairArgs): Promise<{ source: InputArticle; rewrite: InputArticle }> =>
  readPair(args.source, args.rewrite, { ...languageOption(args.lang), quiet: args.quiet });

/** The options that shape the report, as the user would type them (not paths or output targets). */
export function usedOptions(args: GlobalOptions & { 'min-severity'?: string }): string[] {
  return [
    `--lang ${args.lang}`,
    ...(args['min-severity'] && args['min-severity'] !== 'low'
      ? [`--min-severity ${args['min-severity']}`]
      : []),
  ];
}
