/**
 * `.html` / `.htm`: the readable article text and its publication date, with cheerio.
 *
 * - title: `og:title`, else `<title>`, else the first `<h1>`;
 * - date, in this order of trust: `article:published_time` meta, `<time datetime>` (inside the article first),
 *   JSON-LD `datePublished`; the first that is a valid date wins;
 * - text: the longest `<article>`, else `<main>` / `[role=main]`, else `<body>`, without scripts, styles,
 *   navigation, footers, asides and forms; each block element (paragraph, heading, list item...) is one paragraph,
 *   paragraphs are separated by a blank line, whitespace inside a paragraph is collapsed, `<br>` is a line break.
 */
import * as cheerio from 'cheerio';
import type { AnyNode } from 'domhandler';
import { InputError } from '../../model/errors.js';
import { parseDocumentDate } from '../date.js';
import { type DocumentFormat, type DraftItem, type SourceFile, derivedTitle, firstLine } from './format.js';

/** Never part of the readable text. */
const REMOVED = [
  'script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'iframe', 'svg', 'button',
  'select', 'object', 'embed', '[hidden]', '[aria-hidden="true"]',
].join(', ');

const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

/** Table cells are separated by a space-like tab inside their row's paragraph. */
const CELLS: ReadonlySet<string> = new Set(['td', 'th']);

export function readHtml(html: string, file: SourceFile): DraftItem[] {
  const $ = cheerio.load(html);
  const meta = (key: string): string | null => {
    const v = $(`meta[property="${key}"], meta[name="${key}"]`).first().attr('content');
    return v && v.trim() !== '' ? v.trim() : null;
  };
  const clean = (s: string | undefined): string | null => {
    const t = (s ?? '').replace(/\s+/g, ' ').trim();
    return t === '' ? null : t;
  };

  const jsonLdDates = $('script[type="application/ld+json"]')
    .toArray()
    .flatMap((el) => jsonLdDatePublished($(el).text()));
  const container = pickContainer($);
  const timeDates = [
    ...container.find('time[datetime]').toArray(),
    ...$('time[datetime]').toArray(),
  ].map((el) => $(el).attr('datetime') ?? '');
  const date = pickDate([meta('article:published_time'), ...timeDates, ...jsonLdDates]);

  const title = clean(meta('og:title') ?? undefined) ?? clean($('title').first().text()) ?? clean($('h1').first().text());
  const source = meta('og:site_name');
  const url = meta('og:url') ?? ($('link[rel="canonical"]').attr('href')?.trim() || null);

  container.find(REMOVED).remove();
  const text = readableText(container.get(0));
  if (text === '') return [{ ok: false, error: new InputError(file.path, 'no readable text in the HTML') }];
  return [
    {
      ok: true,
      draft: {
        id: file.stem,
        title: title ?? derivedTitle(firstLine(text)),
        text,
        date,
        source,
        url,
        origin: file.path,
        warnings: [],
      },
    },
  ];
}

function pickContainer($: cheerio.CheerioAPI): cheerio.Cheerio<AnyNode> {
  const articles = $('article').toArray();
  if (articles.length > 0) {
    let best = articles[0]!;
    let bestLength = -1;
    for (const a of articles) {
      const length = $(a).text().length;
      if (length > bestLength) [best, bestLength] = [a, length];
    }
    return $(best);
  }
  for (const selector of ['main', '[role="main"]', 'body']) {
    const found = $(selector).first();
    if (found.length > 0) return found;
  }
  return $.root();
}

/** The first candidate that is a valid date; else the first one given (so the reader warns about it); else null. */
function pickDate(candidates: Array<string | null>): string | null {
  const present = candidates.map((c) => c?.trim() ?? '').filter((c) => c !== '');
  return present.find((c) => parseDocumentDate(c) !== null) ?? present[0] ?? null;
}

/** Every `datePublished` of a JSON-LD block (objects, arrays, `@graph`), depth first. Malformed blocks give none. */
export function jsonLdDatePublished(json: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const found: string[] = [];
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) stack.push(...[...v].reverse());
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.datePublished === 'string') found.push(o.datePublished);
      stack.push(...Object.values(o).filter((x) => x !== null && typeof x === 'object').reverse());
    }
  }
  return found;
}

/** Paragraphs of a DOM subtree. Iterative, so a deeply nested page cannot overflow the stack. */
function readableText(root: AnyNode | undefined): string {
  if (!root) return '';
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const lines = current
      .split('\n')
      .map((l) => l.replace(/[ \t\f\v\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim())
      .filter((l) => l !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  type Step = { node: AnyNode; exit: boolean };
  const stack: Step[] = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.type === 'text') {
      current += node.data.replace(/[\r\n]+/g, ' ');
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root') continue;
    const name = node.type === 'tag' ? node.name.toLowerCase() : '';
    if (exit) {
      if (BLOCKS.has(name)) flush();
      continue;
    }
    if (name === 'br') {
      current += '\n';
      continue;
    }
    if (name === 'pre') {
      flush();
      const pre = textContent(node).trimEnd();
      if (pre.trim() !== '') paragraphs.push(pre.replace(/^\n/, ''));
      continue;
    }
    if (BLOCKS.has(name)) flush();
    if (CELLS.has(name)) current += ' ';
    stack.push({ node, exit: true });
    const children = 'children' in node ? node.children : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, exit: false });
  }
  flush();
  return paragraphs.join('\n\n');
}

function textContent(node: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data;
    else if (n.type === 'tag' && n.name === 'br') out += '\n';
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return out;
}

/** `<meta charset="...">` or `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 1 KB. */
export function declaredHtmlCharset(head: Uint8Array): string | null {
  const start = Buffer.from(head.buffer, head.byteOffset, Math.min(head.byteLength, 1024)).toString('latin1');
  const m = /<meta[^>]{0,200}?charset\s*=\s*["']?([\w.:-]{1,40})/i.exec(start);
  return m ? m[1]!.toLowerCase() : null;
}

export const htmlFormat: DocumentFormat = {
  kind: 'document',
  name: 'html',
  extensions: ['.html', '.htm', '.xhtml'],
  declaredCharset: declaredHtmlCharset,
  read: readHtml,
};
