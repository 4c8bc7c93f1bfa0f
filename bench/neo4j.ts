/**
 * `npm run bench:neo4j`: how fast the Neo4j store loads events. A benchmark, not a test: numbers depend on the
 * machine and on what else runs on it.
 *
 *   node dist/bench/bench/neo4j.js [--sizes 10000,100000] [--naive N] [--out BENCHMARKS.md] [--no-write]
 *
 * Generates articles the way extraction would hand them to a store (src/graph/build.ts): ~3 events each,
 * participants drawn from a few thousand people and ~200 countries, ~300 places inside them, dates spread over
 * 25 years, so some events merge across articles as real reports do. For each size, into an emptied database:
 *   - batched: `putArticles` with the default batch size (the ingest path);
 *   - import: `importGraph` of the same graph, as exported after the batched load (the `eventline load` path);
 *   - floor: the same graph CREATEd with the driver directly, nothing read or merged: what Neo4j itself takes to
 *     write these nodes and relationships here, the bound no load path can beat;
 *   - one transaction per event: `putArticle` of single-event articles, on the first N events (--naive, default
 *     10,000: the naive path on 100k would take many minutes and says nothing more per event).
 * Uses NEO4J_URI when set, else starts scripts/neo4j-local.js (the tests' server) and stops it after.
 * Writes the `## Neo4j loading` section of BENCHMARKS.md (replacing it if present, leaving the rest alone).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildFragment } from '../src/graph/build.js';
import type { GraphFragment } from '../src/graph/model.js';
import { entityId } from '../src/model/ids.js';
import type { Entity, EntityRef, EventStatus, EventType, ExtractedEvent, Extraction, Participant, Precision, Role } from '../src/model/types.js';
import neo4j from 'neo4j-driver';
import { replaceSection } from './sections.js';
import { DEFAULT_BATCH_SIZE, openNeo4jStore, type Neo4jStore } from '../src/store/neo4j/index.js';
import { toNeo4jProps } from '../src/store/neo4j/values.js';
import type { SerializedGraph } from '../src/store/store.js';
import { seededRandom } from '../test/support/random.js';

const HERE = dirname(fileURLToPath(import.meta.url)); // dist/bench/bench
const ROOT = resolve(HERE, '..', '..', '..');
const SECTION = '## Neo4j loading';

interface Args {
  sizes: number[];
  naive: number;
  out: string;
  write: boolean;
  batchSize: number | undefined;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { sizes: [10_000, 100_000], naive: 10_000, out: join(ROOT, 'BENCHMARKS.md'), write: true, batchSize: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`bench:neo4j: ${a} needs a value`);
      return v;
    };
    if (a === '--sizes') args.sizes = value().split(',').map(Number);
    else if (a === '--naive') args.naive = Number(value());
    else if (a === '--out') args.out = resolve(value());
    else if (a === '--no-write') args.write = false;
    else if (a === '--batch-size') args.batchSize = Number(value());
    else throw new Error(`bench:neo4j: unknown argument ${a} (known: --sizes, --naive, --out, --no-write, --batch-size)`);
  }
  if (args.sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(args.naive) || args.naive < 0) {
    throw new Error('bench:neo4j: --sizes and --naive take whole numbers');
  }
  return args;
}

const log = (message: string) => process.stderr.write(`bench:neo4j: ${message}\n`);

// ---------------------------------------------------------------- generated articles

const PEOPLE = 3000;
const COUNTRIES = 200;
const PLACES = 300;
const FIRST_DAY = Date.UTC(2000, 0, 1);
const DAYS = 25 * 365;

/** Articles holding `events` events in all (1 to 5 each, 3 on average). */
export function generateArticles(events: number, seed = 42): Extraction[] {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  // A few people and countries are in the news far more often than the rest (heads of state, superpowers).
  const skewed = <T>(xs: readonly T[]): T => xs[Math.floor(xs.length * random() ** 2.5)]!;
  const countries: Entity[] = Array.from({ length: COUNTRIES }, (_, i) => ({
    id: entityId('Country', `Country ${i}`),
    name: `Country ${i}`,
    kind: 'Country',
    aliases: i % 5 === 0 ? [`C${i}`] : [],
    mentions: [],
  }));
  const places: Entity[] = Array.from({ length: PLACES }, (_, i) => ({
    id: entityId('Place', `City ${i}`),
    name: `City ${i}`,
    kind: 'Place',
    aliases: [],
    mentions: [],
    country: countries[i % COUNTRIES]!.id,
  }));
  const people: Entity[] = Array.from({ length: PEOPLE }, (_, i) => ({
    id: entityId('Person', `Person ${i}`),
    name: `Person ${i}`,
    kind: 'Person',
    aliases: i % 3 === 0 ? [`P. ${i}`] : [],
    mentions: [],
    positions: i < 400 ? [{ title: i % 2 ? 'President' : 'Foreign Minister', of: countries[i % COUNTRIES]!.id, time: 'current', evidence: { start: 0, end: 1 } }] : [],
  }));
  const byId = new Map([...countries, ...places, ...people].map((e) => [e.id, e]));
  const ref = (e: Entity): EntityRef => ({ id: e.id, name: e.name, kind: e.kind });
  const day = (n: number) => new Date(FIRST_DAY + n * 86_400_000).toISOString().slice(0, 10);
  const TYPES: EventType[] = ['Visit', 'Meeting', 'Talks'];
  const STATUSES: EventStatus[] = ['occurred', 'occurred', 'occurred', 'planned', 'possible', 'cancelled'];

  const out: Extraction[] = [];
  let made = 0;
  while (made < events) {
    const n = Math.min(events - made, 1 + Math.floor(random() * 5));
    const published = Math.floor(random() * DAYS);
    const used = new Map<string, Entity>();
    const evs: ExtractedEvent[] = [];
    for (let k = 0; k < n; k++) {
      const type = pick(TYPES);
      const who: Participant[] = [];
      const add = (e: Entity, role: Role) => {
        if (who.some((p) => p.id === e.id)) return;
        used.set(e.id, e);
        who.push({ ...ref(e), role });
      };
      if (type === 'Visit') {
        add(skewed(people), 'visitor');
        add(skewed(countries), 'host');
      } else {
        const size = 2 + Math.floor(random() * 2);
        for (let j = 0; j < size; j++) add(skewed(people), 'participant');
        if (random() < 0.3) add(skewed(countries), 'participant');
      }
      const place = random() < 0.7 ? skewed(places) : null;
      if (place) {
        used.set(place.id, place);
        used.set(place.country!, byId.get(place.country!)!);
      }
      for (const p of who) {
        const of = byId.get(p.id)?.positions?.[0]?.of;
        if (of) used.set(of, byId.get(of)!);
      }
      // Mostly days near the article's date; some months and years; a few undated.
      const r = random();
      let startDate: string | null = null;
      let endDate: string | null = null;
      let precision: Precision | null = null;
      if (r < 0.75) {
        const d = Math.max(0, published + Math.floor(random() * 60) - 45);
        startDate = day(d);
        endDate = day(d + (random() < 0.2 ? 1 + Math.floor(random() * 3) : 0));
        precision = 'day';
      } else if (r < 0.9) {
        const s = day(published).slice(0, 7);
        startDate = `${s}-01`;
        const [y, m] = s.split('-').map(Number) as [number, number];
        endDate = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
        precision = 'month';
      } else if (r < 0.97) {
        const y = day(published).slice(0, 4);
        startDate = `${y}-01-01`;
        endDate = `${y}-12-31`;
        precision = 'year';
      }
      const text = `${who.map((p) => p.name).join(' and ')} ${type === 'Visit' ? 'visited' : 'met'}${place ? ` in ${place.name}` : ''} (${made + k}).`;
      evs.push({
        id: `e${k}`,
        type,
        status: pick(STATUSES),
        startDate,
        endDate,
        precision,
        participants: who,
        place: place ? ref(place) : null,
        evidence: { start: k * 120, end: k * 120 + text.length, text },
      });
    }
    out.push({
      article: { id: `bench-${out.length}`, title: `Article ${out.length}`, publishedAt: day(published), source: 'bench', url: null },
      timexes: [],
      entities: [...used.values()],
      events: evs,
    });
    made += n;
  }
  return out;
}

const fragmentsOf = (articles: readonly Extraction[]): GraphFragment[] => articles.map((x) => buildFragment(x, `hash-${x.article.id}`));

/** The same events, one article per event (the naive path: one transaction per event). */
function oneEventArticles(articles: readonly Extraction[], limit: number): Extraction[] {
  const out: Extraction[] = [];
  for (const x of articles) {
    for (const [i, ev] of x.events.entries()) {
      if (out.length >= limit) return out;
      out.push({ ...x, article: { ...x.article, id: `${x.article.id}-${i}` }, events: [ev] });
    }
  }
  return out;
}

// ---------------------------------------------------------------- server

async function server(): Promise<{ uri: string; stop(): Promise<void> }> {
  if (process.env.NEO4J_URI) return { uri: process.env.NEO4J_URI, stop: async () => {} };
  log('starting the local Neo4j (scripts/neo4j-local.js)...');
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'neo4j-local.js'), '--stdin'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  const uri = await new Promise<string>((done, fail) => {
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('\n')) done(out.split('\n')[0]!.trim());
    });
    void exited.then((code) => fail(new Error(`the local Neo4j exited (code ${code}) before it was ready; set NEO4J_URI to use another server`)));
  });
  return {
    uri,
    async stop() {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------- the floor

/**
 * What Neo4j itself takes to write a graph here: the exported graph CREATEd into an emptied database with the
 * store's schema, in transactions of `batchSize` rows, nothing read and nothing decided (no merging, no
 * provenance updates, no idempotence). Each statement is the cheapest Cypher form of its write: a node is one
 * CREATE; a relationship is two index seeks and a CREATE. Statements of one transaction are pipelined. No real
 * load path can be faster than this, so it bounds what any batching design reaches on this machine and server.
 * Returns the milliseconds spent in statements and in commits.
 */
async function floor(uri: string, graph: SerializedGraph, batchSize: number): Promise<{ statements: number; commits: number }> {
  const driver = neo4j.driver(uri);
  const label = new Map(graph.nodes.map((n) => [n.key, n.attributes.label as string]));
  let statements = 0;
  let commits = 0;
  async function inBatches<T>(items: T[], group: (item: T) => string, query: (group: string) => string, row: (item: T) => unknown): Promise<void> {
    for (let i = 0; i < items.length; i += batchSize) {
      const byGroup = new Map<string, unknown[]>();
      for (const item of items.slice(i, i + batchSize)) {
        const g = group(item);
        const list = byGroup.get(g);
        if (list) list.push(row(item));
        else byGroup.set(g, [row(item)]);
      }
      const session = driver.session();
      const tx = session.beginTransaction();
      try {
        const t0 = performance.now();
        await Promise.all([...byGroup].map(([g, rows]) => tx.run(query(g), { rows })));
        const t1 = performance.now();
        await tx.commit();
        statements += t1 - t0;
        commits += performance.now() - t1;
      } finally {
        await session.close();
      }
    }
  }
  try {
    await inBatches(
      graph.nodes,
      (n) => n.attributes.label as string,
      (l) => `UNWIND $rows AS row CREATE (n:${l}) SET n = row`,
      ({ key, attributes: { label: _, ...props } }) => toNeo4jProps({ ...props, id: key }),
    );
    await inBatches(
      graph.edges,
      (e) => `${e.attributes.type}|${label.get(e.source)}|${label.get(e.target)}`,
      (g) => {
        const [t, s, o] = g.split('|');
        return `UNWIND $rows AS row MATCH (s:${s} {id: row.s}) MATCH (t:${o} {id: row.t}) CREATE (s)-[r:${t}]->(t) SET r = row.props`;
      },
      ({ key, source, target, attributes: { type: _, ...props } }) => ({ s: source, t: target, props: toNeo4jProps({ ...props, key }) }),
    );
  } finally {
    await driver.close();
  }
  return { statements, commits };
}

// ---------------------------------------------------------------- measuring

interface Measure {
  what: string;
  events: number;
  ms: number;
  note?: string;
}

const rate = (m: Measure) => Math.round((m.events / m.ms) * 1000);
const fmt = (n: number) => n.toLocaleString('en-US');

async function timed(what: string, events: number, work: () => Promise<unknown>, note?: string): Promise<Measure> {
  const t0 = performance.now();
  await work();
  const m: Measure = { what, events, ms: performance.now() - t0, ...(note ? { note } : {}) };
  log(`${what}: ${fmt(events)} events in ${(m.ms / 1000).toFixed(1)} s = ${fmt(rate(m))} events/s`);
  return m;
}

async function fresh(store: Neo4jStore): Promise<void> {
  await store.deleteEverything();
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const loadBefore = loadavg();
  const srv = await server();
  const measures: Measure[] = [];
  let version = 'unknown';
  let counts = '';
  try {
    const store = await openNeo4jStore({ uri: srv.uri, ...(args.batchSize ? { batchSize: args.batchSize } : {}) });
    try {
      version = await store.serverVersion();
      // Warm-up, not measured: a server that has run for a while has compiled these statements and its JIT is warm.
      log('warming up (2,000 events, then emptied)');
      await fresh(store);
      await store.putArticles(fragmentsOf(generateArticles(2000, 7)));
      const warm = await store.exportGraph();
      await fresh(store);
      await store.importGraph(warm);
      for (const f of fragmentsOf(oneEventArticles(generateArticles(200, 8), 200))) await store.putArticle(f);
      for (const size of args.sizes) {
        const articles = generateArticles(size);
        const fragments = fragmentsOf(articles);
        const label = `${fmt(size)}`;

        await fresh(store);
        measures.push(await timed(`${label}: putArticles, batched`, size, () => store.putArticles(fragments)));
        const stats = await store.stats();
        counts += `- ${label} events in ${fmt(articles.length)} articles: ${fmt(stats.events.total)} Event nodes after cross-article merging, ${fmt(
          Object.values(stats.nodes).reduce((a, b) => a + b, 0),
        )} nodes and ${fmt(Object.values(stats.edges).reduce((a, b) => a + b, 0))} relationships in all.\n`;
        measures.push(await timed(`${label}: putArticles again (all unchanged)`, size, () => store.putArticles(fragments)));

        // The graph as `eventline export` gives it (the same as the embedded store's, as the tests check).
        const graph = await store.exportGraph();
        await fresh(store);
        measures.push(await timed(`${label}: importGraph`, size, () => store.importGraph(graph)));

        await fresh(store);
        let split = { statements: 0, commits: 0 };
        const batch = args.batchSize ?? DEFAULT_BATCH_SIZE;
        const m = await timed(`${label}: floor: the same graph CREATEd, nothing read or merged`, size, async () => (split = await floor(srv.uri, graph, batch)));
        m.note = `statements ${(split.statements / 1000).toFixed(1)} s, commits ${(split.commits / 1000).toFixed(1)} s`;
        measures.push(m);
      }
      if (args.naive > 0) {
        const single = fragmentsOf(oneEventArticles(generateArticles(args.naive), args.naive));
        await fresh(store);
        measures.push(
          await timed(`${fmt(single.length)}: one transaction per event (putArticle of one-event articles)`, single.length, async () => {
            for (const f of single) await store.putArticle(f);
          }),
        );
      }
      await fresh(store);
    } finally {
      await store.close();
    }
  } finally {
    await srv.stop();
  }
  const loadAfter = loadavg();

  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  const batchedRates = measures.filter((m) => m.what.endsWith('putArticles, batched')).map(rate);
  const L: string[] = [SECTION, ''];
  L.push(
    `Written by \`npm run bench:neo4j\` (bench/neo4j.ts) on ${new Date().toISOString()}. Generated articles (about 3 events each; ` +
      `participants from ${fmt(PEOPLE)} people and ${COUNTRIES} countries, ${PLACES} places, dates over 25 years), each run into an emptied ` +
      `database after a warm-up load (statements compiled, JIT warm, as on a server that has been running); batch size ${fmt(args.batchSize ?? DEFAULT_BATCH_SIZE)} rows.`,
    '',
    `- Machine: ${cpu}, ${availableParallelism()} cores available; ${(totalmem() / 2 ** 30).toFixed(1)} GB; Node ${process.version}; ${version}` +
      `${process.env.NEO4J_URI ? ' (NEO4J_URI)' : ' (scripts/neo4j-local.js: embedded, 1 GB heap, same machine)'}.`,
    `- Load average (1/5/15 min) before: ${loadBefore.map((x) => x.toFixed(2)).join(' / ')}, after: ${loadAfter.map((x) => x.toFixed(2)).join(' / ')}` +
      ` (a load above ${availableParallelism()} means other processes competed for the CPU; client and server share the cores).`,
    counts.trimEnd(),
    '',
    '| load | events | seconds | events/s | where the time went |',
    '|---|---:|---:|---:|---|',
    ...measures.map((m) => `| ${m.what.replace(/^[\d,]+: /, '')} | ${fmt(m.events)} | ${(m.ms / 1000).toFixed(1)} | ${fmt(rate(m))} | ${m.note ?? ''} |`),
    '',
    'The floor row writes the exported graph with the cheapest Cypher there is (CREATE, two index seeks per relationship, no reads, ' +
      'no merging, no provenance updates, statements pipelined): no load path that goes through Cypher transactions can be faster here.',
    '',
    `Goal: at least 20,000 events/s batched: ${batchedRates.every((r) => r >= 20_000) ? '**met**' : `**not met** (${batchedRates.map(fmt).join(' and ')} events/s)`}. ` +
      `"One transaction per event" runs on the first ${fmt(args.naive)} events only: its per-event cost is a round trip and a commit, ` +
      'and 100k of them would take many minutes.',
    '',
  );
  const section = L.join('\n');
  process.stdout.write(section);
  if (args.write) {
    const old = existsSync(args.out) ? readFileSync(args.out, 'utf8') : '# Benchmarks\n';
    writeFileSync(args.out, replaceSection(old, section));
    log(`wrote the "${SECTION}" section of ${args.out}`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((err) => {
    process.stderr.write(`bench:neo4j: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  });
}
