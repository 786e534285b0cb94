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
