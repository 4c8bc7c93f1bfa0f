import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { jsonLdDatePublished } from './formats/html.js';
import { type ReadItem, readArticles } from './index.js';

/** The project root, found from this file (tests under src/ do not import test/: the build's rootDir is src). */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

const fixture = (name: string): string => `${PROJECT_ROOT}/test/fixtures/read/${name}`;

async function readOne(path: string) {
  const items: ReadItem[] = [];
  for await (const item of readArticles([path])) items.push(item);
  expect(items).toHaveLength(1);
  const item = items[0]!;
  if (!item.ok) throw new Error(`expected an article, got ${item.error.message}`);
  return item;
}

describe('.html', () => {
  it('reads og:title, the article:published_time meta (the day as written), site name and url', async () => {
    const path = fixture('page-meta.html');
    const { article, warnings } = await readOne(path);
    expect(article).toMatchObject({
      id: 'page-meta',
      title: 'Kim Jong-il heads to Russia',
      publishedAt: '2011-06-27',
      source: 'Example News',
      url: 'https://news.example.org/kim-russia',
      origin: path,
    });
    expect(warnings).toEqual([]);
  });

  it('takes the longest <article> as the text, one paragraph per block, without scripts, asides and navigation', async () => {
    const { article } = await readOne(fixture('page-meta.html'));
    expect(article.text).toBe(
      [
        'Kim Jong-il heads to Russia',
        'June 25 VLADIVOSTOK \u2014 Russian authorities are preparing for a possible visit by North Korean leader Kim Jong-il.',
        '"We are making preparations," said the official.\nHe declined to give details.',
        'First point',
        'Second point',
      ].join('\n\n'),
    );
  });

  it('falls back to <time datetime> when there is no meta, and to <main> for the text', async () => {
    const { article } = await readOne(fixture('page-time.html'));
    expect(article.title).toBe('Leaders meet in Geneva');
    expect(article.publishedAt).toBe('2011-06-27');
    expect(article.text).toBe('Leaders meet\n\nPosted Monday\n\nThe leaders met in Geneva on Monday.\n\nTalks continue tomorrow.');
  });

  it('falls back to JSON-LD datePublished (also inside @graph), the <h1> title and the body paragraphs', async () => {
    const { article } = await readOne(fixture('page-jsonld.html'));
    expect(article.title).toBe('Summit ends');
    expect(article.publishedAt).toBe('2011-06-27');
    expect(article.text).toBe('Summit ends\n\nThe summit ended on Monday.\n\nDelegates went home.');
  });

  it('finds datePublished anywhere in JSON-LD and ignores malformed blocks', () => {
    expect(jsonLdDatePublished('[{"a": {"datePublished": "2011-06-27"}}, {"datePublished": "2011-06-28"}]')).toEqual([
      '2011-06-27',
      '2011-06-28',
    ]);
    expect(jsonLdDatePublished('{not json')).toEqual([]);
  });
});
