/**
 * The Neo4j store: the same Store as the embedded one (src/store/store.ts), over the Bolt driver. The only code
 * that imports neo4j-driver lives in this folder. Schema: schema.ts; every statement: cypher.ts; value mapping:
 * values.ts; the write algorithm: write.ts; `eventline query`: query.ts.
 */
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { serializedGraph, sortKeys } from '../../graph/serialize.js';
import type { EdgeType, GraphFragment, NodeLabel, Props } from '../../graph/model.js';
import { StoreError } from '../../model/errors.js';
import { normalizeName } from '../../model/ids.js';
import type { EntityKind, EventStatus, EventType, Precision, Role } from '../../model/types.js';
import { unitedArticles } from '../../graph/merge.js';
import { finishTimeline, nameMatches } from '../../query/timeline.js';
import { StatsTally } from '../stats.js';
import type { ArticleState, PutResult, SerializedGraph, Store, StoreStats, TimelineEvent, TimelineFilter } from '../store.js';
import { createDriver, DEFAULT_BATCH_SIZE, toStoreError, verify, type Neo4jConfig } from './connection.js';
import {
  ARTICLE_HASHES,
  checkEdgeType,
  checkLabel,
  DELETE_EVERYTHING,
  ENTITY_NAMES,
  EVENTS_AT_PLACES,
  EVENTS_OF_PARTICIPANTS,
  EXPORT_EDGES,
  EXPORT_NODES,
  LABELS_OF,
  readEdgesQuery,
  READ_NODES_FULL,
  STATS_EDGES,
  STATS_EVENTS,
  STATS_NODES,
  TIMELINE_ALL,
  TIMELINE_BY_IDS,
} from './cypher.js';
import { DEFAULT_MERGE_CACHE_ENTRIES, MergeCache, type MergeCacheInfo } from './cache.js';
import { ensureSchema, listSchema } from './schema.js';
import { fromNeo4jProps, isoDayToDate, num, str } from './values.js';
import { putFragmentsTx, removeArticleTx, writeEdges, writeNodes, type EdgeRow, type NodeRow, type PutOutcome } from './write.js';

export { neo4jConfigFromEnv, DEFAULT_URI, DEFAULT_BATCH_SIZE, type Neo4jConfig } from './connection.js';

/** A batch that could not be written: which articles it held, and what was committed before it. */
export class Neo4jBatchError extends StoreError {
  constructor(
    message: string,
    readonly articleIds: string[],
    readonly committed: PutResult[],
    retriable: boolean,
  ) {
    super(message, retriable);
  }
}

export interface PutArticlesOptions {
  /** Called after each committed batch with its results. */
  onBatch?: (results: PutResult[], progress: { batch: number; batches: number }) => void;
}

/** Opens a connection (failing within 30 s with one clear StoreError) and sets up the schema idempotently. */
export async function openNeo4jStore(config: Neo4jConfig): Promise<Neo4jStore> {
  const driver = createDriver(config);
  await verify(driver, config);
  const store = new Neo4jStore(driver, config);
  try {
    await ensureSchema(driver, config.database);
  } catch (err) {
    await driver.close().catch(() => {});
    throw toStoreError(err, config, 'schema setup');
  }
  return store;
}

export class Neo4jStore implements Store {
  readonly kind = 'neo4j' as const;
  readonly batchSize: number;
  /**
   * What event merging read and wrote in earlier batches of this store (cache.ts): those participants' events are
   * not read again. Only this store's own writes reach it; whatever else changes the database drops it.
   */
  private readonly mergeCache: MergeCache;

  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
  ) {
    this.batchSize = config.batchSize ?? DEFAULT_BATCH_SIZE;
    if (!Number.isInteger(this.batchSize) || this.batchSize < 1) throw new StoreError(`batch size must be a positive integer, got ${config.batchSize}`);
    const entries = config.mergeCacheEntries ?? DEFAULT_MERGE_CACHE_ENTRIES;
    if (!Number.isInteger(entries) || entries < 0) throw new StoreError(`merge cache size must be a whole number, got ${config.mergeCacheEntries}`);
    this.mergeCache = new MergeCache(entries);
  }

  // ---------------------------------------------------------------- running statements

  private async read<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(work);
    } catch (err) {
      throw toStoreError(err, this.config, what);
    } finally {
      await session.close();
    }
  }

  private async write<T>(what: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    const session = this.driver.session({ database: this.config.database });
    try {
      return await session.executeWrite(work);
    } catch (err) {
      throw toStoreError(err, this.config, what);
    } finally {
      await session.close();
    }
  }

  private async rows(what: string, query: string, params: Record<string, unknown> = {}) {
    return this.read(what, async (tx) => (await tx.run(query, params)).records);
  }

  // ---------------------------------------------------------------- Store

  async articleState(articleId: string, contentHash: string): Promise<ArticleState> {
    const rs = await this.rows('articleState', ARTICLE_HASHES, { ids: [`article:${articleId}`] });
    if (rs.length === 0) return 'absent';
    return rs[0]!.get('contentHash') === contentHash ? 'same' : 'changed';
  }

  async putArticle(fragment: GraphFragment): Promise<PutResult> {
    const [result] = await this.putBatch(`put article ${fragment.article.articleId}`, [fragment]);
    return result!;
  }

  /**
   * One transaction putting fragments in order, with the merge cache: read during it, told what changed only
   * once it has committed (the work function may run again on a retry), dropped when it fails or an article
   * was replaced.
   */
  private async putBatch(what: string, fragments: readonly GraphFragment[]): Promise<PutResult[]> {
    const started = this.mergeCache.begin();
    let attempts = 0;
    let outcome: PutOutcome;
    try {
      outcome = await this.write(what, (tx) => {
        attempts++;
        return putFragmentsTx(tx, fragments, started?.view ?? null);
      });
    } catch (err) {
      this.mergeCache.drop();
      throw err;
    }
    if (outcome.replaced) this.mergeCache.drop();
    else if (started && outcome.delta) this.mergeCache.commit(started.generation, outcome.delta, attempts);
    return outcome.results;
  }

  /**
   * Puts many articles in batches of about `batchSize` rows (nodes + relationships), one transaction per batch
   * (retried by the driver on transient errors). Same results as putArticle one by one, in order. A batch that
   * fails throws Neo4jBatchError naming its articles; batches committed before it stay.
   */
  async putArticles(fragments: readonly GraphFragment[], opts: PutArticlesOptions = {}): Promise<PutResult[]> {
    const batches: GraphFragment[][] = [];
    let rows = 0;
    for (const f of fragments) {
      const size = f.nodes.length + f.edges.length + 1;
      if (batches.length === 0 || rows + size > this.batchSize) {
        batches.push([]);
        rows = 0;
      }
      batches.at(-1)!.push(f);
      rows += size;
    }
    const done: PutResult[] = [];
    for (const [i, batch] of batches.entries()) {
      let results: PutResult[];
      try {
        results = await this.putBatch(`write batch ${i + 1} of ${batches.length}`, batch);
      } catch (err) {
        const ids = batch.map((f) => f.article.articleId);
        const e = err as StoreError;
        const shown = ids.length > 20 ? `${ids.slice(0, 20).join(', ')}, … (${ids.length} in all)` : ids.join(', ');
        throw new Neo4jBatchError(
          `${e.message}; not stored: articles ${shown}; ${done.length} article(s) in ${i} earlier batch(es) are committed, re-run to complete`,
          ids,
          done,
          e.retriable,
        );
      }
      done.push(...results);
      opts.onBatch?.(results, { batch: i + 1, batches: batches.length });
    }
    return done;
  }

  async removeArticle(articleId: string): Promise<boolean> {
    try {
      return await this.write(`remove article ${articleId}`, (tx) => removeArticleTx(tx, articleId));
    } finally {
      this.mergeCache.drop();
    }
  }

  async timeline(filter: TimelineFilter): Promise<TimelineEvent[]> {
    return this.read('timeline', async (tx) => {
      let candidates: Set<string> | null = null;
      const intersect = (ids: Set<string>) => {
        candidates = candidates === null ? ids : new Set([...candidates].filter((id) => ids.has(id)));
      };
      let names: Array<{ id: string; label: string; names: string[] }> | null = null;
      const match = async (query: string, kinds?: string[]) => {
        names ??= (await tx.run(ENTITY_NAMES)).records.map((r) => ({
          id: r.get('id') as string,
          label: r.get('label') as string,
          names: [r.get('name') as string, ...(r.get('aliases') as string[])],
        }));
        const q = normalizeName(query);
        const byLabel: Record<string, string[]> = {};
        for (const e of names) {
          if (kinds && !kinds.includes(e.label)) continue;
          if (normalizeName(e.names[0]!) === q || nameMatches(query, e.names[0]!, e.names.slice(1))) (byLabel[e.label] ??= []).push(e.id);
        }
        return byLabel;
      };
      const ids = async (query: string, params: Record<string, unknown>) =>
        new Set((await tx.run(query, params)).records.map((r) => r.get('id') as string));
      if (filter.actor) intersect(await ids(EVENTS_OF_PARTICIPANTS, { ids: await match(filter.actor) }));
      if (filter.place) intersect(await ids(EVENTS_AT_PLACES, { ids: await match(filter.place, ['Place', 'Country']) }));

      const params = {
        types: filter.types?.length ? filter.types : null,
        statuses: filter.statuses?.length ? filter.statuses : null,
        // Only a real day narrows in Cypher; anything else is left to the shared JS filter.
        from: filter.from ? isoDayToDate(filter.from) : null,
        to: filter.to ? isoDayToDate(filter.to) : null,
      };
      const chosen = candidates as Set<string> | null;
      const result =
        chosen === null ? await tx.run(TIMELINE_ALL, params) : await tx.run(TIMELINE_BY_IDS, { ...params, ids: [...chosen] });
      return finishTimeline(result.records.map((r) => toTimelineEvent(r.toObject())), filter);
    });
  }

  async stats(): Promise<StoreStats> {
    return this.read('stats', async (tx) => {
      const tally = new StatsTally();
      for (const r of (await tx.run(STATS_NODES)).records) tally.node(r.get('label') as string, num(r.get('count')));
      for (const r of (await tx.run(STATS_EDGES)).records) tally.edge(r.get('type') as string, num(r.get('count')));
      for (const r of (await tx.run(STATS_EVENTS)).records) {
        tally.event(r.get('type') as string, r.get('status') as string, r.get('undated') === true, num(r.get('count')));
      }
      return tally.result();
    });
  }

  async exportGraph(): Promise<SerializedGraph> {
    return this.read('export', async (tx) => {
      const nodes: SerializedGraph['nodes'] = [];
      for (const r of (await tx.run(EXPORT_NODES)).records) {
        const label = r.get('label') as string;
        const props = fromNeo4jProps(r.get('props') as Record<string, unknown>, label);
        nodes.push({ key: props.id as string, attributes: sortKeys({ ...props, label }) });
      }
      const edges: SerializedGraph['edges'] = [];
      for (const r of (await tx.run(EXPORT_EDGES)).records) {
        const { key, ...props } = fromNeo4jProps(r.get('props') as Record<string, unknown>);
        edges.push({
          key: key as string,
          source: r.get('source') as string,
          target: r.get('target') as string,
          attributes: sortKeys({ ...props, type: r.get('type') as string }),
        });
      }
      return serializedGraph(nodes, edges);
    });
  }

  /**
   * Upserts a serialised graph by key, uniting provenance lists, in batches of `batchSize` rows (nodes first,
   * then relationships). Same result as the memory store's importGraph.
   */
  async importGraph(graph: SerializedGraph): Promise<{ nodes: number; edges: number }> {
    try {
      return await this.importBatches(graph);
    } finally {
      this.mergeCache.drop();
    }
  }

  private async importBatches(graph: SerializedGraph): Promise<{ nodes: number; edges: number }> {
    const labelOf = new Map<string, NodeLabel>();
    for (const n of graph.nodes) labelOf.set(n.key, checkLabel(n.attributes.label));
    for (const e of graph.edges) checkEdgeType(e.attributes.type);
    const missing = [...new Set(graph.edges.flatMap((e) => [e.source, e.target]).filter((id) => !labelOf.has(id)))];
    if (missing.length > 0) {
      for (const r of await this.rows('import', LABELS_OF, { ids: missing })) labelOf.set(r.get('id') as string, checkLabel(r.get('label') as string));
    }

    for (let i = 0; i < graph.nodes.length; i += this.batchSize) {
      const batch = graph.nodes.slice(i, i + this.batchSize);
      await this.write(`import nodes ${i + 1}-${i + batch.length}`, async (tx) => {
        const ids: Record<string, string[]> = {};
        for (const n of batch) (ids[n.attributes.label] ??= []).push(n.key);
        const stored = new Map<string, Props>();
        for (const r of (await tx.run(READ_NODES_FULL, { ids })).records) {
          stored.set(r.get('id') as string, fromNeo4jProps(r.get('props') as Record<string, unknown>, r.get('label') as string));
        }
        const inDatabase = new Set(stored.keys());
        const rows: NodeRow[] = [];
        for (const { key, attributes } of batch) {
          const { label, ...attrs } = attributes;
          const old = stored.get(key);
          const props: Props = old ? { ...old, ...attrs, ...unitedArticles(old, attrs) } : { ...attrs };
          stored.set(key, props);
          rows.push({ id: key, label: label as NodeLabel, props, isNew: !inDatabase.has(key) });
        }
        await writeNodes(tx, 'replace', dedupeLast(rows, (r) => r.id));
      });
    }
    for (let i = 0; i < graph.edges.length; i += this.batchSize) {
      const batch = graph.edges.slice(i, i + this.batchSize);
      await this.write(`import relationships ${i + 1}-${i + batch.length}`, async (tx) => {
        const byEnds = new Map<string, Array<{ key: string; source: string; target: string }>>();
        for (const e of batch) {
          const s = labelOf.get(e.source);
          const t = labelOf.get(e.target);
          if (!s || !t) throw new StoreError(`relationship ${e.key}: endpoint ${s ? e.target : e.source} is not in the graph`);
          const group = `${e.attributes.type}|${s}|${t}`;
          let list = byEnds.get(group);
          if (!list) byEnds.set(group, (list = []));
          list.push({ key: e.key, source: e.source, target: e.target });
        }
        const stored = new Map<string, Props>();
        const reads = [...byEnds].map(([group, rows]) => {
          const [type, s, t] = group.split('|') as [EdgeType, NodeLabel, NodeLabel];
          return tx.run(readEdgesQuery(type, s, t), { rows });
        });
        for (const result of await Promise.all(reads)) {
          for (const r of result.records) stored.set(r.get('key') as string, fromNeo4jProps(r.get('props') as Record<string, unknown>));
        }
        const inDatabase = new Set(stored.keys());
        const rows: EdgeRow[] = [];
        for (const { key, source, target, attributes } of batch) {
          const { type, ...attrs } = attributes;
          const old = stored.get(key);
          const props: Props = old ? { ...old, ...attrs, ...unitedArticles(old, attrs) } : { ...attrs };
          stored.set(key, props);
          rows.push({ key, type: checkEdgeType(type), source, target, props, isNew: !inDatabase.has(key) });
        }
        await writeEdges(tx, 'replace', dedupeLast(rows, (r) => r.key), (id) => labelOf.get(id));
      });
    }
    return { nodes: graph.nodes.length, edges: graph.edges.length };
  }

  async flush(): Promise<void> {
    // Every write is committed when its call returns.
  }

  async close(): Promise<void> {
    await this.driver.close();
  }

  // ---------------------------------------------------------------- beyond the Store interface

  /** Runs the (idempotent) schema setup again. openNeo4jStore already did. */
  async setupSchema(): Promise<void> {
    try {
      await ensureSchema(this.driver, this.config.database);
    } catch (err) {
      throw toStoreError(err, this.config, 'schema setup');
    }
  }

  async schema(): Promise<{ constraints: string[]; indexes: string[] }> {
    try {
      return await listSchema(this.driver, this.config.database);
    } catch (err) {
      throw toStoreError(err, this.config, 'list schema');
    }
  }

  /** "Neo4j Kernel 5.26.x (community)": what the server says it is (benchmarks print it). */
  async serverVersion(): Promise<string> {
    const rs = await this.rows('server version', 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions[0] AS version, edition');
    return rs.map((r) => `${r.get('name') as string} ${r.get('version') as string} (${r.get('edition') as string})`).join(', ') || 'unknown';
  }

  /** Deletes every node and relationship of the database (tests, and a `load` that replaces). Schema stays. */
  async deleteEverything(): Promise<void> {
    const session = this.driver.session({ database: this.config.database });
    try {
      for (const statement of DELETE_EVERYTHING) await session.run(statement);
    } catch (err) {
      throw toStoreError(err, this.config, 'delete everything');
    } finally {
      this.mergeCache.reset();
      await session.close();
    }
  }

  /** How much the merge cache holds (cache.ts), and whether it is on: for tests and benchmarks. */
  mergeCacheInfo(): MergeCacheInfo {
    return this.mergeCache.info();
  }
}

// ---------------------------------------------------------------- records -> our types (timeline)

function toTimelineEvent(row: Record<string, unknown>): TimelineEvent {
  const props = fromNeo4jProps(row.props as Record<string, unknown>, 'Event');
  const participants = (row.participants as Array<Record<string, unknown>>).map((p) => ({
    id: str(p.id)!,
    name: str(p.name)!,
    kind: str(p.kind) as EntityKind,
    role: str(p.role) as Role,
  }));
  // Several places only happen on merged dated events: take the greatest id, as the embedded store does
  // after reloading its file (edges sorted by key).
  const places = (row.places as Array<Record<string, unknown>>)
    .map((p) => ({ id: str(p.id)!, name: str(p.name)!, kind: str(p.kind) as EntityKind }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sources = (row.sources as Array<Record<string, unknown>>).map((s) => ({
    articleId: str(s.articleId)!,
    title: str(s.title)!,
    publishedAt: str(s.publishedAt),
    start: num(s.start),
    end: num(s.end),
    sentence: str(s.sentence)!,
  }));
  return {
    id: str(row.id)!,
    type: props.type as EventType,
    status: props.status as EventStatus,
    startDate: props.startDate as string | null,
    endDate: props.endDate as string | null,
    precision: props.precision as Precision | null,
    summary: props.summary as string,
    participants,
    place: places.at(-1) ?? null,
    sources,
  };
}

function dedupeLast<T>(rows: T[], key: (t: T) => string): T[] {
  const byKey = new Map<string, T>();
  for (const r of rows) byKey.set(key(r), r);
  return [...byKey.values()];
}


