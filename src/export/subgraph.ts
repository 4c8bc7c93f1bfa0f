/**
 * What a filtered export holds: the matching events, their participants, places, the places'
 * countries, the articles mentioning them, and the edges among these nodes.
 */
import type { SerializedGraph, Store, TimelineFilter } from '../store/store.js';

/** Whether a filter restricts anything (an empty filter exports the whole graph). */
export function isEmptyFilter(filter: TimelineFilter): boolean {
  return !filter.actor && !filter.place && !filter.from && !filter.to && !filter.types?.length && !filter.statuses?.length && filter.includeUndated !== false;
}

/** The part of `graph` around `eventIds` (pure: `graph` is not changed). Order and keys are kept. */
export function subgraph(graph: SerializedGraph, eventIds: Iterable<string>): SerializedGraph {
  const keep = new Set<string>(eventIds);
  const places = new Set<string>();
  for (const e of graph.edges) {
    if (!keep.has(e.source) && !keep.has(e.target)) continue;
    const type = e.attributes.type;
    if (type === 'PARTICIPATED_IN' && keep.has(e.target)) keep.add(e.source);
    else if (type === 'MENTIONED_IN' && keep.has(e.source)) keep.add(e.target);
    else if (type === 'TOOK_PLACE_IN' && keep.has(e.source)) places.add(e.target);
  }
  for (const p of places) keep.add(p);
  for (const e of graph.edges) {
    if (e.attributes.type === 'LOCATED_IN' && places.has(e.source)) keep.add(e.target);
  }
  return {
    options: graph.options,
    attributes: graph.attributes,
    nodes: graph.nodes.filter((n) => keep.has(n.key)),
    edges: graph.edges.filter((e) => keep.has(e.source) && keep.has(e.target)),
  };
}

/** The graph an export writes: everything for an empty filter, else the subgraph of the matching events. */
export async function selectGraph(store: Store, filter: TimelineFilter): Promise<{ graph: SerializedGraph; events: number | null }> {
  const graph = await store.exportGraph();
  if (isEmptyFilter(filter)) return { graph, events: null };
  const events = await store.timeline(filter);
  return { graph: subgraph(graph, events.map((e) => e.id)), events: events.length };
}
