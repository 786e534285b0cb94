/** What a Markdown file says beside its text: front matter's date and title. */
export interface MarkdownExtract {
  text: string;
  title?: string;
  date?: string;
}

/** Markdown to plain text: markup stripped line by line so paragraphs and headings stay where they were. */
export function extractMarkdown(md: string): MarkdownExtract {
  let body = md.replace(/\r\n?/g, '\n');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(body);
  let title: string | undefined;
  let date: string | undefined;
  if (front) {
    title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(front[1]!)?.[1];
    date = /^date:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(front[1]!)?.[1];
    body = body.slice(front[0].length);
  }
  body = body.replace(/^(```|~~~)[\s\S]*?^\1.*$/gm, '');
  const lines = body.split('\n').map((line) =>
    line
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1\n')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*([-*_]\s*){3,}$/, '')
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<\/?[a-z][^>]*>/gi, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[\s(])([*_])(\S.*?\S|\S)\2(?=[\s).,;:!?]|$)/g, '$1$3')
      .replace(/`([^`]+)`/g, '$1'),
  );
  const text = lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  const withTitle = title && !text.startsWith(title) ? `${title}\n\n${text}` : text;
  return { text: withTitle, ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

export const looksLikeMarkdown = (name: string): boolean => /\.(md|markdown|mdown)$/i.test(name);
