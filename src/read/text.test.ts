import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ReadItem, readArticles } from './index.js';

/** The project root, found from this file (tests under src/ do not import test/: the build's rootDir is src). */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

const fixture = (name: string): string => `${PROJECT_ROOT}/test/fixtures/read/${name}`;

async function collect(paths: string[], options = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readArticles(paths, options)) items.push(item);
  return items;
}

async function readOne(path: string, options = {}) {
  const items = await collect([path], options);
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (!item.ok) throw new Error(`expected an article, got ${item.error.message}`);
  return item;
}

describe('.txt with front matter', () => {
  it('reads the sample article: fields from the front matter, text exactly as after it', async () => {
    const path = `${PROJECT_ROOT}/data/kim-jong-il-heads-to-russia.txt`;
    const { article, warnings } = await readOne(path);
    const raw = await readFile(path, 'utf8');
    expect(article).toMatchObject({
      id: 'jpost-kim-jong-il-heads-to-russia',
      title: 'Kim Jong-Il heads to Russia',
      publishedAt: '2011-06-27',
      source: 'The Jerusalem Post (Reuters)',
      url: 'https://www.jpost.com/international/kim-jong-il-heads-to-russia',
      origin: path,
    });
    expect(article.text.startsWith('Kim Jong-Il heads to Russia\n\nWhen asked if Kim was coming')).toBe(true);
    expect(raw.endsWith(article.text)).toBe(true);
    expect(raw.slice(0, raw.length - article.text.length).endsWith('---\n')).toBe(true);
    expect(warnings).toEqual([]);
  });

  it('keeps the article with a date that does not exist, without the date, and says so', async () => {
    const path = fixture('bad-date.txt');
    const { article, warnings } = await readOne(path);
    expect(article.publishedAt).toBeNull();
    expect(article.title).toBe('A headline');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(path);
    expect(warnings[0]).toContain('"2011-02-30"');
  });

  it('fills a missing or invalid date from options.publishedAt, never overriding a valid one', async () => {
    const bad = await readOne(fixture('bad-date.txt'), { publishedAt: 'June 1, 2011' });
    expect(bad.article.publishedAt).toBe('2011-06-01');
    const plain = await readOne(fixture('plain.txt'), { publishedAt: '2011-06-01' });
    expect(plain.article.publishedAt).toBe('2011-06-01');
    const dated = await readOne(`${PROJECT_ROOT}/data/kim-jong-il-heads-to-russia.txt`, { publishedAt: '2011-06-01' });
    expect(dated.article.publishedAt).toBe('2011-06-27');
  });
});

describe('.txt without front matter', () => {
  it('takes the first non-empty line as title and the file name as id; the text is the whole file', async () => {
    const path = fixture('plain.txt');
    const { article } = await readOne(path);
    expect(article).toMatchObject({
      id: 'plain',
      title: 'Prodi visits Vlore',
      publishedAt: null,
      source: null,
      url: null,
      origin: path,
    });
    expect(article.text).toBe(await readFile(path, 'utf8'));
  });
});

describe('.md', () => {
  it('reads quoted front matter values, aliases (date) and comment lines', async () => {
    const { article, warnings } = await readOne(fixture('quoted.md'));
    expect(article).toMatchObject({
      id: 'md-quoted',
      title: 'Talks in Geneva: "no deal"',
      publishedAt: '2011-06-27',
      source: 'Example Wire',
      url: 'https://example.org/talks',
    });
    expect(article.text).toBe('# Talks in Geneva\n\nNegotiators met on Monday.\n');
    expect(warnings).toEqual([]);
  });

  it('strips heading marks from a title taken from the body, not from the text', async () => {
    const { article } = await readOne(fixture('heading.md'));
    expect(article.title).toBe('Summit opens in Vladivostok');
    expect(article.text.startsWith('## Summit opens')).toBe(true);
  });
});
