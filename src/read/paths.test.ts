import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type ReadItem, readArticles } from './index.js';

/** The project root, found from this file (tests under src/ do not import test/: the build's rootDir is src). */
const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

const TREE = `${PROJECT_ROOT}/test/fixtures/read/tree`;

async function collect(paths: string[]): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readArticles(paths)) items.push(item);
  return items;
}

const origins = (items: ReadItem[]) => items.map((i) => (i.ok ? i.article.origin : `error ${i.error.message}`));

const temps: string[] = [];
afterAll(async () => {
  for (const t of temps) await rm(t, { recursive: true, force: true });
});

describe('directories', () => {
  it('are walked recursively in sorted order, skipping hidden entries and unknown extensions silently', async () => {
    const items = await collect([TREE]);
    expect(origins(items)).toEqual([
      `${TREE}/Z.HTM`,
      `${TREE}/a.jsonl:1`,
      `${TREE}/a.jsonl:2`,
      `${TREE}/b.txt`,
      `${TREE}/nested/c.md`,
      `${TREE}/nested/deeper/d.txt`,
    ]);
    expect(items.every((i) => i.ok)).toBe(true);
  });

  it('several paths at once, in the order given, files and directories mixed', async () => {
    const items = await collect([`${TREE}/nested`, `${TREE}/b.txt`]);
    expect(origins(items)).toEqual([`${TREE}/nested/c.md`, `${TREE}/nested/deeper/d.txt`, `${TREE}/b.txt`]);
  });

  it('two runs give the same articles', async () => {
    expect(await collect([TREE])).toEqual(await collect([TREE]));
  });

  it('follow symbolic links but never loop', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eventline-walk-'));
    temps.push(dir);
    await mkdir(join(dir, 'sub'));
    await writeFile(join(dir, 'sub', 'x.txt'), 'X\n\nText.');
    await symlink(dir, join(dir, 'sub', 'loop'));
    await symlink(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
    expect(origins(await collect([dir]))).toEqual([join(dir, 'sub', 'x.txt')]);
  });

  it('an empty directory gives nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eventline-empty-'));
    temps.push(dir);
    expect(await collect([dir])).toEqual([]);
  });
});
