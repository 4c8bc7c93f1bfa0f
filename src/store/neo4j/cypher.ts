/**
 * Every Cypher statement the store runs. Values are always parameters; labels and relationship types cannot
 * be, so the statements that need one are built once, here, from the model's fixed lists (NODE_LABELS,
 * EDGE_TYPES) and looked up by name: nothing from outside ever becomes query text.
 */
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../../graph/model.js';
import { StoreError } from '../../model/errors.js';
import { ENTITY_KINDS } from '../../model/types.js';

const isLabel = (x: string): x is NodeLabel => (NODE_LABELS as readonly string[]).includes(x);
const isEdgeType = (x: string): x is EdgeType => (EDGE_TYPES as readonly string[]).includes(x);

export function checkLabel(label: string): NodeLabel {
  if (!isLabel(label)) throw new StoreError(`unknown node label "${label}" (expected one of ${NODE_LABELS.join(', ')})`);
  return label;
}

export function checkEdgeType(type: string): EdgeType {
  if (!isEdgeType(type)) throw new StoreError(`unknown relationship type "${type}" (expected one of ${EDGE_TYPES.join(', ')})`);
  return type;
}

/**
 * Node writes, one statement per label. The writer knows which rows are new (it read the batch's nodes first):
 * those are CREATEd with their full property map (`row.props`, provenance list included), which costs one
 * uniqueness check instead of MERGE's lookup and lock. Stored nodes are MATCHed by id (the constraint's index)
 * and updated. `replace`: `SET n = row.props` (import). `add`: `SET n += row.props` (null removes a property) and
 * `row.add`, the article ids, appended to the provenance list, which is never read back to be rewritten: a hub
 * node's list grows by appending only. Each returns how many rows it wrote; fewer means a node went missing.
 */
const NODE_WRITES = {
  create: new Map(NODE_LABELS.map((l) => [l, `UNWIND $rows AS row CREATE (n:${l}) SET n = row.props RETURN count(n) AS written`])),
  replace: new Map(NODE_LABELS.map((l) => [l, `UNWIND $rows AS row MATCH (n:${l} {id: row.id}) SET n = row.props RETURN count(n) AS written`])),
  add: new Map(
    NODE_LABELS.map((l) => [
      l,
      `UNWIND $rows AS row MATCH (n:${l} {id: row.id}) SET n += row.props ` +
        `SET n.articles = CASE WHEN row.add IS NULL THEN n.articles ELSE coalesce(n.articles, []) + row.add END RETURN count(n) AS written`,
    ]),
  ),
} as const;

export type NodeWriteMode = keyof typeof NODE_WRITES;

export function nodeWriteQuery(mode: NodeWriteMode, label: NodeLabel): string {
  return NODE_WRITES[mode].get(checkLabel(label))!;
}

/**
 * Relationship writes, one statement per type and endpoint labels; endpoints are MATCHed by label and id (the
 * constraints' indexes). A relationship is identified by its `key` (the embedded store's edge key, which holds
 * the type, both ends and a qualifier such as the role). `create`: rows the writer knows are new (an endpoint
 * was created in the same batch, or the key was not found): CREATE with the full property map. Otherwise MERGE
 * between the two bound nodes: Neo4j expands from the endpoint with fewer relationships (an event, not a hub)
 * and compares keys there. `replace`: full property map (import). `add`: properties only when created (an
 * existing relationship keeps its own, as in the embedded store), and the article ids appended to its provenance.
 */
const edgeStatements = (write: (t: string) => string) =>
  new Map(
    EDGE_TYPES.flatMap((t) =>
      NODE_LABELS.flatMap((s) =>
        NODE_LABELS.map((o) => [
          `${t}|${s}|${o}`,
          `UNWIND $rows AS row MATCH (s:${s} {id: row.source}) MATCH (t:${o} {id: row.target}) ${write(t)} RETURN count(r) AS written`,
        ]),
      ),
    ),
  );
const EDGE_WRITES = {
  create: edgeStatements((t) => `CREATE (s)-[r:${t}]->(t) SET r = row.props`),
  replace: edgeStatements((t) => `MERGE (s)-[r:${t} {key: row.key}]->(t) SET r = row.props`),
  add: edgeStatements((t) => `MERGE (s)-[r:${t} {key: row.key}]->(t) ON CREATE SET r += row.props SET r.articles = coalesce(r.articles, []) + row.add`),
} as const;

export type EdgeWriteMode = keyof typeof EDGE_WRITES;

export function edgeWriteQuery(mode: EdgeWriteMode, type: EdgeType, source: NodeLabel, target: NodeLabel): string {
  return EDGE_WRITES[mode].get(`${checkEdgeType(type)}|${checkLabel(source)}|${checkLabel(target)}`)!;
}

/** A `CALL { ... UNION ALL ... }` that finds nodes `n` by id, one index lookup per label: `$ids` maps label -> ids. */
const BY_ID = (labels: readonly NodeLabel[], param = '$ids') =>
  `CALL { ${labels.map((l) => `UNWIND coalesce(${param}.${l}, []) AS id MATCH (n:${l} {id: id}) RETURN n`).join(' UNION ALL ')} }`;

/**
 * What merging needs of an event besides its properties (src/graph/merge.ts eventSummary): participants with
 * their roles ([id, role] pairs, one expansion), places, and for an undated event the publication days of its articles (an undated plan may join a dated event).
 */
const EVENT_LINKS = `[(n)<-[r:PARTICIPATED_IN]-(p) | [p.id, r.role]] AS participants,
  [(n)-[:TOOK_PLACE_IN]->(pl) | pl.id] AS places,
  CASE WHEN n.startDate IS NULL THEN [(n)-[:MENTIONED_IN]->(a) | a.publishedAt] ELSE [] END AS reportedOn`;

/** Properties without the provenance list, as [key, value] pairs: a hub's list is long and not needed. */
const PROPS_BUT_ARTICLES = `[k IN keys(n) WHERE k <> 'articles' | [k, n[k]]] AS pairs`;

/** Whole nodes by id (import unites provenance lists, so it reads them). */
export const READ_NODES_FULL = `${BY_ID(NODE_LABELS)}
RETURN n.id AS id, labels(n)[0] AS label, properties(n) AS props`;

/** Current state of nodes by id, provenance left out; events come with their links (EVENT_LINKS). */
export const READ_NODES = `${BY_ID(NODE_LABELS)}
RETURN n.id AS id, labels(n)[0] AS label, ${PROPS_BUT_ARTICLES},
  CASE WHEN n:Event THEN [(n)<-[r:PARTICIPATED_IN]-(p) | [p.id, r.role]] ELSE [] END AS participants,
  CASE WHEN n:Event THEN [(n)-[:TOOK_PLACE_IN]->(pl) | pl.id] ELSE [] END AS places,
  CASE WHEN n:Event AND n.startDate IS NULL THEN [(n)-[:MENTIONED_IN]->(a) | a.publishedAt] ELSE [] END AS reportedOn`;

/**
 * Stored persons `p` whose name may be compatible with a new person's (`row.lastWords`, `row.firstWords`: the keys
 * of src/graph/merge.ts personLookupKeys), found through the indexes on `lastWord` and `firstWord` (schema.ts).
 */
const PERSONS_BY_NAME_WORDS = `CALL {
    WITH row UNWIND coalesce(row.lastWords, []) AS w MATCH (p:Person {lastWord: w}) RETURN p
    UNION
    WITH row UNWIND coalesce(row.firstWords, []) AS w MATCH (p:Person {firstWord: w}) RETURN p
  }`;

/** Whether any Person lacks the name keys (schema.ts backfill): a label scan that stops at the first one. */
export const PERSON_WITHOUT_NAME_KEYS = 'MATCH (p:Person) WHERE p.firstWord IS NULL OR p.lastWord IS NULL RETURN p.id AS id LIMIT 1';

/** A page of Persons without the name keys, with their names (`$limit`). */
export const PERSONS_WITHOUT_NAME_KEYS = `MATCH (p:Person) WHERE p.firstWord IS NULL OR p.lastWord IS NULL
RETURN elementId(p) AS ref, p.name AS name LIMIT $limit`;

/**
 * Sets the name keys computed in JS (personNameKeys): `$rows` holds {ref, firstWord, lastWord}, `ref` the node's
 * elementId (found by it even if it has no `id`, so the backfill always ends).
 */
export const SET_PERSON_NAME_KEYS = `UNWIND $rows AS row MATCH (p:Person) WHERE elementId(p) = row.ref
SET p.firstWord = row.firstWord, p.lastWord = row.lastWord`;

/**
 * Stored persons an article's persons may merge into (src/graph/merge.ts findPersonMergeTarget decides): `$rows`
 * holds one {id, lastWords, firstWords} per person of the batch; a person stored under its own id needs none.
 * Returns each candidate once with its positions (the evidence), [title, id, label] of each HOLDS_POSITION.
 */
export const PERSON_CANDIDATES = `UNWIND $rows AS row
WITH row WHERE NOT EXISTS { MATCH (:Person {id: row.id}) }
${PERSONS_BY_NAME_WORDS}
WITH DISTINCT p AS n
RETURN n.id AS id, 'Person' AS label, ${PROPS_BUT_ARTICLES},
  [(n)-[r:HOLDS_POSITION]->(o) | [r.title, o.id, labels(o)[0]]] AS positions`;

/**
 * Stored events new events may merge into (src/graph/merge.ts decides), for a batch that does not use the merge
 * cache (cache.ts: a batch replacing an article, or a cache that overflowed): one row per participant of the batch,
 * with one check per event type: the day ranges of the new events of that type (merged into disjoint ranges),
 * whether one is undated, and where the participant is an actor of them, the windows in which the dated event of
 * a new undated plan may start (`planWindows`) and whether a new dated event may fulfil a stored plan (`plans`).
 * Returns events sharing the participant whose type matches a check and whose dates overlap one of its ranges, or
 * undated ones, or dated ones starting in a plan window, or undated plans: a superset of the matches, never
 * fewer. (Undated plans are few; filtering them by the days of their reports here would read every candidate's
 * articles.) A person not stored under its id may merge into a stored namesake
 * (PERSON_CANDIDATES), so the events of those are returned too. Each participant's events are expanded once per
 * batch, however many new events and types it has.
 */
export const CANDIDATE_EVENTS = `UNWIND $rows AS row
CALL {
  WITH row
  ${ENTITY_KINDS.map((k) => `MATCH (:${k} {id: row.${k}})-[:PARTICIPATED_IN]->(e:Event) RETURN e`).join('\n  UNION\n  WITH row\n  ')}
  UNION
  WITH row
  WITH row WHERE row.Person IS NOT NULL AND NOT EXISTS { MATCH (:Person {id: row.Person}) }
  ${PERSONS_BY_NAME_WORDS}
  MATCH (p)-[:PARTICIPATED_IN]->(e:Event) RETURN e
}
WITH row, e
WHERE any(c IN row.checks WHERE e.type = c.type AND (
  (c.undated AND e.startDate IS NULL) OR
  (e.startDate IS NOT NULL AND e.startDate <= c.lastDay AND e.endDate >= c.firstDay
    AND any(range IN c.ranges WHERE e.startDate <= range[1] AND e.endDate >= range[0])) OR
  (e.startDate IS NOT NULL AND any(w IN c.planWindows WHERE e.startDate >= w[0] AND e.startDate <= w[1])) OR
  (c.plans AND e.startDate IS NULL AND e.status IN $planStatuses)))
WITH DISTINCT e AS n
RETURN n.id AS id, 'Event' AS label, ${PROPS_BUT_ARTICLES}, ${EVENT_LINKS}`;

/**
 * Every stored event of the given participants (`$ids` maps label -> ids), whatever its type or dates: what the
 * merge cache (cache.ts) holds for a participant it has read whole, so later batches need not read it again.
 * Properties are only those merging reads (`$props`, EVENT_MERGE_PROPS), with the links EVENT_LINKS gives.
 */
export const PARTICIPANT_EVENTS = `${BY_ID(ENTITY_KINDS as readonly NodeLabel[])}
MATCH (n)-[:PARTICIPATED_IN]->(e:Event)
WITH DISTINCT e AS n
RETURN n.id AS id, 'Event' AS label, [k IN $props | [k, n[k]]] AS pairs, ${EVENT_LINKS}`;

/**
 * Whole relationships by key (import), between endpoints found by label and id: `$rows` holds {key, source,
 * target}. Both endpoints are looked up first and handed to a subquery, where they are bound: Expand(Into) walks
 * from the one with fewer relationships (an event, not a hub) and compares keys there. (Without the subquery the
 * planner expands from one end, which may be a hub.) So no index on the long relationship keys is needed:
 * keeping one cost every relationship write an index entry.
 */
const READ_EDGES = new Map(
  EDGE_TYPES.flatMap((t) =>
    NODE_LABELS.flatMap((s) =>
      NODE_LABELS.map((o) => [
        `${t}|${s}|${o}`,
        `UNWIND $rows AS row MATCH (s:${s} {id: row.source}) MATCH (t:${o} {id: row.target}) ` +
          `CALL { WITH row, s, t MATCH (s)-[r:${t}]->(t) WHERE r.key = row.key RETURN r } RETURN r.key AS key, properties(r) AS props`,
      ]),
    ),
  ),
);

export function readEdgesQuery(type: EdgeType, source: NodeLabel, target: NodeLabel): string {
  return READ_EDGES.get(`${checkEdgeType(type)}|${checkLabel(source)}|${checkLabel(target)}`)!;
}

export const ARTICLE_HASHES = `UNWIND $ids AS id MATCH (a:Article {id: id}) RETURN a.id AS id, a.contentHash AS contentHash`;

export const ARTICLE_EVENTS = `UNWIND $ids AS id
MATCH (e:Event)-[:MENTIONED_IN]->(:Article {id: id})
RETURN id, collect(DISTINCT e.id) AS events`;

/**
 * Strips an article from the provenance (`articles`) of everything it contributed and deletes what is left
 * with none. What an article contributes is always within reach of its events: their participants and
 * places, and the LOCATED_IN / HOLDS_POSITION chains from those (src/graph/build.ts).
 */
export const REMOVE_ARTICLE = `MATCH (a:Article {id: $key})
WITH a, COLLECT { MATCH (ev:Event)-[:MENTIONED_IN]->(a) RETURN DISTINCT ev } AS events
WITH a, events, COLLECT { UNWIND events AS ev MATCH (ev)-[:PARTICIPATED_IN|TOOK_PLACE_IN]-(x) WHERE NOT x:Event RETURN DISTINCT x } AS near
WITH a, events, COLLECT { UNWIND near AS n MATCH (n)-[:LOCATED_IN|HOLDS_POSITION*0..4]->(x) RETURN DISTINCT x } AS entities
WITH a, events + entities AS nodes,
  COLLECT { UNWIND events AS ev MATCH (ev)-[r:PARTICIPATED_IN|TOOK_PLACE_IN|MENTIONED_IN]-() WHERE $articleId IN r.articles RETURN DISTINCT r }
  + COLLECT { UNWIND entities AS n MATCH (n)-[r:LOCATED_IN|HOLDS_POSITION]->() WHERE $articleId IN r.articles RETURN DISTINCT r } AS rels
FOREACH (r IN rels | SET r.articles = [x IN r.articles WHERE x <> $articleId])
WITH a, nodes, [r IN rels WHERE size(r.articles) = 0] AS emptyRels
FOREACH (r IN emptyRels | DELETE r)
WITH a, [n IN nodes WHERE $articleId IN n.articles] AS mine
FOREACH (n IN mine | SET n.articles = [x IN n.articles WHERE x <> $articleId])
WITH a, [n IN mine WHERE size(n.articles) = 0] AS emptyNodes
FOREACH (n IN emptyNodes | DETACH DELETE n)
DETACH DELETE a
RETURN count(*) AS removed`;

/** Every entity's names, for matching `--actor` / `--place` exactly as the embedded store does (in JS). */
export const ENTITY_NAMES = `MATCH (n) WHERE ${ENTITY_KINDS.map((k) => `n:${k}`).join(' OR ')}
RETURN n.id AS id, labels(n)[0] AS label, n.name AS name, coalesce(n.aliases, []) AS aliases`;

export const EVENTS_OF_PARTICIPANTS = `${BY_ID(ENTITY_KINDS as readonly NodeLabel[])}
MATCH (n)-[:PARTICIPATED_IN]->(e:Event) RETURN DISTINCT e.id AS id`;

/** Events at the given places or countries, or at a place located in one of them. */
export const EVENTS_AT_PLACES = `${BY_ID(['Place', 'Country'])}
CALL { WITH n RETURN n AS q UNION WITH n MATCH (x)-[:LOCATED_IN]->(n) RETURN x AS q }
MATCH (e:Event)-[:TOOK_PLACE_IN]->(q) RETURN DISTINCT e.id AS id`;

const TIMELINE_RETURN = `RETURN e.id AS id, properties(e) AS props,
  [(p)-[r:PARTICIPATED_IN]->(e) | {id: p.id, name: p.name, kind: labels(p)[0], role: r.role}] AS participants,
  [(e)-[:TOOK_PLACE_IN]->(pl) | {id: pl.id, name: pl.name, kind: labels(pl)[0]}] AS places,
  [(e)-[m:MENTIONED_IN]->(a) | {articleId: a.articleId, title: a.title, publishedAt: a.publishedAt, start: m.start, end: m.end, sentence: m.sentence}] AS sources`;

/** Prefilters only narrow what the shared JS filter (src/query/timeline.ts) then decides. */
const TIMELINE_WHERE = `WHERE ($types IS NULL OR e.type IN $types) AND ($statuses IS NULL OR e.status IN $statuses)
  AND ($from IS NULL OR e.endDate >= $from) AND ($to IS NULL OR e.startDate <= $to)`;

export const TIMELINE_BY_IDS = `UNWIND $ids AS id MATCH (e:Event {id: id}) ${TIMELINE_WHERE}\n${TIMELINE_RETURN}`;
export const TIMELINE_ALL = `MATCH (e:Event) ${TIMELINE_WHERE}\n${TIMELINE_RETURN}`;

export const STATS_NODES = 'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count';
export const STATS_EDGES = 'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count';
export const STATS_EVENTS = 'MATCH (e:Event) RETURN e.type AS type, e.status AS status, e.startDate IS NULL AS undated, count(*) AS count';

export const EXPORT_NODES = 'MATCH (n) RETURN labels(n)[0] AS label, properties(n) AS props';
export const EXPORT_EDGES = 'MATCH (s)-[r]->(t) RETURN s.id AS source, t.id AS target, type(r) AS type, properties(r) AS props';

export const LABELS_OF = 'UNWIND $ids AS id MATCH (n) WHERE n.id = id RETURN n.id AS id, labels(n)[0] AS label';

/**
 * Emptying the database, in small transactions: relationships first, then the nodes, so that a hub with tens of
 * thousands of relationships is never detached in one transaction (which can exceed the server's memory pool).
 */
export const DELETE_EVERYTHING: readonly string[] = [
  'MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS',
  'MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS',
];
