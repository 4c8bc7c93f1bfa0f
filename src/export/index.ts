/**
 * Export formats: pure functions from a serialised graph to text, picked by name. A `file` format is
 * one text (stdout or `-o FILE`); a `directory` format is a set of files whose names come from a fixed
 * set, never from node data (`-o DIR`).
 */
import type { SerializedGraph } from '../store/store.js';
import { toCsv } from './csv.js';
import { toCypher } from './cypher.js';
import { toGexf } from './gexf.js';
import { toGraphml } from './graphml.js';
import { toJson } from './json.js';
import { toNeo4jAdmin } from './neo4j-admin.js';

export interface ExportFile {
  /** A plain file name (no directory part), from the format's fixed set. */
  name: string;
  text: string;
}

export type Exporter =
  | { kind: 'file'; extension: string; write: (graph: SerializedGraph) => string }
  | { kind: 'directory'; write: (graph: SerializedGraph) => ExportFile[] };

export const EXPORTERS = {
  json: { kind: 'file', extension: 'json', write: toJson },
  graphml: { kind: 'file', extension: 'graphml', write: toGraphml },
  gexf: { kind: 'file', extension: 'gexf', write: toGexf },
  cypher: { kind: 'file', extension: 'cypher', write: toCypher },
  csv: { kind: 'directory', write: toCsv },
  'neo4j-admin': { kind: 'directory', write: toNeo4jAdmin },
} as const satisfies Record<string, Exporter>;

export type ExportFormat = keyof typeof EXPORTERS;
export const EXPORT_FORMATS = Object.keys(EXPORTERS) as ExportFormat[];

export { isEmptyFilter, selectGraph, subgraph } from './subgraph.js';
