/**
 * The Cypher export replayed into a real Neo4j (test/support/neo4j.ts), twice: statement by statement through
 * the driver, and as one file through Neo4j's own cypher-shell (`cypher-shell -f graph.cypher`, as
 * docs/exports.md shows; scripts/cypher-shell.js). The graph comes back with the same nodes, relationships and
 * values, and the second run changes nothing.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import neo4j, { type Driver, type Session } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { cypherStatements, toCypher } from '../../src/export/cypher.js';
import type { SerializedGraph } from '../../src/store/store.js';
import { useNeo4j } from '../support/neo4j.js';
import { PROJECT_ROOT } from '../support/shared.js';
import { HOSTILE_NAME, HOSTILE_SENTENCE, sampleStore } from './fixture.js';

const server = useNeo4j();
let driver: Driver | null = null;
afterAll(async () => {
  await driver?.close();
});

/** Counts of the graph's own nodes by label and relationships by type, as stored. */
async function counts(session: Session, ids: string[]) {
  const nodes = await session.run('MATCH (n) WHERE n.id IN $ids RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label', { ids });
  const rels = await session.run('MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN type(r) AS type, count(*) AS n ORDER BY type', { ids });
  return {
    nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label') as string, (r.get('n') as { toNumber(): number }).toNumber()])),
    rels: Object.fromEntries(rels.records.map((r) => [r.get('type') as string, (r.get('n') as { toNumber(): number }).toNumber()])),
  };
}

function expectedCounts(graph: SerializedGraph) {
  const expected = { nodes: {} as Record<string, number>, rels: {} as Record<string, number> };
  for (const n of graph.nodes) expected.nodes[n.attributes.label] = (expected.nodes[n.attributes.label] ?? 0) + 1;
  for (const e of graph.edges) expected.rels[e.attributes.type] = (expected.rels[e.attributes.type] ?? 0) + 1;
  return expected;
}

/** Replays twice with `replay`; the first gives the graph back, the second changes nothing; values survive. */
async function checkReplay(replay: (graph: SerializedGraph) => Promise<void>): Promise<void> {
  driver ??= neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'neo4j'));
  const graph = await (await sampleStore()).exportGraph();
  const ids = graph.nodes.map((n) => n.key);
  const session = driver.session();
  try {
    await session.run('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids });
    await replay(graph);
    const first = await counts(session, ids);
    expect(first).toEqual(expectedCounts(graph));
    await replay(graph);
    expect(await counts(session, ids)).toEqual(first);

    const person = await session.run('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: HOSTILE_NAME });
    expect(person.records).toHaveLength(1);
    const sentence = await session.run('MATCH (:Event)-[m:MENTIONED_IN]->(:Article) WHERE m.sentence = $s RETURN m.start AS start', { s: HOSTILE_SENTENCE });
    expect(sentence.records).toHaveLength(1);
    const dated = await session.run("MATCH (e:Event) WHERE e.startDate = date('2011-07-01') RETURN count(e) AS n");
    expect((dated.records[0]!.get('n') as { toNumber(): number }).toNumber()).toBe(1);
  } finally {
    await session.close();
  }
}

describe('cypher export in Neo4j', () => {
  it('replays statement by statement through the driver, idempotently, and reproduces the graph', async (ctx) => {
    if (!server.available) return ctx.skip();
    await checkReplay(async (graph) => {
      const session = driver!.session();
      try {
        for (const statement of cypherStatements(graph)) await session.run(statement);
      } finally {
        await session.close();
      }
    });
  });

  it('replays as one file in cypher-shell (-f), idempotently, and reproduces the graph', async (ctx) => {
    if (!server.available) return ctx.skip();
    const dir = mkdtempSync(join(tmpdir(), 'eventline-cypher-'));
    try {
      await checkReplay(async (graph) => {
        const file = join(dir, 'graph.cypher');
        writeFileSync(file, toCypher(graph));
        const shell = spawnSync(process.execPath, [resolve(PROJECT_ROOT, 'scripts', 'cypher-shell.js'), '-a', server.uri, '-f', file], {
          encoding: 'utf8',
          timeout: 240_000,
        });
        expect(shell.stderr).not.toMatch(/error|exception/i);
        expect(shell.status).toBe(0);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
