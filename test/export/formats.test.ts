import { XMLValidator } from 'fast-xml-parser';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_EDGE_COLUMNS, CSV_NODE_COLUMNS } from '../../src/export/csv.js';
import { cypherStatements, cypherString, toCypher } from '../../src/export/cypher.js';
import { EXPORT_FORMATS, EXPORTERS, subgraph } from '../../src/export/index.js';
import { toGexf } from '../../src/export/gexf.js';
import { toGraphml } from '../../src/export/graphml.js';
import { toJson } from '../../src/export/json.js';
import { toNeo4jAdmin } from '../../src/export/neo4j-admin.js';
import { toCsv } from '../../src/export/csv.js';
import type { SerializedGraph } from '../../src/store/store.js';
import { parseCsv } from './csv-parse.js';
import { HOSTILE_NAME, HOSTILE_SENTENCE, KIM, MEDVEDEV, sampleStore, SCRIPT_TITLE } from './fixture.js';

const { MultiDirectedGraph } = graphology;

let graph: SerializedGraph;
beforeAll(async () => {
  graph = await (await sampleStore()).exportGraph();
  expect(graph.nodes.length).toBe(16);
  expect(graph.edges.length).toBe(23);
});

describe('export formats', () => {
  it('are picked by name from one table', () => {
    expect(EXPORT_FORMATS).toEqual(['json', 'graphml', 'gexf', 'cypher', 'csv', 'neo4j-admin']);
    expect(EXPORTERS.csv.kind).toBe('directory');
    expect(EXPORTERS.gexf.kind).toBe('file');
  });

  it('are pure and deterministic', () => {
    const copy = structuredClone(graph);
    for (const format of EXPORT_FORMATS) expect(EXPORTERS[format].write(graph)).toEqual(EXPORTERS[format].write(copy));
    expect(graph).toEqual(copy);
  });
});

describe('json', () => {
  it('is the graphology serialisation', () => {
    expect(JSON.parse(toJson(graph))).toEqual(graph);
  });
});

describe('graphml', () => {
  it('is valid XML that graphology-graphml parses back with the same counts and values', () => {
    const xml = toGraphml(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseGraphml(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.edges.length);
    const hostile = graph.nodes.find((n) => n.attributes.name === HOSTILE_NAME)!;
    expect(parsed.getNodeAttribute(hostile.key, 'name')).toBe(HOSTILE_NAME);
    const mention = graph.edges.find((e) => e.attributes.sentence === HOSTILE_SENTENCE)!;
    expect(parsed.getEdgeAttribute(mention.key, 'sentence')).toBe(HOSTILE_SENTENCE);
    expect(parsed.getEdgeAttribute(mention.key, 'start')).toBe(mention.attributes.start);
  });

  it('declares typed keys, with string lists as JSON strings', () => {
    const xml = toGraphml(graph);
    expect(xml).toContain('<key id="n0" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="start" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="aliases" attr.type="string"\/>/);
    expect(xml).toContain('<data key="n14">[&quot;a1&quot;,&quot;a2&quot;]</data>');
  });
});

describe('gexf', () => {
  it('is GEXF 1.3, dynamic with dates, and graphology-gexf parses it back with the same counts', () => {
    const xml = toGexf(graph);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<gexf xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('version="1.3"');
    expect(xml).toContain('<graph defaultedgetype="directed" mode="dynamic" timeformat="date">');
    const parsed = parseGexf(MultiDirectedGraph, xml);
    expect(parsed.order).toBe(graph.nodes.length);
    expect(parsed.size).toBe(graph.edges.length);
    const article = graph.nodes.find((n) => n.attributes.title === SCRIPT_TITLE)!;
    expect(parsed.getNodeAttribute(article.key, 'label')).toBe(SCRIPT_TITLE);
  });

  it('gives dated events and their edges start and end, and nothing else', () => {
    const xml = toGexf(graph);
    const dated = graph.nodes.filter((n) => n.attributes.label === 'Event' && n.attributes.startDate);
    const undated = graph.nodes.filter((n) => n.attributes.label === 'Event' && !n.attributes.startDate);
    expect(dated.length).toBe(5);
    expect(undated.length).toBe(1);
    for (const e of dated) {
      expect(xml).toMatch(new RegExp(`<node id="${e.key}" label="[^"]*" start="${e.attributes.startDate}" end="${e.attributes.endDate}">`));
    }
    expect(xml).toMatch(new RegExp(`<node id="${undated[0]!.key}" label="Visit undated \\(possible\\)">`));
    const timed = (xml.match(/<(node|edge) [^>]*start="/g) ?? []).length;
    const eventEdges = graph.edges.filter((e) => dated.some((n) => n.key === e.source || n.key === e.target)).length;
    expect(timed).toBe(dated.length + eventEdges);
    expect(xml).toContain('start="2001-01-01" end="2001-12-31"');
  });
});

describe('cypher', () => {
  it('escapes every string into a pure-ASCII literal with no unescaped quote or backslash, no slash, semicolon or line break', () => {
    // Neo4j decodes \uXXXX before tokenising, so quotes and backslashes are backslash-escaped instead
    expect(cypherString(HOSTILE_NAME)).toBe(String.raw`'O\'Brien \"}) DETACH DELETE n \u002F\u002F C:\\temp\\ \\\' end'`);
    expect(cypherString('a\nb\r\u2028😀é\t;\u0000')).toBe(String.raw`'a\nb\r\u2028\uD83D\uDE00\u00E9\t\u003B\u0000'`);
    expect(cypherString('\\u0027')).toBe(String.raw`'\\u0027'`);
    for (const ch of `'"\\`) expect(cypherString(ch)).toBe(`'\\${ch}'`);
    expect(decodeCypherString(cypherString(HOSTILE_SENTENCE))).toBe(HOSTILE_SENTENCE);
  });

  it('writes constraints first, then one MERGE per node and per relationship', () => {
    const statements = cypherStatements(graph);
    expect(statements.slice(0, 6).every((s) => /^CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE n\.id IS UNIQUE$/.test(s))).toBe(true);
    expect(statements.length).toBe(6 + graph.nodes.length + graph.edges.length);
    expect(statements.filter((s) => s.startsWith('MERGE (n:')).length).toBe(graph.nodes.length);
    expect(statements.filter((s) => s.startsWith('MATCH (a:') && s.includes(' MERGE (a)-[r:')).length).toBe(graph.edges.length);
    for (const s of statements) {
      // outside its string literals a statement holds only Cypher: no data leaked into the code
      const code = s.replace(/'[^'\\]*(?:\\.[^'\\]*)*'/g, "''");
      expect(code).not.toMatch(/DETACH|\/\/|;|"|\\/);
      expect(s).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(statements.some((s) => s.includes("startDate: date('2011-07-01')"))).toBe(true);
    expect(statements.some((s) => s.includes("-[r:PARTICIPATED_IN {role: 'visitor'}]->"))).toBe(true);
  });

  it('is a script of one statement per line, each ending with a semicolon', () => {
    const lines = toCypher(graph).trimEnd().split('\n');
    const body = lines.filter((l) => !l.startsWith('//'));
    expect(body.length).toBe(6 + graph.nodes.length + graph.edges.length);
    expect(body.every((l) => l.endsWith(';') && l.indexOf(';') === l.length - 1)).toBe(true);
  });
});

describe('csv', () => {
  it('writes nodes.csv and edges.csv with the documented headers, RFC 4180 quoted', () => {
    const files = toCsv(graph);
    expect(files.map((f) => f.name)).toEqual(['nodes.csv', 'edges.csv']);
    const nodes = parseCsv(files[0]!.text, '\r\n');
    const edges = parseCsv(files[1]!.text, '\r\n');
    expect(nodes[0]).toEqual([...CSV_NODE_COLUMNS]);
    expect(nodes[0]!.join(',')).toBe('id,label,name,aliases,type,status,startDate,endDate,precision,summary,title,publishedAt,source,url,articleId,contentHash,articles');
    expect(edges[0]!.join(',')).toBe('id,type,source,target,role,start,end,sentence,title,time,articles');
    expect(edges[0]).toEqual([...CSV_EDGE_COLUMNS]);
    expect(nodes.length - 1).toBe(graph.nodes.length);
    expect(edges.length - 1).toBe(graph.edges.length);
    const sentence = edges.find((r) => r[1] === 'MENTIONED_IN' && r[7]!.includes('DETACH'))!;
    expect(sentence[7]).toBe(HOSTILE_SENTENCE);
    const hostile = nodes.find((r) => r[2]!.startsWith("O'Brien"))!;
    expect(hostile[2]).toBe(HOSTILE_NAME);
    expect(JSON.parse(hostile[16]!)).toEqual(['a2']);
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    const g = structuredClone(graph);
    g.nodes.find((n) => n.attributes.label === 'Article')!.attributes.title = '=HYPERLINK("http://x")';
    const nodes = parseCsv(toCsv(g)[0]!.text, '\r\n');
    expect(nodes.some((r) => r[10] === '\'=HYPERLINK("http://x")')).toBe(true);
  });
});

describe('neo4j-admin', () => {
  const files = () => new Map(toNeo4jAdmin(graph).map((f) => [f.name, f.text]));
  const header = (name: string) => files().get(name)!.split('\n')[0];

  it('writes one nodes file per label and one relationships file per type, always all of them', () => {
    expect([...files().keys()]).toEqual([
      'nodes-Article.csv',
      'nodes-Event.csv',
      'nodes-Person.csv',
      'nodes-Organization.csv',
      'nodes-Country.csv',
      'nodes-Place.csv',
      'relationships-PARTICIPATED_IN.csv',
      'relationships-TOOK_PLACE_IN.csv',
      'relationships-MENTIONED_IN.csv',
      'relationships-LOCATED_IN.csv',
      'relationships-HOLDS_POSITION.csv',
    ]);
  });

  it('has the documented headers (docs/exports.md)', () => {
    expect(header('nodes-Article.csv')).toBe('id:ID,:LABEL,articleId,title,publishedAt,source,url,contentHash');
    expect(header('nodes-Event.csv')).toBe('id:ID,:LABEL,type,status,startDate:date,endDate:date,precision,summary,articles:string[]');
    for (const label of ['Person', 'Organization', 'Country', 'Place']) {
      expect(header(`nodes-${label}.csv`)).toBe('id:ID,:LABEL,name,aliases:string[],articles:string[]');
    }
    expect(header('relationships-PARTICIPATED_IN.csv')).toBe(':START_ID,:END_ID,:TYPE,role,articles:string[]');
    expect(header('relationships-TOOK_PLACE_IN.csv')).toBe(':START_ID,:END_ID,:TYPE,articles:string[]');
    expect(header('relationships-MENTIONED_IN.csv')).toBe(':START_ID,:END_ID,:TYPE,start:long,end:long,sentence,articles:string[]');
    expect(header('relationships-LOCATED_IN.csv')).toBe(':START_ID,:END_ID,:TYPE,articles:string[]');
    expect(header('relationships-HOLDS_POSITION.csv')).toBe(':START_ID,:END_ID,:TYPE,title,time,articles:string[]');
  });

  it('holds every node and edge once, with typed values', () => {
    let nodes = 0;
    let edges = 0;
    for (const [name, text] of files()) {
      const rows = parseCsv(text, '\n');
      const n = rows.length - 1;
      if (name.startsWith('nodes-')) nodes += n;
      else edges += n;
      for (const row of rows.slice(1)) expect(row.length).toBe(rows[0]!.length);
    }
    expect(nodes).toBe(graph.nodes.length);
    expect(edges).toBe(graph.edges.length);
    const events = parseCsv(files().get('nodes-Event.csv')!, '\n');
    const undated = events.find((r) => r[4] === '')!;
    expect(undated[1]).toBe('Event');
    expect(events.some((r) => r[4] === '2011-07-01' && r[7] === HOSTILE_SENTENCE)).toBe(true);
    const people = parseCsv(files().get('nodes-Person.csv')!, '\n');
    expect(people.find((r) => r[0] === KIM.id)![4]).toBe('a1');
    expect(people.find((r) => r[0] === MEDVEDEV.id)![4]).toBe('a1;a3');
  });
});

describe('subgraph', () => {
  it('keeps the events, their participants, places, countries, articles, and the edges among them', async () => {
    const store = await sampleStore();
    const events = await store.timeline({ actor: 'Medvedev' });
    expect(events.length).toBe(2);
    const sub = subgraph(graph, events.map((e) => e.id));
    const keys = sub.nodes.map((n) => n.key).sort();
    expect(keys).toEqual(
      [...events.map((e) => e.id), MEDVEDEV.id, KIM.id, 'person:vladimir-putin', 'place:vladivostok', 'country:russia', 'article:a1', 'article:a3'].sort(),
    );
    const kept = new Set(keys);
    expect(sub.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(sub.edges.map((e) => e.attributes.type).sort()).toEqual(
      ['LOCATED_IN', 'MENTIONED_IN', 'MENTIONED_IN', 'PARTICIPATED_IN', 'PARTICIPATED_IN', 'PARTICIPATED_IN', 'PARTICIPATED_IN', 'TOOK_PLACE_IN'].sort(),
    );
    expect(graph.nodes.length).toBe(16); // the input is not changed
  });
});

/** Reads back a literal written by cypherString (Cypher's escapes). */
function decodeCypherString(literal: string): string {
  const letters: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', "'": "'", '"': '"', '\\': '\\' };
  return literal.slice(1, -1).replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (_m, esc: string) =>
    esc.length === 5 ? String.fromCharCode(parseInt(esc.slice(1), 16)) : letters[esc]!,
  );
}
