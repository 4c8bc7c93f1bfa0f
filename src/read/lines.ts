/**
 * A line reader over a byte stream (a JSONL file or stdin) that never holds more than one line in memory, so a
 * 20 MB single-line file is one 20 MB string and a 2 GB file of short lines stays small. The first 8 KB decide the
 * encoding (BOM) and refuse empty and binary input; each UTF-8 line is decoded on its own, so an invalid byte is
 * reported with the line it is on.
 */
import { InputError } from '../model/errors.js';
import {
  EMPTY_FILE,
  SNIFF_BYTES,
  type Encoding,
  invalidEncodingWarning,
  lossyDecode,
  refuseFromHead,
  sniffEncoding,
  strictDecode,
} from './decode.js';

export interface Line {
  /** 1-based line number. */
  no: number;
  text: string;
  /** Set when the line held bytes invalid in the stream's encoding (replaced with U+FFFD). */
  warning: string | null;
}

export type LineItem = { ok: true; line: Line } | { ok: false; error: InputError };

/** Lines of `chunks`, or one error item when the stream is empty or binary. Trailing `\r` is removed. */
export async function* readLines(chunks: AsyncIterable<Buffer | string>, file: string): AsyncGenerator<LineItem> {
  const iterator = toBuffers(chunks)[Symbol.asyncIterator]();
  const { head, done } = await readHead(iterator, SNIFF_BYTES);
  const sniffed = sniffEncoding(head);
  const refused = refuseFromHead(head, sniffed);
  if (refused) {
    await iterator.return?.(undefined);
    yield { ok: false, error: new InputError(file, refused) };
    return;
  }
  const all = prepend(head.subarray(sniffed.bomLength), done ? null : iterator);
  const lines =
    sniffed.encoding === 'utf-8' ? utf8Lines(all, file) : decodedLines(all, sniffed.encoding, file);
  let sawText = false;
  for await (const line of lines) {
    if (line.text.trim() !== '') sawText = true;
    yield { ok: true, line };
  }
  if (!sawText) yield { ok: false, error: new InputError(file, EMPTY_FILE) };
}

async function* toBuffers(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) yield typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
}

async function readHead(
  iterator: AsyncIterator<Buffer>,
  size: number,
): Promise<{ head: Buffer; done: boolean }> {
  const parts: Buffer[] = [];
  let length = 0;
  while (length < size) {
    const next = await iterator.next();
    if (next.done) return { head: Buffer.concat(parts), done: true };
    parts.push(next.value);
    length += next.value.length;
  }
  return { head: Buffer.concat(parts), done: false };
}

async function* prepend(first: Buffer, rest: AsyncIterator<Buffer> | null): AsyncGenerator<Buffer> {
  if (first.length > 0) yield first;
  if (!rest) return;
  try {
    for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
  } finally {
    await rest.return?.(undefined);
  }
}

/** Splits on LF at the byte level (LF never occurs inside a UTF-8 multi-byte sequence), then decodes each line. */
async function* utf8Lines(chunks: AsyncIterable<Buffer>, file: string): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let no = 0;
  const emit = (bytes: Buffer): Line => {
    no++;
    const body = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.subarray(0, -1) : bytes;
    const strict = strictDecode(body, 'utf-8');
    if (strict !== null) return { no, text: strict, warning: null };
    const text = lossyDecode(body, 'utf-8');
    return { no, text, warning: invalidEncodingWarning(file, 'utf-8', body, text, ` on line ${no}`) };
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let lf = chunk.indexOf(0x0a, start); lf !== -1; lf = chunk.indexOf(0x0a, start)) {
      const piece = chunk.subarray(start, lf);
      const line = pending.length === 0 ? piece : Buffer.concat([...pending, piece]);
      pending = [];
      yield emit(line);
      start = lf + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield emit(Buffer.concat(pending));
}

/**
 * For UTF-16: decode the stream incrementally, then split the text on LF. A line holding U+FFFD is flagged: in a
 * UTF-16 archive that is almost always a decoding loss (an unpaired surrogate), rarely a character of the text.
 */
async function* decodedLines(chunks: AsyncIterable<Buffer>, encoding: Encoding, file: string): AsyncGenerator<Line> {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const name = encoding.toUpperCase().replace('UTF-16', 'UTF-16 ');
  let pending: string[] = [];
  let no = 0;
  const emit = (raw: string): Line => {
    no++;
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    const warning = text.includes('\ufffd') ? `${file}: invalid ${name} on line ${no}, replaced with U+FFFD` : null;
    return { no, text, warning };
  };
  const split = function* (text: string): Generator<Line> {
    let start = 0;
    for (let lf = text.indexOf('\n'); lf !== -1; lf = text.indexOf('\n', start)) {
      pending.push(text.slice(start, lf));
      yield emit(pending.join(''));
      pending = [];
      start = lf + 1;
    }
    if (start < text.length) pending.push(text.slice(start));
  };
  for await (const chunk of chunks) yield* split(decoder.decode(chunk, { stream: true }));
  yield* split(decoder.decode());
  if (pending.length > 0) yield emit(pending.join(''));
}
