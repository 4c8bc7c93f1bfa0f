/**
 * `.txt` and `.md`: optional front matter between `---` lines, then the body.
 *
 *     ---
 *     id: jpost-kim-jong-il-heads-to-russia
 *     title: "Kim Jong-Il heads to Russia"
 *     publishedAt: 2011-06-27
 *     ---
 *     Kim Jong-Il heads to Russia
 *     ...
 *
 * The text is the file exactly as written after the closing `---` line (a title line in the body stays). Without
 * front matter the whole file is the text, its first non-empty line the title, and the file name the id.
 */
import { InputError } from '../../model/errors.js';
import { type DocumentFormat, type Draft, type DraftItem, type SourceFile, derivedTitle, firstLine } from './format.js';
import { datelinePlaceText } from './json.js';

/** Front matter keys we read, with the spellings we accept. */
const KEYS: Readonly<Record<string, keyof FrontMatter>> = {
  id: 'id',
  title: 'title',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  published: 'publishedAt',
  date: 'publishedAt',
  source: 'source',
  url: 'url',
  dateline: 'dateline',
};

export interface FrontMatter {
  id?: string;
  title?: string;
  publishedAt?: string;
  source?: string;
  url?: string;
  /** The dateline place ("SEOUL"), when the source gives it apart from the text. */
  dateline?: string;
}

export interface SplitDocument {
  /** null when the file has no front matter. */
  fields: FrontMatter | null;
  body: string;
  warnings: string[];
}

const FENCE = /^---[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;

/** Splits front matter from the body. A file whose opening `---` is never closed has no front matter. */
export function splitFrontMatter(content: string, file: string): SplitDocument {
  const firstEnd = lineEnd(content, 0);
  if (!FENCE.test(trimCr(content.slice(0, firstEnd)))) return { fields: null, body: content, warnings: [] };
  const fields: FrontMatter = {};
  const warnings: string[] = [];
  let start = firstEnd + 1;
  let no = 2;
  while (start <= content.length) {
    const end = lineEnd(content, start);
    const line = trimCr(content.slice(start, end));
    if (FENCE.test(line)) return { fields, body: content.slice(Math.min(end + 1, content.length)), warnings };
    const trimmed = line.trim();
    if (trimmed !== '' && !trimmed.startsWith('#')) {
      const m = KEY_VALUE.exec(trimmed);
      if (!m) warnings.push(`${file}:${no}: front matter line not understood: "${trimmed.slice(0, 60)}"`);
      else {
        const key = KEYS[m[1]!.toLowerCase()];
        const value = unquote(m[2]!.trim());
        if (key && value !== '') fields[key] = value;
      }
    }
    if (end >= content.length) break;
    start = end + 1;
    no++;
  }
  return {
    fields: null,
    body: content,
    warnings: [`${file}: front matter opened with "---" is never closed; read as text`],
  };
}

function lineEnd(s: string, from: number): number {
  const lf = s.indexOf('\n', from);
  return lf === -1 ? s.length : lf;
}

function trimCr(line: string): string {
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

function unquote(value: string): string {
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (typeof parsed === 'string') return parsed;
    } catch {
      // not a JSON string: fall through to stripping the quotes
    }
    return value.slice(1, -1);
  }
  if (value.length >= 2 && value.startsWith("'") && value.endsWith("'")) return value.slice(1, -1).replace(/''/g, "'");
  return value;
}

/** A Markdown heading's text without its `#` marks (closing marks too: `## Title ##`). No backtracking regex. */
function markdownTitle(line: string): string {
  let t = line.replace(/^#{1,6}[ \t]+/, '').trimEnd();
  let j = t.length;
  while (j > 0 && t[j - 1] === '#') j--;
  if (j < t.length && (j === 0 || t[j - 1] === ' ' || t[j - 1] === '\t')) t = t.slice(0, j).trimEnd();
  return t;
}

function readText(content: string, file: SourceFile, markdown: boolean): DraftItem[] {
  const { fields, body, warnings } = splitFrontMatter(content, file.path);
  if (body.trim() === '') {
    return [{ ok: false, error: new InputError(file.path, fields ? 'no text after the front matter' : 'empty file') }];
  }
  const first = firstLine(body);
  const draft: Draft = {
    id: fields?.id ?? file.stem,
    title: fields?.title ?? derivedTitle(markdown ? markdownTitle(first) : first),
    text: body,
    date: fields?.publishedAt ?? null,
    source: fields?.source ?? null,
    url: fields?.url ?? null,
    dateline: datelinePlaceText(fields?.dateline ?? null),
    origin: file.path,
    warnings,
  };
  return [{ ok: true, draft }];
}

export const textFormat: DocumentFormat = {
  kind: 'document',
  name: 'text',
  extensions: ['.txt', '.text'],
  read: (content, file) => readText(content, file, false),
};

export const markdownFormat: DocumentFormat = {
  kind: 'document',
  name: 'markdown',
  extensions: ['.md', '.markdown'],
  read: (content, file) => readText(content, file, true),
};
