/**
 * A real Neo4j for the tests, never a mock. With NEO4J_URI set, that server is used (and never stopped; the
 * tests delete everything in it, and files running in parallel share it); otherwise scripts/neo4j-local.js
 * builds and starts the embedded test server (test/neo4j-server/), one per test file, stopped after the file.
 * Without java or mvn the Neo4j tests skip with a clear message, except under CI=true, where they fail.
 *
 *   const skip = neo4jSkipReason();        // at collection time: null, or why the tests cannot run
 *   const server = useNeo4j();             // beforeAll starts it, afterAll stops it
 *   describe.skipIf(skip !== null)('...', () => { it('...', () => openNeo4jStore({ uri: server.uri })) });
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { PROJECT_ROOT } from './shared.js';

export interface Neo4jServer {
  uri: string;
  /** The launcher's process id (a local server only). */
  pid?: number;
  stop(): Promise<void>;
}

const LAUNCHER = resolve(PROJECT_ROOT, 'scripts', 'neo4j-local.js');
/** scripts/neo4j-local.js exits with it when java or mvn is missing. */
const EXIT_MISSING_TOOL = 3;
/** A cold build downloads Neo4j (~4 min on this machine); a warm start takes seconds. */
export const NEO4J_START_TIMEOUT_MS = 10 * 60_000;

export interface StartOptions {
  /** Auth on, user neo4j with this password (always a local server, whatever NEO4J_URI says). */
  password?: string;
  /** Keep the database in this directory across restarts (always a local server). */
  dataDir?: string;
}

/**
 * Starts (or points at) a Neo4j server. Null when java or mvn is missing and CI is not set: the caller skips.
 * Under CI=true a server that cannot be had is an error.
 */
export async function startNeo4j(opts: StartOptions = {}): Promise<Neo4jServer | null> {
  const external = process.env.NEO4J_URI;
  const local = opts.password !== undefined || opts.dataDir !== undefined;
  if (external && !local) {
    // Test files wipe the database: on a shared server they take turns (a lock directory per URI).
    const release = await lockServer(external);
    return { uri: external, stop: async () => release() };
  }

  const args = [LAUNCHER, '--stdin', ...(opts.password !== undefined ? ['--auth'] : []), ...(opts.dataDir ? ['--data', opts.dataDir] : [])];
  const env = { ...process.env };
  if (opts.password !== undefined) env.NEO4J_PASSWORD = opts.password;
  const child = spawn(process.execPath, args, {
    cwd: PROJECT_ROOT,
    env,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    stderr += chunk;
    if (process.env.EVENTLINE_NEO4J_VERBOSE) process.stderr.write(chunk);
  });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));

  const uri = await new Promise<string | null>((done, fail) => {
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      fail(new Error(`Neo4j test server not ready within ${NEO4J_START_TIMEOUT_MS / 1000} s\n${stderr}`));
    }, NEO4J_START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) {
        clearTimeout(timer);
        done(line.trim());
      }
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      if (code === EXIT_MISSING_TOOL) {
        const reason = stderr.trim().split('\n').pop() ?? 'java or mvn missing';
        if (process.env.CI === 'true') fail(new Error(`Neo4j tests must run under CI: ${reason}`));
        else {
          console.warn(`[skip] Neo4j tests skipped: ${reason}`);
          done(null);
        }
      } else fail(new Error(`Neo4j test server exited (code ${code}) before it was ready\n${stderr}`));
    });
  });
  if (!uri) return null;

  return {
    uri,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

async function lockServer(uri: string): Promise<() => void> {
  const lock = join(tmpdir(), `eventline-neo4j-test-${createHash('sha1').update(uri).digest('hex').slice(0, 12)}.lock`);
  const deadline = Date.now() + NEO4J_START_TIMEOUT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      let age = 0;
      try {
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released meanwhile
      }
      if (age > 15 * 60_000) rmSync(lock, { recursive: true, force: true }); // a crashed test run
      else if (Date.now() > deadline) throw new Error(`Neo4j at ${uri} stayed busy with other test files (lock ${lock})`);
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/**
 * Why the Neo4j tests cannot run here (no NEO4J_URI and no java or mvn), or null when they can. Decided at
 * collection time so suites can `describe.skipIf`. Under CI=true it is always null: the tests must run there,
 * and startNeo4j throws if they cannot.
 */
export function neo4jSkipReason(): string | null {
  if (process.env.NEO4J_URI || process.env.CI === 'true') return null;
  const missing = ['java', 'mvn'].filter((tool) => {
    const r = spawnSync(tool, tool === 'java' ? ['-version'] : ['-v'], { stdio: 'ignore' });
    return r.error !== undefined || r.status !== 0;
  });
  if (missing.length === 0) return null;
  const reason = `${missing.join(' and ')} not found: Neo4j tests skipped (install Java 17+ and Maven, or set NEO4J_URI)`;
  console.warn(`[skip] ${reason}`);
  return reason;
}

/**
 * One server for the whole test file. Read `.uri` inside tests (it is set by beforeAll); `.available` is false
 * when the server was skipped, so tests can `if (!neo4j.available) return ctx.skip()`.
 */
export function useNeo4j(): { readonly uri: string; readonly available: boolean } {
  let server: Neo4jServer | null = null;
  let started = false;
  beforeAll(async () => {
    server = await startNeo4j();
    started = true;
  }, NEO4J_START_TIMEOUT_MS);
  afterAll(async () => {
    await server?.stop();
  }, 60_000);
  return {
    get uri(): string {
      if (!server) throw new Error(started ? 'Neo4j is not available (skipped)' : 'useNeo4j: read uri inside a test');
      return server.uri;
    },
    get available(): boolean {
      return server !== null;
    },
  };
}
