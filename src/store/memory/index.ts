/**
 * The embedded store: a graphology MultiDirectedGraph persisted to one JSON file (graphology's
 * serialisation format), written atomically: temp file, fsync, rename, fsync of the directory.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import graphology from 'graphology';
import type { MultiDirectedGraph as MultiDirectedGraphType } from 'graphology';
import { StoreError } from '../../model/errors.js';
import { normalizeName } from '../../model/ids.js';
import { ENTITY_KINDS, type EntityKind, type EventStatus, type EventType, type Precision, type Role } from '../../model/types.js';
import type { EventSummary, GraphFragment, Props } from '../../graph/model.js';
import {
  absorbReport,
  eventSummary,
  findMergeTarget,
  findPersonMergeTarget,
  fragmentEventSummary,
  fragmentPersonSummary,
  personLookupKeys,
  personNameKeys,
  pickPlace,
  remapFragment,
  unitedArticles,
  type PersonSummary,
} from '../../graph/merge.js';
import { serializedGraph, sortKeys, STORE_FORMAT } from '../../graph/serialize.js';
import { finishTimeline, nameMatches } from '../../query/timeline.js';
import type { ArticleState, PutResult, SerializedGraph, Store, StoreStats, TimelineEvent, TimelineFilter } from '../store.js';
import { StatsTally } from '../stats.js';

const { MultiDirectedGraph } = graphology;
type Graph = MultiDirectedGraphType<Attrs, Attrs, Record<string, unknown>>;
type Attrs = Props & { label?: string; type?: string; articles?: string[] };

export { STORE_FORMAT, STORE_VERSION } from '../../graph/serialize.js';

const ENTITY_LABELS = new Set<string>(ENTITY_KINDS);

export function defaultStorePath(cwd = process.cwd()): string {
  return resolve(cwd, process.env.EVENTLINE_STORE || '.eventline/graph.json');
}

export class MemoryStore implements Store {
  readonly kind = 'memory' as const;
  private nameIndex: Array<{ id: string; label: string; names: string[] }> | null = null;
  /** Persons by the first and last word of their name (personNameKeys), for person merging; built when first needed. */
  private personIndex: { first: Map<string, Set<string>>; last: Map<string, Set<string>> } | null = null;
  private dirty = false;

  private constructor(
    private readonly graph: Graph,
    readonly path: string | null,
  ) {}

  /** Opens the store file at `path` (created on first flush), or an unsaved in-memory store for null. */
  static open(path: string | null): MemoryStore {
    const graph: Graph = new MultiDirectedGraph<Attrs, Attrs>();
    if (path && existsSync(path)) {
      let data: SerializedGraph;
      try {
        data = JSON.parse(readFileSync(path, 'utf8')) as SerializedGraph;
      } catch (err) {
        throw new StoreError(`${path}: the store file is not valid JSON (${(err as Error).message}); move it away or pass another --store`);
      }
      const format = (data.attributes as Record<string, unknown> | undefined)?.format;
      if (format !== STORE_FORMAT || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
        throw new StoreError(`${path}: not an eventline graph file (expected attributes.format "${STORE_FORMAT}")`);
      }
      try {
        graph.import(data as never);
      } catch (err) {
        throw new StoreError(`${path}: the graph in the store file is inconsistent (${(err as Error).message})`);
      }
    }
    return new MemoryStore(graph, path);
  }

  /** A store over an existing serialised graph (for `load --from` and tests). */
  static fromSerialized(data: SerializedGraph): MemoryStore {
    const graph: Graph = new MultiDirectedGraph<Attrs, Attrs>();
    graph.import(data as never);
    return new MemoryStore(graph, null);
  }

  async articleState(articleId: string, contentHash: string): Promise<ArticleState> {
    const key = `article:${articleId}`;
    if (!this.graph.hasNode(key)) return 'absent';
    return this.graph.getNodeAttribute(key, 'contentHash') === contentHash ? 'same' : 'changed';
  }

  async putArticle(fragment: GraphFragment): Promise<PutResult> {
    return this.putArticleSync(fragment);
  }

  putArticleSync(fragment: GraphFragment): PutResult {
    const { article } = fragment;
    const articleId = article.articleId;
    let outcome: PutResult['outcome'] = 'added';
    if (this.graph.hasNode(article.id)) {
      if (this.graph.getNodeAttribute(article.id, 'contentHash') === article.contentHash) {
        return { articleId, outcome: 'unchanged', events: this.eventsOf(article.id) };
      }
      this.removeArticleSync(articleId);
      outcome = 'replaced';
    }
    this.dirty = true;
    this.nameIndex = null;
    const g = this.graph;
    g.addNode(article.id, { label: 'Article', ...article });

    // Cross-article identity (src/graph/merge.ts). First persons: one not stored under its id may join a stored
    // person on evidence; its edges follow it, so its events can then merge with that person's stored events.
    const personRemap = new Map<string, string>();
    for (const node of fragment.nodes) {
      if (node.label !== 'Person' || g.hasNode(node.key)) continue;
      const target = findPersonMergeTarget(fragmentPersonSummary(fragment, node.key), this.candidatePersons(node.props.name as string));
      if (target) personRemap.set(node.key, target.id);
    }
    const withPersons = remapFragment(fragment, personRemap);
    // Then events: an event already stored for the same real event absorbs this one.
    const eventRemap = new Map<string, string>();
    for (const node of withPersons.nodes) {
      if (node.label !== 'Event' || g.hasNode(node.key)) continue; // identical content: same id, merged below
      const summary = fragmentEventSummary(withPersons, node.key, node.props);
      const target = findMergeTarget(summary, this.candidateEvents(summary.participantIds));
      if (target) eventRemap.set(node.key, target.id);
    }
    const merged = remapFragment(withPersons, eventRemap);

    for (const node of merged.nodes) {
      const key = node.key;
      if (!g.hasNode(key)) {
        g.addNode(key, { label: node.label, ...node.props, id: key, articles: [articleId] });
        if (node.label === 'Person') this.indexPerson(key, node.props.name as string);
        continue;
      }
      const attrs = g.getNodeAttributes(key);
      const articles = addSorted(attrs.articles ?? [], articleId);
      const update: Attrs = { ...absorbReport(node.label, attrs, node.props), articles };
      g.replaceNodeAttributes(key, update);
    }
    for (const edge of merged.edges) {
      if (g.hasEdge(edge.key)) {
        g.updateEdgeAttribute(edge.key, 'articles', (a) => addSorted((a as string[]) ?? [], articleId));
      } else {
        g.addEdgeWithKey(edge.key, edge.source, edge.target, { type: edge.type, ...edge.props, articles: [articleId] });
      }
    }
    return { articleId, outcome, events: this.eventsOf(article.id) };
  }

  async removeArticle(articleId: string): Promise<boolean> {
    return this.removeArticleSync(articleId);
  }

  removeArticleSync(articleId: string): boolean {
    const key = `article:${articleId}`;
    const g = this.graph;
    if (!g.hasNode(key)) return false;
    this.dirty = true;
    this.nameIndex = null;
    const dropEdges: string[] = [];
    g.forEachEdge((edge, attrs) => {
      if (!attrs.articles?.includes(articleId)) return;
      const rest = attrs.articles.filter((a) => a !== articleId);
      if (rest.length === 0) dropEdges.push(edge);
      else g.setEdgeAttribute(edge, 'articles', rest);
    });
    for (const e of dropEdges) g.dropEdge(e);
    const dropNodes: string[] = [];
    g.forEachNode((node, attrs) => {
      if (!attrs.articles?.includes(articleId)) return;
      const rest = attrs.articles.filter((a) => a !== articleId);
      if (rest.length === 0) dropNodes.push(node);
      else g.setNodeAttribute(node, 'articles', rest);
    });
    for (const n of dropNodes) {
      if (g.getNodeAttribute(n, 'label') === 'Person') this.unindexPerson(n, g.getNodeAttribute(n, 'name') as string);
      g.dropNode(n);
    }
    g.dropNode(key);
    return true;
  }

  async timeline(filter: TimelineFilter): Promise<TimelineEvent[]> {
    let candidates: Set<string> | null = null;
    const intersect = (ids: Set<string>) => {
      candidates = candidates === null ? ids : new Set([...candidates].filter((id) => ids.has(id)));
    };
    if (filter.actor) {
      const ids = new Set<string>();
      for (const entity of this.matchEntities(filter.actor)) {
        this.graph.forEachOutEdge(entity, (_e, attrs, _s, target) => {
          if (attrs.type === 'PARTICIPATED_IN') ids.add(target);
        });
      }
      intersect(ids);
    }
    if (filter.place) {
      const places = new Set(this.matchEntities(filter.place, ['Place', 'Country']));
      for (const p of [...places]) {
        this.graph.forEachInEdge(p, (_e, attrs, source) => {
          if (attrs.type === 'LOCATED_IN') places.add(source);
        });
      }
      const ids = new Set<string>();
      for (const p of places) {
        this.graph.forEachInEdge(p, (_e, attrs, source) => {
          if (attrs.type === 'TOOK_PLACE_IN') ids.add(source);
        });
      }
      intersect(ids);
    }
    const eventIds: Iterable<string> = candidates ?? this.graph.filterNodes((_n, a) => a.label === 'Event');
    const events: TimelineEvent[] = [];
    for (const id of eventIds) events.push(this.timelineEvent(id));
    return finishTimeline(events, filter);
  }

  async stats(): Promise<StoreStats> {
    const tally = new StatsTally();
    this.graph.forEachNode((_n, a) => {
      tally.node(a.label!);
      if (a.label === 'Event') tally.event(a.type as string, a.status as string, a.startDate === null);
    });
    this.graph.forEachEdge((_e, a) => tally.edge(a.type!));
    return tally.result();
  }

  async exportGraph(): Promise<SerializedGraph> {
    return this.serialize();
  }

  serialize(): SerializedGraph {
    const nodes: SerializedGraph['nodes'] = [];
    this.graph.forEachNode((key, attrs) => nodes.push({ key, attributes: sortKeys(attrs) as SerializedGraph['nodes'][number]['attributes'] }));
    const edges: SerializedGraph['edges'] = [];
    this.graph.forEachEdge((key, attrs, source, target) =>
      edges.push({ key, source, target, attributes: sortKeys(attrs) as SerializedGraph['edges'][number]['attributes'] }),
    );
    return serializedGraph(nodes, edges);
  }

  async importGraph(data: SerializedGraph): Promise<{ nodes: number; edges: number }> {
    const g = this.graph;
    this.dirty = true;
    this.nameIndex = null;
    this.personIndex = null;
    for (const { key, attributes } of data.nodes) {
      if (!g.hasNode(key)) g.addNode(key, { ...attributes });
      else g.replaceNodeAttributes(key, { ...g.getNodeAttributes(key), ...attributes, ...unitedArticles(g.getNodeAttributes(key), attributes) });
    }
    for (const { key, source, target, attributes } of data.edges) {
      if (!g.hasEdge(key)) g.addEdgeWithKey(key, source, target, { ...attributes });
      else g.replaceEdgeAttributes(key, { ...g.getEdgeAttributes(key), ...attributes, ...unitedArticles(g.getEdgeAttributes(key), attributes) });
    }
    return { nodes: data.nodes.length, edges: data.edges.length };
  }

  async flush(): Promise<void> {
    if (!this.path || !this.dirty) return;
    writeFileAtomic(this.path, JSON.stringify(this.serialize()));
    this.dirty = false;
  }

  async close(): Promise<void> {
    await this.flush();
  }

  // ------------------------------------------------------------------ internals

  private eventsOf(articleKey: string): string[] {
    const events = new Set<string>();
    this.graph.forEachInEdge(articleKey, (_e, attrs, source) => {
      if (attrs.type === 'MENTIONED_IN') events.add(source);
    });
    return [...events].sort();
  }

  private candidateEvents(participantIds: string[]): EventSummary[] {
    const seen = new Set<string>();
    const out: EventSummary[] = [];
    for (const p of participantIds) {
      if (!this.graph.hasNode(p)) continue;
      this.graph.forEachOutEdge(p, (_e, attrs, _s, target) => {
        if (attrs.type !== 'PARTICIPATED_IN' || seen.has(target)) return;
        seen.add(target);
        out.push(this.summarize(target));
      });
    }
    return out;
  }

  private summarize(eventId: string): EventSummary {
    const g = this.graph;
    const participants: string[] = [];
    const hosts: string[] = [];
    g.forEachInEdge(eventId, (_e, attrs, source) => {
      if (attrs.type !== 'PARTICIPATED_IN') return;
      participants.push(source);
      if (attrs.role === 'host') hosts.push(source);
    });
    const places: string[] = [];
    const reportedOn: Array<string | null> = [];
    g.forEachOutEdge(eventId, (_e, attrs, _s, target, _sa, tAttrs) => {
      if (attrs.type === 'TOOK_PLACE_IN') places.push(target);
      if (attrs.type === 'MENTIONED_IN') reportedOn.push(tAttrs.publishedAt as string | null);
    });
    return eventSummary(eventId, g.getNodeAttributes(eventId), { participants, hosts, places, reportedOn });
  }

  /** Stored persons whose name may be compatible with `name` (personLookupKeys), with their positions. */
  private candidatePersons(name: string): PersonSummary[] {
    const index = this.persons();
    const { lastWords, firstWords } = personLookupKeys(name);
    const ids = new Set<string>();
    for (const w of lastWords) for (const id of index.last.get(w) ?? []) ids.add(id);
    for (const w of firstWords) for (const id of index.first.get(w) ?? []) ids.add(id);
    return [...ids].sort().map((id) => {
      const a = this.graph.getNodeAttributes(id);
      const positions: PersonSummary['positions'] = [];
      this.graph.forEachOutEdge(id, (_e, attrs, _s, target, _sa, tAttrs) => {
        if (attrs.type === 'HOLDS_POSITION') positions.push({ title: attrs.title as string, of: target, ofKind: tAttrs.label as EntityKind });
      });
      return { id, name: a.name as string, aliases: (a.aliases as string[] | undefined) ?? [], positions };
    });
  }

  private persons(): NonNullable<MemoryStore['personIndex']> {
    if (!this.personIndex) {
      this.personIndex = { first: new Map(), last: new Map() };
      this.graph.forEachNode((id, a) => {
        if (a.label === 'Person') this.indexPerson(id, a.name as string);
      });
    }
    return this.personIndex;
  }

  private indexPerson(id: string, name: string): void {
    if (!this.personIndex) return; // built from the graph when first needed
    const { firstWord, lastWord } = personNameKeys(name);
    for (const [map, word] of [[this.personIndex.first, firstWord], [this.personIndex.last, lastWord]] as const) {
      let ids = map.get(word);
      if (!ids) map.set(word, (ids = new Set()));
      ids.add(id);
    }
  }

  private unindexPerson(id: string, name: string): void {
    if (!this.personIndex) return;
    const { firstWord, lastWord } = personNameKeys(name);
    this.personIndex.first.get(firstWord)?.delete(id);
    this.personIndex.last.get(lastWord)?.delete(id);
  }

  private matchEntities(query: string, kinds?: EntityKind[]): string[] {
    if (!this.nameIndex) {
      this.nameIndex = [];
      this.graph.forEachNode((id, a) => {
        if (!ENTITY_LABELS.has(a.label!)) return;
        this.nameIndex!.push({ id, label: a.label!, names: [a.name as string, ...((a.aliases as string[]) ?? [])] });
      });
    }
    const q = normalizeName(query);
    return this.nameIndex
      .filter((e) => (!kinds || kinds.includes(e.label as EntityKind)) && (normalizeName(e.names[0]!) === q || nameMatches(query, e.names[0]!, e.names.slice(1))))
      .map((e) => e.id);
  }

  private timelineEvent(eventId: string): TimelineEvent {
    const g = this.graph;
    const a = g.getNodeAttributes(eventId);
    const participants: TimelineEvent['participants'] = [];
    g.forEachInEdge(eventId, (_e, attrs, source, _t, sAttrs) => {
      if (attrs.type === 'PARTICIPATED_IN') {
        participants.push({ id: source, name: sAttrs.name as string, kind: sAttrs.label as EntityKind, role: attrs.role as Role });
      }
    });
    let place: TimelineEvent['place'] = null;
    const sources: TimelineEvent['sources'] = [];
    g.forEachOutEdge(eventId, (_e, attrs, _s, target, _sa, tAttrs) => {
      if (attrs.type === 'TOOK_PLACE_IN' && (place === null || pickPlace(place.id, target) === target)) {
        place = { id: target, name: tAttrs.name as string, kind: tAttrs.label as EntityKind };
      }
      if (attrs.type === 'MENTIONED_IN') {
        sources.push({
          articleId: tAttrs.articleId as string,
          title: tAttrs.title as string,
          publishedAt: tAttrs.publishedAt as string | null,
          start: attrs.start as number,
          end: attrs.end as number,
          sentence: attrs.sentence as string,
        });
      }
    });
    return {
      id: eventId,
      type: a.type as EventType,
      status: a.status as EventStatus,
      startDate: a.startDate as string | null,
      endDate: a.endDate as string | null,
      precision: a.precision as Precision | null,
      summary: a.summary as string,
      participants,
      place,
      sources,
    };
  }
}

function addSorted(list: string[], item: string): string[] {
  return list.includes(item) ? list : [...list, item].sort();
}

/**
 * Writes `data` to `path` so that a crash at any moment leaves either the old or the new file:
 * a temp file beside it, fsync, rename over the target, fsync of the directory.
 */
export function writeFileAtomic(path: string, data: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(tmp, path);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* already gone */
    }
    throw new StoreError(`${path}: cannot replace the store file (${(err as Error).message})`, true);
  }
  try {
    const dfd = openSync(dir, 'r');
    fsyncSync(dfd);
    closeSync(dfd);
  } catch {
    /* some filesystems refuse fsync on a directory; the rename is still atomic */
  }
}
