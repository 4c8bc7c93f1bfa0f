#!/usr/bin/env node
/**
 * `npm run cypher-shell -- [cypher-shell options]`: Neo4j's own cypher-shell 5.26 without installing Neo4j.
 * Builds test/cypher-shell/ with Maven when needed (the first run downloads it from Maven Central), then runs
 * `org.neo4j.shell.Main` with every argument passed through and this process's stdin, stdout and stderr.
 *
 *   npm run cypher-shell -- -a bolt://127.0.0.1:7687                       # interactive
 *   printf ":param actor => 'Kim Jong-il'\n:source queries/actor-timeline.cypher\n" \
 *     | npm run -s cypher-shell -- -a bolt://127.0.0.1:7687 --format plain  # a query file, as its header shows
 *
 * Credentials as cypher-shell takes them (NEO4J_USERNAME, NEO4J_PASSWORD in the environment; -u/-p work too).
 * Options of this script (not passed on): --build-only (build if needed, exit). Exit codes: cypher-shell's own;
 * 3 when java or mvn is missing (the tests skip on it, except under CI).
 */
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureBuilt, EXIT_MISSING_TOOL, fail, hasTool, mavenProject } from './maven-build.js';

const NAME = 'cypher-shell';
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PROJECT = mavenProject(join(ROOT, 'test', 'cypher-shell'), { goal: 'generate-resources' });

async function main() {
  const args = process.argv.slice(2);
  if (!hasTool('java', ['-version'])) fail(NAME, 'java not found: install Java 17+ (and Maven) to run cypher-shell', EXIT_MISSING_TOOL);
  const classpath = await ensureBuilt(NAME, PROJECT, { what: 'the first build downloads cypher-shell from Maven Central' });
  if (args.includes('--build-only')) return;
  const child = spawn('java', ['-cp', classpath, 'org.neo4j.shell.Main', ...args], { stdio: 'inherit' });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => fail(NAME, `could not start java: ${error.message}`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((error) => fail(NAME, error instanceof Error ? error.message : String(error)));
