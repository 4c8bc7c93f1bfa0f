/**
 * `--format neo4j-admin`: CSV files for `neo4j-admin database import full` (Neo4j 5), one nodes file
 * per label and one relationships file per type, always all of them (a header-only file imports
 * nothing), so the import command is the same for every graph (docs/exports.md).
 *
 * Headers: `id:ID` and `:LABEL`, then the properties with their types (`startDate:date`,
 * `start:long`, `aliases:string[]`); relationships start with `:START_ID`, `:END_ID`, `:TYPE`. Every
 * text field is quoted (quotes doubled); an empty field is a missing property. Array items are joined
 * with `;` (neo4j-admin's default `--array-delimiter`), so a `;` inside an item is written as `,`.
 * Fields may hold line breaks: import with `--multiline-fields=true`.
 */
import { EDGE_TYPES, NODE_LABELS, type PropValue } from '../graph/model.js';
import type { SerializedGraph } from '../store/store.js';
import type { ExportFile } from './index.js';
import { columnsFor, EDGE_PROPERTIES, edgeProps, edgeType, ISO_DAY, nodeLabel, nodeProps, NODE_PROPERTIES, type PropType } from './properties.js';

export const ARRAY_DELIMITER = ';';

const HEADER_TYPE: Record<PropType, string> = { string: '', date: ':date', 'string[]': ':string[]', int: ':long', float: ':double', boolean: ':boolean' };

export const nodesFileName = (label: string) => `nodes-${label}.csv`;
export const relationshipsFileName = (type: string) => `relationships-${type}.csv`;

export function toNeo4jAdmin(graph: SerializedGraph): ExportFile[] {
  const files: ExportFile[] = [];
  for (const label of NODE_LABELS) {
    const nodes = graph.nodes.filter((n) => nodeLabel(n) === label);
    const records = nodes.map(nodeProps);
    const cols = checkDates(columnsFor(NODE_PROPERTIES[label], records, ['id']), records);
    const header = ['id:ID', ':LABEL', ...cols.map((c) => c.name + HEADER_TYPE[c.type])];
    const rows = nodes.map((n, i) => [quoted(n.key), label, ...cols.map((c) => field(records[i]![c.name], c.type))]);
    files.push({ name: nodesFileName(label), text: lines(header, rows) });
  }
  for (const type of EDGE_TYPES) {
    const edges = graph.edges.filter((e) => edgeType(e) === type);
    const records = edges.map(edgeProps);
    const cols = checkDates(columnsFor(EDGE_PROPERTIES[type], records), records);
    const header = [':START_ID', ':END_ID', ':TYPE', ...cols.map((c) => c.name + HEADER_TYPE[c.type])];
    const rows = edges.map((e, i) => [quoted(e.source), quoted(e.target), type, ...cols.map((c) => field(records[i]![c.name], c.type))]);
    files.push({ name: relationshipsFileName(type), text: lines(header, rows) });
  }
  return files;
}

/** A `date` column whose values are not all ISO days is written as text. */
function checkDates(cols: Array<{ name: string; type: PropType }>, records: Array<Record<string, PropValue>>) {
  return cols.map((c) =>
    c.type === 'date' && records.some((r) => r[c.name] !== null && r[c.name] !== undefined && !ISO_DAY.test(String(r[c.name])))
      ? { ...c, type: 'string' as const }
      : c,
  );
}

function lines(header: string[], rows: string[][]): string {
  return [header, ...rows].map((r) => r.join(',') + '\n').join('');
}

function field(value: PropValue | undefined, type: PropType): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length ? quoted(value.map((v) => String(v).split(ARRAY_DELIMITER).join(',')).join(ARRAY_DELIMITER)) : '';
  if (type === 'string' || type === 'date') return quoted(String(value));
  return String(value);
}

function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
