/**
 * Applying articles to Neo4j with the embedded store's semantics (src/store/memory/index.ts), in batches.
 *
 * A batch runs in one transaction: read the state the batch touches, decide in JS exactly as the memory store
 * does (cross-article merging through src/graph/merge.ts, provenance lists, narrower intervals, better-informed
 * status, alias union), then write with `UNWIND $rows ... MERGE`. Articles are applied in order; a changed
 * article first has its old contribution removed, where it stands in the order.
 *
 * Provenance lists (`articles`) are only appended to, never read back and rewritten: a hub such as a head of
 * state is in thousands of articles, and copying its list on every batch would make loading quadratic. The
 * lists are therefore in insertion order in the database; exportGraph sorts them, as the embedded store keeps them.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import { absorbReport, eventSummary, findMergeTarget, fragmentEventSummary, intervalsOverlap } from '../../graph/merge.js';
import type { EdgeType, EventSummary, GraphFragment, NodeLabel, Props } from '../../graph/model.js';
import { StoreError } from '../../model/errors.js';
import type { PutResult } from '../store.js';
import {
  ARTICLE_EVENTS,
  ARTICLE_HASHES,
  CANDIDATE_EVENTS,
  checkLabel,
  edgeWriteQuery,
  nodeWriteQuery,
  READ_NODES,
  REMOVE_ARTICLE,
} from './cypher.js';
import { fromNeo4jProps, toNeo4jProps, toNeo4jValue } from './values.js';

/** When two articles disagree on the status of one event, the better-informed status wins (as in the memory store). */

interface NodeState {
  label: NodeLabel;
  /** Properties without `articles`. */
  props: Props;
  /** Whether the node is in the database (read from it), or created by this segment. */
  stored: boolean;
  dirty: boolean;
  /** A stored node: whether its properties changed (else only its provenance list is appended to). */
  changed?: boolean;
  /** Article ids to append to the provenance list (null for Article nodes, which have none). */
  add: string[] | null;
  /** Events only: who took part and where, for merging. */
  participants?: Set<string>;
  places?: Set<string>;
}

interface EdgeState {
  type: EdgeType;
  source: string;
  target: string;
  /** Set only if the relationship is new: an existing one keeps its properties. */
  props: Props;
  add: string[];
}

/** The part of the graph one segment of a batch reads and changes. */
class WorkingSet {
  readonly nodes = new Map<string, NodeState>();
  readonly edges = new Map<string, EdgeState>();
  /** participant id -> events it takes part in, among the events known here. */
  readonly eventsOf = new Map<string, Set<string>>();

  addNode(id: string, state: NodeState): void {
    this.nodes.set(id, state);
    for (const p of state.participants ?? []) this.link(p, id);
  }

  link(participant: string, event: string): void {
    let set = this.eventsOf.get(participant);
    if (!set) this.eventsOf.set(participant, (set = new Set()));
    set.add(event);
    this.nodes.get(event)?.participants?.add(participant);
  }

  summary(id: string): EventSummary {
    const n = this.nodes.get(id)!;
    const places = [...(n.places ?? [])].sort();
    return eventSummary(id, n.props, [...(n.participants ?? [])], places.at(-1) ?? null);
  }

  /**
   * Events sharing a participant with `event` that findMergeTarget could pick: a hub's events are many, so those
   * of another type, or dated against undated, or with disjoint dates (which isSameEvent rejects anyway) are
   * dropped before their summaries are built.
   */
  candidates(event: EventSummary): EventSummary[] {
    const ids = new Set<string>();
    const dated = event.startDate !== null;
    for (const p of event.participantIds) {
      for (const id of this.eventsOf.get(p) ?? []) {
        if (ids.has(id)) continue;
        const props = this.nodes.get(id)?.props;
        if (!props || props.type !== event.type || (props.startDate !== null) !== dated) continue;
        if (dated && !intervalsOverlap(event, props as { startDate: string | null; endDate: string | null })) continue;
        ids.add(id);
      }
    }
    return [...ids].map((id) => this.summary(id));
  }
}

async function records(tx: ManagedTransaction, query: string, params: Record<string, unknown>) {
  return (await tx.run(query, params)).records;
}

function groupBy<T>(items: Iterable<T>, key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Day ranges (ISO days, inclusive) as sorted disjoint ranges covering the same days. */
export function mergeRanges(ranges: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  const sorted = [...ranges].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const out: Array<[string, string]> = [];
  for (const [start, end] of sorted) {
    const last = out.at(-1);
    if (last && start <= last[1]) {
      if (end > last[1]) last[1] = end;
    } else out.push([start, end]);
  }
  return out;
}

function sameProps(a: Props, b: Props): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) {
    const x = a[k] ?? null;
    const y = b[k] ?? null;
    if (Array.isArray(x) && Array.isArray(y) ? x.length !== y.length || x.some((v, i) => v !== y[i]) : x !== y) return false;
  }
  return true;
}

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

function addNodeStates(ws: WorkingSet, rows: Neo4jRecord[]): void {
  for (const r of rows) {
    const id = r.get('id') as string;
    if (ws.nodes.has(id)) continue;
    const label = checkLabel(r.get('label') as string);
    const pairs = r.get('pairs') as Array<[string, unknown]>;
    const state: NodeState = { label, props: fromNeo4jProps(Object.fromEntries(pairs), label), stored: true, dirty: false, add: [] };
    if (label === 'Event') {
      state.participants = new Set(r.get('participants') as string[]);
      state.places = new Set(r.get('places') as string[]);
    }
    ws.addNode(id, state);
  }
}

/**
 * Adds fragments (none of them stored yet) in order, within the transaction. Returns the write statements
 * in flight: the caller sends what follows on the same connection (the server keeps the order) and settles them.
 */
async function addSegment(tx: ManagedTransaction, fragments: GraphFragment[]): Promise<Array<Promise<unknown>>> {
  const ws = new WorkingSet();

  // 1. Read what the fragments touch: their nodes, and stored events their events may merge into.
  const idsByLabel: Record<string, string[]> = {};
  for (const f of fragments) for (const n of f.nodes) (idsByLabel[n.label] ??= []).push(n.key);
  for (const label of Object.keys(idsByLabel)) idsByLabel[label] = [...new Set(idsByLabel[label])];
  const labelOf = new Map<string, string>();
  for (const f of fragments) for (const n of f.nodes) labelOf.set(n.key, n.label);
  // One row per participant, with one check per event type (its new events' day ranges, and whether one is undated).
  const wanted = new Map<string, { label: string; id: string; checks: Map<string, { undated: boolean; ranges: Array<[string, string]> }> }>();
  for (const f of fragments) {
    for (const n of f.nodes) {
      if (n.label !== 'Event') continue;
      const s = fragmentEventSummary(f, n.key, n.props);
      for (const p of s.participantIds) {
        const label = labelOf.get(p) ?? 'Person';
        let w = wanted.get(p);
        if (!w) wanted.set(p, (w = { label, id: p, checks: new Map() }));
        let c = w.checks.get(s.type);
        if (!c) w.checks.set(s.type, (c = { undated: false, ranges: [] }));
        if (s.startDate === null || s.endDate === null) c.undated = true;
        else c.ranges.push([s.startDate, s.endDate]);
      }
    }
  }
  const candidateRows = [...wanted.values()].map((w) => ({
    [w.label]: w.id,
    checks: [...w.checks].map(([type, c]) => {
      const ranges = mergeRanges(c.ranges);
      return {
        type,
        undated: c.undated,
        firstDay: ranges.length ? toNeo4jValue('startDate', ranges[0]![0]) : null,
        lastDay: ranges.length ? toNeo4jValue('endDate', ranges.at(-1)![1]) : null,
        ranges: ranges.map(([a, b]) => [toNeo4jValue('startDate', a), toNeo4jValue('endDate', b)]),
      };
    }),
  }));
  // Both reads in one round trip: the nodes themselves first (their state wins), then merge candidates.
  const [nodes, candidates] = await Promise.all([
    records(tx, READ_NODES, { ids: idsByLabel }),
    candidateRows.length > 0 ? records(tx, CANDIDATE_EVENTS, { rows: candidateRows }) : Promise.resolve([]),
  ]);
  addNodeStates(ws, nodes);
  addNodeStates(ws, candidates);

  // 2. Nodes, article by article, exactly as the memory store decides.
  const plannedEdges: Array<{ articleId: string; key: string; type: EdgeType; source: string; target: string; props: Props }> = [];
  for (const fragment of fragments) {
    const { article } = fragment;
    const articleId = article.articleId;
    // Never stored here: an unchanged article is skipped and a changed one removed before its segment.
    ws.nodes.set(article.id, { label: 'Article', props: { ...article }, stored: false, dirty: true, add: null });

    const remap = new Map<string, string>();
    for (const node of fragment.nodes) {
      if (node.label !== 'Event') continue;
      const summary = fragmentEventSummary(fragment, node.key, node.props);
      if (ws.nodes.has(node.key)) continue; // identical content: same id, merged below
      const target = findMergeTarget(summary, ws.candidates(summary));
      if (target) remap.set(node.key, target.id);
    }
    const mapKey = (k: string) => remap.get(k) ?? k;

    for (const node of fragment.nodes) {
      const key = mapKey(node.key);
      const existing = ws.nodes.get(key);
      if (!existing) {
        const state: NodeState = { label: node.label, props: { ...node.props, id: key }, stored: false, dirty: true, add: [articleId] };
        if (node.label === 'Event') {
          state.participants = new Set();
          state.places = new Set();
        }
        ws.addNode(key, state);
        continue;
      }
      const attrs = existing.props;
      addOnce((existing.add ??= []), articleId);
      const update = absorbReport(node.label, attrs, node.props);
      if (!sameProps(attrs, update)) existing.changed = true;
      existing.props = update;
      existing.dirty = true;
    }

    for (const edge of fragment.edges) {
      const source = mapKey(edge.source);
      const target = mapKey(edge.target);
      const key = edge.key.replace(edge.source, source).replace(edge.target, target);
      plannedEdges.push({ articleId, key, type: edge.type, source, target, props: edge.props });
      if (edge.type === 'PARTICIPATED_IN') ws.link(source, target);
      if (edge.type === 'TOOK_PLACE_IN') ws.nodes.get(source)?.places?.add(target);
    }
  }

  // 3. Relationships: a new one gets the properties of its first report; every report adds its article.
  for (const e of plannedEdges) {
    const existing = ws.edges.get(e.key);
    if (existing) addOnce(existing.add, e.articleId);
    else ws.edges.set(e.key, { type: e.type, source: e.source, target: e.target, props: { ...e.props, key: e.key }, add: [e.articleId] });
  }

  const labelOfNode = (id: string) => ws.nodes.get(id)?.label;
  const isStored = (id: string) => ws.nodes.get(id)?.stored === true;
  // A stored hub (a head of state, a country) is in most batches but rarely changes: send it its new provenance only.
  const nodeRows = [...ws.nodes]
    .filter(([, n]) => n.dirty)
    .map(([id, n]) => ({ id, label: n.label, props: !n.stored || n.changed ? n.props : {}, add: n.add, isNew: !n.stored }));
  // A relationship with an endpoint created here cannot be stored yet: CREATE it rather than MERGE.
  const edgeRows = [...ws.edges].map(([key, e]) => ({ key, ...e, isNew: !isStored(e.source) || !isStored(e.target) }));
  // Nodes before relationships: pipelined statements run in the order they are sent.
  return [...nodeWrites(tx, 'add', nodeRows), ...edgeWrites(tx, 'add', edgeRows, labelOfNode)];
}

export interface NodeRow {
  id: string;
  label: NodeLabel;
  props: Props;
  /** Mode `add`: article ids to append to the provenance list (null: none, an Article). */
  add?: string[] | null;
  /** Known not to be in the database (the caller read it): CREATE instead of MATCH. */
  isNew?: boolean;
}

export interface EdgeRow {
  key: string;
  type: EdgeType;
  source: string;
  target: string;
  props: Props;
  add?: string[];
  /** Known not to be in the database (an endpoint is new, or its key was not found): CREATE instead of MERGE. */
  isNew?: boolean;
}

/**
 * Nodes grouped by label. `replace`: `SET n = props`, the stored properties replaced. `add`: `SET n += props`
 * (a null removes a property) and the provenance list appended to.
 */
export async function writeNodes(tx: ManagedTransaction, mode: 'replace' | 'add', rows: NodeRow[]): Promise<void> {
  await settle(nodeWrites(tx, mode, rows));
}

/**
 * The statements, sent without waiting for each other: the driver pipelines them on the transaction's
 * connection and the server runs them in order, so one round trip serves them all.
 */
function nodeWrites(tx: ManagedTransaction, mode: 'replace' | 'add', rows: NodeRow[]): Array<Promise<unknown>> {
  return [...groupBy(rows, (r) => `${r.isNew ? 'create' : mode}|${r.label}`)].map(([group, list]) => {
    const [write, label] = group.split('|') as ['create' | 'replace' | 'add', NodeLabel];
    const params = list.map((r) => {
      if (write === 'create') {
        const props = toNeo4jProps({ ...r.props, id: r.id });
        if (mode === 'add' && r.add) props.articles = r.add;
        return { props };
      }
      if (write === 'replace') return { id: r.id, props: toNeo4jProps({ ...r.props, id: r.id }) };
      return { id: r.id, props: toNeo4jProps({ ...r.props, id: r.id }, { keepNulls: true }), add: r.add ?? null };
    });
    return observed(
      tx.run(nodeWriteQuery(write, label), { rows: params }).then((result) => {
        const written = Number(result.records[0]?.get('written') ?? 0);
        if (written !== list.length) throw new StoreError(`${label}: wrote ${written} of ${list.length} nodes (a node changed meanwhile; retry)`, true);
      }),
    );
  });
}

/** Marks a statement's failure as handled until settle() reports it (no unhandled-rejection noise meanwhile). */
function observed<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => {});
  return promise;
}

/** Waits for every statement, then fails with the first failure (none is left unobserved). */
async function settle(pending: Array<Promise<unknown>>): Promise<void> {
  const outcomes = await Promise.allSettled(pending);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}

/**
 * Relationships grouped by type and endpoint labels; a missing endpoint is an error, not a silent skip.
 * `replace`: `SET r = props`. `add`: props only on creation, and the provenance list appended to.
 */
export async function writeEdges(
  tx: ManagedTransaction,
  mode: 'replace' | 'add',
  rows: EdgeRow[],
  labelOf: (id: string) => NodeLabel | undefined,
): Promise<void> {
  await settle(edgeWrites(tx, mode, rows, labelOf));
}

function edgeWrites(
  tx: ManagedTransaction,
  mode: 'replace' | 'add',
  rows: EdgeRow[],
  labelOf: (id: string) => NodeLabel | undefined,
): Array<Promise<unknown>> {
  const keyed = rows.map((r) => {
    const s = labelOf(r.source);
    const t = labelOf(r.target);
    if (!s || !t) throw new StoreError(`relationship ${r.key}: endpoint ${s ? r.target : r.source} is not in the graph`);
    return { ...r, write: r.isNew ? ('create' as const) : mode, s, t };
  });
  return [...groupBy(keyed, (r) => `${r.write}|${r.type}|${r.s}|${r.t}`).values()].map((group) => {
    const { write, type, s, t } = group[0]!;
    const params = group.map((r) => {
      const props = toNeo4jProps({ ...r.props, key: r.key });
      if (write === 'create' && mode === 'add') props.articles = r.add ?? [];
      return write === 'create' ? { source: r.source, target: r.target, props } : { key: r.key, source: r.source, target: r.target, props, add: r.add ?? [] };
    });
    return observed(
      tx.run(edgeWriteQuery(write, type, s, t), { rows: params }).then((result) => {
        const written = Number(result.records[0]?.get('written') ?? 0);
        if (written !== group.length) throw new StoreError(`${type}: wrote ${written} of ${group.length} relationships (an endpoint is missing)`);
      }),
    );
  });
}

/** Whether the article was stored (and is now removed with everything only it contributed). */
export async function removeArticleTx(tx: ManagedTransaction, articleId: string): Promise<boolean> {
  const rs = await records(tx, REMOVE_ARTICLE, { key: `article:${articleId}`, articleId });
  return rs.length > 0 && Number(rs[0]!.get('removed')) > 0;
}

/**
 * Puts fragments in order, in the caller's transaction; returns one PutResult per fragment, in order.
 * Stops at nothing: a failure throws and the transaction rolls back whole.
 */
export async function putFragmentsTx(tx: ManagedTransaction, fragments: readonly GraphFragment[]): Promise<PutResult[]> {
  const articleKeys = [...new Set(fragments.map((f) => f.article.id))];
  const stored = new Map<string, string>();
  for (const r of await records(tx, ARTICLE_HASHES, { ids: articleKeys })) stored.set(r.get('id') as string, r.get('contentHash') as string);

  const results: PutResult[] = [];
  // Segments: runs of articles added together; one that replaces a stored article starts a new one.
  const segments: Array<{ remove: string | null; fragments: GraphFragment[] }> = [];
  for (const f of fragments) {
    const previous = stored.get(f.article.id);
    if (previous === f.article.contentHash) {
      results.push({ articleId: f.article.articleId, outcome: 'unchanged', events: [] });
      continue;
    }
    const replacing = previous !== undefined;
    results.push({ articleId: f.article.articleId, outcome: replacing ? 'replaced' : 'added', events: [] });
    stored.set(f.article.id, f.article.contentHash);
    if (replacing || segments.length === 0) segments.push({ remove: replacing ? f.article.articleId : null, fragments: [f] });
    else segments.at(-1)!.fragments.push(f);
  }
  const pending: Array<Promise<unknown>> = [];
  const events = new Map<string, string[]>();
  try {
    for (const segment of segments) {
      if (segment.remove !== null) await removeArticleTx(tx, segment.remove);
      pending.push(...(await addSegment(tx, segment.fragments)));
    }
    for (const r of await records(tx, ARTICLE_EVENTS, { ids: articleKeys })) events.set(r.get('id') as string, (r.get('events') as string[]).sort());
  } finally {
    await settle(pending);
  }
  return results.map((r) => ({ ...r, events: events.get(`article:${r.articleId}`) ?? [] }));
}
