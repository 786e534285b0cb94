import type { Argv } from 'yargs';
import type { Language, Severity } from '../src/index.js';
import type { InputArticle } from './input.js';
import type { ColorChoice } from './options.js';
import { refuseInputAsOutput } from './output.js';
import { readPair } from './pair.js';
import { reviewPath } from './review-file.js';

/** Options every command has. */
export interface CommonOptions {
  lang: 'auto' | Language;
  quiet: boolean;
  debug: boolean;
}

/** The two articles every command compares: files, URLs, or "-" for standard input. */
export interface PairArgs extends CommonOptions {
  source: string;
  rewrite: string;
  output?: string;
  color?: ColorChoice;
  'min-severity'?: Severity;
}

/** A command that reads or keeps reviewer decisions. */
export interface ReviewFileArgs extends PairArgs {
  'review-file'?: string;
}

export const languageOption = (lang: CommonOptions['lang']): { language?: Language } =>
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

/** Reads both articles as the command's options say, after making sure no output would overwrite an input. */
export function readInputs(args: ReviewFileArgs): Promise<{ source: InputArticle; rewrite: InputArticle }> {
  refuseInputAsOutput(args.output, [
    { role: 'source article', path: args.source },
    { role: 'rewritten article', path: args.rewrite },
    { role: 'review file', path: reviewPath(args.rewrite, args['review-file']) ?? '' },
  ]);
  return readPair(args.source, args.rewrite, { ...languageOption(args.lang), quiet: args.quiet });
}

/** The options that shape the report, as the user would type them (not paths or output targets). */
export function usedOptions(args: PairArgs): string[] {
  return [
    `--lang ${args.lang}`,
    ...(args['min-severity'] && args['min-severity'] !== 'low'
      ? [`--min-severity ${args['min-severity']}`]
      : []),
  ];
}
