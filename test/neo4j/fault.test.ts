/**
 * The server stops in the middle of a batched load (issue 8): the batch in flight is reported with its
 * articles, committed batches stay, and after a restart on the same data a re-run completes the set with no
 * duplicates: the same graph as an uninterrupted load.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/store/memory/index.js';
import { Neo4jBatchError, openNeo4jStore } from '../../src/store/neo4j/index.js';
import { NEO4J_START_TIMEOUT_MS, neo4jSkipReason, startNeo4j, type Neo4jServer } from '../support/neo4j.js';
import { generatedArticles } from './fixture.js';

const skip = neo4jSkipReason();

describe.skipIf(skip !== null)('Neo4j stopped during a load', () => {
  const servers: Neo4jServer[] = [];
  let dataDir = '';
  afterAll(async () => {
    for (const s of servers) await s.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it(
    'reports the batch in flight, keeps committed batches, and a re-run completes without duplicates',
    async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'eventline-neo4j-fault-'));
      const articles = generatedArticles(300, 'fault');
      const first = (await startNeo4j({ dataDir }))!;
      servers.push(first);

      const store = await openNeo4jStore({ uri: first.uri, batchSize: 100, maxRetryTimeMs: 3000 });
      let stopping: Promise<void> | null = null;
      const error = await store
        .putArticles(articles, {
          onBatch: (_results, { batch }) => {
            if (batch === 3) stopping = first.stop();
          },
        })
        .then(
          () => null,
          (e: unknown) => e,
        );
      await store.close();
      await stopping;
      expect(error).toBeInstanceOf(Neo4jBatchError);
      const failed = error as Neo4jBatchError;
      expect(failed.message).toMatch(/not stored: articles fault\d+/);
      expect(failed.message).toMatch(/re-run to complete/);
      expect(failed.articleIds.length).toBeGreaterThan(0);
      expect(failed.committed.length).toBeGreaterThanOrEqual(3);
      const committed = failed.committed.map((r) => r.articleId);
      expect(committed.some((id) => failed.articleIds.includes(id))).toBe(false);

      const second = (await startNeo4j({ dataDir }))!;
      servers.push(second);
      const again = await openNeo4jStore({ uri: second.uri, batchSize: 100 });
      try {
        // what was reported committed survived the stop
        for (const id of committed) expect(await again.articleState(id, `hash-${id}-v1`)).toBe('same');
        const stored = (await again.stats()).articles;
        expect(stored).toBeGreaterThanOrEqual(committed.length);

        const rerun = await again.putArticles(articles);
        expect(rerun.filter((r) => r.outcome === 'unchanged').length).toBe(stored);
        expect(rerun.filter((r) => r.outcome === 'added').length).toBe(articles.length - stored);

        const reference = MemoryStore.open(null);
        for (const a of articles) await reference.putArticle(a);
        expect(JSON.stringify(await again.exportGraph())).toBe(JSON.stringify(await reference.exportGraph()));
      } finally {
        await again.close();
      }
    },
    2 * NEO4J_START_TIMEOUT_MS,
  );
});
