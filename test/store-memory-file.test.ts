import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildFragment } from '../src/graph/build.js';
import { StoreError } from '../src/model/errors.js';
import { MemoryStore, writeFileAtomic } from '../src/store/memory/index.js';
import { makeExtraction } from './store-conformance.js';

const x = makeExtraction('a1', '2011-06-27', [
  { type: 'Meeting', start: '2002-08-23', who: [[{ id: 'person:a', name: 'A', kind: 'Person' }, 'participant']], text: 'A met B.' },
]);

describe('memory store file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'eventline-file-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('persists on flush and reloads the same graph', async () => {
    const path = join(dir, 'sub', 'graph.json');
    const store = MemoryStore.open(path);
    await store.putArticle(buildFragment(x, 'h1'));
    expect(existsSync(path)).toBe(false); // nothing written before flush
    await store.close();
    const again = MemoryStore.open(path);
    expect(await again.exportGraph()).toEqual(await store.exportGraph());
  });

  it('a partial temp file from an interrupted save leaves the previous graph loadable', async () => {
    const path = join(dir, 'graph.json');
    const store = MemoryStore.open(path);
    await store.putArticle(buildFragment(x, 'h1'));
    await store.flush();
    const saved = readFileSync(path, 'utf8');
    // A crash mid-save leaves a truncated temp file beside the store: it must not be read.
    writeFileSync(`${path}.tmp-99999`, saved.slice(0, saved.length / 2));
    const reopened = MemoryStore.open(path);
    expect((await reopened.stats()).articles).toBe(1);
  });

  it('writeFileAtomic replaces the whole file or nothing', () => {
    const path = join(dir, 'f.json');
    writeFileAtomic(path, 'old');
    writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
  });

  it('a corrupt store file is a StoreError naming the file', () => {
    const path = join(dir, 'graph.json');
    writeFileSync(path, '{"nodes": [');
    expect(() => MemoryStore.open(path)).toThrow(StoreError);
    expect(() => MemoryStore.open(path)).toThrow(path);
    writeFileSync(path, '{"nodes": [], "edges": []}');
    expect(() => MemoryStore.open(path)).toThrow(/not an eventline graph/);
  });
});
