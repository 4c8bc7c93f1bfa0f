/**
 * `npm run bench`: measures eventline on the Reuters-21578 corpus (../shared/corpora/reuters21578) and its 1k and
 * 5k slices, and writes BENCHMARKS.md. A benchmark, not a test: numbers depend on the machine and its load.
 *
 *   node dist/bench/bench/run.js [--corpus FILE] [--out BENCHMARKS.md] [--repeat N] [--no-naive-full] [--neo4j]
 *
 * Each measurement runs in its own process (bench/extract-only.ts, or the CLI), so JIT warm-up and heap growth do
 * not carry over. Everything runs from one snapshot of the code, compiled with the benchmark into dist/bench/; with --repeat N the fastest of N runs is kept (the least disturbed by other load).
 * --neo4j also ingests into Neo4j (NEO4J_URI, or the test server of test/support/neo4j.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ExtractMeasurement } from './extract-only.js';
import { formatSummary, summarizeProfile } from './profile.js';
import { replaceSection, sectionOf } from './sections.js';
import { MemoryStore } from '../src/store/memory/index.js';

const HERE = dirname(fileURLToPath(import.meta.url)); // dist/bench/bench
const ROOT = resolve(HERE, '..', '..', '..');
/** The CLI as compiled with the benchmark (dist/bench/src): one snapshot of the code for every measurement. */
const BIN = join(HERE, '..', 'src', 'cli', 'index.js');
const EXTRACT_ONLY = join(HERE, 'extract-only.js');
const RSS_HOOK = pathToFileURL(join(HERE, 'rss-hook.js')).href;

interface Args {
  corpus: string;
  out: string;
  repeat: number;
  naiveFull: boolean;
  neo4j: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    corpus: resolve(ROOT, '..', 'shared', 'corpora', 'reuters21578', 'reuters21578.jsonl'),
    out: join(ROOT, 'BENCHMARKS.md'),
    repeat: 1,
    naiveFull: true,
    neo4j: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') args.corpus = resolve(argv[++i]!);
    else if (a === '--out') args.out = resolve(argv[++i]!);
    else if (a === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
    else if (a === '--no-naive-full') args.naiveFull = false;
    else if (a === '--neo4j') args.neo4j = true;
    else throw new Error(`bench: unknown argument ${a}`);
  }
  return args;
}

interface Child {
  code: number | null;
  stdout: string;
  stderr: string;
  wallMs: number;
}

function runChild(cmd: string, args: string[], env: Record<string, string> = {}): Promise<Child> {
  return new Promise((done) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr, wallMs: performance.now() - t0 }));
  });
}

async function best<T extends { ms: number }>(repeat: number, measure: () => Promise<T>): Promise<T> {
  let winner: T | null = null;
  for (let i = 0; i < repeat; i++) {
    const m = await measure();
    if (!winner || m.ms < winner.ms) winner = m;
  }
  return winner!;
}

async function extractOnly(file: string, mode: string, profileDir?: string): Promise<ExtractMeasurement> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const r = await runChild(process.execPath, [...flags, EXTRACT_ONLY, file, mode]);
  if (r.code !== 0) throw new Error(`extract-only ${mode} ${file} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as ExtractMeasurement;
}

interface IngestMeasurement {
  /** The ingest itself, as the CLI reports it (store opened, read, extracted, stored, saved). */
  ms: number;
  /** Process wall time, startup included. */
  wallMs: number;
  maxRssKb: number;
  events: number;
  store: string;
}

async function ingestCli(file: string, workers: number, dir: string, extra: string[] = [], env: Record<string, string> = {}): Promise<IngestMeasurement> {
  const store = extra.includes('neo4j') ? 'neo4j' : join(dir, `graph-${workers}-${Date.now()}.json`);
  const rssFile = join(dir, `rss-${process.pid}-${Date.now()}`);
  const args = ['--import', RSS_HOOK, BIN, 'ingest', file, '--workers', String(workers), '--progress', 'none', ...(store === 'neo4j' ? [] : ['--store', store]), ...extra];
  const r = await runChild(process.execPath, args, { EVENTLINE_BENCH_RSS: rssFile, ...env });
  if (r.code !== 0) throw new Error(`ingest ${file} --workers ${workers} failed:\n${r.stderr}`);
  const m = /in ([\d.]+)s: .*?; (\d+) event\(s\)/.exec(r.stderr);
  if (!m) throw new Error(`cannot read the ingest summary:\n${r.stderr}`);
  const maxRssKb = Number(readFileSync(rssFile, 'utf8'));
  rmSync(rssFile, { force: true });
  return { ms: Number(m[1]) * 1000, wallMs: r.wallMs, maxRssKb, events: Number(m[2]), store };
}

/** Milliseconds of one timeline query in this process: the first (cold: builds the name index) and the median of 20 more. */
async function timelineQuery(storePath: string): Promise<{ actor: string; events: number; coldMs: number; warmMs: number; loadMs: number }> {
  const t0 = performance.now();
  const store = MemoryStore.open(storePath);
  const loadMs = performance.now() - t0;
  const graph = store.serialize();
  const names = new Map(graph.nodes.map((n) => [n.key, n.attributes.name as string | undefined]));
  const count = new Map<string, number>();
  for (const e of graph.edges) if (e.attributes.type === 'PARTICIPATED_IN') count.set(e.source, (count.get(e.source) ?? 0) + 1);
  const [top] = [...count.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const actor = (top && names.get(top[0])) ?? 'Reagan';
  const t1 = performance.now();
  const events = (await store.timeline({ actor })).length;
  const coldMs = performance.now() - t1;
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    await store.timeline({ actor });
    warm.push(performance.now() - t);
  }
  warm.sort((a, b) => a - b);
  return { actor, events, coldMs, warmMs: warm[10]!, loadMs };
}

/** Least squares y = intercept + slope * x, and the largest |residual| / y. */
/** One corpus size's measurements. */
interface Row {
  corpus: { name: string; file: string; bytes: number; articles: number };
  extract: ExtractMeasurement;
  pool2: ExtractMeasurement;
  naive: ExtractMeasurement | null;
  ingest1: IngestMeasurement;
  ingest2: IngestMeasurement;
  neo4j: IngestMeasurement | null;
}

function linearFit(points: Array<[number, number]>): { intercept: number; slope: number; maxRelResidual: number } {
  const n = points.length;
  const mx = points.reduce((a, [x]) => a + x, 0) / n;
  const my = points.reduce((a, [, y]) => a + y, 0) / n;
  const sxx = points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
  const sxy = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0);
  const slope = sxx > 0 ? sxy / sxx : 0;
  const intercept = my - slope * mx;
  const maxRelResidual = Math.max(...points.map(([x, y]) => Math.abs(y - (intercept + slope * x)) / y));
  return { intercept, slope, maxRelResidual };
}

function sliceOf(corpus: string, n: number, dir: string): string {
  const lines = readFileSync(corpus, 'utf8').split('\n').filter(Boolean);
  const path = join(dir, `reuters-${n}.jsonl`);
  writeFileSync(path, lines.slice(0, n).join('\n') + '\n');
  return path;
}

const f0 = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: 0 });
const f1 = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const f2 = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const mb = (bytes: number) => bytes / 1024 / 1024;

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(args.corpus)) {
    process.stderr.write(`bench: corpus not found: ${args.corpus} (pass --corpus FILE)\n`);
    process.exitCode = 2;
    return;
  }
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  const dir = mkdtempSync(join(tmpdir(), 'eventline-bench-'));
  const loadBefore = loadavg();
  const started = new Date();
  try {
    const total = readFileSync(args.corpus, 'utf8').split('\n').filter(Boolean).length;
    const corpora = [
      { name: '1k', file: sliceOf(args.corpus, 1000, dir) },
      { name: '5k', file: sliceOf(args.corpus, 5000, dir) },
      { name: `full (${f0(total)})`, file: args.corpus },
    ].map((c) => ({ ...c, bytes: statSync(c.file).size, articles: 0 }));

    const rows: Row[] = [];
    let neo4jUri: string | null = null;
    let stopNeo4j: (() => Promise<void>) | null = null;
    let neo4jNote = '';
    if (args.neo4j) {
      log('starting Neo4j');
      const { startNeo4j } = (await import(pathToFileURL(join(HERE, '..', 'test', 'support', 'neo4j.js')).href)) as typeof import('../test/support/neo4j.js');
      const server = await startNeo4j();
      if (server) {
        neo4jUri = server.uri;
        stopNeo4j = () => server.stop();
      } else neo4jNote = 'java or mvn missing: Neo4j not measured';
    }
    try {
      for (const corpus of corpora) {
        log(`${corpus.name}: extract only (this thread)`);
        const extract = await best(args.repeat, () => extractOnly(corpus.file, 'pipeline'));
        corpus.articles = extract.articles;
        log(`${corpus.name}: extract only (2-worker pool)`);
        const pool2 = await best(args.repeat, () => extractOnly(corpus.file, 'pool2'));
        const isFull = corpus.file === args.corpus;
        let naive: ExtractMeasurement | null = null;
        if (!isFull || args.naiveFull) {
          log(`${corpus.name}: naive pipeline (chrono-node + compromise)`);
          naive = await extractOnly(corpus.file, 'naive');
        }
        log(`${corpus.name}: ingest --workers 1`);
        const ingest1 = await best(args.repeat, () => ingestCli(corpus.file, 1, dir));
        log(`${corpus.name}: ingest --workers 2`);
        const ingest2 = await best(args.repeat, () => ingestCli(corpus.file, 2, dir));
        let neo4j: IngestMeasurement | null = null;
        if (neo4jUri) {
          log(`${corpus.name}: ingest into Neo4j --workers 2`);
          await clearNeo4j(neo4jUri);
          neo4j = await ingestCli(corpus.file, 2, dir, ['--store', 'neo4j'], { NEO4J_URI: neo4jUri });
        }
        rows.push({ corpus, extract, pool2, naive, ingest1, ingest2, neo4j });
      }
    } finally {
      await stopNeo4j?.();
    }

    const full = rows.at(-1)!;
    log('timeline query over the full graph');
    const timeline = await timelineQuery(full.ingest2.store);
    log('profiling extraction (5k slice, this thread)');
    const profDir = join(dir, 'prof');
    await extractOnly(rows[1]!.corpus.file, 'pipeline', profDir);
    const { readdirSync } = await import('node:fs');
    const profFile = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'))!;
    const profile = summarizeProfile(JSON.parse(readFileSync(join(profDir, profFile), 'utf8')), 20);

    const md = report({ args, rows, timeline, profile: formatSummary(profile), loadBefore, loadAfter: loadavg(), started, neo4jNote });
    // The "Neo4j loading" section belongs to bench/neo4j.ts (`npm run bench:neo4j`): keep it.
    const loading = existsSync(args.out) ? sectionOf(readFileSync(args.out, 'utf8'), '## Neo4j loading') : null;
    writeFileSync(args.out, loading ? replaceSection(md, loading) : md);
    log(`wrote ${args.out}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  async function clearNeo4j(uri: string): Promise<void> {
    const { openNeo4jStore, neo4jConfigFromEnv } = await import('../src/store/neo4j/index.js');
    const store = await openNeo4jStore(neo4jConfigFromEnv({ uri }));
    try {
      await store.deleteEverything();
    } finally {
      await store.close();
    }
  }

  function report(r: {
    args: Args;
    rows: Row[];
    timeline: { actor: string; events: number; coldMs: number; warmMs: number; loadMs: number };
    profile: string;
    loadBefore: number[];
    loadAfter: number[];
    started: Date;
    neo4jNote: string;
  }): string {
    const cpu = cpus()[0]?.model ?? 'unknown';
    const rate = (n: number, ms: number) => (n / ms) * 1000;
    const mbs = (bytes: number, ms: number) => mb(bytes) / (ms / 1000);
    const L: string[] = [];
    const full = r.rows.at(-1)!;
    const n = full.corpus.articles;
    const target = (ok: boolean) => (ok ? '**met**' : '**missed**');
    L.push('# Benchmarks', '');
    L.push(`Written by \`npm run bench\` (bench/run.ts) on ${r.started.toISOString()}. Re-run it to refresh; numbers depend on the machine and on what else runs on it.`, '');
    L.push('## Machine', '');
    L.push(`- CPU: ${cpu}, ${availableParallelism()} cores available (${cpus().length} logical)`);
    L.push(`- Memory: ${f1(totalmem() / 1024 ** 3)} GB; Node ${process.version}; ${process.platform} ${process.arch}`);
    L.push(`- Load average (1/5/15 min) before: ${r.loadBefore.map(f2).join(' / ')}, after: ${r.loadAfter.map(f2).join(' / ')}. ` +
      'A load above the core count means other processes competed for the CPU during the run: parallel numbers suffer first.');
    L.push(`- Corpus: ${r.args.corpus} (${f0(n)} articles, ${f1(mb(full.corpus.bytes))} MB) and its first 1,000 and 5,000 articles.`);
    L.push(`- Each figure is from a separate process${r.args.repeat > 1 ? `, fastest of ${r.args.repeat} runs` : ''}.`, '');

    L.push('## Targets', '');
    L.push('| target | measured | |', '|---|---|---|');
    const fullRate2 = rate(n, full.ingest2.ms);
    L.push(`| whole file into the embedded store, \`--workers 2\`, >= 1,500 articles/s | ${f0(fullRate2)} articles/s (${f0(rate(n, full.ingest2.wallMs))}/s with process startup) | ${target(fullRate2 >= 1500)} |`);
    L.push(`| peak RSS <= 1.5 GB | ${f0(full.ingest2.maxRssKb / 1024)} MB (\`--workers 2\`), ${f0(full.ingest1.maxRssKb / 1024)} MB (\`--workers 1\`) | ${target(full.ingest2.maxRssKb <= 1.5 * 1024 * 1024)} |`);
    const naiveRow = [...r.rows].reverse().find((row) => row.naive)!;
    const ratio = naiveRow.naive!.ms / naiveRow.extract.ms;
    L.push(`| extraction no slower than the naive pipeline (chrono-node + compromise) | eventline ${f1(ratio)}x faster on ${naiveRow.corpus.name} (${f0(rate(naiveRow.extract.articles, naiveRow.extract.ms))} vs ${f0(rate(naiveRow.naive!.articles, naiveRow.naive!.ms))} articles/s, one thread each) | ${target(ratio >= 1)} |`);
    L.push(`| one-actor timeline over the full graph < 50 ms in process | ${f2(r.timeline.coldMs)} ms first query, ${f2(r.timeline.warmMs)} ms after (actor "${r.timeline.actor}", ${r.timeline.events} events) | ${target(r.timeline.coldMs < 50)} |`, '');

    L.push('## Throughput', '');
    L.push('Extract only: read + pipeline, no store. Ingest: the CLI (`eventline ingest FILE --store ... --progress none`), timed by its own summary (store open to last save, checkpoints every 1,000 articles); "with startup" is the process wall time.', '');
    L.push('| corpus | articles | MB | extract, 1 thread | extract, 2-worker pool | naive (chrono + compromise) | ingest `--workers 1` | ingest `--workers 2` | `--workers 2` with startup | Neo4j `--workers 2` |');
    L.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of r.rows) {
      const { corpus: c } = row;
      const cell = (ms: number) => `${f0(rate(c.articles, ms))}/s, ${f2(mbs(c.bytes, ms))} MB/s`;
      L.push(
        `| ${c.name} | ${f0(c.articles)} | ${f1(mb(c.bytes))} | ${cell(row.extract.ms)} | ${cell(row.pool2.ms)} | ${row.naive ? cell(row.naive.ms) : 'not run'} | ${cell(row.ingest1.ms)} | ${cell(row.ingest2.ms)} | ${cell(row.ingest2.wallMs)} | ${row.neo4j ? cell(row.neo4j.ms) : '—'} |`,
      );
    }
    L.push('');
    L.push('## Memory', '');
    L.push('Peak RSS of the whole process (worker threads included), from `process.resourceUsage().maxRSS` at exit.', '');
    L.push('| corpus | extract, 1 thread | ingest `--workers 1` | ingest `--workers 2` |', '|---|---:|---:|---:|');
    for (const row of r.rows) L.push(`| ${row.corpus.name} | ${f0(row.extract.maxRssKb / 1024)} MB | ${f0(row.ingest1.maxRssKb / 1024)} MB | ${f0(row.ingest2.maxRssKb / 1024)} MB |`);
    L.push('');

    L.push('## Cost against corpus size', '');
    L.push('Microseconds per article; near-linear means the per-article cost stays flat as the corpus grows (the 1k slice also pays JIT warm-up and, for the pool, worker start-up).', '');
    L.push('| corpus | extract, 1 thread | ingest `--workers 1` | ingest `--workers 2` | events found |', '|---|---:|---:|---:|---:|');
    for (const row of r.rows) {
      const per = (ms: number) => f0((ms * 1000) / row.corpus.articles);
      L.push(`| ${row.corpus.name} | ${per(row.extract.ms)} µs | ${per(row.ingest1.ms)} µs | ${per(row.ingest2.ms)} µs | ${f0(row.ingest2.events)} |`);
    }
    const first = r.rows[0]!;
    const growth = (pick: (row: (typeof r.rows)[number]) => number) => (pick(full) / full.corpus.articles) / (pick(first) / first.corpus.articles);
    const mid = r.rows[1]!;
    const growthFromMid = (pick: (row: (typeof r.rows)[number]) => number) => (pick(full) / full.corpus.articles) / (pick(mid) / mid.corpus.articles);
    L.push('', `Per-article cost on the full file relative to the 1k slice: extract ${f2(growth((x) => x.extract.ms))}x, ingest \`--workers 1\` ${f2(growth((x) => x.ingest1.ms))}x, \`--workers 2\` ${f2(growth((x) => x.ingest2.ms))}x; relative to the 5k slice: ${f2(growthFromMid((x) => x.extract.ms))}x, ${f2(growthFromMid((x) => x.ingest1.ms))}x, ${f2(growthFromMid((x) => x.ingest2.ms))}x (1.00x is perfectly linear; below 1 fixed start-up costs are being amortised; well above 1 would mean a cost that grows with the graph).`, '');
    L.push('Least-squares line time = fixed + per-article × articles over the three sizes:', '');
    L.push('| measurement | fixed | per article | largest deviation from the line |', '|---|---:|---:|---:|');
    for (const [label, pick] of [
      ['extract, 1 thread', (x: (typeof r.rows)[number]) => x.extract.ms],
      ['ingest `--workers 1`', (x: (typeof r.rows)[number]) => x.ingest1.ms],
      ['ingest `--workers 2`', (x: (typeof r.rows)[number]) => x.ingest2.ms],
    ] as const) {
      const fit = linearFit(r.rows.map((row) => [row.corpus.articles, pick(row)]));
      L.push(`| ${label} | ${f0(fit.intercept)} ms | ${f0(fit.slope * 1000)} µs | ${f1(fit.maxRelResidual * 100)}% |`);
    }
    L.push('');

    L.push('## Time per pipeline stage', '');
    L.push('From `runPipeline(..., timings)` in the extract-only run (one thread).', '');
    const stages = Object.keys(full.extract.timings);
    L.push(`| corpus | ${stages.join(' | ')} | total | time normalisation share |`, `|---|${stages.map(() => '---:').join('|')}|---:|---:|`);
    for (const row of r.rows) {
      const t = row.extract.timings;
      const sum = Object.values(t).reduce((a, b) => a + b, 0);
      L.push(`| ${row.corpus.name} | ${stages.map((s) => `${f0(t[s] ?? 0)} ms (${f0((100 * (t[s] ?? 0)) / sum)}%)`).join(' | ')} | ${f0(sum)} ms | ${f1((100 * (t.time ?? 0)) / sum)}% |`);
    }
    L.push('');

    L.push('## Neo4j', '');
    if (r.rows.some((row) => row.neo4j)) {
      L.push('Measured above (column "Neo4j"): `eventline ingest FILE --store neo4j --workers 2` against the server of test/support/neo4j.ts (or NEO4J_URI; on this machine, a local Neo4j 5 with a 1 GB heap), emptied before each corpus. Writes go in batches of up to 500 articles, one transaction each (`putArticles`); each committed batch is a checkpoint.', '');
      L.push('| corpus | articles/s | MB/s | peak RSS of the eventline process |', '|---|---:|---:|---:|');
      for (const row of r.rows) {
        if (!row.neo4j) continue;
        L.push(`| ${row.corpus.name} | ${f0(rate(row.corpus.articles, row.neo4j.ms))} | ${f2(mbs(row.corpus.bytes, row.neo4j.ms))} | ${f0(row.neo4j.maxRssKb / 1024)} MB |`);
      }
      L.push('');
    } else {
      L.push('Not measured in this run' + (r.neo4jNote ? ` (${r.neo4jNote})` : '') + '. `npm run bench -- --neo4j` (starts the test server of test/support/neo4j.ts, or uses NEO4J_URI) fills the "Neo4j" column: `eventline ingest FILE --store neo4j --workers 2` on each corpus, the database emptied before each.', '');
    }

    L.push('## Profile of extraction (5k slice, one thread)', '');
    L.push('`node --cpu-prof` of the extract-only run, summarised by bench/profile.ts (self time; RegExp rows are regular expressions run natively, named by their source).', '');
    L.push(r.profile.replace(/`RegExp: ([^`]{60})[^`]*`/g, '`RegExp: $1…`'), '');
    return L.join('\n') + '\n';
  }
}

await main();
