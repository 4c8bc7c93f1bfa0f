/** Opens the store a command asked for: `--store neo4j`, else the embedded store file. */
import { resolve } from 'node:path';
import { defaultStorePath, MemoryStore } from '../store/memory/index.js';
import { acquireStoreLock, type LockOptions, type StoreLock } from '../store/lock.js';
import type { Store } from '../store/store.js';
import { positiveInt } from './options.js';

export interface StoreOptions {
  store?: string;
  neo4jUri?: string;
  /** `--batch-size` as given on the command line, or a number. */
  batchSize?: string | number;
}

export function isNeo4j(opts: StoreOptions): boolean {
  return opts.store === 'neo4j';
}

export function memoryStorePath(opts: StoreOptions): string {
  return opts.store ? resolve(opts.store) : defaultStorePath();
}

export async function openStore(opts: StoreOptions): Promise<Store> {
  if (isNeo4j(opts)) {
    const batchSize = opts.batchSize === undefined ? undefined : positiveInt(String(opts.batchSize), '--batch-size');
    const { openNeo4jStore, neo4jConfigFromEnv } = await import('../store/neo4j/index.js');
    return openNeo4jStore(neo4jConfigFromEnv({ uri: opts.neo4jUri, batchSize }));
  }
  return MemoryStore.open(memoryStorePath(opts));
}

/**
 * Commands that write take the embedded store's lock (src/store/lock.ts) before opening it, and release it
 * after closing; readers take none. Neo4j has its own transactions: null.
 */
export async function lockStore(opts: StoreOptions, lock: LockOptions = {}): Promise<StoreLock | null> {
  return isNeo4j(opts) ? null : acquireStoreLock(memoryStorePath(opts), lock);
}
