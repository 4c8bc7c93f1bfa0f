/**
 * Ingest into a real Neo4j (test/support/neo4j.ts): writes go in batches (putArticles), and the graph is the one
 * the embedded store builds from the same articles; a second run finds every article unchanged.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest.js';
import { readArticles } from '../../src/read/index.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { openNeo4jStore, neo4jConfigFromEnv } from '../../src/store/neo4j/index.js';
import { useNeo4j } from '../support/neo4j.js';
import { corpusLines, writeJsonl } from './support.js';

const server = useNeo4j();
const dir = mkdtempSync(join(tmpdir(), 'eventline-ingest-neo4j-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = writeJsonl(join(dir, 'articles.jsonl'), corpusLines(150));

describe('ingest into Neo4j', () => {
  it('batched writes give the graph of the embedded store; a re-run changes nothing', async (ctx) => {
    if (!server.available) return ctx.skip();
    const store = await openNeo4jStore(neo4jConfigFromEnv({ uri: server.uri }));
    try {
      await store.deleteEverything();
      const batches: number[] = [];
      const original = store.putArticles.bind(store);
      store.putArticles = (fragments, opts) => {
        batches.push(fragments.length);
        return original(fragments, opts);
      };
      const first = await ingest(readArticles([input]), store, { workers: 2, checkpointEvery: 60 });
      expect(first).toMatchObject({ read: 150, added: 150, saved: 150, failed: 0 });
      expect(batches).toEqual([60, 60, 30]);
      const memory = MemoryStore.open(null);
      await ingest(readArticles([input]), memory);
      expect(await store.exportGraph()).toEqual(await memory.exportGraph());
      const again = await ingest(readArticles([input]), store, { workers: 2 });
      expect(again).toMatchObject({ unchanged: 150, added: 0, saved: 150 });
    } finally {
      await store.close();
    }
  });
});
