/**
 * The store interface. Two implementations: memory/ (graphology, persisted to one file) and neo4j/.
 * Both pass test/store-conformance.ts. Verbs: `put*` upserts, `remove*` deletes, reads never write.
 */
import type { GraphFragment, Props } from '../graph/model.js';
import type { EntityKind, EventStatus, EventType, Precision, Role } from '../model/types.js';

export type ArticleState = 'absent' | 'same' | 'changed';

export interface PutResult {
  articleId: string;
  /** `added`: new article; `replaced`: its previous contribution was removed first; `unchanged`: same hash, nothing done. */
  outcome: 'added' | 'replaced' | 'unchanged';
  /** Event node ids the article now mentions (after cross-article merging). */
  events: string[];
}

export interface TimelineFilter {
  actor?: string;
  place?: string;
  /** ISO day: events ending before it are left out. */
  from?: string;
  /** ISO day: events starting after it are left out. */
  to?: string;
  types?: EventType[];
  statuses?: EventStatus[];
  /** Keep undated events (default true; they sort last). With from/to set they are left out. */
  includeUndated?: boolean;
}

export interface TimelineEvent {
  id: string;
  type: EventType;
  status: EventStatus;
  startDate: string | null;
  endDate: string | null;
  precision: Precision | null;
  summary: string;
  participants: Array<{ id: string; name: string; kind: EntityKind; role: Role }>;
  place: { id: string; name: string; kind: EntityKind } | null;
  sources: Array<{ articleId: string; title: string; publishedAt: string | null; start: number; end: number; sentence: string }>;
}

export interface StoreStats {
  articles: number;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  events: { total: number; byType: Record<string, number>; byStatus: Record<string, number>; undated: number };
}

/** graphology's serialisation format: what `export --format json` prints and `load --from` reads. */
export interface SerializedGraph {
  options: { type: 'directed'; multi: true; allowSelfLoops: boolean };
  attributes: Record<string, unknown>;
  nodes: Array<{ key: string; attributes: Props & { label: string } }>;
  edges: Array<{ key: string; source: string; target: string; attributes: Props & { type: string } }>;
}

export interface Store {
  readonly kind: 'memory' | 'neo4j';
  /** Whether an article with this id is stored, and with the same content hash. */
  articleState(articleId: string, contentHash: string): Promise<ArticleState>;
  /** Adds an article's contribution, replacing what the same article id contributed before. */
  putArticle(fragment: GraphFragment): Promise<PutResult>;
  /** Removes an article and everything only it contributed. Returns false when it was not stored. */
  removeArticle(articleId: string): Promise<boolean>;
  timeline(filter: TimelineFilter): Promise<TimelineEvent[]>;
  stats(): Promise<StoreStats>;
  /** The whole graph, nodes and edges sorted by key (byte-identical for the same content). */
  exportGraph(): Promise<SerializedGraph>;
  /**
   * Adds a whole serialised graph (an embedded store file or a JSON export): nodes and edges are
   * upserted by key, provenance lists (`articles`) are united. Used by `eventline load --from`.
   */
  importGraph(graph: SerializedGraph): Promise<{ nodes: number; edges: number }>;
  /** Makes what was put durable (memory store: atomic save to its file). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
