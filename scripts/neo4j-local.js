#!/usr/bin/env node
/**
 * `npm run neo4j:local`: a throwaway Neo4j 5.26 for people without Docker, and the server the tests start.
 *
 * Builds test/neo4j-server/ with Maven when needed (first run: Maven downloads Neo4j from Maven Central),
 * starts it with Java, prints exactly one line, `bolt://127.0.0.1:PORT`, on stdout when it accepts queries,
 * and runs until interrupted (Ctrl-C, SIGTERM). Auth is off: connect with no username or password.
 * Its data lives in a temporary directory that is deleted when it stops.
 *
 * Options:
 *   --port N        listen on N instead of a free port
 *   --auth          require a password: user neo4j, the password from NEO4J_PASSWORD (default: auth off)
 *   --data DIR      keep the database in DIR, and keep it at exit (default: a temporary directory)
 *   --page-cache MB page cache size (default 64: the tests' small server; a load of 100k events wants ~512)
 *   --heap MB       JVM heap (default 1024)
 *   --stdin         also stop when this process's stdin closes (how test/support/neo4j.ts holds it)
 *   --build-only    build if needed, print nothing on stdout, exit (CI warms the Maven cache with it)
 *   --rebuild       build even when the last build looks current
 *
 * Exit codes: 0 stopped normally, 1 failed, 3 java or mvn is missing (the tests skip on it, except under CI).
 * Diagnostics go to stderr; stdout carries only the URI.
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, EXIT_MISSING_TOOL, fail as failWith, hasTool, log as logWith, mavenProject } from './maven-build.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SERVER_DIR = join(ROOT, 'test', 'neo4j-server');
const SERVER = mavenProject(SERVER_DIR, {
  outputs: [join(SERVER_DIR, 'target', 'classes', 'eventline', 'neo4j', 'TestServer.class')],
  sources: [join(SERVER_DIR, 'src', 'main', 'java', 'eventline', 'neo4j', 'TestServer.java')],
});
const MAIN_CLASS = 'eventline.neo4j.TestServer';

export { EXIT_MISSING_TOOL };

/** What Neo4j 5 needs on Java 17 (its own neo4j.conf passes the same), plus a heap fit for a 2-core machine. */
const jvmFlags = (heapMb) => [
  '-XX:+UseParallelGC',
  `-Xms${Math.min(256, heapMb)}m`,
  `-Xmx${heapMb}m`,
  '-XX:-OmitStackTraceInFastThrow',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

const log = (message) => logWith('neo4j-local', message);
const fail = (message, code = 1) => failWith('neo4j-local', message, code);

async function main() {
  const args = process.argv.slice(2);
  const known = new Set(['--port', '--data', '--page-cache', '--heap', '--auth', '--stdin', '--build-only', '--rebuild']);
  const withValue = new Set(['--port', '--data', '--page-cache', '--heap']);
  for (let i = 0; i < args.length; i++) {
    if (!known.has(args[i])) fail(`unknown option ${args[i]} (known: ${[...known].join(', ')})`);
    if (withValue.has(args[i])) {
      if (args[i + 1] === undefined) fail(`${args[i]} needs a value`);
      i++;
    }
  }
  const valueOf = (name) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const port = valueOf('--port');
  if (port !== undefined && !/^\d+$/.test(port)) fail('--port needs a number');
  const dataDir = valueOf('--data');
  const pageCache = valueOf('--page-cache');
  const heap = valueOf('--heap') ?? '1024';
  for (const [name, value] of [['--page-cache', pageCache], ['--heap', heap]]) {
    if (value !== undefined && !/^[1-9]\d{0,5}$/.test(value)) fail(`${name} needs a size in MB`);
  }
  if (args.includes('--auth') && !process.env.NEO4J_PASSWORD) fail('--auth needs the password in NEO4J_PASSWORD');

  if (!hasTool('java', ['-version'])) {
    fail('java not found: install Java 17+ (and Maven) to run the local Neo4j, or set NEO4J_URI', EXIT_MISSING_TOOL);
  }
  const jars = await ensureBuilt('neo4j-local', SERVER, { force: args.includes('--rebuild'), what: 'the first build downloads Neo4j from Maven Central, a few minutes' });
  if (args.includes('--build-only')) return;

  const classpath = `${join(SERVER.target, 'classes')}:${jars}`;
  const serverArgs = [
    ...(port ? ['--port', port] : []),
    ...(dataDir ? ['--data', resolve(dataDir)] : []),
    ...(pageCache ? ['--page-cache', pageCache] : []),
    ...(args.includes('--auth') ? ['--auth'] : []),
  ];
  const started = Date.now();
  const child = spawn('java', [...jvmFlags(Number(heap)), '-cp', classpath, MAIN_CLASS, ...serverArgs], {
    cwd: SERVER_DIR,
    stdio: ['pipe', 'pipe', 'inherit'],
  });

  let ready = false;
  let buffered = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    if (ready) return;
    buffered += chunk;
    const newline = buffered.indexOf('\n');
    if (newline < 0) return;
    ready = true;
    process.stdout.write(`${buffered.slice(0, newline).trim()}\n`);
    log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s; stop with Ctrl-C`);
  });

  child.stdin.on('error', () => {}); // EPIPE when it is already gone
  // Closing the child's stdin is its stop signal; its shutdown hook deletes the data directory.
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    child.stdin.end();
    setTimeout(() => child.kill('SIGTERM'), 15_000).unref();
    setTimeout(() => child.kill('SIGKILL'), 30_000).unref();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  process.on('SIGHUP', stop);
  if (args.includes('--stdin')) {
    process.stdin.on('end', stop);
    process.stdin.on('close', stop);
    process.stdin.resume();
  }

  child.on('error', (error) => fail(`could not start java: ${error.message}`));
  child.on('exit', (code, signal) => {
    if (!ready) fail(`the server stopped before it was ready (exit ${code ?? signal})`);
    process.exit(stopping ? 0 : code ?? 1);
  });
}

main().catch((error) => fail(error instanceof Error ? error.message : String(error)));
