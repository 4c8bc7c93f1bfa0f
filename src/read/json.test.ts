import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../model/errors.js';
import { jsonErrorOffset } from './formats/json.js';
import { type ReadItem, type ReadOptions, readArticles } from './index.js';

/** The project root, found from this file (tests under src/ do not import test/: the build's rootDir is src). */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

const fixture = (name: string): string => `${PROJECT_ROOT}/test/fixtures/read/${name}`;

async function collect(paths: string[], options: ReadOptions = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readArticles(paths, options)) items.push(item);
  return items;
}

const articles = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [i.article] : []));
const errors = (items: ReadItem[]) => items.flatMap((i) => (i.ok ? [] : [i.error]));

describe('.json', () => {
  it('reads an array: field aliases, derived ids, and an error naming the element without text', async () => {
    const path = fixture('array.json');
    const items = await collect([path]);
    expect(items.map((i) => i.ok)).toEqual([true, true, false, true]);
    expect(articles(items)).toEqual([
      {
        id: 'a-1',
        title: 'First',
        text: 'First article text.',
        publishedAt: '2011-06-27',
        source: 'Wire',
        url: 'https://example.org/1',
        origin: `${path}:2`,
      },
      {
        id: 'array-2',
        title: 'Second article, no id, no title.',
        text: 'Second article, no id, no title.\nSecond line.',
        publishedAt: '2011-06-27',
        source: null,
        url: null,
        origin: `${path}:3`,
      },
      {
        id: '42',
        title: 'Numeric id.',
        text: 'Numeric id.',
        publishedAt: '2011-06-27',
        source: null,
        url: null,
        origin: `${path}:8`,
      },
    ]);
    const [error] = errors(items);
    expect(error).toBeInstanceOf(InputError);
    expect(error!.file).toBe(path);
    expect(error!.line).toBe(7);
    expect(error!.reason).toMatch(/element 3: no text/);
  });

  it('reads a single object; its id is the file name', async () => {
    const items = await collect([fixture('single.json')]);
    expect(articles(items)).toMatchObject([{ id: 'single', title: 'Single', publishedAt: '1987-02-26' }]);
  });
});

describe('.jsonl', () => {
  it('reads every good line of a file with a malformed middle line, reporting the bad ones by line', async () => {
    const path = fixture('malformed-middle.jsonl');
    const items = await collect([path]);
    expect(articles(items).map((a) => [a.id, a.origin, a.publishedAt])).toEqual([
      ['ok-1', `${path}:1`, '2011-06-27'],
      ['malformed-middle-3', `${path}:3`, null],
      ['ok-6', `${path}:6`, null],
    ]);
    const errs = errors(items);
    expect(errs.map((e) => [e.file, e.line])).toEqual([
      [path, 2],
      [path, 5],
    ]);
    expect(errs[0]!.reason).toMatch(/^malformed JSON/);
    expect(errs[1]!.reason).toMatch(/no text/);
    expect(errs[1]!.message).toContain(`${path}:5:`);
    const six = items.find((i) => i.ok && i.article.id === 'ok-6');
    expect(six?.ok && six.warnings).toEqual([expect.stringContaining(`${path}:6: publishedAt "2011-02-30"`)]);
  });

  it('keeps the original order of lines and items', async () => {
    const items = await collect([fixture('single.json'), fixture('malformed-middle.jsonl')]);
    expect(items.map((i) => (i.ok ? i.article.id : `error:${i.error.line}`))).toEqual([
      'single',
      'ok-1',
      'error:2',
      'malformed-middle-3',
      'error:5',
      'ok-6',
    ]);
  });
});

describe('stdin', () => {
  it('reads JSONL from "-" with origins -:<line>', async () => {
    const stdin = Readable.from([
      Buffer.from('{"id":"s1","text":"From stdin.","date":"2011-06-27"}\n{"te'),
      Buffer.from('xt":"No id, split across chunks."}\r\nnot json\n'),
    ]);
    const items = await collect(['-'], { stdin });
    expect(articles(items)).toMatchObject([
      { id: 's1', origin: '-:1', publishedAt: '2011-06-27' },
      { id: 'stdin-2', origin: '-:2', text: 'No id, split across chunks.' },
    ]);
    expect(errors(items).map((e) => [e.file, e.line])).toEqual([['-', 3]]);
  });

  it('reads string chunks too, and an empty stdin is one error', async () => {
    const text = await collect(['-'], { stdin: Readable.from(['{"text":"a"}\n', '{"text":"b"}']) });
    expect(articles(text).map((a) => a.text)).toEqual(['a', 'b']);
    const empty = await collect(['-'], { stdin: Readable.from([]) });
    expect(errors(empty).map((e) => e.reason)).toEqual(['empty file']);
  });
});

describe('jsonErrorOffset', () => {
  it('points at the first syntax error, and finds none in valid JSON', () => {
    expect(jsonErrorOffset('{"a": tru}')).toBe(6);
    expect(jsonErrorOffset('[1, 2,]')).toBe(6);
    expect(jsonErrorOffset('{"a": "b\\q"}')).toBe(9); // the character after the backslash
    expect(jsonErrorOffset('{"a": 1')).toBe(7);
    expect(jsonErrorOffset('[{"a": [1, -2.5e3, true, null, "\\u00e9"]}] ')).toBeUndefined();
  });
});
