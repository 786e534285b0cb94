/**
 * Escapes article text for GitHub-flavoured Markdown: inline HTML, emphasis, code, links, table pipes and
 * line breaks can never come from an article, whatever it holds.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/([\\`*_[\]|~#!@])/g, '\\$1')
      // GFM turns bare addresses into links: break "http://" and "www." with an escaped character.
      .replace(/:\/\//g, '\\://')
      .replace(/\bwww\./gi, (m) => `${m.slice(0, 3)}\\.`)
      .replace(/\s*\n\s*/g, ' ')
  );
}

/** Inline code that survives backticks inside it. */
export function code(text: string): string {
  const fence = '`'.repeat(Math.max(1, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|')}${pad}${fence}`;
}
