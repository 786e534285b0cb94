import { parse } from 'parse5';

/** What an HTML page says about itself beside its text. */
export interface HtmlExtract {
  text: string;
  title?: string;
  date?: string;
}

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}

const SKIPPED = new Set([
  'script',
  'style',
  'noscript',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'template',
  'svg',
  'iframe',
  'button',
  'select',
  'figure',
  'menu',
  'dialog',
]);
const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'blockquote',
  'br',
  'tr',
  'table',
  'pre',
  'dd',
  'dt',
  'hr',
  'body',
]);

const attr = (node: Node, name: string): string | undefined =>
  node.attrs?.find((a) => a.name === name)?.value;

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.childNodes ?? []) yield* walk(child);
}

function textOf(node: Node, out: string[]): void {
  if (node.nodeName === '#text') {
    out.push(node.value!.replace(/\s+/g, ' '));
    return;
  }
  const tag = node.tagName;
  if (tag && SKIPPED.has(tag)) return;
  if (tag && BLOCKS.has(tag)) out.push('\n\n');
  for (const child of node.childNodes ?? []) textOf(child, out);
  if (tag && BLOCKS.has(tag)) out.push('\n\n');
}

/** The main text of an HTML page: its `<article>` or `<main>` if it has one, else its body, without chrome. */
export function extractHtml(html: string): HtmlExtract {
  const doc = parse(html) as unknown as Node;
  const nodes = [...walk(doc)];
  const title = nodes.find((n) => n.tagName === 'h1') ?? nodes.find((n) => n.tagName === 'title');
  const meta = nodes.find(
    (n) =>
      n.tagName === 'meta' &&
      ['article:published_time', 'date', 'pubdate', 'dc.date'].includes(
        (attr(n, 'property') ?? attr(n, 'name') ?? '').toLowerCase(),
      ),
  );
  const time = nodes.find((n) => n.tagName === 'time' && attr(n, 'datetime'));
  const articles = nodes.filter((n) => n.tagName === 'article');
  const root =
    articles.sort((a, b) => plain(b).length - plain(a).length)[0] ??
    nodes.find((n) => n.tagName === 'main') ??
    nodes.find((n) => n.tagName === 'body') ??
    doc;
  const parts: string[] = [];
  textOf(root, parts);
  let text = tidy(parts.join(''));
  const titleText = title ? tidy(plain(title)) : undefined;
  if (titleText && !text.startsWith(titleText)) text = `${titleText}\n\n${text}`;
  const date = (meta && attr(meta, 'content')) ?? (time && attr(time, 'datetime'));
  return { text, ...(titleText ? { title: titleText } : {}), ...(date ? { date: date.slice(0, 10) } : {}) };
}

function plain(node: Node): string {
  const out: string[] = [];
  textOf(node, out);
  return out.join('');
}

const tidy = (s: string): string =>
  s
    .split(/\n{2,}/)
    .map((p) => p.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

export const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype html|<html[\s>])/i.test(text);
