/**
 * `--format csv`: `nodes.csv` and `edges.csv` for spreadsheets (RFC 4180: CRLF line ends, fields with
 * a comma, quote or line break quoted, quotes doubled). Fixed columns first, so the header is the same
 * for every graph; properties the schema does not list follow, sorted. String lists are JSON arrays.
 * A text cell starting with `=`, `+`, `-`, `@`, tab or CR gets a leading `'`, so a spreadsheet shows
 * it instead of running it as a formula.
 */
import type { PropValue } from '../graph/model.js';
import type { SerializedGraph } from '../store/store.js';
import type { ExportFile } from './index.js';
import { edgeProps, nodeProps } from './properties.js';

export const CSV_NODE_COLUMNS = [
  'id',
  'label',
  'name',
  'aliases',
  'type',
  'status',
  'startDate',
  'endDate',
  'precision',
  'summary',
  'title',
  'publishedAt',
  'source',
  'url',
  'articleId',
  'contentHash',
  'articles',
] as const;
export const CSV_EDGE_COLUMNS = ['id', 'type', 'source', 'target', 'role', 'start', 'end', 'sentence', 'title', 'time', 'articles'] as const;

export function toCsv(graph: SerializedGraph): ExportFile[] {
  const nodes = graph.nodes.map((n) => ({ ...nodeProps(n), id: n.key, label: n.attributes.label }));
  const edges = graph.edges.map((e) => ({ ...edgeProps(e), id: e.key, type: e.attributes.type, source: e.source, target: e.target }));
  return [
    { name: 'nodes.csv', text: csvTable(nodes, CSV_NODE_COLUMNS) },
    { name: 'edges.csv', text: csvTable(edges, CSV_EDGE_COLUMNS) },
  ];
}

function csvTable(rows: Array<Record<string, PropValue>>, fixed: readonly string[]): string {
  const extra = new Set<string>();
  for (const r of rows) for (const k of Object.keys(r)) if (!fixed.includes(k)) extra.add(k);
  const cols = [...fixed, ...[...extra].sort()];
  return [cols.map(csvField), ...rows.map((r) => cols.map((c) => csvField(cellText(r[c]))))].map((fields) => fields.join(',') + '\r\n').join('');
}

function cellText(v: PropValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return JSON.stringify(v);
  if (typeof v === 'string') return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return String(v);
}

/** An RFC 4180 field. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
