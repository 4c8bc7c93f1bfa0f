/**
 * The one place where Neo4j values meet our types. Writing: ISO days under the date properties become Neo4j
 * `date` values, integers become Neo4j integers (never floats). Reading: dates become ISO days again, integers
 * numbers, nodes and relationships their properties, and properties Neo4j does not keep (null) are restored
 * from the model (docs/schema.md), so an export from Neo4j equals one from the embedded store.
 */
import neo4j, { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isNode, isPath, isRelationship, isTime } from 'neo4j-driver';
import type { Props, PropValue } from '../../graph/model.js';

/** Properties that hold an ISO day in the model and a Neo4j `date` in the database. */
export const DATE_PROPS: ReadonlySet<string> = new Set(['startDate', 'endDate', 'publishedAt']);

/** Properties of the model that may be null: Neo4j drops them, reading restores them. */
const NULLABLE_BY_LABEL: Record<string, readonly string[]> = {
  Article: ['publishedAt', 'source', 'url'],
  Event: ['startDate', 'endDate', 'precision'],
};

/**
 * Properties only Neo4j keeps, for its indexes: a Person's `firstWord` and `lastWord` (src/graph/merge.ts
 * personNameKeys), written with every Person (write.ts) and never read back into the model.
 */
export const INDEX_ONLY_PROPS: ReadonlySet<string> = new Set(['firstWord', 'lastWord']);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Neo4j date for a valid ISO day, else null. "2011-02-30" is not a day: it stays a string. */
export function isoDayToDate(value: string): InstanceType<typeof neo4j.types.Date> | null {
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(2000, mo - 1, d));
  probe.setUTCFullYear(y);
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return new neo4j.types.Date(y, mo, d);
}

/** One property value as Neo4j should store it. */
export function toNeo4jValue(key: string, value: PropValue | undefined): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return DATE_PROPS.has(key) ? (isoDayToDate(value) ?? value) : value;
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  return value;
}

/**
 * Props as a parameter map: for `SET n = $props` nulls are dropped (Neo4j does not store them); for
 * `SET n += $props` they are kept (`keepNulls`), so that a property that became null is removed.
 */
export function toNeo4jProps(props: Props, opts: { keepNulls?: boolean } = {}): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || (value === null && !opts.keepNulls)) continue;
    out[key] = toNeo4jValue(key, value);
  }
  return out;
}

/** Any value a query returns, as plain JSON: dates as ISO strings, integers as numbers, graph objects as properties. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (typeof value === 'bigint') return Number(value);
  if (isDate(value)) return isoDay(value);
  if (isDateTime(value) || isLocalDateTime(value) || isTime(value) || isLocalTime(value) || isDuration(value)) return String(value);
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  if (isPath(value)) return value.segments.length === 0 ? [toPlain(value.start)] : [toPlain(value.start), ...value.segments.map((s) => toPlain(s.end))];
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

function isoDay(value: { year: unknown; month: unknown; day: unknown }): string {
  const n = (x: unknown) => (isInt(x) ? x.toNumber() : Number(x));
  const y = n(value.year);
  if (y < 0 || y > 9999) return String(value);
  return `${String(y).padStart(4, '0')}-${String(n(value.month)).padStart(2, '0')}-${String(n(value.day)).padStart(2, '0')}`;
}

/**
 * Node or relationship properties as model props: plain values, the model's nulls restored, index-only
 * properties left out, and the provenance list sorted (the database only appends to it; the model keeps it sorted).
 */
export function fromNeo4jProps(properties: Record<string, unknown>, label?: string): Props {
  const out: Props = {};
  for (const key of NULLABLE_BY_LABEL[label ?? ''] ?? []) out[key] = null;
  for (const [key, value] of Object.entries(properties)) if (!INDEX_ONLY_PROPS.has(key)) out[key] = toPlain(value) as PropValue;
  if (Array.isArray(out.articles)) out.articles = [...out.articles].sort();
  return out;
}

export function str(value: unknown): string | null {
  const plain = toPlain(value);
  return plain === null ? null : String(plain);
}

export function num(value: unknown): number {
  return Number(toPlain(value));
}
