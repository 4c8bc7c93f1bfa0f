/**
 * What a format reader is. Two small kinds, picked by how the input must be read:
 *
 * - a DocumentFormat gets the whole decoded file and returns its drafts (text, JSON, HTML, TimeML);
 * - a LineFormat gets one line at a time and never sees the whole file (JSONL, stdin).
 *
 * Readers are pure: text in, drafts out. Decoding, file access, dates and defaults live in one place
 * (../index.ts, ../decode.ts, ../finish.ts).
 */
import type { InputError } from '../../model/errors.js';

/** An article as a reader found it, before its date is normalised. */
export interface Draft {
  id: string;
  title: string;
  text: string;
  /** The document date exactly as the input wrote it, or null. */
  date: string | null;
  source: string | null;
  url: string | null;
  /** The dateline place the source gives apart from the text ("SEOUL"), or null. */
  dateline?: string | null;
  origin: string;
  warnings: string[];
}

export type DraftItem = { ok: true; draft: Draft } | { ok: false; error: InputError };

/** The file being read. */
export interface SourceFile {
  /** The path as given or walked (also the origin of whole-file articles). */
  path: string;
  /** The file name without directory and extension: the id of an article that names none. */
  stem: string;
}

export interface DocumentFormat {
  readonly kind: 'document';
  readonly name: string;
  /** Lower-case, with the dot. */
  readonly extensions: readonly string[];
  /** A charset the raw bytes declare (HTML `<meta charset>`), tried when they are not valid UTF-8. */
  declaredCharset?(head: Uint8Array): string | null;
  read(text: string, file: SourceFile): DraftItem[];
}

export interface LineFormat {
  readonly kind: 'lines';
  readonly name: string;
  readonly extensions: readonly string[];
  /** A draft, an error, or null for a line that holds nothing (blank). */
  readLine(text: string, line: number, file: SourceFile): DraftItem | null;
}

export type Format = DocumentFormat | LineFormat;

/** The first non-empty line, trimmed: the title of an article that gives none. */
export function firstLine(text: string): string {
  let start = 0;
  while (start < text.length) {
    const lf = text.indexOf('\n', start);
    const end = lf === -1 ? text.length : lf;
    const line = text.slice(start, end).trim();
    if (line !== '') return line;
    start = end + 1;
  }
  return '';
}

/** Longest title taken from a text's first line; a longer line (a one-line file) is cut at a word boundary. */
export const MAX_DERIVED_TITLE = 300;

/** A title taken from the text rather than given: its first line, cut to MAX_DERIVED_TITLE characters with `…`. */
export function derivedTitle(line: string): string {
  if (line.length <= MAX_DERIVED_TITLE) return line;
  const cut = line.slice(0, MAX_DERIVED_TITLE);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DERIVED_TITLE / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
