/** `--format json`: graphology's serialisation, as the embedded store file holds it (docs/schema.md). */
import type { SerializedGraph } from '../store/store.js';

export function toJson(graph: SerializedGraph): string {
  return JSON.stringify(graph, null, 1) + '\n';
}
