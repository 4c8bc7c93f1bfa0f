/**
 * The ingest loop with a scripted extractor (no pipeline): results applied in input order whatever order
 * they arrive in, checkpoints and `saved`, interruption, failures, articles repeated while in flight.
 */
import { describe, expect, it } from 'vitest';
import { buildFragment } from '../../src/graph/build.js';
import { ingest, type IngestProgress } from '../../src/ingest.js';
import type { ExtractJob, ExtractOutcome } from '../../src/ingest/job.js';
import type { Extractor } from '../../src/ingest/pool.js';
import { InputError } from '../../src/model/errors.js';
import type { Article } from '../../src/model/types.js';
import type { ReadItem } from '../../src/read/index.js';
import { entityId } from '../../src/model/ids.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import { makeExtraction } from '../store-conformance.js';

const KIM = { id: entityId('Person', 'Kim Jong-il'), name: 'Kim Jong-il', kind: 'Person' as const };
const PUTIN = { id: entityId('Person', 'Vladimir Putin'), name: 'Vladimir Putin', kind: 'Person' as const };

const article = (id: string, text = `text of ${id}`): Article => ({ id, title: `Title ${id}`, text, publishedAt: '2011-06-27', source: 'test', url: null });

async function* items(list: Array<Article | InputError>): AsyncGenerator<ReadItem> {
  for (const a of list) yield a instanceof InputError ? { ok: false, error: a } : { ok: true, article: a, warnings: [] };
}

/** Every article holds one meeting of Kim and Putin on a day taken from its text, so merges depend on order. */
function outcomeFor(job: ExtractJob): ExtractOutcome {
  if (job.article.text.includes('BOOM')) return { ok: false, message: 'stage exploded' };
  const day = `2011-07-${String(1 + (job.article.text.length % 5)).padStart(2, '0')}`;
  const x = makeExtraction(job.article.id, job.article.publishedAt, [
    { type: 'Meeting', start: day, who: [[KIM, 'participant'], [PUTIN, 'participant']], text: job.article.text },
  ]);
  return { ok: true, fragment: buildFragment(x, job.hash), events: 1 };
}

/** Answers after a pseudo-random delay, so results arrive out of order. */
function shuffledExtractor(seed = 7): Extractor & { jobs: string[] } {
  let s = seed;
  const jobs: string[] = [];
  return {
    threads: 4,
    jobs,
    extract(job) {
      jobs.push(job.article.id);
      s = (s * 1103515245 + 12345) % 2 ** 31;
      const delay = s % 5;
      return new Promise((resolve) => setTimeout(() => resolve(outcomeFor(job)), delay));
    },
    close: async () => ({}),
  };
}

const inOrder: Extractor = { threads: 0, extract: async (job) => outcomeFor(job), close: async () => ({}) };

const corpus = Array.from({ length: 60 }, (_, i) => article(`a${i}`, `Kim met Putin ${'x'.repeat(i % 7)}.`));

describe('ingest', () => {
  it('applies results in input order: the graph equals a one-at-a-time run', async () => {
    const one = MemoryStore.open(null);
    const order1: string[] = [];
    await ingest(items(corpus), one, { extractor: inOrder, window: 1, onArticle: (a) => order1.push(a.articleId) });
    const many = MemoryStore.open(null);
    const order2: string[] = [];
    await ingest(items(corpus), many, { extractor: shuffledExtractor(), window: 16, onArticle: (a) => order2.push(a.articleId) });
    expect(order2).toEqual(order1);
    expect(JSON.stringify(await many.exportGraph())).toBe(JSON.stringify(await one.exportGraph()));
  });

  it('skips stored articles by id and content hash, and re-extracts a changed one', async () => {
    const store = MemoryStore.open(null);
    await ingest(items(corpus.slice(0, 10)), store, { extractor: inOrder });
    const extractor = shuffledExtractor();
    const changed = article('a3', 'Kim met Putin again, longer.');
    const summary = await ingest(items([...corpus.slice(0, 10), changed]), store, { extractor });
    expect(summary).toMatchObject({ read: 11, unchanged: 10, replaced: 1, added: 0 });
    expect(extractor.jobs).toEqual(['a3']);
  });

  it('an article repeated while the first copy is in flight gives the sequential result', async () => {
    const a1 = article('dup', 'Kim met Putin.');
    const a2 = article('dup', 'Kim met Putin, said officials.');
    const seq = MemoryStore.open(null);
    await ingest(items([a1]), seq, { extractor: inOrder });
    const outcomes1: string[] = [];
    await ingest(items([a2, a1]), seq, { extractor: inOrder, window: 1, onArticle: (a) => outcomes1.push(a.outcome) });
    const par = MemoryStore.open(null);
    await ingest(items([a1]), par, { extractor: inOrder });
    const outcomes2: string[] = [];
    await ingest(items([a2, a1]), par, { extractor: shuffledExtractor(), window: 8, onArticle: (a) => outcomes2.push(a.outcome) });
    expect(outcomes2).toEqual(outcomes1);
    expect(outcomes1).toEqual(['replaced', 'replaced']);
    expect(await par.exportGraph()).toEqual(await seq.exportGraph());
  });

  it('reports a failed extraction and read errors, and goes on', async () => {
    const errors: InputError[] = [];
    const list = [corpus[0]!, new InputError('feed.jsonl', 'malformed JSON', 2), article('bad', 'BOOM'), corpus[1]!];
    const summary = await ingest(items(list), MemoryStore.open(null), { extractor: shuffledExtractor(), onError: (e) => errors.push(e) });
    expect(summary).toMatchObject({ read: 3, added: 2, failed: 2 });
    expect(errors.map((e) => e.constructor)).toEqual([InputError, InputError]);
    expect(errors[1]!.message).toContain('extraction failed for article "bad"');
  });

  it('`saved` only counts articles in a flushed store', async () => {
    const flushed: number[] = [];
    const store = MemoryStore.open(null);
    let applied = 0;
    const original = store.flush.bind(store);
    store.flush = async () => {
      flushed.push(applied);
      await original();
    };
    const seen: IngestProgress[] = [];
    const summary = await ingest(items(corpus.slice(0, 25)), store, {
      extractor: shuffledExtractor(),
      checkpointEvery: 10,
      onArticle: () => applied++,
      onProgress: (p) => seen.push(p),
    });
    expect(flushed).toEqual([10, 20, 25]);
    for (const p of seen) expect(flushed.some((f) => f >= p.saved) && (p.saved === 0 || flushed.includes(p.saved))).toBe(true);
    expect(summary.saved).toBe(25);
  });

  it('a slow save puts the next checkpoint off (checkpointShare), the last save still comes', async () => {
    const store = MemoryStore.open(null);
    let applied = 0;
    const flushed: number[] = [];
    store.flush = async () => {
      flushed.push(applied);
      await new Promise((resolve) => setTimeout(resolve, 300)); // a save of a big graph
    };
    const summary = await ingest(items(corpus.slice(0, 20)), store, { extractor: inOrder, checkpointEvery: 1, checkpointShare: 0.5, onArticle: () => applied++ });
    expect(flushed).toEqual([1, 20]);
    expect(summary.saved).toBe(20);
  });

  it('an abort stops reading, finishes what is in flight and saves it', async () => {
    const controller = new AbortController();
    const store = MemoryStore.open(null);
    let flushes = 0;
    const original = store.flush.bind(store);
    store.flush = async () => {
      flushes++;
      await original();
    };
    const summary = await ingest(items(corpus), store, {
      extractor: shuffledExtractor(),
      window: 8,
      signal: controller.signal,
      onArticle: (a) => a.articleId === 'a5' && controller.abort(),
    });
    expect(summary.interrupted).toBe(true);
    expect(summary.read).toBeLessThan(corpus.length);
    expect(summary.saved).toBe(summary.added);
    expect(summary.saved).toBeGreaterThanOrEqual(6);
    expect(flushes).toBe(1);
    expect((await store.stats()).articles).toBe(summary.saved);
  });
});
