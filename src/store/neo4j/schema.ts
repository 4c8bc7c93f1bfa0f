/**
 * The schema (docs/neo4j.md): uniqueness on every label's `id`, range indexes for date and type filters and for
 * finding a person's namesakes, a full-text index on names and aliases. Every statement is idempotent (IF NOT EXISTS / IF EXISTS).
 *
 * Persons stored before they carried `firstWord` and `lastWord` (the keys of those namesake indexes) get them on
 * setup (backfillPersonNameKeys), once: afterwards setup only checks that none lacks them.
 *
 * Relationships are found through their endpoints' id indexes, never by their `key` alone: the range indexes on
 * relationship keys that earlier versions created made every relationship write pay an index entry on a long
 * string, so setup drops them.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { personNameKeys } from '../../graph/merge.js';
import { EDGE_TYPES, NODE_LABELS } from '../../graph/model.js';
import { PERSON_WITHOUT_NAME_KEYS, PERSONS_WITHOUT_NAME_KEYS, SET_PERSON_NAME_KEYS } from './cypher.js';

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
  await backfillPersonNameKeys(driver, database);
}

/** Persons read and written per transaction by the backfill. */
const BACKFILL_PAGE = 10_000;

/**
 * Persons stored before `firstWord` and `lastWord` existed are not found as namesakes (PERSON_CANDIDATES looks
 * them up by those keys): gives them the keys, computed by the function merging uses (personNameKeys), a page of
 * ids and names at a time. Idempotent; once every Person has its keys it costs one query that finds none.
 * Returns how many persons it filled.
 */
export async function backfillPersonNameKeys(driver: Driver, database?: string): Promise<number> {
  const missing = await driver.executeQuery(PERSON_WITHOUT_NAME_KEYS, {}, { database });
  if (missing.records.length === 0) return 0;
  let filled = 0;
  const session = driver.session({ database });
  try {
    for (;;) {
      const written = await session.executeWrite(async (tx) => {
        const page = await tx.run(PERSONS_WITHOUT_NAME_KEYS, { limit: neo4j.int(BACKFILL_PAGE) });
        const rows = page.records.map((r) => {
          const name = r.get('name') as unknown;
          return { ref: r.get('ref') as string, ...personNameKeys(typeof name === 'string' ? name : '') };
        });
        if (rows.length > 0) await tx.run(SET_PERSON_NAME_KEYS, { rows });
        return rows.length;
      });
      filled += written;
      if (written < BACKFILL_PAGE) return filled;
    }
  } finally {
    await session.close();
  }
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
