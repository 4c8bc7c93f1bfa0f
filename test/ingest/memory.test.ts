/**
 * Streaming: ingesting a large generated JSONL file keeps the peak RSS far below the size of the input (the
 * reader holds one line, ingest a bounded window of articles). Extraction is stubbed (article nodes only),
 * so what is measured is reading, hashing, dispatching and storing. The live heap (after a forced GC, every 500
 * articles) stays small; the peak RSS, which also holds garbage not yet collected, stays under the input size.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/shared.js';

const dir = mkdtempSync(join(tmpdir(), 'eventline-memory-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dist = (p: string) => pathToFileURL(join(PROJECT_ROOT, 'dist', p)).href;

const CHILD = `
import { ingest } from '${dist('ingest.js')}';
import { readArticles } from '${dist('read/index.js')}';
import { buildFragment } from '${dist('graph/build.js')}';
import { MemoryStore } from '${dist('store/memory/index.js')}';
const extractor = {
  threads: 4,
  extract: async ({ article, hash }) => ({ ok: true, events: 0, fragment: buildFragment({ article, timexes: [], entities: [], events: [] }, hash) }),
  close: async () => ({}),
};
const store = MemoryStore.open(null);
let live = 0;
const onArticle = (a) => {
  if (Number(a.articleId.slice(4)) % 500 !== 0) return;
  globalThis.gc();
  live = Math.max(live, process.memoryUsage().heapUsed);
};
const summary = await ingest(readArticles([process.argv[2]]), store, { extractor, onArticle, signal: new AbortController().signal });
process.stdout.write(JSON.stringify({ added: summary.added, maxRssKb: process.resourceUsage().maxRSS, liveHeap: live }));
`;

describe('streaming ingest', () => {
  it('a 240 MB JSONL file is ingested with a small live heap and a peak RSS under its size', () => {
    const input = join(dir, 'big.jsonl');
    const fd = openSync(input, 'w');
    const body = 'Officials said the talks would resume next week. '.repeat(640); // 32 KB
    const n = 8_000;
    for (let i = 0; i < n; i++) {
      writeSync(fd, JSON.stringify({ id: `big-${i}`, title: `Article ${i}`, publishedAt: '2011-06-27', text: `${i} ${body}` }) + '\n');
    }
    closeSync(fd);
    const size = statSync(input).size;
    expect(size).toBeGreaterThan(230 * 1024 * 1024);
    const child = join(dir, 'child.mjs');
    writeFileSync(child, CHILD);
    const r = spawnSync(process.execPath, ['--expose-gc', child, input], { encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    const { added, maxRssKb, liveHeap } = JSON.parse(r.stdout) as { added: number; maxRssKb: number; liveHeap: number };
    expect(added).toBe(n);
    const seen = `input ${size} B, live heap ${liveHeap} B, peak RSS ${maxRssKb} KB`;
    expect(liveHeap, seen).toBeLessThan(size / 8);
    expect(maxRssKb * 1024, seen).toBeLessThan(size);
  });
});
