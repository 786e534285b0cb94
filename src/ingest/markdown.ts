/** What a Markdown file says beside its text: front matter's date and title, subheadings and images. */
export interface MarkdownExtract {
  text: string;
  title?: string;
  date?: string;
  /** Subheadings and image descriptions, as lines of `text`: kept apart from the statements. */
  furniture: { start: number; end: number; text: string; kind: 'subheading' | 'image' }[];
}

const HEADING = /^\s{0,3}#{1,6}\s+/;
const IMAGE_ONLY = /^\s*!\[[^\]]*\]\([^)]*\)\s*$/;

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
  const source = body.split('\n');
  const kinds = source.map((line) =>
    HEADING.test(line) ? ('subheading' as const) : IMAGE_ONLY.test(line) ? ('image' as const) : undefined,
  );
  const lines = source.map((line) =>
    line
      .replace(/^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/, '$1\n')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
      .replace(/^\s*([-*_]\s*){3,}$/, '')
      // An image on its own line is described by its alt text; one inside a sentence is dropped.
      .replace(/^\s*!\[([^\]]*)\]\([^)]*\)\s*$/, '$1\n')
      .replace(/ ?!\[[^\]]*\]\([^)]*\)/g, '')
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
  return {
    text: withTitle,
    ...(title ? { title } : {}),
    ...(date ? { date } : {}),
    furniture: furnitureIn(withTitle, lines, kinds),
  };
}

/** Where each subheading and image line ended up in the text; the first heading is the headline, not furniture. */
function furnitureIn(
  text: string,
  lines: string[],
  kinds: ('subheading' | 'image' | undefined)[],
): MarkdownExtract['furniture'] {
  const out: MarkdownExtract['furniture'] = [];
  let from = 0;
  lines.forEach((line, i) => {
    const kind = kinds[i];
    const words = line.trim();
    if (!kind || !words) return;
    const start = text.indexOf(words, from);
    if (start < 0) return;
    from = start + words.length;
    // A heading with nothing before it is the title: the headline, read as such from the text.
    if (kind === 'subheading' && text.slice(0, start).trim() === '') return;
    out.push({ start, end: start + words.length, text: words, kind });
  });
  return out;
}

export const looksLikeMarkdown = (name: string): boolean => /\.(md|markdown|mdown)$/i.test(name);
