/**
 * Ingest: articles in, graph fragments into a store. Library code: the CLI command is a thin wrapper.
 * One bad document never stops a batch: it is reported and the rest goes on.
 *
 * The input is streamed: the main thread reads one article at a time, hashes it, skips it when the store
 * already holds it (same id, same content hash), and otherwise hands it to an extractor (this thread, or a
 * pool of worker threads, see ingest/pool.ts). At most `window` articles are in flight. Results are applied
 * to the store strictly in input order, so the graph does not depend on the number of workers.
 *
 * Writes: one putArticle per article; a store that offers `putArticles` (Neo4j) gets batches of up to 500
 * articles, one transaction each. Durability: the store is flushed every `checkpointEvery` stored articles
 * (spaced out when saving gets slow, see `checkpointShare`), after every batch, and at the end. `saved` counts
 * the articles (in input order) that the last flush made durable: only those may be reported as stored.
 * When `signal` aborts (SIGINT/SIGTERM in the CLI), reading stops, the articles in flight are finished and
 * flushed, and the summary says `interrupted: true`.
 */
import type { StageTiming } from './extract/pipeline.js';
import { articleHash } from './graph/build.js';
import { inProcessExtractor, workerPool, type Extractor } from './ingest/pool.js';
import type { GraphFragment } from './graph/model.js';
import type { ExtractOutcome } from './ingest/job.js';
import { InputError } from './model/errors.js';
import type { Article } from './model/types.js';
import type { ReadItem } from './read/index.js';
import type { ArticleState, PutResult, Store } from './store/store.js';

export interface IngestOptions {
  /** Flush the store every N stored (added or replaced) articles (the memory store writes its file then). Default 1000. */
  checkpointEvery?: number;
  /**
   * The largest share of the run spent saving checkpoints (default 0.1). A save rewrites the whole embedded store,
   * so it grows with the graph: a checkpoint is put off until the time since the last save is at least
   * (1 / share - 1) times what that save took. Keeps saving linear overall; 1 disables the rule.
   */
  checkpointShare?: number;
  /** Extraction threads: 1 (default) runs the pipeline in this thread; N > 1 starts N worker threads. */
  workers?: number;
  /** Articles dispatched ahead of the one being stored (default 256 per worker thread, and at most 8 M characters of text). */
  window?: number;
  /** Aborting stops reading; what is in flight is finished and flushed (summary.interrupted). */
  signal?: AbortSignal;
  /** An extractor to use instead of the one `workers` picks (tests, benchmarks). Not closed by ingest. */
  extractor?: Extractor;
  onArticle?: (info: { articleId: string; outcome: 'added' | 'replaced' | 'unchanged'; events: number }) => void;
  /** After every article applied and after every checkpoint. */
  onProgress?: (progress: IngestProgress) => void;
  /** After every flush of the store: everything up to `progress.saved` is durable. */
  onCheckpoint?: (progress: IngestProgress) => void;
  onError?: (error: InputError) => void;
  onWarning?: (message: string) => void;
  /** Per-stage extraction milliseconds, summed over threads (filled in when ingest returns for worker threads). */
  timings?: StageTiming;
}

export interface IngestProgress {
  /** Articles read and applied to the store (added, replaced or unchanged), in input order. */
  articles: number;
  /** Of those, the ones durable in the store: the first `saved` of them, in input order. */
  saved: number;
  events: number;
  failed: number;
}

export interface IngestSummary {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  events: number;
  /** Articles durable in the store when ingest returned (all applied ones, unless flushing failed). */
  saved: number;
  /** The signal aborted the run before the input ended. */
  interrupted: boolean;
  withoutDate: string[];
  errors: InputError[];
  /** Main-thread milliseconds: waiting for extraction results, applying them to the store, flushing. */
  phases: { waitMs: number; putMs: number; flushMs: number };
}

/**
 * Articles in flight per extraction thread. Enough for the workers to keep busy while the main thread saves a
 * checkpoint (a save of the full Reuters graph takes ~150 ms, in which two workers extract ~500 articles).
 */
const WINDOW_PER_THREAD = 256;
/** And at most this much article text (UTF-16 code units) in flight, so that long articles do not fill the heap. */
const WINDOW_TEXT = 8 * 1024 * 1024;

interface InFlight {
  article: Article;
  /** The store's answer (`unchanged`) or the extraction, settled in any order; applied in input order. */
  outcome: Promise<ExtractOutcome | 'unchanged'>;
}

/** Applied, not yet written: a fragment to put, or null for an article the store already holds. */
interface Staged {
  article: Article;
  fragment: GraphFragment | null;
  events: number;
}

/** Stores that write many articles per transaction (Neo4j): same results as putArticle one by one, in order. */
interface BatchWriter {
  putArticles(fragments: readonly GraphFragment[]): Promise<PutResult[]>;
}

/** Articles per write batch for a BatchWriter store (each committed batch is durable). */
const BATCH_ARTICLES = 500;

function batchWriterOf(store: Store): BatchWriter | null {
  const candidate = store as Store & Partial<BatchWriter>;
  return typeof candidate.putArticles === 'function' ? (candidate as BatchWriter) : null;
}

export async function ingest(items: AsyncIterable<ReadItem>, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = {
    read: 0,
    added: 0,
    replaced: 0,
    unchanged: 0,
    failed: 0,
    events: 0,
    saved: 0,
    interrupted: false,
    withoutDate: [],
    errors: [],
    phases: { waitMs: 0, putMs: 0, flushMs: 0 },
  };
  const every = options.checkpointEvery ?? 1000;
  const workers = Math.max(1, options.workers ?? 1);
  const extractor = options.extractor ?? (workers > 1 ? workerPool(workers, { timings: !!options.timings }) : inProcessExtractor(options.timings));
  const window = Math.max(1, options.window ?? WINDOW_PER_THREAD * Math.max(1, extractor.threads));
  const batchWriter = batchWriterOf(store);
  const batchArticles = batchWriter ? Math.min(every, BATCH_ARTICLES) : 1;
  const queue: InFlight[] = [];
  let staged: Staged[] = [];
  /** Article ids dispatched but not yet written: for those the store's answer is not final yet. */
  const pendingIds = new Map<string, number>();
  let applied = 0;
  let unsaved = 0;
  let textInFlight = 0;
  const share = Math.min(1, Math.max(0.001, options.checkpointShare ?? 0.1));
  let lastSaveMs = 0;
  let lastSaveEnd = performance.now();

  const progress = (): IngestProgress => ({ articles: applied, saved: summary.saved, events: summary.events, failed: summary.failed });
  const fail = (error: InputError) => {
    summary.failed++;
    summary.errors.push(error);
    options.onError?.(error);
  };
  const release = (article: Article) => {
    const left = pendingIds.get(article.id)! - 1;
    if (left === 0) pendingIds.delete(article.id);
    else pendingIds.set(article.id, left);
  };
  const flush = async () => {
    const t0 = performance.now();
    await store.flush();
    lastSaveEnd = performance.now();
    lastSaveMs = lastSaveEnd - t0;
    summary.phases.flushMs += lastSaveMs;
    unsaved = 0;
    summary.saved = applied;
    options.onCheckpoint?.(progress());
    options.onProgress?.(progress());
  };

  /** Writes what is staged (one putArticle, or one putArticles batch), then counts it, in input order. */
  const commit = async () => {
    if (staged.length === 0) return;
    const batch = staged;
    staged = [];
    const fragments = batch.flatMap((s) => (s.fragment ? [s.fragment] : []));
    const t0 = performance.now();
    let results: PutResult[] = [];
    if (fragments.length > 0) results = batchWriter ? await batchWriter.putArticles(fragments) : [await store.putArticle(fragments[0]!)];
    summary.phases.putMs += performance.now() - t0;
    let k = 0;
    for (const s of batch) {
      release(s.article);
      const outcome = s.fragment ? results[k++]!.outcome : 'unchanged';
      const events = outcome === 'unchanged' ? 0 : s.events;
      summary[outcome]++;
      summary.events += events;
      applied++;
      if (outcome !== 'unchanged') unsaved++;
      if (unsaved === 0) summary.saved = applied; // nothing pending: everything applied is in the store already
      options.onArticle?.({ articleId: s.article.id, outcome, events });
    }
    const due = batchWriter ? unsaved > 0 : unsaved >= every && performance.now() - lastSaveEnd >= lastSaveMs * (1 / share - 1);
    if (due) await flush();
    else options.onProgress?.(progress());
  };

  const applyHead = async () => {
    const { article, outcome } = queue.shift()!;
    textInFlight -= article.text.length;
    const t0 = performance.now();
    const result = await outcome;
    summary.phases.waitMs += performance.now() - t0;
    if (result !== 'unchanged' && !result.ok) {
      release(article);
      fail(new InputError(article.origin ?? article.id, `extraction failed for article "${article.id}": ${result.message}`));
      return;
    }
    staged.push(result === 'unchanged' ? { article, fragment: null, events: 0 } : { article, fragment: result.fragment, events: result.events });
    if (staged.length >= batchArticles) await commit();
  };

  const iterator = items[Symbol.asyncIterator]();
  let inputEnded = false;
  try {
    for (;;) {
      if (options.signal?.aborted) break;
      const next = options.signal ? await nextOrAbort(iterator, options.signal) : await iterator.next();
      if (next === ABORTED) break;
      if (next.done) {
        inputEnded = true;
        break;
      }
      const item = next.value;
      if (!item.ok) {
        fail(item.error);
        continue;
      }
      summary.read++;
      for (const w of item.warnings) options.onWarning?.(w);
      const { article } = item;
      if (!article.publishedAt) summary.withoutDate.push(article.id);
      const hash = articleHash(article);
      // The store's answer holds unless an article with this id is still on its way to the store. Asked
      // without waiting: a remote store answers while earlier articles are extracted.
      const pending = pendingIds.get(article.id) ?? 0;
      pendingIds.set(article.id, pending + 1);
      const state: Promise<ArticleState> = pending === 0 ? store.articleState(article.id, hash) : Promise.resolve('absent');
      const outcome = state.then((st): Promise<ExtractOutcome | 'unchanged'> | 'unchanged' => (st === 'same' ? 'unchanged' : extractor.extract({ article, hash })));
      outcome.catch(() => undefined); // a dead worker rejects every job at once; each is rethrown when applied
      queue.push({ article, outcome });
      textInFlight += article.text.length;
      while (queue.length >= window || textInFlight >= WINDOW_TEXT) await applyHead();
    }
    if (!inputEnded) summary.interrupted = true;
    while (queue.length > 0) await applyHead();
    await commit();
  } finally {
    // Stopped early (signal, error): close the input. It may be waiting on a read: do not wait for it.
    if (!inputEnded) void iterator.return?.(undefined)?.catch(() => undefined);
    // What was applied is consistent (each put is whole): make it durable even when failing.
    try {
      if (queue.length > 0) await Promise.allSettled(queue.map((q) => q.outcome));
      await commit();
      await flush();
    } finally {
      const stageTimes = options.extractor ? {} : await extractor.close();
      if (options.timings && extractor.threads > 0) {
        for (const [k, v] of Object.entries(stageTimes)) options.timings[k] = (options.timings[k] ?? 0) + v;
      }
    }
  }
  return summary;
}

const ABORTED = Symbol('aborted');

/**
 * The next item, or ABORTED as soon as the signal fires. A fresh promise per call: racing against one
 * long-lived abort promise would keep every item ever read reachable from it until the end.
 */
function nextOrAbort<T>(iterator: AsyncIterator<T>, signal: AbortSignal): Promise<IteratorResult<T> | typeof ABORTED> {
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve(ABORTED);
    signal.addEventListener('abort', onAbort, { once: true });
    iterator.next().then(
      (r) => {
        signal.removeEventListener('abort', onAbort);
        resolve(r);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
