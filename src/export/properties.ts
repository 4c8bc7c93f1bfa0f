/**
 * The property types of docs/schema.md, in one table: the formats that declare types (GraphML keys,
 * GEXF attributes, neo4j-admin headers, Cypher `date()` literals) read them from here. A property the
 * table does not know gets a type inferred from its values.
 */
import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel, type PropValue } from '../graph/model.js';
import { StoreError } from '../model/errors.js';
import type { SerializedGraph } from '../store/store.js';

/** `date`: an ISO day string, a Neo4j `date`. `string[]`: a list of strings. */
export type PropType = 'string' | 'int' | 'float' | 'boolean' | 'date' | 'string[]';

const ENTITY: Record<string, PropType> = { id: 'string', name: 'string', aliases: 'string[]', articles: 'string[]' };

/** Node properties in documented column order. */
export const NODE_PROPERTIES: Record<NodeLabel, Record<string, PropType>> = {
  Article: { id: 'string', articleId: 'string', title: 'string', publishedAt: 'string', source: 'string', url: 'string', contentHash: 'string' },
  Event: {
    id: 'string',
    type: 'string',
    status: 'string',
    startDate: 'date',
    endDate: 'date',
    precision: 'string',
    summary: 'string',
    articles: 'string[]',
  },
  Person: ENTITY,
  Organization: ENTITY,
  Country: ENTITY,
  Place: ENTITY,
};

/** Relationship properties in documented column order. */
export const EDGE_PROPERTIES: Record<EdgeType, Record<string, PropType>> = {
  PARTICIPATED_IN: { role: 'string', articles: 'string[]' },
  TOOK_PLACE_IN: { articles: 'string[]' },
  MENTIONED_IN: { start: 'int', end: 'int', sentence: 'string', articles: 'string[]' },
  LOCATED_IN: { articles: 'string[]' },
  HOLDS_POSITION: { title: 'string', time: 'string', articles: 'string[]' },
};

const LABEL_SET = new Set<string>(NODE_LABELS);
const TYPE_SET = new Set<string>(EDGE_TYPES);

export type GraphNode = SerializedGraph['nodes'][number];
export type GraphEdge = SerializedGraph['edges'][number];

/** The node's label, checked against the schema (labels become file names and Cypher labels). */
export function nodeLabel(node: GraphNode): NodeLabel {
  const label = node.attributes.label;
  if (!LABEL_SET.has(label)) throw new StoreError(`export: node "${node.key}" has label "${label}", expected one of ${NODE_LABELS.join(', ')}`);
  return label as NodeLabel;
}

/** The edge's relationship type, checked against the schema. */
export function edgeType(edge: GraphEdge): EdgeType {
  const type = edge.attributes.type;
  if (!TYPE_SET.has(type)) throw new StoreError(`export: edge "${edge.key}" has type "${type}", expected one of ${EDGE_TYPES.join(', ')}`);
  return type as EdgeType;
}

/** A node's own properties: everything but the `label` that says which kind it is. */
export function nodeProps(node: GraphNode): Record<string, PropValue> {
  const { label: _label, ...props } = node.attributes;
  return props as Record<string, PropValue>;
}

/** An edge's own properties: everything but its `type`. */
export function edgeProps(edge: GraphEdge): Record<string, PropValue> {
  const { type: _type, ...props } = edge.attributes;
  return props as Record<string, PropValue>;
}

/** The type the values of one property share; `string` when they disagree. Nulls say nothing. */
export function inferType(values: Iterable<unknown>): PropType {
  let type: PropType | null = null;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    const t: PropType = Array.isArray(v)
      ? 'string[]'
      : typeof v === 'boolean'
        ? 'boolean'
        : typeof v === 'number'
          ? Number.isInteger(v)
            ? 'int'
            : 'float'
          : 'string';
    if (type === null) type = t;
    else if (type !== t) {
      if ((type === 'int' && t === 'float') || (type === 'float' && t === 'int')) type = 'float';
      else return 'string';
    }
  }
  return type ?? 'string';
}

/**
 * Columns for a set of records: the documented ones first (in documented order), then any others the
 * records carry (sorted), each with its type. `omit` leaves out columns a format writes itself.
 */
export function columnsFor(
  documented: Record<string, PropType>,
  records: ReadonlyArray<Record<string, PropValue>>,
  omit: readonly string[] = [],
): Array<{ name: string; type: PropType }> {
  const extra = new Set<string>();
  for (const r of records) for (const k of Object.keys(r)) if (!(k in documented)) extra.add(k);
  const cols = Object.entries(documented).map(([name, type]) => {
    const inferred = inferType(records.map((r) => r[name]));
    const known = records.some((r) => r[name] !== null && r[name] !== undefined);
    return { name, type: !known || agrees(type, inferred) ? type : inferred };
  });
  for (const name of [...extra].sort()) cols.push({ name, type: inferType(records.map((r) => r[name])) });
  return cols.filter((c) => !omit.includes(c.name));
}

/**
 * Every property the graph's nodes (or edges) carry, with its type: the documented one when the values
 * agree with it, else the type inferred from the values. Documented properties first, then the others sorted.
 */
export function propertyTypes(graph: SerializedGraph, kind: 'node' | 'edge'): Map<string, PropType> {
  const tables = kind === 'node' ? Object.values(NODE_PROPERTIES) : Object.values(EDGE_PROPERTIES);
  const documented = new Map<string, PropType>();
  for (const table of tables) for (const [k, t] of Object.entries(table)) documented.set(k, t);
  const values = new Map<string, unknown[]>();
  const records = kind === 'node' ? graph.nodes.map(nodeProps) : graph.edges.map(edgeProps);
  for (const r of records) {
    for (const [k, v] of Object.entries(r)) {
      if (!values.has(k)) values.set(k, []);
      values.get(k)!.push(v);
    }
  }
  const out = new Map<string, PropType>();
  for (const [k, t] of documented) {
    const vs = values.get(k);
    if (vs) out.set(k, agrees(t, inferType(vs)) ? t : inferType(vs));
  }
  for (const [k, vs] of [...values].sort(([a], [b]) => (a < b ? -1 : 1))) if (!documented.has(k)) out.set(k, inferType(vs));
  return out;
}

/** Whether values inferred as `inferred` can be written as `documented`. */
function agrees(documented: PropType, inferred: PropType): boolean {
  if (documented === inferred) return true;
  if (documented === 'date') return inferred === 'string';
  if (documented === 'float') return inferred === 'int';
  return false;
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
