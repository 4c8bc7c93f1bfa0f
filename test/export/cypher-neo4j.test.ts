/**
 * The Cypher export replayed into a real Neo4j (test/support/neo4j.ts), statement by statement, twice:
 * the graph comes back with the same nodes, relationships and values, and the second run changes nothing.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { cypherStatements } from '../../src/export/cypher.js';
import { useNeo4j } from '../support/neo4j.js';
import { HOSTILE_NAME, HOSTILE_SENTENCE, sampleStore } from './fixture.js';

const server = useNeo4j();
let driver: Driver | null = null;
afterAll(async () => {
  await driver?.close();
});

describe('cypher export in Neo4j', () => {
  it('replays into the database idempotently and reproduces the graph', async (ctx) => {
    if (!server.available) return ctx.skip();
    driver = neo4j.driver(server.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    const graph = await (await sampleStore()).exportGraph();
    const ids = graph.nodes.map((n) => n.key);
    const session = driver.session();
    try {
      await session.run('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', { ids });
      const counts = async () => {
        const nodes = await session.run('MATCH (n) WHERE n.id IN $ids RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label', { ids });
        const rels = await session.run('MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN type(r) AS type, count(*) AS n ORDER BY type', { ids });
        return {
          nodes: Object.fromEntries(nodes.records.map((r) => [r.get('label') as string, (r.get('n') as { toNumber(): number }).toNumber()])),
          rels: Object.fromEntries(rels.records.map((r) => [r.get('type') as string, (r.get('n') as { toNumber(): number }).toNumber()])),
        };
      };
      const expected = { nodes: {} as Record<string, number>, rels: {} as Record<string, number> };
      for (const n of graph.nodes) expected.nodes[n.attributes.label] = (expected.nodes[n.attributes.label] ?? 0) + 1;
      for (const e of graph.edges) expected.rels[e.attributes.type] = (expected.rels[e.attributes.type] ?? 0) + 1;

      for (const statement of cypherStatements(graph)) await session.run(statement);
      const first = await counts();
      expect(first).toEqual(expected);
      for (const statement of cypherStatements(graph)) await session.run(statement);
      expect(await counts()).toEqual(first);

      const person = await session.run('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: HOSTILE_NAME });
      expect(person.records).toHaveLength(1);
      const sentence = await session.run('MATCH (:Event)-[m:MENTIONED_IN]->(:Article) WHERE m.sentence = $s RETURN m.start AS start', { s: HOSTILE_SENTENCE });
      expect(sentence.records).toHaveLength(1);
      const dated = await session.run("MATCH (e:Event) WHERE e.startDate = date('2011-07-01') RETURN count(e) AS n");
      expect((dated.records[0]!.get('n') as { toNumber(): number }).toNumber()).toBe(1);
    } finally {
      await session.close();
    }
  });
});
