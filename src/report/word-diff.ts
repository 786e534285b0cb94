import type { Change } from 'diff';
import { escapeMarkdown } from './escape.js';

/**
 * The rewrite against the source, word by word: removed words struck through and added words in bold, with
 * [-…-] and {+…+} markers as well so the change reads even where neither renders.
 */
export function markdownWordDiff(parts: readonly Change[]): string {
  return parts
    .map((part) => {
      const text = escapeMarkdown(part.value);
      if (!text.trim()) return text;
      if (part.removed) return wrap(text, (t) => `~~[-${t}-]~~`);
      if (part.added) return wrap(text, (t) => `**{+${t}+}**`);
      return text;
    })
    .join('');
}

/** Markers hug the words: Markdown emphasis cannot start or end with a space. */
function wrap(text: string, mark: (t: string) => string): string {
  const lead = /^\s*/.exec(text)![0];
  const trail = /\s*$/.exec(text)![0];
  return `${lead}${mark(text.trim())}${trail}`;
}
