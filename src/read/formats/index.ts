/** The formats we read, one literal list (STYLE.md §1). A file's lower-cased extension picks its format. */
import { htmlFormat } from './html.js';
import { jsonFormat, jsonlFormat } from './json.js';
import { markdownFormat, textFormat } from './text.js';
import { tmlFormat } from './tml.js';
import type { Format } from './format.js';

export type { Draft, DraftItem, Format, DocumentFormat, LineFormat, SourceFile } from './format.js';
export { jsonlFormat };

export const FORMATS: readonly Format[] = [textFormat, markdownFormat, jsonFormat, jsonlFormat, tmlFormat, htmlFormat];

const BY_EXTENSION: ReadonlyMap<string, Format> = new Map(
  FORMATS.flatMap((format) => format.extensions.map((ext) => [ext, format] as const)),
);

/** Every extension we read, for messages. */
export const EXTENSIONS: readonly string[] = [...BY_EXTENSION.keys()];

/** The format of a file name (`.TXT` is `.txt`), or null for an extension we do not read. */
export function formatForExtension(extension: string): Format | null {
  return BY_EXTENSION.get(extension.toLowerCase()) ?? null;
}
