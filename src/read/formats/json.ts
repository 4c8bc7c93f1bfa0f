/**
 * `.json` (one article object or an array of them) and `.jsonl` (one object per line). Field names:
 * `id`, `title`, `text` (or `body` / `content`), `publishedAt` (or `date` / `published_at`), `source`, `url`.
 * An article without an id gets one from the file name and its position: `reuters-3` for line 3 of
 * reuters.jsonl, `batch-2` for the second element of batch.json, `story` for story.json holding one object.
 */
import { InputError } from '../../model/errors.js';
import { type DocumentFormat, type Draft, type DraftItem, type LineFormat, type SourceFile, derivedTitle, firstLine } from './format.js';

/** Accepted spellings of each field, in order of preference. */
export const FIELD_NAMES = {
  id: ['id'],
  title: ['title', 'headline'],
  text: ['text', 'body', 'content'],
  date: ['publishedAt', 'date', 'published_at'],
  source: ['source'],
  url: ['url'],
  dateline: ['dateline'],
} as const;

/**
 * The place of a dateline field: the text before its date or agency ("SALVADOR, Feb 26 -" -> "SALVADOR",
 * "BEIJING, Nov. 2 (Xinhua) --" -> "BEIJING", "Rio de Janeiro" as it is). Null when no letters remain.
 */
export function datelinePlaceText(field: string | null): string | null {
  if (field === null) return null;
  let s = field.trim();
  const paren = s.indexOf('(');
  if (paren >= 0) s = s.slice(0, paren);
  // Cut at the first comma followed by a month or a digit ("SALVADOR, Feb 26 -"), else keep the region ("NAIROBI, Kenya").
  const date = /,\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s|$))/i.exec(s);
  if (date) s = s.slice(0, date.index);
  s = s.replace(/[\s,;:\-–—_]+$/u, '').trim();
  return /\p{L}/u.test(s) ? s : null;
}

/** Where a record sits in its file. */
export interface RecordPosition {
  /** Suffix of a derived id (`3` -> `<stem>-3`), or null for the only object of a file (`<stem>`). */
  ordinal: number | null;
  /** 1-based line the record starts on, when known. */
  line?: number;
  origin: string;
  /** How errors name the record when the line does not (`element 4`). */
  label?: string;
}

/** Maps one parsed JSON value to a draft or an error naming the file and line. */
export function recordToDraft(value: unknown, file: SourceFile, at: RecordPosition): DraftItem {
  const fail = (reason: string): DraftItem => ({
    ok: false,
    error: new InputError(file.path, at.label ? `${at.label}: ${reason}` : reason, at.line),
  });
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(`expected an article object, found ${describe(value)}`);
  }
  const record = value as Record<string, unknown>;
  const warnings: string[] = [];
  const where = `${file.path}${at.line !== undefined ? `:${at.line}` : ''}`;
  const pick = (names: readonly string[]): string | null => {
    for (const name of names) {
      const v = record[name];
      if (v === undefined || v === null) continue;
      if (typeof v === 'string') return v;
      if (typeof v === 'number' && Number.isFinite(v)) return String(v);
      warnings.push(`${where}: "${name}" is ${describe(v)}, not a string; ignored`);
    }
    return null;
  };
  const text = pick(FIELD_NAMES.text);
  if (text === null || text.trim() === '') {
    return fail(`no text (expected a non-empty "text", "body" or "content" string)`);
  }
  const id = pick(FIELD_NAMES.id)?.trim() || (at.ordinal === null ? file.stem : `${file.stem}-${at.ordinal}`);
  const draft: Draft = {
    id,
    title: pick(FIELD_NAMES.title)?.trim() || derivedTitle(firstLine(text)),
    text,
    date: pick(FIELD_NAMES.date),
    source: pick(FIELD_NAMES.source)?.trim() || null,
    url: pick(FIELD_NAMES.url)?.trim() || null,
    dateline: datelinePlaceText(pick(FIELD_NAMES.dateline)),
    origin: at.origin,
    warnings,
  };
  return { ok: true, draft };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

function readJson(content: string, file: SourceFile): DraftItem[] {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (e) {
    const message = (e as Error).message;
    return [{ ok: false, error: new InputError(file.path, `malformed JSON: ${message}`, errorLine(content)) }];
  }
  if (!Array.isArray(value)) return [recordToDraft(value, file, { ordinal: null, origin: file.path, line: 1 })];
  if (value.length === 0) return [{ ok: false, error: new InputError(file.path, 'empty array: no articles') }];
  const lines = topLevelElementLines(content);
  return value.map((element, i) => {
    const line = lines[i];
    return recordToDraft(element, file, {
      ordinal: i + 1,
      line,
      origin: `${file.path}:${line ?? i + 1}`,
      label: `element ${i + 1}`,
    });
  });
}

/** The line of a JSON syntax error (V8's messages do not always give a position). */
function errorLine(content: string): number | undefined {
  const offset = jsonErrorOffset(content);
  return offset === undefined ? undefined : lineOf(content, offset);
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * The offset of the first JSON syntax error, or undefined when there is none (or nesting is too deep to tell).
 * Only run after JSON.parse has failed, to point at the line.
 */
export function jsonErrorOffset(s: string): number | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n' || s[i] === '\r')) i++;
  };
  const word = (w: string): boolean => (s.startsWith(w, i) ? ((i += w.length), true) : false);
  const string = (): boolean => {
    i++; // the opening quote
    while (i < s.length) {
      const c = s[i]!;
      if (c === '"') return (i++, true);
      if (c.charCodeAt(0) < 0x20) return false;
      if (c !== '\\') i++;
      else if (s[i + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) i += 6;
      else if (s[i + 1] !== undefined && '"\\/bfnrt'.includes(s[i + 1]!)) i += 2;
      else return (i++, false);
    }
    return false;
  };
  const value = (): boolean => {
    ws();
    const c = s[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      i++;
      ws();
      if (s[i] === close) return (i++, true);
      for (;;) {
        if (c === '{') {
          ws();
          if (s[i] !== '"' || !string()) return false;
          ws();
          if (s[i] !== ':') return false;
          i++;
        }
        if (!value()) return false;
        ws();
        if (s[i] === ',') i++;
        else if (s[i] === close) return (i++, true);
        else return false;
      }
    }
    if (word('true') || word('false') || word('null')) return true;
    NUMBER.lastIndex = i;
    if (NUMBER.test(s)) return ((i = NUMBER.lastIndex), true);
    return false;
  };
  try {
    if (value()) {
      ws();
      if (i === s.length) return undefined;
    }
    return Math.min(i, s.length);
  } catch {
    return undefined; // nested deeper than the stack allows
  }
}

function lineOf(content: string, offset: number): number {
  let line = 1;
  for (let i = content.indexOf('\n'); i !== -1 && i < offset; i = content.indexOf('\n', i + 1)) line++;
  return line;
}

/** The 1-based line on which each element of a top-level JSON array starts. One linear pass; assumes valid JSON. */
export function topLevelElementLines(content: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let depth = 0;
  let inString = false;
  let expectValue = false;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (c === 0x0a) line++;
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character (never a newline in valid JSON)
      else if (c === 0x22) inString = false;
      continue;
    }
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    if (depth === 1 && expectValue) {
      lines.push(line);
      expectValue = false;
    }
    if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      depth++;
      if (depth === 1) expectValue = true;
    } else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && depth === 1) expectValue = true;
  }
  return lines;
}

export const jsonFormat: DocumentFormat = {
  kind: 'document',
  name: 'json',
  extensions: ['.json'],
  read: readJson,
};

export const jsonlFormat: LineFormat = {
  kind: 'lines',
  name: 'jsonl',
  extensions: ['.jsonl', '.ndjson'],
  readLine(text, line, file) {
    if (text.trim() === '') return null;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (e) {
      return { ok: false, error: new InputError(file.path, `malformed JSON: ${(e as Error).message}`, line) };
    }
    return recordToDraft(value, file, { ordinal: line, line, origin: `${file.path}:${line}` });
  },
};
