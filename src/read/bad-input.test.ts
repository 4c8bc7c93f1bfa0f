/** Issue 8 §1: every kind of bad file gives one clear item, and reading goes on. Byte fixtures are built here. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../model/errors.js';
import { type ReadItem, readArticles } from './index.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'eventline-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes);
  return path;
}

async function collect(paths: string[], options = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readArticles(paths, options)) items.push(item);
  return items;
}

async function onlyError(path: string): Promise<InputError> {
  const items = await collect([path]);
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (item.ok) throw new Error(`expected an error, got article ${item.article.id}`);
  expect(item.error).toBeInstanceOf(InputError);
  expect(item.error.file).toBe(path);
  return item.error;
}

async function onlyArticle(path: string) {
  const items = await collect([path]);
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (!item.ok) throw new Error(`expected an article, got ${item.error.message}`);
  return item;
}

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'be') le.swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), le]);
};

describe('refused files', () => {
  it.each(['empty.txt', 'empty.json', 'empty.jsonl', 'empty.html', 'empty.tml', 'empty.md'])(
    '%s: "empty file"',
    async (name) => {
      expect((await onlyError(await write(name, ''))).reason).toBe('empty file');
    },
  );

  it('a whitespace-only or BOM-only file is empty too', async () => {
    expect((await onlyError(await write('blank.txt', ' \n\t\n'))).reason).toBe('empty file');
    expect((await onlyError(await write('bom.txt', Buffer.from([0xef, 0xbb, 0xbf])))).reason).toBe('empty file');
    expect((await onlyError(await write('blank.jsonl', '\n\n  \n'))).reason).toBe('empty file');
  });

  it.each(['binary.txt', 'binary.jsonl', 'binary.json', 'binary.html'])('%s: "binary file"', async (name) => {
    const bytes = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64), Buffer.from('more bytes\n')]);
    expect((await onlyError(await write(name, bytes))).reason).toMatch(/^binary file/);
  });

  it('a path that does not exist: "no such file or directory"', async () => {
    expect((await onlyError(join(dir, 'missing.txt'))).reason).toBe('no such file or directory');
  });

  it('an explicit file with an unknown extension names the extension and the ones we read', async () => {
    const error = await onlyError(await write('notes.csv', 'a,b\n'));
    expect(error.reason).toMatch(/unsupported file type "\.csv" \(expected \.txt, .*\.jsonl.*\.html/);
    expect((await onlyError(await write('README', 'text'))).reason).toMatch(/^no file extension/);
  });

  it('malformed JSON names the line of the error', async () => {
    const error = await onlyError(await write('broken.json', '[\n  {"text": "a"},\n  {"text": }\n]'));
    expect(error.reason).toMatch(/^malformed JSON/);
    expect(error.line).toBe(3);
  });

  it('JSON that is not an article object', async () => {
    expect((await onlyError(await write('scalar.json', '"just a string"'))).reason).toMatch(/expected an article object/);
    expect((await onlyError(await write('empty-array.json', '[]'))).reason).toMatch(/no articles/);
  });

  it('an invalid TimeML document is an error item, not a throw', async () => {
    expect((await onlyError(await write('bad.tml', '<TimeML><DOCID>x</DOCID>'))).reason).toMatch(/^TimeML:/);
  });

  it('a bad document among good ones stops nothing', async () => {
    const good = await write('good.txt', 'Title\n\nText.');
    const items = await collect([await write('e.txt', ''), good, join(dir, 'nope.md'), good]);
    expect(items.map((i) => i.ok)).toEqual([false, true, false, true]);
  });
});

describe('encodings', () => {
  it('strips a UTF-8 BOM', async () => {
    const path = await write('bom-text.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Título\n\nTexto.')]));
    const { article, warnings } = await onlyArticle(path);
    expect(article.title).toBe('Título');
    expect(article.text).toBe('Título\n\nTexto.');
    expect(warnings).toEqual([]);
  });

  it.each(['le', 'be'] as const)('decodes UTF-16 %s with a BOM (text, front matter and JSONL)', async (endian) => {
    const text = await onlyArticle(await write(`u16${endian}.txt`, utf16('---\nid: u16\n---\nKim Jong-il — 金正日\n', endian)));
    expect(text.article).toMatchObject({ id: 'u16', title: 'Kim Jong-il — 金正日' });
    expect(text.warnings).toEqual([]);
    const path = await write(`u16${endian}.jsonl`, utf16('{"text":"один"}\r\n{"text":"два"}\n', endian));
    const items = await collect([path]);
    expect(items.map((i) => i.ok && [i.article.text, i.article.origin])).toEqual([
      ['один', `${path}:1`],
      ['два', `${path}:2`],
    ]);
  });

  it('decodes invalid UTF-8 with replacement characters and a warning', async () => {
    const bytes = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait\n\nNa'), Buffer.from([0xff, 0xfe]), Buffer.from('ve.')]);
    const path = await write('latin1.txt', bytes);
    const { article, warnings } = await onlyArticle(path);
    expect(article.title).toBe('Caf\ufffd au lait');
    expect(warnings).toEqual([expect.stringMatching(new RegExp(`^${escape(path)}: invalid UTF-8, 3 sequence`))]);
  });

  it('warns about invalid UTF-8 in JSONL on the line it is on', async () => {
    const bytes = Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"bad '), Buffer.from([0xc3]), Buffer.from('"}\n')]);
    const path = await write('bad-utf8.jsonl', bytes);
    const items = await collect([path]);
    expect(items.map((i) => i.ok && i.warnings)).toEqual([[], [expect.stringContaining('invalid UTF-8 on line 2')]]);
  });

  it('a genuine U+FFFD in valid UTF-8 is not a warning', async () => {
    const { warnings } = await onlyArticle(await write('fffd.txt', 'Title \ufffd\n'));
    expect(warnings).toEqual([]);
  });

  it('decodes an HTML page in the charset it declares when it is not UTF-8', async () => {
    const html = Buffer.from('<html><head><meta charset="windows-1252"><title>Caf\xe9</title></head><body><p>Cr\xe8me br\xfbl\xe9e.</p></body></html>', 'latin1');
    const { article, warnings } = await onlyArticle(await write('cp1252.html', html));
    expect(article.title).toBe('Café');
    expect(article.text).toBe('Crème brûlée.');
    expect(warnings).toEqual([]);
  });
});

describe('large input', () => {
  it('reads a 20 MB single-line JSONL record and a 20 MB single-line text file', async () => {
    const body = 'x'.repeat(20 * 1024 * 1024);
    const jsonl = await write('huge.jsonl', `{"id":"huge","text":"${body}"}\n{"id":"after","text":"still read"}\n`);
    const items = await collect([jsonl]);
    expect(items.map((i) => i.ok && [i.article.id, i.article.text.length])).toEqual([
      ['huge', body.length],
      ['after', 10],
    ]);
    const txt = await onlyArticle(await write('huge.txt', body));
    expect(txt.article.text.length).toBe(body.length);
    expect(txt.article.title).toBe(`${'x'.repeat(300)}…`);
  });

  it('a title taken from a long first line is cut at a word boundary', async () => {
    const line = 'word '.repeat(100_000);
    const { article } = await onlyArticle(await write('long-title.md', `# ${line}\n`));
    expect(article.title).toBe(`${'word '.repeat(59)}word…`);
    expect(article.text).toBe(`# ${line}\n`);
  });

  it('streams a JSONL file: the first article arrives before the file is read to its end', async () => {
    const line = JSON.stringify({ text: 'y'.repeat(1000) });
    const path = await write('many.jsonl', `${line}\n`.repeat(50_000));
    const iterator = readArticles([path]);
    const first = await iterator.next();
    expect(first.value).toMatchObject({ ok: true, article: { id: 'many-1' } });
    await iterator.return(undefined); // closes the file
  });
});

describe('options.publishedAt', () => {
  it('an invalid default date is a usage error, thrown before anything is read', async () => {
    await expect(collect([join(dir, 'missing.txt')], { publishedAt: '2011-02-30' })).rejects.toBeInstanceOf(UsageError);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
