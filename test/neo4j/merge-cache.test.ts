/**
 * The merge cache of a Neo4jStore (src/store/neo4j/cache.ts): batches that do not read again the events of
 * participants an earlier batch read must give byte for byte the graph the embedded store gives, over data
 * stored by an earlier run, across removals, replacements and failed batches, and when it overflows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphFragment } from '../../src/graph/model.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { MergeCache, type CachedEvent, type MergeDelta } from '../../src/store/neo4j/cache.js';
import { Neo4jBatchError, openNeo4jStore, type Neo4jStore } from '../../src/store/neo4j/index.js';
import { neo4jSkipReason, useNeo4j } from '../support/neo4j.js';
import { hubArticles } from './fixture.js';

const skip = neo4jSkipReason();
const server = useNeo4j();

/** The embedded store after the same calls: the reference. */
async function reference(steps: Array<(m: MemoryStore) => Promise<unknown>>): Promise<string> {
  const memory = MemoryStore.open(null);
  for (const step of steps) await step(memory);
  return JSON.stringify(await memory.exportGraph());
}
const putAll = (fragments: GraphFragment[]) => async (m: MemoryStore) => {
  for (const f of fragments) await m.putArticle(f);
};

describe.skipIf(skip !== null)('neo4j merge cache', () => {
  let admin: Neo4jStore;
  beforeAll(async () => {
    admin = await openNeo4jStore({ uri: server.uri });
  });
  afterAll(async () => {
    await admin?.close();
  });

  const articles = hubArticles(90);
  const [first, second, third] = [articles.slice(0, 30), articles.slice(30, 60), articles.slice(60)];

  it('the hub articles merge across articles: events of several reports, a bare "Kim" merged into Kim Jong-il', async () => {
    const memory = MemoryStore.open(null);
    for (const f of articles) await memory.putArticle(f);
    const graph = await memory.exportGraph();
    const events = graph.nodes.filter((n) => n.attributes.label === 'Event');
    const multi = events.filter((n) => (n.attributes.articles as string[]).length > 1);
    expect(multi.length).toBeGreaterThan(20);
    // some merged events are reported by articles of all three thirds, so by batches of different runs below
    const part = (id: string) => Math.floor(Number(id.slice(1)) / 30);
    expect(multi.some((n) => new Set((n.attributes.articles as string[]).map(part)).size === 3)).toBe(true);
    const persons = graph.nodes.filter((n) => n.attributes.label === 'Person');
    expect(persons.map((n) => n.key)).not.toContain('person:kim');
    expect(persons.find((n) => n.key === 'person:kim-jong-il')!.attributes.aliases).toContain('Kim');
  });

  it('loads over an earlier run, in small batches, as the embedded store does, reading stored hubs once', async () => {
    await admin.deleteEverything();
    // an earlier run
    const earlier = await openNeo4jStore({ uri: server.uri, batchSize: 40 });
    try {
      await earlier.putArticles(first);
    } finally {
      await earlier.close();
    }
    expect(JSON.stringify(await admin.exportGraph())).toBe(await reference([putAll(first)]));

    const store = await openNeo4jStore({ uri: server.uri, batchSize: 25 });
    try {
      expect(store.mergeCacheInfo()).toEqual({ enabled: true, events: 0, participants: 0 });
      const batches: number[] = [];
      const results = await store.putArticles(second, { onBatch: (r) => batches.push(r.length) });
      expect(batches.length).toBeGreaterThan(5);
      const memory = MemoryStore.open(null);
      for (const f of first) await memory.putArticle(f);
      const expected = [];
      for (const f of second) expected.push(await memory.putArticle(f));
      expect(results).toEqual(expected);
      expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(await memory.exportGraph()));
      // the hubs stored by the earlier run were read whole, and every event of theirs is held
      const info = store.mergeCacheInfo();
      expect(info.enabled).toBe(true);
      expect(info.participants).toBeGreaterThanOrEqual(5);
      expect(info.events).toBe((await store.stats()).events.total);

      // a removal drops the cache; the next batches read again and still decide as the embedded store does
      expect(await store.removeArticle('h40')).toBe(true);
      expect(store.mergeCacheInfo().events).toBe(0);
      await store.putArticles(third.slice(0, 15));
      expect(store.mergeCacheInfo().events).toBeGreaterThan(0);
      // a replaced article (its removal runs inside the batch) drops it too
      const changed = { ...second[3]!, article: { ...second[3]!.article, contentHash: 'hash-h33-v2' } };
      changed.nodes = changed.nodes.filter((n) => n.label !== 'Event' || n.key === changed.nodes.find((x) => x.label === 'Event')!.key);
      changed.edges = changed.edges.filter((e) => changed.nodes.some((n) => n.key === e.source) && changed.nodes.some((n) => n.key === e.target));
      expect((await store.putArticles([changed])).map((r) => r.outcome)).toEqual(['replaced']);
      expect(store.mergeCacheInfo().events).toBe(0);
      await store.putArticles(third.slice(15));
      expect(JSON.stringify(await store.exportGraph())).toBe(
        await reference([
          putAll([...first, ...second]),
          (m) => m.removeArticle('h40'),
          putAll([...third.slice(0, 15), changed, ...third.slice(15)]),
        ]),
      );
    } finally {
      await store.close();
    }
  });

  it('a failed batch leaves nothing of its decisions in the cache, and the load completes as the embedded store does', async () => {
    await admin.deleteEverything();
    const store = await openNeo4jStore({ uri: server.uri, batchSize: 30 });
    try {
      await store.putArticles(first);
      expect(store.mergeCacheInfo().events).toBeGreaterThan(0);
      const bad: GraphFragment = { ...second[0]!, article: { ...second[0]!.article, id: 'article:bad', articleId: 'bad' } };
      bad.nodes = [...bad.nodes, { key: 'x:1', label: 'Bogus' as never, props: { id: 'x:1' } }];
      const err = await store.putArticles([...second.slice(1, 4), bad, ...second.slice(4)]).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Neo4jBatchError);
      expect(store.mergeCacheInfo().events).toBe(0);
      const committed = (err as Neo4jBatchError).committed.map((r) => r.articleId);
      // the re-run: committed articles come back unchanged, the rest is added
      await store.putArticles([...second.slice(1), ...third]);
      const done = new Set(committed);
      expect(JSON.stringify(await store.exportGraph())).toBe(
        await reference([putAll(first), putAll(second.slice(1).filter((f) => done.has(f.article.articleId))), putAll([...second.slice(1), ...third].filter((f) => !done.has(f.article.articleId)))]),
      );
    } finally {
      await store.close();
    }
  });

  it('gives the same graph when it overflows (then turned off for the store) or is off', async () => {
    const expected = await reference([putAll(articles)]);
    for (const mergeCacheEntries of [0, 40]) {
      await admin.deleteEverything();
      const store = await openNeo4jStore({ uri: server.uri, batchSize: 20, mergeCacheEntries });
      try {
        await store.putArticles(articles);
        expect(store.mergeCacheInfo()).toEqual({ enabled: false, events: 0, participants: 0 });
        expect(JSON.stringify(await store.exportGraph())).toBe(expected);
        // emptying the database turns a full cache back on
        await store.deleteEverything();
        expect(store.mergeCacheInfo().enabled).toBe(mergeCacheEntries > 0);
      } finally {
        await store.close();
      }
    }
  });
});

describe('MergeCache', () => {
  const event = (id: string, participants: string[]): CachedEvent => ({
    props: { id, type: 'Visit', status: 'occurred', startDate: '2011-05-01', endDate: '2011-05-01', precision: 'day' },
    participants,
    hosts: [],
    places: [],
    reportedOn: [],
  });
  const delta = (complete: string[], events: CachedEvent[]): MergeDelta => ({ complete, events: new Map(events.map((e) => [e.props.id as string, e])) });

  it('learns a committed batch: complete participants and their events; events of no complete participant are not kept', () => {
    const cache = new MergeCache(100);
    const started = cache.begin()!;
    cache.commit(started.generation, delta(['person:a'], [event('event:1', ['person:a', 'person:b']), event('event:2', ['person:c'])]), 1);
    expect(cache.isComplete('person:a')).toBe(true);
    expect(cache.isComplete('person:b')).toBe(false);
    expect([...cache.eventsOf('person:a')]).toEqual(['event:1']);
    expect([...cache.eventsOf('person:b')]).toEqual([]);
    expect(cache.event('event:1')?.participants).toEqual(['person:a', 'person:b']);
    expect(cache.event('event:2')).toBeUndefined();
    // a later batch links a complete participant to a new event and changes a held one
    const next = cache.begin()!;
    cache.commit(next.generation, delta([], [event('event:3', ['person:a']), { ...event('event:1', ['person:a', 'person:b']), props: { ...event('event:1', []).props, status: 'planned' } }]), 1);
    expect([...cache.eventsOf('person:a')].sort()).toEqual(['event:1', 'event:3']);
    expect(cache.event('event:1')?.props.status).toBe('planned');
  });

  it('finds through its index the held events a new event may merge with, long intervals and plan windows included', () => {
    const cache = new MergeCache(100);
    const at = (id: string, type: string, status: string, startDate: string | null, endDate: string | null): CachedEvent => ({
      ...event(id, ['person:a']),
      props: { id, type, status, startDate, endDate, precision: startDate ? 'day' : null },
    });
    const held = [
      at('event:year', 'Visit', 'occurred', '2011-01-01', '2011-12-31'),
      at('event:may', 'Visit', 'occurred', '2011-05-10', '2011-05-12'),
      at('event:june', 'Visit', 'occurred', '2011-06-20', '2011-06-20'),
      at('event:plan', 'Visit', 'planned', null, null),
      at('event:undated', 'Visit', 'occurred', null, null),
      at('event:talks', 'Talks', 'occurred', '2011-05-11', '2011-05-11'),
    ];
    cache.commit(cache.begin()!.generation, delta(['person:a'], held), 1);
    const summary = (type: 'Visit' | 'Talks', status: 'occurred' | 'planned', startDate: string | null, reportedOn: string | null = null) =>
      ({ id: 'event:new', type, status, startDate, endDate: startDate, participantIds: ['person:a'], placeId: null, actorIds: ['person:a'], whereIds: [], reportedOn });
    const found = (s: ReturnType<typeof summary>) => [...cache.candidates('person:a', s)].sort();
    expect(found(summary('Visit', 'occurred', '2011-05-11'))).toEqual(['event:may', 'event:plan', 'event:year']);
    expect(found(summary('Visit', 'occurred', '2012-05-11'))).toEqual(['event:plan']);
    expect(found(summary('Talks', 'occurred', '2011-05-11'))).toEqual(['event:talks']);
    // an undated plan reported on 2011-06-01: the undated events, and the dated ones starting within 60 days
    expect(found(summary('Visit', 'planned', null, '2011-06-01'))).toEqual(['event:june', 'event:plan', 'event:undated']);
    expect([...cache.candidates('person:b', summary('Visit', 'occurred', '2011-05-11'))]).toEqual([]);
  });

  it('drops everything instead when the batch ran more than once or the cache changed since it began', () => {
    const cache = new MergeCache(100);
    const a = cache.begin()!;
    cache.commit(a.generation, delta(['person:a'], [event('event:1', ['person:a'])]), 2);
    expect(cache.info()).toEqual({ enabled: true, events: 0, participants: 0 });
    const b = cache.begin()!;
    const c = cache.begin()!;
    cache.commit(b.generation, delta(['person:a'], [event('event:1', ['person:a'])]), 1);
    expect(cache.info().events).toBe(1);
    cache.commit(c.generation, delta(['person:b'], [event('event:2', ['person:b'])]), 1);
    expect(cache.info()).toEqual({ enabled: true, events: 0, participants: 0 });
    const d = cache.begin()!;
    cache.drop();
    cache.commit(d.generation, delta(['person:a'], [event('event:1', ['person:a'])]), 1);
    expect(cache.info().events).toBe(0);
  });

  it('turns itself off when it holds more than its bound, until reset', () => {
    const cache = new MergeCache(2);
    const a = cache.begin()!;
    cache.commit(a.generation, delta(['person:a'], ['event:1', 'event:2', 'event:3'].map((id) => event(id, ['person:a']))), 1);
    expect(cache.info()).toEqual({ enabled: false, events: 0, participants: 0 });
    expect(cache.begin()).toBeNull();
    cache.reset();
    expect(cache.begin()).not.toBeNull();
    expect(new MergeCache(0).begin()).toBeNull();
  });
});
