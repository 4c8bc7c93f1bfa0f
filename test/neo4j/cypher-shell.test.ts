/**
 * Every file in queries/ runs unchanged in Neo4j's own cypher-shell, exactly as its header's example shows
 * (`:param` lines, then `:source queries/NAME.cypher`), and gives the rows `eventline query` gives.
 * cypher-shell 5.26 comes from Maven Central through scripts/cypher-shell.js (test/cypher-shell/pom.xml).
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { listQueries, loadQuery, runQueryFile } from '../../src/store/neo4j/query.js';
import { PROJECT_ROOT } from '../support/shared.js';
import { neo4jSkipReason, useNeo4j } from '../support/neo4j.js';
import { FIXTURE } from './fixture.js';

const skip = neo4jSkipReason();
const server = useNeo4j();
const SHELL = resolve(PROJECT_ROOT, 'scripts', 'cypher-shell.js');

/** The example's cypher-shell lines from a query file's header, comment markers removed. */
function exampleLines(name: string): string[] {
  return loadQuery(name)
    .header.split('\n')
    .map((line) => line.replace(/^\/\/\s*/, ''))
    .filter((line) => line.startsWith(':param ') || line.startsWith(':source '));
}

/** `:param key => 'text'` or `=> null` as the string parameters `eventline query --param` takes (null: left out). */
function paramsOf(lines: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const line of lines) {
    const m = /^:param (\w+) => (?:'((?:[^'\\]|\\.)*)'|null)$/.exec(line);
    if (!line.startsWith(':param ')) continue;
    if (!m) throw new Error(`unexpected example line: ${line}`);
    if (m[2] !== undefined) params[m[1]!] = m[2];
  }
  return params;
}

/** A scalar as cypher-shell's plain format prints it: a string quoted, a date or number bare, null as NULL. */
function asPrinted(value: unknown): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return `"${value}"`;
  return String(value);
}

function cypherShell(uri: string, input: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [SHELL, '-a', uri, '--format', 'plain'], { cwd: PROJECT_ROOT, input, encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(skip !== null)('queries/ in cypher-shell', () => {
  let eventId = '';
  beforeAll(async () => {
    const build = spawnSync(process.execPath, [SHELL, '--build-only'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`scripts/cypher-shell.js --build-only failed (exit ${build.status}): ${build.stderr}`);
    const store = await openNeo4jStore({ uri: server.uri });
    try {
      await store.deleteEverything();
      await store.putArticles(FIXTURE);
      const talks = (await store.timeline({})).find((e) => e.type === 'Talks' && e.participants.some((p) => p.name === 'Kim Jong-il'));
      eventId = talks!.id;
    } finally {
      await store.close();
    }
  }, 300_000);

  it.each(listQueries())('%s: the header example runs and gives the rows eventline query gives', async (name) => {
    // event-sources' example names a made-up id: ask for a real event of the fixture instead.
    const lines = exampleLines(name).map((line) => (line.startsWith(':param event => ') ? `:param event => '${eventId}'` : line));
    expect(lines.at(-1)).toBe(`:source queries/${name}.cypher`);

    const shell = cypherShell(server.uri, `${lines.join('\n')}\n`);
    expect(shell.stderr).not.toMatch(/error|exception/i);
    expect(shell.status).toBe(0);
    const [header, ...rows] = shell.stdout.trimEnd().split('\n');

    const expected = await runQueryFile({ uri: server.uri }, name, paramsOf(lines));
    expect(expected.length).toBeGreaterThan(0); // each example finds something on the fixture
    expect(header!.split(', ')).toEqual(Object.keys(expected[0]!));
    expect(rows).toHaveLength(expected.length);
    // Row by row, the first column as cypher-shell prints it.
    const first = Object.keys(expected[0]!)[0]!;
    expect(rows.map((r) => r.split(', ')[0])).toEqual(expected.map((r) => asPrinted(r[first])));
  });
});
