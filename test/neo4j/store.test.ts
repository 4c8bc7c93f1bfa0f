/**
 * The Neo4j store against a real server: schema, idempotent and replacing writes, batching, provenance,
 * hostile names, and what Neo4j actually stores (dates as `date`, offsets as integers).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/model/errors.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { Neo4jBatchError, openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/index.js';
import { runQueryFile } from '../../src/store/neo4j/query.js';
import { backfillPersonNameKeys } from '../../src/store/neo4j/schema.js';
import type { GraphFragment } from '../../src/graph/model.js';
import { makeExtraction } from '../store-conformance.js';
import { neo4jSkipReason, useNeo4j } from '../support/neo4j.js';
import { a1, country, FIXTURE, fragment, generatedArticles, KIM, mergingArticles, MOSCOW, person } from './fixture.js';

const skip = neo4jSkipReason();
const server = useNeo4j();

describe.skipIf(skip !== null)('neo4j store', () => {
  let store: Neo4jStore;
  let dir: string;
  beforeAll(async () => {
    store = await openNeo4jStore({ uri: server.uri });
    dir = await mkdtemp(join(tmpdir(), 'eventline-neo4j-test-'));
  });
  afterAll(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });
  const fresh = async () => store.deleteEverything();

  /** What the embedded store holds after the same puts: the reference for every comparison. */
  const memoryAfter = async (fragments: GraphFragment[]) => {
    const memory = MemoryStore.open(null);
    for (const f of fragments) await memory.putArticle(f);
    return memory;
  };

  const cypher = async (text: string, params: Record<string, string> = {}) => {
    const file = join(dir, `q${Math.random().toString(36).slice(2)}.cypher`);
    await writeFile(file, text);
    return runQueryFile({ uri: server.uri }, file, params);
  };

  it('sets up the schema idempotently', async () => {
    const first = await store.schema();
    await store.setupSchema();
    const again = await openNeo4jStore({ uri: server.uri });
    await again.setupSchema();
    await again.close();
    expect(await store.schema()).toEqual(first);
    for (const label of ['article', 'event', 'person', 'organization', 'country', 'place']) expect(first.constraints).toContain(`${label}_id`);
    expect(first.indexes).toEqual(
      expect.arrayContaining(['event_start_date', 'event_end_date', 'event_type', 'entity_names', 'person_first_word', 'person_last_word']),
    );
  });

  it('fills the name keys of persons stored without them when it opens, so they are found as namesakes', async () => {
    await fresh();
    // A Person and its position as an earlier version stored them: no firstWord / lastWord.
    const driver = neo4j.driver(server.uri);
    try {
      await driver.executeQuery(
        `CREATE (p:Person {id: 'person:madeleine-albright', name: 'Madeleine Albright', aliases: ['Albright'], articles: ['old']})
         CREATE (c:Country {id: 'country:united-states', name: 'United States', aliases: [], articles: ['old']})
         CREATE (p)-[:HOLDS_POSITION {key: 'HOLDS_POSITION:person:madeleine-albright->country:united-states:Secretary of State',
           title: 'Secretary of State', time: 'current', articles: ['old']}]->(c)
         CREATE (:Person {id: 'person:nameless'})`,
      );
    } finally {
      await driver.close();
    }
    const opened = await openNeo4jStore({ uri: server.uri });
    try {
      const keys = await cypher('MATCH (p:Person) RETURN p.id AS id, p.firstWord AS first, p.lastWord AS last ORDER BY id');
      expect(keys).toEqual([
        { id: 'person:madeleine-albright', first: 'madeleine', last: 'albright' },
        { id: 'person:nameless', first: '', last: '' },
      ]);
      // done once: nothing left to fill
      const again = neo4j.driver(server.uri);
      try {
        expect(await backfillPersonNameKeys(again)).toBe(0);
      } finally {
        await again.close();
      }
      // "Albright", Secretary of State of the United States, now joins the stored Madeleine Albright
      const [albright, usa] = [person('Albright'), country('United States')];
      const x = makeExtraction('later', '1998-08-17', [
        { type: 'Visit', start: '1998-08-18', who: [[albright, 'visitor'], [country('Kenya'), 'host']], at: country('Kenya'), text: 'Albright heads to Kenya.' },
      ], undefined, [[albright, 'Secretary of State', usa]]);
      const [result] = await opened.putArticles([fragment(x)]);
      const graph = await opened.exportGraph();
      expect(graph.nodes.map((n) => n.key)).not.toContain('person:albright');
      expect(graph.edges.map((e) => e.key)).toContain(`PARTICIPATED_IN:person:madeleine-albright->${result!.events[0]}:visitor`);
    } finally {
      await opened.close();
    }
  });

  it('re-putting the same articles creates nothing', async () => {
    await fresh();
    for (const f of FIXTURE) expect((await store.putArticle(f)).outcome).toBe('added');
    const before = JSON.stringify(await store.exportGraph());
    const stats = await store.stats();
    for (const f of FIXTURE) expect((await store.putArticle(f)).outcome).toBe('unchanged');
    expect((await store.putArticles(FIXTURE)).map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(JSON.stringify(await store.exportGraph())).toBe(before);
    expect(await store.stats()).toEqual(stats);
  });

  it('holds exactly what the embedded store holds for the same articles', async () => {
    await fresh();
    const results = [];
    for (const f of FIXTURE) results.push(await store.putArticle(f));
    const memory = await memoryAfter(FIXTURE);
    expect(await store.exportGraph()).toEqual(await memory.exportGraph());
    expect(await store.stats()).toEqual(await memory.stats());
    expect(await store.timeline({})).toEqual(await memory.timeline({}));
    expect(results.map((r) => r.events)).toEqual(await Promise.all(FIXTURE.map(async (f) => (await memory.putArticle(f)).events)));
  });

  it('a changed article replaces exactly its own contribution', async () => {
    await fresh();
    await store.putArticles(FIXTURE);
    const changed = makeExtraction('a1', '2011-06-27', [
      { type: 'Visit', status: 'planned', start: '2011-08-20', who: [[KIM, 'visitor']], at: MOSCOW, text: 'Kim will visit Moscow.' },
    ]);
    const result = await store.putArticle(fragment(changed, 'v2'));
    expect(result.outcome).toBe('replaced');
    const memory = await memoryAfter([...FIXTURE, fragment(changed, 'v2')]);
    expect(await store.exportGraph()).toEqual(await memory.exportGraph());
    // putting the old version back restores the old graph, up to the order-dependent event ids
    await store.putArticle(fragment(a1));
    const back = await memoryAfter([...FIXTURE, fragment(changed, 'v2'), fragment(a1)]);
    expect(await store.exportGraph()).toEqual(await back.exportGraph());
  });

  it('removes an article and only what it alone contributed', async () => {
    await fresh();
    await store.putArticles(FIXTURE);
    expect(await store.removeArticle('a3')).toBe(true);
    expect(await store.removeArticle('a3')).toBe(false);
    const memory = await memoryAfter(FIXTURE);
    await memory.removeArticle('a3');
    expect(await store.exportGraph()).toEqual(await memory.exportGraph());
  });

  it('batched loading gives the same graph as one article at a time, whatever the batch size', async () => {
    const articles = [...FIXTURE, ...generatedArticles(40)];
    const memory = await memoryAfter(articles);
    const expected = JSON.stringify(await memory.exportGraph());
    for (const batchSize of [1, 7, 50, 5000]) {
      await fresh();
      const small = await openNeo4jStore({ uri: server.uri, batchSize });
      const batches: number[] = [];
      try {
        const results = await small.putArticles(articles, { onBatch: (r) => batches.push(r.length) });
        expect(results.map((r) => r.outcome)).toEqual(articles.map(() => 'added'));
        expect(batches.reduce((a, b) => a + b, 0)).toBe(articles.length);
        if (batchSize === 1) expect(batches.length).toBe(articles.length);
        expect(JSON.stringify(await small.exportGraph())).toBe(expected);
        // and again: nothing changes
        expect((await small.putArticles(articles)).every((r) => r.outcome === 'unchanged')).toBe(true);
        expect(JSON.stringify(await small.exportGraph())).toBe(expected);
      } finally {
        await small.close();
      }
    }
  });

  it('batched loading merges persons and joins plans as the embedded store does, whatever the batch size', async () => {
    const articles = mergingArticles();
    const memory = await memoryAfter(articles);
    const graph = await memory.exportGraph();
    // the merges happened: "Albright" and "Annan" joined their full names, "Kim" is ambiguous (two Kims stored),
    // both plans joined their visits
    const persons = graph.nodes.filter((n) => n.attributes.label === 'Person').map((n) => n.key).sort();
    expect(persons).toEqual(['person:kim', 'person:kim-dae-jung', 'person:kim-jong-il', 'person:kofi-annan', 'person:madeleine-albright']);
    expect((await memory.timeline({ statuses: ['planned'] })).length).toBe(0);
    for (const batchSize of [1, 9, 5000]) {
      await fresh();
      const small = await openNeo4jStore({ uri: server.uri, batchSize });
      try {
        await small.putArticles(articles);
        expect(await small.exportGraph()).toEqual(graph);
      } finally {
        await small.close();
      }
    }
    // persons carry the index-only keys PERSON_CANDIDATES looks them up by, which exports leave out
    const keys = await cypher('MATCH (p:Person) WHERE p.id IN [$a, $b] RETURN p.id AS id, p.firstWord AS first, p.lastWord AS last ORDER BY id', {
      a: 'person:kim-dae-jung',
      b: 'person:kofi-annan',
    });
    expect(keys).toEqual([
      { id: 'person:kim-dae-jung', first: 'kim', last: 'dae-jung' },
      { id: 'person:kofi-annan', first: 'kofi', last: 'annan' },
    ]);
  });

  it('a failed batch names its articles, and the batches before it stay committed', async () => {
    await fresh();
    const good = generatedArticles(6, 'ok');
    const bad: GraphFragment = { ...good[0]!, article: { ...good[0]!.article, id: 'article:bad', articleId: 'bad' } };
    bad.nodes = [...bad.nodes, { key: 'x:1', label: 'Bogus' as never, props: { id: 'x:1' } }];
    const small = await openNeo4jStore({ uri: server.uri, batchSize: 10 });
    try {
      const attempt = small.putArticles([...good.slice(0, 3), bad, ...good.slice(3)]);
      const err = await attempt.catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreError);
      expect(err).toBeInstanceOf(Neo4jBatchError);
      const batchError = err as Neo4jBatchError;
      expect(batchError.articleIds).toContain('bad');
      expect(batchError.message).toMatch(/not stored: articles .*bad/);
      expect(batchError.committed.length).toBeGreaterThan(0);
      expect((await small.stats()).articles).toBe(batchError.committed.length);
      for (const r of batchError.committed) expect(await small.articleState(r.articleId, `hash-${r.articleId}-v1`)).toBe('same');
    } finally {
      await small.close();
    }
  });

  it('stores dates as Neo4j dates and offsets as integers, and reads them back as ISO days and numbers', async () => {
    await fresh();
    await store.putArticles(FIXTURE);
    const types = await cypher(`MATCH (e:Event)-[m:MENTIONED_IN]->(a:Article)
      RETURN DISTINCT valueType(e.startDate) AS start, valueType(m.start) AS offset, valueType(a.publishedAt) AS published`);
    expect(new Set(types.map((r) => r.start))).toEqual(new Set(['DATE NOT NULL', 'NULL']));
    expect(new Set(types.map((r) => r.offset))).toEqual(new Set(['INTEGER NOT NULL']));
    expect(new Set(types.map((r) => r.published))).toEqual(new Set(['DATE NOT NULL']));
    const talks = (await store.timeline({ types: ['Talks'] }))[0]!;
    expect(talks.startDate).toBe('2001-08-04');
    expect(typeof talks.sources[0]!.start).toBe('number');
    // a range query over dates uses the date index, with an ISO day as the parameter
    const rows = await cypher('MATCH (e:Event) WHERE e.startDate >= $day RETURN count(e) AS n', { day: '2011-01-01' });
    expect(rows).toEqual([{ n: 3 }]);
  });

  it('round-trips names with quotes, backticks and Cypher, through the store and the queries', async () => {
    await fresh();
    const evilName = "O'Brien `x` \"}) DETACH DELETE n //";
    const evil = person(evilName);
    const x = makeExtraction("id'`}) DETACH DELETE n //", '2020-01-02', [
      { type: 'Meeting', start: '2020-01-01', who: [[evil, 'participant'], [KIM, 'participant']], at: MOSCOW, text: "O'Brien met Kim; `}) DETACH DELETE n //" },
    ], 'Title "}) MATCH (n) DETACH DELETE n //');
    await store.putArticles([...FIXTURE, fragment(x)]);
    const [e] = await store.timeline({ actor: evilName });
    expect(e!.participants.map((p) => p.name)).toContain(evilName);
    expect(e!.sources[0]).toMatchObject({ articleId: "id'`}) DETACH DELETE n //", title: 'Title "}) MATCH (n) DETACH DELETE n //' });
    const rows = await runQueryFile({ uri: server.uri }, 'actor-timeline', { actor: evilName });
    expect(rows.map((r) => r.actor)).toEqual([evilName]);
    expect((await store.stats()).articles).toBe(4);
    expect(await store.removeArticle("id'`}) DETACH DELETE n //")).toBe(true);
    expect((await store.stats()).articles).toBe(3);
  });
});
