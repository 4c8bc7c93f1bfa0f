import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../../test/support/shared.js';
import { type ReadItem, readArticles } from './index.js';

const DEV = sharedPath('corpora/dev-articles');

describe.skipIf(DEV === null)('.tml (shared dev articles)', () => {
  it('reads id, title, DCT day and the TEXT character data without tags', async () => {
    const path = join(DEV!, 'AFP_ENG_19970413.0199.tml');
    const items: ReadItem[] = [];
    for await (const item of readArticles([path])) items.push(item);
    expect(items).toHaveLength(1);
    const item = items[0]!;
    if (!item.ok) throw new Error(item.error.message);
    expect(item.article).toMatchObject({
      id: 'AFP_ENG_19970413.0199',
      title: 'Prodi gets warm welcome in Vlore, offers condolences',
      publishedAt: '1997-04-13',
      origin: path,
    });
    expect(item.article.text).toContain('Italian Prime Minister Romano Prodi made a flying visit to the rebel- held');
    expect(item.article.text).not.toMatch(/<|&amp;/);
  });

  it('reads the whole directory, every document an article with a date', async () => {
    const names = (await readdir(DEV!)).filter((n) => n.endsWith('.tml')).sort();
    const items: ReadItem[] = [];
    for await (const item of readArticles([DEV!])) items.push(item);
    const failed = items.flatMap((i) => (i.ok ? [] : [i.error.message]));
    expect(failed).toEqual([]);
    expect(items).toHaveLength(names.length);
    for (const item of items) if (item.ok) expect(item.article.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const first = await readFile(join(DEV!, names[0]!), 'utf8');
    expect(first).toContain('<DOCID>');
  });
});
