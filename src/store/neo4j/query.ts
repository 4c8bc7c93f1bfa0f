/**
 * `eventline query NAME|FILE --param k=v`: runs a parameterised Cypher file (queries/NAME.cypher, or any file)
 * against Neo4j and returns plain JSON rows. The files run unchanged in cypher-shell; their header comment
 * declares the parameters (`//   $name  (required) ...` or `(optional)`), and optional ones default to null.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { Neo4jError } from 'neo4j-driver';
import { QueryError } from '../../model/errors.js';
import { createDriver, toStoreError, verify, type Neo4jConfig } from './connection.js';
import { isoDayToDate, toPlain } from './values.js';

/** queries/ of the package: three levels up from src/store/neo4j/ and from dist/store/neo4j/. */
export const QUERIES_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'queries');

export interface QueryFile {
  name: string;
  path: string;
  /** The comment lines at the top: purpose, parameters, example. */
  header: string;
  /** The statement, comments and the final ';' removed. */
  text: string;
  /** Every `$param` the statement uses, in order of first use. */
  params: string[];
  required: string[];
}

export function listQueries(): string[] {
  if (!existsSync(QUERIES_DIR)) return [];
  return readdirSync(QUERIES_DIR)
    .filter((f) => f.endsWith('.cypher'))
    .map((f) => f.slice(0, -'.cypher'.length))
    .sort();
}

/** A name in queries/ ("actor-timeline") or a path to a .cypher file. */
export function loadQuery(nameOrPath: string): QueryFile {
  const isPath = nameOrPath.endsWith('.cypher') || nameOrPath.includes('/') || nameOrPath.includes('\\');
  let path: string;
  if (isPath) {
    path = resolve(nameOrPath);
    if (!existsSync(path)) throw new QueryError(`${nameOrPath}: no such query file`);
  } else {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(nameOrPath)) throw new QueryError(`"${nameOrPath}" is not a query name (known: ${listQueries().join(', ')})`);
    path = resolve(QUERIES_DIR, `${nameOrPath}.cypher`);
    if (!existsSync(path)) throw new QueryError(`unknown query "${nameOrPath}" (known: ${listQueries().join(', ')}; or pass a .cypher file)`);
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new QueryError(`${path}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const statement = stripComments(text).trim().replace(/;\s*$/, '').trim();
  if (!statement) throw new QueryError(`${path}: no Cypher statement in the file`);
  if (stripStrings(statement).includes(';')) throw new QueryError(`${path}: one statement per file (found a ';' before the end)`);
  const params = [...new Set([...stripStrings(statement).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]!))];
  const required = [...text.matchAll(/^\s*\/\/\s*\$([A-Za-z_][A-Za-z0-9_]*)\s+\(required\)/gm)].map((m) => m[1]!);
  const name = path.split(/[\\/]/).pop()!.replace(/\.cypher$/, '');
  const header = text
    .split('\n')
    .filter((line, i, lines) => lines.slice(0, i + 1).every((l) => l.trim().startsWith('//') || l.trim() === ''))
    .join('\n')
    .trim();
  return { name, path, header, text: statement, params, required };
}

/** `--param` strings as Cypher values: ISO days become dates, integers integers, `null`/`true`/`false` themselves. */
export function convertParam(value: string): unknown {
  const trimmed = value.trim();
  if (trimmed === 'null') return null;
  if (trimmed === 'true') return true;
  if (trimmed === 'false') return false;
  const day = isoDayToDate(trimmed);
  if (day) return day;
  if (/^-?\d{1,15}$/.test(trimmed)) return neo4j.int(trimmed);
  return value;
}

/** The parameters a query gets: given ones converted, optional missing ones null; unknown or missing required ones fail. */
export function queryParams(query: QueryFile, given: Record<string, string>): Record<string, unknown> {
  const unknown = Object.keys(given).filter((k) => !query.params.includes(k));
  if (unknown.length > 0) {
    throw new QueryError(
      `${query.name}: unknown parameter${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (it takes ${query.params.map((p) => `$${p}`).join(', ') || 'none'})`,
    );
  }
  const missing = query.required.filter((p) => given[p] === undefined || given[p] === '');
  if (missing.length > 0) throw new QueryError(`${query.name}: missing --param ${missing.map((p) => `${p}=...`).join(' --param ')}`);
  const params: Record<string, unknown> = {};
  for (const p of query.params) params[p] = given[p] === undefined ? null : convertParam(given[p]!);
  return params;
}

export async function runQueryFile(config: Neo4jConfig, nameOrPath: string, params: Record<string, string>): Promise<Array<Record<string, unknown>>> {
  const query = loadQuery(nameOrPath);
  const values = queryParams(query, params);
  const driver = createDriver(config);
  try {
    await verify(driver, config);
    const result = await driver.executeQuery(query.text, values, { database: config.database });
    return result.records.map((r) => toPlain(r.toObject()) as Record<string, unknown>);
  } catch (err) {
    if (err instanceof Neo4jError && err.code.startsWith('Neo.ClientError.Statement.')) {
      throw new QueryError(`${query.name}: ${err.code.split('.').pop()}: ${err.message.split('\n')[0]}`);
    }
    throw toStoreError(err, config, `query ${query.name}`);
  } finally {
    await driver.close();
  }
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n');
}

/** The statement with string literals blanked, so `$` and `;` inside them are not taken for syntax. */
function stripStrings(text: string): string {
  return text.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`/g, (m) => ' '.repeat(m.length));
}
