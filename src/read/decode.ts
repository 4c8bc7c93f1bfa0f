/**
 * Bytes to text, for whole documents and for line streams. What a reader may meet in an archive: a UTF-8 BOM
 * (stripped), UTF-16 LE/BE with a BOM (decoded), invalid UTF-8 (replaced with U+FFFD and a warning), binary
 * files (NUL bytes in the first 8 KB) and empty files (both refused with a reason).
 */

/** How much of a file is looked at to decide whether it is binary. */
export const SNIFF_BYTES = 8 * 1024;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be';

export const EMPTY_FILE = 'empty file';
export const BINARY_FILE = 'binary file (NUL bytes in the first 8 KB)';

export interface Sniffed {
  encoding: Encoding;
  /** Bytes of byte-order mark to skip. */
  bomLength: number;
}

/** The encoding a byte-order mark declares; UTF-8 without one. */
export function sniffEncoding(head: Uint8Array): Sniffed {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2 };
  return { encoding: 'utf-8', bomLength: 0 };
}

/** A reason to refuse the file from its first bytes, or null. UTF-16 text has NUL bytes, so only UTF-8 is checked. */
export function refuseFromHead(head: Uint8Array, sniffed: Sniffed): string | null {
  if (head.length === 0) return EMPTY_FILE;
  if (sniffed.encoding === 'utf-8' && head.subarray(0, SNIFF_BYTES).includes(0)) return BINARY_FILE;
  return null;
}

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

/**
 * Decodes a whole document. `declaredCharset` (e.g. from an HTML `<meta charset>`) is used only for bytes that are
 * not valid UTF-8 and carry no BOM. Whitespace-only content counts as empty.
 */
export function decodeDocument(bytes: Uint8Array, file: string, declaredCharset: string | null = null): Decoded {
  const sniffed = sniffEncoding(bytes);
  const refused = refuseFromHead(bytes, sniffed);
  if (refused) return { ok: false, reason: refused };
  const body = bytes.subarray(sniffed.bomLength);
  const warnings: string[] = [];
  let text = strictDecode(body, sniffed.encoding);
  if (text === null && sniffed.bomLength === 0 && declaredCharset) text = strictDecode(body, declaredCharset);
  if (text === null) {
    text = lossyDecode(body, sniffed.encoding);
    warnings.push(invalidEncodingWarning(file, sniffed.encoding, body, text));
  }
  if (text.trim() === '') return { ok: false, reason: EMPTY_FILE };
  return { ok: true, text, warnings };
}

/** The text, or null when the bytes are not valid in that encoding (or the encoding is unknown). */
export function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function lossyDecode(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
}

/** `file: invalid UTF-8, 3 sequences replaced with U+FFFD` (`where` adds e.g. ` on line 4`). */
export function invalidEncodingWarning(
  file: string,
  encoding: Encoding,
  bytes: Uint8Array,
  decoded: string,
  where = '',
): string {
  const replaced = countReplacements(decoded) - countGenuineReplacements(bytes, encoding);
  const name = encoding.toUpperCase().replace('UTF-16', 'UTF-16 ');
  return `${file}: invalid ${name}${where}, ${Math.max(replaced, 1)} sequence(s) replaced with U+FFFD`;
}

function countReplacements(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i !== -1; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/** U+FFFD characters that were in the file already (so are not a decoding loss). */
function countGenuineReplacements(bytes: Uint8Array, encoding: Encoding): number {
  const pattern =
    encoding === 'utf-8' ? [0xef, 0xbf, 0xbd] : encoding === 'utf-16le' ? [0xfd, 0xff] : [0xff, 0xfd];
  let n = 0;
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const needle = Buffer.from(pattern);
  for (let i = buf.indexOf(needle); i !== -1; i = buf.indexOf(needle, i + needle.length)) n++;
  return n;
}
