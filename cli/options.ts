import type { Argv } from 'yargs';
import type { Language } from '../src/index.js';

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

export const languageOption = (lang: GlobalOptions['lang']): { language?: Language } =>
  lang === 'auto' ? {} : { language: lang };

/** The two articles every command compares: files, URLs, or "-" for standard input. */
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
