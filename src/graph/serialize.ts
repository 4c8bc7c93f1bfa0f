/**
 * The JSON serialisation both stores export (graphology's format, docs/schema.md): nodes and edges sorted
 * by key, attribute names sorted, so the same graph always gives the same bytes.
 */
import type { SerializedGraph } from '../store/store.js';

export const STORE_FORMAT = 'eventline-graph';
export const STORE_VERSION = 1;

export function sortKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) as T;
}

const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Sorts nodes and edges (whose attributes are already key-sorted) into the serialised graph. */
export function serializedGraph(nodes: SerializedGraph['nodes'], edges: SerializedGraph['edges']): SerializedGraph {
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    attributes: { format: STORE_FORMAT, version: STORE_VERSION },
    nodes: nodes.sort(byKey),
    edges: edges.sort(byKey),
  };
}
