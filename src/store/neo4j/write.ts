/**
 * Applying articles to Neo4j with the embedded store's semantics (src/store/memory/index.ts), in batches.
 *
 * A batch runs in one transaction: read the state the batch touches, decide in JS exactly as the memory store
 * does (cross-article merging through src/graph/merge.ts, provenance lists, narrower intervals, better-informed
 * status, alias union), then write with `UNWIND $rows ... MERGE`. Articles are applied in order; a changed
 * article first has its old contribution removed, where it stands in the order.
 *
 * Merge candidates: with the store's merge cache (cache.ts), the stored events of participants it holds are not
 * read; the others are read whole (PARTICIPANT_EVENTS) and the cache learns them once the transaction commits
 * (the caller applies the MergeDelta returned here). Without it (a batch that replaces an article, or a cache
 * that overflowed), each batch reads the few events its new events may merge into (CANDIDATE_EVENTS).
 *
 * Provenance lists (`articles`) are only appended to, never read back and rewritten: a hub such as a head of
 * state is in thousands of articles, and copying its list on every batch would make loading quadratic. The
 * lists are therefore in insertion order in the database; exportGraph sorts them, as the embedded store keeps them.
 */
import type { ManagedTransaction, Record as Neo4jRecord } from 'neo4j-driver';
import {
  absorbReport,
  eventSummary,
  findMergeTarget,
  findPersonMergeTarget,
  fragmentEventSummary,
  fragmentPersonSummary,
  intervalsOverlap,
  PLAN_STATUSES,
  personLookupKeys,
  personNameKeys,
  planWindow,
  remapFragment,
  type PersonSummary,
} from '../../graph/merge.js';
import type { EdgeType, EventSummary, GraphFragment, NodeLabel, Props } from '../../graph/model.js';
import { StoreError } from '../../model/errors.js';
import type { EntityKind } from '../../model/types.js';
import type { PutResult } from '../store.js';
import {
  ARTICLE_EVENTS,
  ARTICLE_HASHES,
  CANDIDATE_EVENTS,
  checkLabel,
  edgeWriteQuery,
  nodeWriteQuery,
  PARTICIPANT_EVENTS,
  PERSON_CANDIDATES,
  READ_NODES,
  REMOVE_ARTICLE,
} from './cypher.js';
import { EVENT_MERGE_PROPS, type CachedEvent, type MergeCacheView, type MergeDelta } from './cache.js';
import { fromNeo4jProps, str, toNeo4jProps, toNeo4jValue } from './values.js';

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
  /** Events only: who took part (and who hosted), where, and the publication days of its reports, for merging. */
  participants?: Set<string>;
  hosts?: Set<string>;
  places?: Set<string>;
  reportedOn?: Set<string | null>;
}

interface EdgeState {
  type: EdgeType;
  source: string;
  target: string;
  /** Set only if the relationship is new: an existing one keeps its properties. */
  props: Props;
  add: string[];
}

/**
 * The part of the graph one segment of a batch reads and changes. With a cache view (cache.ts), the stored events
 * of participants the cache holds whole are looked up there, and copied in here only when the batch changes them:
 * the cache itself only changes after the transaction has committed.
 */
class WorkingSet {
  constructor(private readonly cache: MergeCacheView | null = null) {}

  readonly nodes = new Map<string, NodeState>();
  readonly edges = new Map<string, EdgeState>();
  /** participant id -> events it takes part in, among the events known here. */
  readonly eventsOf = new Map<string, Set<string>>();
  /** Persons known here by the first and last word of their name (personNameKeys), for person merging. */
  private readonly personsByFirst = new Map<string, Set<string>>();
  private readonly personsByLast = new Map<string, Set<string>>();
  /** Person id -> its positions (HOLDS_POSITION: title, holder of the position, its label), by edge key. */
  private readonly positions = new Map<string, Map<string, PersonSummary['positions'][number]>>();

  addNode(id: string, state: NodeState): void {
    this.nodes.set(id, state);
    for (const p of state.participants ?? []) this.link(p, id, state.hosts?.has(p) ? 'host' : null);
    if (state.label === 'Person' && typeof state.props.name === 'string') {
      const { firstWord, lastWord } = personNameKeys(state.props.name);
      addTo(this.personsByFirst, firstWord, id);
      addTo(this.personsByLast, lastWord, id);
    }
  }

  link(participant: string, event: string, role: string | null): void {
    addTo(this.eventsOf, participant, event);
    const n = this.nodes.get(event);
    n?.participants?.add(participant);
    if (role === 'host') n?.hosts?.add(participant);
  }

  addPosition(person: string, key: string, position: PersonSummary['positions'][number]): void {
    let map = this.positions.get(person);
    if (!map) this.positions.set(person, (map = new Map()));
    map.set(key, position);
  }

  /** A node known here, else a cached event, copied in here (it is about to change). */
  node(id: string): NodeState | undefined {
    const known = this.nodes.get(id);
    if (known) return known;
    const cached = this.cache?.event(id);
    if (!cached) return undefined;
    const state: NodeState = {
      label: 'Event',
      props: { ...cached.props },
      stored: true,
      dirty: false,
      add: [],
      participants: new Set(cached.participants),
      hosts: new Set(cached.hosts),
      places: new Set(cached.places),
      reportedOn: new Set(cached.reportedOn),
    };
    this.addNode(id, state);
    return state;
  }

  summary(id: string): EventSummary {
    const n = this.nodes.get(id) ?? this.cache!.event(id)!;
    return eventSummary(id, n.props, {
      participants: n.participants ?? [],
      hosts: n.hosts ?? [],
      places: n.places ?? [],
      reportedOn: n.reportedOn ?? [],
    });
  }


  /** Every event known here (stored or new), in its state after the segment: what the cache learns on commit. */
  eventStates(): Map<string, CachedEvent> {
    const out = new Map<string, CachedEvent>();
    for (const [id, n] of this.nodes) {
      if (n.label !== 'Event') continue;
      out.set(id, {
        props: Object.fromEntries(EVENT_MERGE_PROPS.map((k) => [k, n.props[k] ?? null])),
        participants: [...n.participants!],
        hosts: [...n.hosts!],
        places: [...n.places!],
        reportedOn: [...n.reportedOn!],
      });
    }
    return out;
  }

  /**
   * Events sharing a participant with `event` that findMergeTarget could pick: a hub's events are many, so those
   * of another type, or with disjoint dates, or dated against undated unless one is a plan the other may fulfil
   * (which isSameEvent rejects anyway) are dropped before their summaries are built.
   */
  candidates(event: EventSummary): EventSummary[] {
    const ids = new Set<string>();
    const dated = event.startDate !== null;
    const window = planWindow(event);
    const consider = (id: string, props: Props | undefined) => {
      if (ids.has(id) || !props || props.type !== event.type) return;
      const start = props.startDate as string | null;
      if (dated && start !== null && !intervalsOverlap(event, props as { startDate: string | null; endDate: string | null })) return;
      if (dated && start === null && !PLAN_STATUSES.has(props.status as EventSummary['status'])) return;
      if (!dated && start !== null && (!window || start < window[0] || start > window[1])) return;
      ids.add(id);
    };
    for (const p of event.participantIds) {
      // Events known here are in their state after what this batch did so far; the cache's others are as stored.
      for (const id of this.eventsOf.get(p) ?? []) consider(id, this.nodes.get(id)?.props);
      if (this.cache) for (const id of this.cache.candidates(p, event)) if (!this.nodes.has(id)) consider(id, this.cache.event(id)?.props);
    }
    return [...ids].map((id) => this.summary(id));
  }

  /** Persons known here whose name may be compatible with `name` (personLookupKeys), with their positions. */
  personCandidates(name: string): PersonSummary[] {
    const { lastWords, firstWords } = personLookupKeys(name);
    const ids = new Set<string>();
    for (const w of lastWords) for (const id of this.personsByLast.get(w) ?? []) ids.add(id);
    for (const w of firstWords) for (const id of this.personsByFirst.get(w) ?? []) ids.add(id);
    return [...ids].sort().map((id) => {
      const props = this.nodes.get(id)!.props;
      return {
        id,
        name: props.name as string,
        aliases: (props.aliases as string[] | undefined) ?? [],
        positions: [...(this.positions.get(id)?.values() ?? [])],
      };
    });
  }
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
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
      const roles = r.get('participants') as Array<[string, string]>;
      state.participants = new Set(roles.map(([p]) => p));
      state.hosts = new Set(roles.filter(([, role]) => role === 'host').map(([p]) => p));
      state.places = new Set(r.get('places') as string[]);
      state.reportedOn = new Set((r.get('reportedOn') as unknown[]).map(str));
    }
    ws.addNode(id, state);
  }
}

/** Stored persons that new persons may merge into (PERSON_CANDIDATES), with their positions. */
function addPersonStates(ws: WorkingSet, rows: Neo4jRecord[]): void {
  addNodeStates(ws, rows);
  for (const r of rows) {
    const id = r.get('id') as string;
    for (const [title, of, label] of r.get('positions') as Array<[string, string, string]>) {
      ws.addPosition(id, `${title}|${of}`, { title, of, ofKind: checkLabel(label) as EntityKind });
    }
  }
}

/** Every participant of the fragments' events (before persons merge into stored namesakes). */
function eventParticipants(fragments: readonly GraphFragment[]): Set<string> {
  const out = new Set<string>();
  for (const f of fragments) for (const e of f.edges) if (e.type === 'PARTICIPATED_IN') out.add(e.source);
  return out;
}

/**
 * Without a cache: the CANDIDATE_EVENTS rows, one per participant of the fragments' events, with what its new
 * events may merge with (a superset of what findMergeTarget picks, so the database returns few of a hub's events).
 */
function filteredCandidateRows(
  fragments: readonly GraphFragment[],
  labelOf: ReadonlyMap<string, string>,
  personKeys: ReadonlyMap<string, ReturnType<typeof personLookupKeys>>,
): Array<Record<string, unknown>> {
  // One row per participant, with one check per event type: its new events' day ranges, whether one is undated,
  // and, where the participant is an actor (planJoins needs a shared one), the windows in which its undated plans'
  // dated events may start and whether a dated event may fulfil a stored plan.
  interface Check {
    undated: boolean;
    ranges: Array<[string, string]>;
    planWindows: Array<[string, string]>;
    plans: boolean;
  }
  const wanted = new Map<string, { label: string; id: string; checks: Map<string, Check> }>();
  for (const f of fragments) {
    for (const n of f.nodes) {
      if (n.label !== 'Event') continue;
      const s = fragmentEventSummary(f, n.key, n.props);
      const window = planWindow(s);
      for (const p of s.participantIds) {
        const label = labelOf.get(p) ?? 'Person';
        let w = wanted.get(p);
        if (!w) wanted.set(p, (w = { label, id: p, checks: new Map() }));
        let c = w.checks.get(s.type);
        if (!c) w.checks.set(s.type, (c = { undated: false, ranges: [], planWindows: [], plans: false }));
        if (s.startDate === null || s.endDate === null) c.undated = true;
        else c.ranges.push([s.startDate, s.endDate]);
        if (s.actorIds.includes(p)) {
          if (window) c.planWindows.push(window);
          if (s.startDate !== null) c.plans = true;
        }
      }
    }
  }
  const day = (key: string, value: string) => toNeo4jValue(key, value);
  return [...wanted.values()].map((w) => ({
    [w.label]: w.id,
    ...(w.label === 'Person' ? personKeys.get(w.id) : {}),
    checks: [...w.checks].map(([type, c]) => {
      const ranges = mergeRanges(c.ranges);
      return {
        type,
        undated: c.undated,
        firstDay: ranges.length ? day('startDate', ranges[0]![0]) : null,
        lastDay: ranges.length ? day('endDate', ranges.at(-1)![1]) : null,
        ranges: ranges.map(([a, b]) => [day('startDate', a), day('endDate', b)]),
        planWindows: mergeRanges(c.planWindows).map(([a, b]) => [day('startDate', a), day('startDate', b)]),
        plans: c.plans,
      };
    }),
  }));
}

/** A segment added: the write statements in flight, and what the merge cache may learn once they commit. */
interface SegmentOutcome {
  pending: Array<Promise<unknown>>;
  /** Null without a cache view. */
  delta: MergeDelta | null;
}

/**
 * Adds fragments (none of them stored yet) in order, within the transaction. Returns the write statements
 * in flight: the caller sends what follows on the same connection (the server keeps the order) and settles them.
 * With a cache view, the stored events of participants it holds whole are not read again (cache.ts).
 */
async function addSegment(tx: ManagedTransaction, fragments: GraphFragment[], cache: MergeCacheView | null): Promise<SegmentOutcome> {
  const ws = new WorkingSet(cache);

  // 1. Read what the fragments touch: their nodes, stored persons their persons may merge into, and stored events
  //    their events may merge into.
  const idsByLabel: Record<string, string[]> = {};
  for (const f of fragments) for (const n of f.nodes) (idsByLabel[n.label] ??= []).push(n.key);
  for (const label of Object.keys(idsByLabel)) idsByLabel[label] = [...new Set(idsByLabel[label])];
  const labelOf = new Map<string, string>();
  const personKeys = new Map<string, ReturnType<typeof personLookupKeys>>();
  for (const f of fragments) {
    for (const n of f.nodes) {
      labelOf.set(n.key, n.label);
      if (n.label === 'Person' && !personKeys.has(n.key)) personKeys.set(n.key, personLookupKeys(n.props.name as string));
    }
  }
  const personRows = [...personKeys].map(([id, keys]) => ({ id, ...keys }));
  // The reads in one round trip: the nodes themselves first (their state wins), then merge candidates.
  const readNodes = records(tx, READ_NODES, { ids: idsByLabel });
  const readPersons = personRows.length > 0 ? records(tx, PERSON_CANDIDATES, { rows: personRows }) : Promise.resolve([]);
  let complete: string[] | null = null;
  if (cache) {
    // Participants the cache does not hold whole are read whole (once per run), and so are the stored namesakes
    // of new persons that it does not hold (a second round trip, once the namesakes are known).
    const wholeIds = new Set<string>();
    const byLabel: Record<string, string[]> = {};
    for (const p of eventParticipants(fragments)) {
      if (cache.isComplete(p) || wholeIds.has(p)) continue;
      wholeIds.add(p);
      (byLabel[labelOf.get(p) ?? 'Person'] ??= []).push(p);
    }
    const [nodes, persons, events] = await Promise.all([
      readNodes,
      readPersons,
      wholeIds.size > 0 ? records(tx, PARTICIPANT_EVENTS, { ids: byLabel, props: EVENT_MERGE_PROPS }) : Promise.resolve([]),
    ]);
    const namesakes = persons.map((r) => r.get('id') as string).filter((id) => !cache.isComplete(id) && !wholeIds.has(id));
    for (const id of namesakes) wholeIds.add(id);
    addNodeStates(ws, nodes);
    addPersonStates(ws, persons);
    addNodeStates(ws, events);
    if (namesakes.length > 0) addNodeStates(ws, await records(tx, PARTICIPANT_EVENTS, { ids: { Person: namesakes }, props: EVENT_MERGE_PROPS }));
    complete = [...wholeIds];
  } else {
    const candidateRows = filteredCandidateRows(fragments, labelOf, personKeys);
    const [nodes, persons, candidates] = await Promise.all([
      readNodes,
      readPersons,
      candidateRows.length > 0 ? records(tx, CANDIDATE_EVENTS, { rows: candidateRows, planStatuses: [...PLAN_STATUSES] }) : Promise.resolve([]),
    ]);
    addNodeStates(ws, nodes);
    addPersonStates(ws, persons);
    addNodeStates(ws, candidates);
  }

  // 2. Nodes, article by article, exactly as the memory store decides.
  const plannedEdges: Array<{ articleId: string; key: string; type: EdgeType; source: string; target: string; props: Props }> = [];
  for (const fragment of fragments) {
    const { article } = fragment;
    const articleId = article.articleId;
    // Never stored here: an unchanged article is skipped and a changed one removed before its segment.
    ws.nodes.set(article.id, { label: 'Article', props: { ...article }, stored: false, dirty: true, add: null });

    // Persons first: one not known under its id may join a known person on evidence; then events.
    const personRemap = new Map<string, string>();
    for (const node of fragment.nodes) {
      if (node.label !== 'Person' || ws.nodes.has(node.key)) continue;
      const target = findPersonMergeTarget(fragmentPersonSummary(fragment, node.key), ws.personCandidates(node.props.name as string));
      if (target) personRemap.set(node.key, target.id);
    }
    const withPersons = remapFragment(fragment, personRemap);
    const eventRemap = new Map<string, string>();
    for (const node of withPersons.nodes) {
      if (node.label !== 'Event' || ws.nodes.has(node.key)) continue; // identical content: same id, merged below
      const summary = fragmentEventSummary(withPersons, node.key, node.props);
      const target = findMergeTarget(summary, ws.candidates(summary));
      if (target) eventRemap.set(node.key, target.id);
    }
    const merged = remapFragment(withPersons, eventRemap);

    for (const node of merged.nodes) {
      const key = node.key;
      const existing = ws.node(key);
      if (!existing) {
        const state: NodeState = { label: node.label, props: { ...node.props, id: key }, stored: false, dirty: true, add: [articleId] };
        if (node.label === 'Event') {
          state.participants = new Set();
          state.hosts = new Set();
          state.places = new Set();
          state.reportedOn = new Set();
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

    for (const edge of merged.edges) {
      const { key, source, target } = edge;
      plannedEdges.push({ articleId, key, type: edge.type, source, target, props: edge.props });
      if (edge.type === 'PARTICIPATED_IN') ws.link(source, target, edge.props.role as string);
      if (edge.type === 'TOOK_PLACE_IN') ws.nodes.get(source)?.places?.add(target);
      if (edge.type === 'MENTIONED_IN') ws.nodes.get(source)?.reportedOn?.add(article.publishedAt);
      if (edge.type === 'HOLDS_POSITION') {
        ws.addPosition(source, `${edge.props.title as string}|${target}`, {
          title: edge.props.title as string,
          of: target,
          ofKind: ws.nodes.get(target)!.label as EntityKind,
        });
      }
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
  const pending = [...nodeWrites(tx, 'add', nodeRows), ...edgeWrites(tx, 'add', edgeRows, labelOfNode)];
  return { pending, delta: complete === null ? null : { complete, events: ws.eventStates() } };
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
 * (a null removes a property) and the provenance list appended to. A Person written with its name also gets the
 * index-only `firstWord` and `lastWord` (personNameKeys), by which PERSON_CANDIDATES finds it.
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
      const keys = label === 'Person' && typeof r.props.name === 'string' ? personNameKeys(r.props.name) : {};
      if (write === 'create') {
        const props = toNeo4jProps({ ...r.props, ...keys, id: r.id });
        if (mode === 'add' && r.add) props.articles = r.add;
        return { props };
      }
      if (write === 'replace') return { id: r.id, props: toNeo4jProps({ ...r.props, ...keys, id: r.id }) };
      return { id: r.id, props: toNeo4jProps({ ...r.props, ...keys, id: r.id }, { keepNulls: true }), add: r.add ?? null };
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

/** What putFragmentsTx did: results in order, and what the merge cache learns once the transaction commits. */
export interface PutOutcome {
  results: PutResult[];
  /** An article was replaced: its removal changed the database in ways the cache does not follow. */
  replaced: boolean;
  /** Null when no cache view was given or it could not be used (a replacement). */
  delta: MergeDelta | null;
}

/**
 * Puts fragments in order, in the caller's transaction; returns one PutResult per fragment, in order.
 * Stops at nothing: a failure throws and the transaction rolls back whole. `cache` (cache.ts) is only read; it is
 * not used when an article is replaced (its removal runs first, in the same transaction).
 */
export async function putFragmentsTx(
  tx: ManagedTransaction,
  fragments: readonly GraphFragment[],
  cache: MergeCacheView | null = null,
): Promise<PutOutcome> {
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
  const replaced = segments.some((s) => s.remove !== null);
  // Without a replacement, every new article is in one segment.
  const view = replaced ? null : cache;
  const pending: Array<Promise<unknown>> = [];
  const events = new Map<string, string[]>();
  let delta: MergeDelta | null = null;
  try {
    for (const segment of segments) {
      if (segment.remove !== null) await removeArticleTx(tx, segment.remove);
      const added = await addSegment(tx, segment.fragments, view);
      pending.push(...added.pending);
      delta = added.delta;
    }
    for (const r of await records(tx, ARTICLE_EVENTS, { ids: articleKeys })) events.set(r.get('id') as string, (r.get('events') as string[]).sort());
  } finally {
    await settle(pending);
  }
  return { results: results.map((r) => ({ ...r, events: events.get(`article:${r.articleId}`) ?? [] })), replaced, delta };
}
