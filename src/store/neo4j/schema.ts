/**
 * The schema (docs/neo4j.md): uniqueness on every label's `id`, range indexes for date and type filters and for
 * finding a person's namesakes, a full-text index on names and aliases. Every statement is idempotent (IF NOT EXISTS / IF EXISTS).
 *
 * Relationships are found through their endpoints' id indexes, never by their `key` alone: the range indexes on
 * relationship keys that earlier versions created made every relationship write pay an index entry on a long
 * string, so setup drops them.
 */
import type { Driver } from 'neo4j-driver';
import { EDGE_TYPES, NODE_LABELS } from '../../graph/model.js';

const constraint = (label: string) =>
  `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
const dropRelKeyIndex = (type: string) => `DROP INDEX ${type.toLowerCase()}_key IF EXISTS`;

/** Built from the fixed label and type lists of the model only: no outside input reaches these strings. */
export const SCHEMA_STATEMENTS: readonly string[] = [
  ...NODE_LABELS.map(constraint),
  'CREATE INDEX event_start_date IF NOT EXISTS FOR (e:Event) ON (e.startDate)',
  'CREATE INDEX event_end_date IF NOT EXISTS FOR (e:Event) ON (e.endDate)',
  'CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type)',
  'CREATE INDEX article_article_id IF NOT EXISTS FOR (a:Article) ON (a.articleId)',
  // Person merging across articles finds namesakes by the first and last word of their name (write.ts).
  'CREATE INDEX person_first_word IF NOT EXISTS FOR (p:Person) ON (p.firstWord)',
  'CREATE INDEX person_last_word IF NOT EXISTS FOR (p:Person) ON (p.lastWord)',
  ...EDGE_TYPES.map(dropRelKeyIndex),
  'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Person|Organization|Country|Place) ON EACH [n.name, n.aliases]',
];

export async function ensureSchema(driver: Driver, database?: string): Promise<void> {
  for (const statement of SCHEMA_STATEMENTS) await driver.executeQuery(statement, {}, { database });
  await driver.executeQuery('CALL db.awaitIndexes(120)', {}, { database });
}

/** Names of the constraints and indexes present, sorted (tests compare them). */
export async function listSchema(driver: Driver, database?: string): Promise<{ constraints: string[]; indexes: string[] }> {
  const constraints = await driver.executeQuery('SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name', {}, { database });
  const indexes = await driver.executeQuery('SHOW INDEXES YIELD name RETURN name ORDER BY name', {}, { database });
  return {
    constraints: constraints.records.map((r) => r.get('name') as string),
    indexes: indexes.records.map((r) => r.get('name') as string),
  };
}
