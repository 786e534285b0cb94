import type { Language } from '../types.js';
import { de } from './de.js';
import { en } from './en.js';
import type { LanguagePack } from './pack.js';

const packs: Record<Language, LanguagePack> = { de, en };

export function languagePack(language: Language): LanguagePack {
  return packs[language];
}

export const supportedLanguages = Object.keys(packs) as Language[];

export type { LanguagePack, RoleStatus } from './pack.js';
