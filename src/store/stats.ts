/**
 * Counting a graph into StoreStats, for both stores: each feeds what it counts (one node or one query row
 * at a time, with its count) and gets the same shape back, every record sorted by key.
 */
import { sortKeys } from '../graph/serialize.js';
import type { StoreStats } from './store.js';

export class StatsTally {
  private readonly nodes: Record<string, number> = {};
  private readonly edges: Record<string, number> = {};
  private readonly byType: Record<string, number> = {};
  private readonly byStatus: Record<string, number> = {};
  private undated = 0;

  node(label: string, count = 1): void {
    this.nodes[label] = (this.nodes[label] ?? 0) + count;
  }

  edge(type: string, count = 1): void {
    this.edges[type] = (this.edges[type] ?? 0) + count;
  }

  /** Events by type and status (their nodes are counted with node()). */
  event(type: string, status: string, undated: boolean, count = 1): void {
    this.byType[type] = (this.byType[type] ?? 0) + count;
    this.byStatus[status] = (this.byStatus[status] ?? 0) + count;
    if (undated) this.undated += count;
  }

  result(): StoreStats {
    return {
      articles: this.nodes.Article ?? 0,
      nodes: sortKeys(this.nodes),
      edges: sortKeys(this.edges),
      events: { total: this.nodes.Event ?? 0, byType: sortKeys(this.byType), byStatus: sortKeys(this.byStatus), undated: this.undated },
    };
  }
}
