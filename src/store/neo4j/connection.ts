/**
 * Configuration, the driver, and turning the driver's errors into one clear StoreError: which server,
 * what went wrong, what to do. Never a stack trace for an unreachable server, never the password.
 */
import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import { StoreError, UsageError } from '../../model/errors.js';

export interface Neo4jConfig {
  uri: string;
  username?: string;
  password?: string;
  database?: string;
  /** Rows (nodes + edges) per write transaction. */
  batchSize?: number;
  /** How long the driver retries a failed transaction before giving up (ms). */
  maxRetryTimeMs?: number;
  /**
   * Bound of the merge cache kept across batches (cache.ts): events, and participants, it may hold before it is
   * dropped for the rest of the store's life. 0 turns it off. Default DEFAULT_MERGE_CACHE_ENTRIES (200,000).
   */
  mergeCacheEntries?: number;
}

export const DEFAULT_URI = 'bolt://localhost:7687';
export const DEFAULT_BATCH_SIZE = 20_000;
/** Connect + handshake, then waiting for a pooled connection: together well under the 30 s a user waits. */
const CONNECTION_TIMEOUT_MS = 10_000;
const ACQUISITION_TIMEOUT_MS = 15_000;
const DEFAULT_RETRY_MS = 15_000;

/**
 * The connection from `--neo4j-uri` (passed in as `uri`) or NEO4J_URI, and NEO4J_USERNAME, NEO4J_PASSWORD,
 * NEO4J_DATABASE. No password on a command line. Without a URI: bolt://localhost:7687 (`docker compose up`).
 */
export function neo4jConfigFromEnv(
  opts: { uri?: string; batchSize?: number; database?: string } = {},
  env: NodeJS.ProcessEnv = process.env,
): Neo4jConfig {
  const uri = opts.uri || env.NEO4J_URI || DEFAULT_URI;
  const config: Neo4jConfig = { uri };
  const username = env.NEO4J_USERNAME || undefined;
  const password = env.NEO4J_PASSWORD || undefined;
  if (password !== undefined) config.password = password;
  if (username !== undefined || password !== undefined) config.username = username ?? 'neo4j';
  const database = opts.database || env.NEO4J_DATABASE || undefined;
  if (database) config.database = database;
  if (opts.batchSize !== undefined) config.batchSize = opts.batchSize;
  return config;
}

export function createDriver(config: Neo4jConfig): Driver {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(config.uri)) {
    throw new UsageError(`Neo4j URI must start with bolt://, neo4j:// (or +s / +ssc): got "${redactUri(config.uri)}"`);
  }
  const token = config.password !== undefined ? neo4j.auth.basic(config.username ?? 'neo4j', config.password) : undefined;
  try {
    return neo4j.driver(config.uri, token, {
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      connectionAcquisitionTimeout: ACQUISITION_TIMEOUT_MS,
      maxTransactionRetryTime: config.maxRetryTimeMs ?? DEFAULT_RETRY_MS,
      disableLosslessIntegers: false,
      notificationFilter: { minimumSeverityLevel: 'OFF' },
      userAgent: 'eventline',
    });
  } catch (err) {
    throw new UsageError(`Neo4j URI "${redactUri(config.uri)}" is not valid: ${safeMessage(err, config)}`);
  }
}

/** Connects once, so a wrong address or password fails at open with one clear message. */
export async function verify(driver: Driver, config: Neo4jConfig): Promise<void> {
  try {
    await driver.verifyConnectivity({ database: config.database });
  } catch (err) {
    await driver.close().catch(() => {});
    throw toStoreError(err, config, 'connect');
  }
}

/** `bolt://user:secret@host` -> `bolt://user:***@host`. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/([^/@:]*):[^/@]*@/, '//$1:***@');
}

function safeMessage(err: unknown, config: Pick<Neo4jConfig, 'password' | 'uri'>): string {
  let message = err instanceof Error ? err.message : String(err);
  if (config.password && config.password.length >= 3) message = message.split(config.password).join('***');
  message = message.split(config.uri).join(redactUri(config.uri));
  return message.replace(/\s+/g, ' ').trim();
}

function codeOf(err: unknown): string {
  return err instanceof Neo4jError ? err.code : typeof (err as { code?: unknown })?.code === 'string' ? (err as { code: string }).code : '';
}

/** The driver's error as our StoreError: `what` names the operation ("connect", "write batch 2 of 5", ...). */
export function toStoreError(err: unknown, config: Neo4jConfig, what: string): StoreError {
  if (err instanceof StoreError) return err;
  const where = `Neo4j at ${redactUri(config.uri)}${config.database ? ` (database "${config.database}")` : ''}`;
  const code = codeOf(err);
  const retriable = err instanceof Neo4jError ? err.retryable : false;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    const user = config.username ?? 'neo4j';
    const hint =
      config.password === undefined ? 'the server wants a password: set NEO4J_PASSWORD (and NEO4J_USERNAME)' : 'check NEO4J_USERNAME and NEO4J_PASSWORD';
    return new StoreError(`${where}: ${what}: authentication failed for user "${user}" (${hint})`);
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new StoreError(`${where}: ${what}: no such database (check NEO4J_DATABASE)`);
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || /ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENOTFOUND|timed out|Failed to connect/i.test(safeMessage(err, config))) {
    const cause = unreachableCause(safeMessage(err, config));
    return new StoreError(`${where}: ${what}: server unreachable (${cause}); is it running? (set NEO4J_URI or --neo4j-uri)`, true);
  }
  return new StoreError(`${where}: ${what}: ${code ? `${code}: ` : ''}${shortReason(safeMessage(err, config))}`, retriable);
}

function unreachableCause(message: string): string {
  const caused = /Caused by: (.*)$/.exec(message)?.[1];
  if (caused) return caused;
  const timedOut = /acquisition timed out in (\d+) ?ms/i.exec(message);
  if (timedOut) return `no answer within ${Math.round(Number(timedOut[1]) / 1000)} s`;
  if (/Could not perform discovery/i.test(message)) return 'no routing server answered';
  return shortReason(message);
}

function shortReason(message: string): string {
  return message.length > 300 ? `${message.slice(0, 300)}…` : message;
}
