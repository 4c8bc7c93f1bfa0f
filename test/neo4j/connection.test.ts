/**
 * Bad connections give one clear StoreError within 30 s: nothing listening, a server that never answers,
 * a wrong password (against a real server with auth on). The password never appears in a message.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreError, UsageError } from '../../src/model/errors.js';
import { neo4jConfigFromEnv, openNeo4jStore } from '../../src/store/neo4j/index.js';
import { runQueryFile } from '../../src/store/neo4j/query.js';
import { NEO4J_START_TIMEOUT_MS, neo4jSkipReason, startNeo4j, type Neo4jServer } from '../support/neo4j.js';

const PASSWORD = "s3cr3t-'quote`-pw";

async function failure(promise: Promise<unknown>): Promise<{ error: unknown; ms: number }> {
  const t0 = performance.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: performance.now() - t0 };
  }
  throw new Error('expected a failure');
}

describe('neo4j connection config', () => {
  it('reads the URI from the option, then NEO4J_URI; credentials and database only from the environment', () => {
    const env = { NEO4J_URI: 'bolt://db:7687', NEO4J_USERNAME: 'reader', NEO4J_PASSWORD: 'pw', NEO4J_DATABASE: 'news' };
    expect(neo4jConfigFromEnv({}, env)).toEqual({ uri: 'bolt://db:7687', username: 'reader', password: 'pw', database: 'news' });
    expect(neo4jConfigFromEnv({ uri: 'neo4j://other:7687', batchSize: 10 }, env)).toMatchObject({ uri: 'neo4j://other:7687', batchSize: 10 });
    expect(neo4jConfigFromEnv({}, { NEO4J_PASSWORD: 'pw' })).toEqual({ uri: 'bolt://localhost:7687', username: 'neo4j', password: 'pw' });
    expect(neo4jConfigFromEnv({}, {})).toEqual({ uri: 'bolt://localhost:7687' });
  });

  it('refuses a URI that is not Bolt, without echoing credentials', async () => {
    const { error } = await failure(openNeo4jStore({ uri: 'http://user:hunter22@localhost:7474' }));
    expect(error).toBeInstanceOf(UsageError);
    expect(String((error as Error).message)).not.toContain('hunter22');
  });
});

describe('unreachable Neo4j', () => {
  let silent: Server;
  let silentPort = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Accepts connections and never answers the Bolt handshake.
    silent = createServer((socket) => sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    silentPort = (silent.address() as { port: number }).port;
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise((done) => silent.close(done));
  });

  it('nothing listening: one StoreError, quickly, naming the address and what to do', async () => {
    const { error, ms } = await failure(openNeo4jStore({ uri: 'bolt://127.0.0.1:1', username: 'neo4j', password: PASSWORD }));
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as StoreError).message;
    expect(message).toMatch(/^Neo4j at bolt:\/\/127\.0\.0\.1:1: connect: server unreachable \(.+\); is it running\?/);
    expect(message).not.toContain(PASSWORD);
    expect(message).not.toMatch(/\n\s+at /);
    expect((error as StoreError).retriable).toBe(true);
    expect(ms).toBeLessThan(30_000);
  });

  it('a server that never answers: a StoreError within 30 s', async () => {
    const { error, ms } = await failure(openNeo4jStore({ uri: `bolt://127.0.0.1:${silentPort}` }));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/unreachable/);
    expect(ms).toBeLessThan(30_000);
  }, 40_000);

  it('queries fail the same way', async () => {
    const { error, ms } = await failure(runQueryFile({ uri: 'bolt://127.0.0.1:1' }, 'events-in-range', {}));
    expect(error).toBeInstanceOf(StoreError);
    expect(ms).toBeLessThan(30_000);
  });
});

const skip = neo4jSkipReason();

describe.skipIf(skip !== null)('Neo4j with a password', () => {
  let server: Neo4jServer | null = null;
  beforeAll(async () => {
    server = await startNeo4j({ password: PASSWORD });
  }, NEO4J_START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);

  it('the right password opens the store', async () => {
    const store = await openNeo4jStore({ uri: server!.uri, username: 'neo4j', password: PASSWORD });
    expect((await store.stats()).articles).toBe(0);
    await store.close();
  });

  it('a wrong password: one StoreError naming the user and the variables to check, never a password', async () => {
    const wrong = `${PASSWORD}-wrong`;
    const { error, ms } = await failure(openNeo4jStore({ uri: server!.uri, username: 'neo4j', password: wrong }));
    expect(error).toBeInstanceOf(StoreError);
    const message = (error as StoreError).message;
    expect(message).toMatch(/authentication failed for user "neo4j" \(check NEO4J_USERNAME and NEO4J_PASSWORD\)/);
    expect(message).not.toContain(wrong);
    expect(message).not.toContain(PASSWORD);
    expect(ms).toBeLessThan(30_000);
  });

  it('no password where one is needed: says to set NEO4J_PASSWORD', async () => {
    const { error } = await failure(openNeo4jStore({ uri: server!.uri }));
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).message).toMatch(/set NEO4J_PASSWORD/);
  });

  it('credentials in the URI are not echoed', async () => {
    const uri = server!.uri.replace('bolt://', `bolt://neo4j:${encodeURIComponent('other-secret')}@`);
    const { error } = await failure(openNeo4jStore({ uri, username: 'neo4j', password: 'other-secret' }));
    expect((error as Error).message).not.toContain('other-secret');
  });
});
