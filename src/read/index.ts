/**
 * Article readers: paths in, articles (or one clear error per bad document) out, as a lazy stream.
 *
 *     for await (const item of readArticles(['data/', 'feed.jsonl', '-'], { publishedAt: '2011-06-27' })) {
 *       if (item.ok) ingest(item.article); else report(item.error);
 *     }
 *
 * A path is a file (its extension picks the format, see formats/index.ts), a directory (walked recursively, see
 * walk.ts) or `-` (JSONL on stdin). Nothing is read before it is asked for: JSONL line by line, directories one
 * listing at a time. One bad document never stops the stream: it becomes an error item and reading goes on.
 */
import { createReadStream, promises as fs } from 'node:fs';
import { basename, extname } from 'node:path';
import { InputError, UsageError } from '../model/errors.js';
import type { Article } from '../model/types.js';
import { parseDocumentDate } from './date.js';
import { decodeDocument } from './decode.js';
import { finishDraft } from './finish.js';
import {
  EXTENSIONS,
  type DocumentFormat,
  type DraftItem,
  type Format,
  type LineFormat,
  type SourceFile,
  formatForExtension,
  jsonlFormat,
} from './formats/index.js';
import { readLines } from './lines.js';
import { fsReason, walkDirectory } from './walk.js';

export { parseDocumentDate } from './date.js';

export type ReadItem =
  | { ok: true; article: Article; warnings: string[] }
  | { ok: false; error: InputError };

export interface ReadOptions {
  /** The document date of articles that give none (or an invalid one). Must be a date parseDocumentDate reads. */
  publishedAt?: string | null;
  /** Where `-` reads JSONL from; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
}

/** The path that means "JSONL on standard input". */
export const STDIN_PATH = '-';

/**
 * Reads every article of `paths`, in order. Throws only for a bad `options.publishedAt` (a UsageError, on the first
 * `next()`); every problem with the input itself is an `{ ok: false, error }` item.
 */
export async function* readArticles(paths: string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const defaultDate = defaultDocumentDate(options.publishedAt);
  for (const path of paths) {
    if (path === STDIN_PATH) {
      const stdin = options.stdin ?? process.stdin;
      yield* readLineStream(stdin, { path: STDIN_PATH, stem: 'stdin' }, jsonlFormat, defaultDate);
      continue;
    }
    let stat;
    try {
      stat = await fs.stat(path);
    } catch (e) {
      yield fail(path, fsReason(e));
      continue;
    }
    if (stat.isDirectory()) {
      for await (const entry of walkDirectory(path)) {
        if (!entry.ok) yield entry;
        else yield* readFile(entry.file, formatForExtension(extname(entry.file))!, defaultDate);
      }
    } else if (!stat.isFile()) {
      yield fail(path, 'not a regular file');
    } else {
      const format = formatForExtension(extname(path));
      if (format) yield* readFile(path, format, defaultDate);
      else yield fail(path, unsupported(path));
    }
  }
}

function defaultDocumentDate(value: string | null | undefined): string | null {
  if (value === undefined || value === null) return null;
  const day = parseDocumentDate(value);
  if (day === null) {
    throw new UsageError(
      `readArticles: publishedAt "${value}" is not a valid date (expected e.g. 2011-06-27, June 27, 2011, 20110627)`,
    );
  }
  return day;
}

function unsupported(path: string): string {
  const ext = extname(path);
  const what = ext === '' ? 'no file extension' : `unsupported file type "${ext}"`;
  return `${what} (expected ${EXTENSIONS.join(', ')})`;
}

function fail(file: string, reason: string, line?: number): ReadItem {
  return { ok: false, error: new InputError(file, reason, line) };
}

function sourceFile(path: string): SourceFile {
  return { path, stem: basename(path, extname(path)) };
}

async function* readFile(path: string, format: Format, defaultDate: string | null): AsyncGenerator<ReadItem> {
  const file = sourceFile(path);
  if (format.kind === 'lines') {
    yield* readLineStream(createReadStream(path), file, format, defaultDate);
  } else {
    yield* readDocument(file, format, defaultDate);
  }
}

async function* readDocument(
  file: SourceFile,
  format: DocumentFormat,
  defaultDate: string | null,
): AsyncGenerator<ReadItem> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file.path);
  } catch (e) {
    yield fail(file.path, fsReason(e));
    return;
  }
  const decoded = decodeDocument(bytes, file.path, format.declaredCharset?.(bytes.subarray(0, 1024)) ?? null);
  if (!decoded.ok) {
    yield fail(file.path, decoded.reason);
    return;
  }
  let items: DraftItem[];
  try {
    items = format.read(decoded.text, file);
  } catch (e) {
    yield unexpected(file.path, e);
    return;
  }
  for (const item of items) yield finish(item, defaultDate, decoded.warnings);
}

async function* readLineStream(
  stream: AsyncIterable<Buffer | string> | NodeJS.ReadableStream,
  file: SourceFile,
  format: LineFormat,
  defaultDate: string | null,
): AsyncGenerator<ReadItem> {
  try {
    for await (const item of readLines(stream as AsyncIterable<Buffer | string>, file.path)) {
      if (!item.ok) {
        yield item;
        continue;
      }
      const { no, text, warning } = item.line;
      let read: DraftItem | null;
      try {
        read = format.readLine(text, no, file);
      } catch (e) {
        read = { ok: false, error: asInputError(file.path, e, no) };
      }
      if (read) yield finish(read, defaultDate, warning ? [warning] : []);
    }
  } catch (e) {
    // The stream itself failed (unreadable file, I/O error): what was read stays read.
    yield unexpected(file.path, e);
  }
}

function finish(item: DraftItem, defaultDate: string | null, decodingWarnings: string[]): ReadItem {
  if (!item.ok) return item;
  const { article, warnings } = finishDraft(item.draft, defaultDate);
  return { ok: true, article, warnings: [...decodingWarnings, ...warnings] };
}

function unexpected(file: string, e: unknown): ReadItem {
  return { ok: false, error: asInputError(file, e) };
}

function asInputError(file: string, e: unknown, line?: number): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return new InputError(file, code ? fsReason(e) : `cannot read: ${(e as Error | null)?.message ?? String(e)}`, line);
}
