/**
 * Extractors: where articles become graph fragments. `inProcessExtractor` runs the pipeline in this thread
 * (`--workers 1`); `workerPool` runs it in N worker threads (dist/extract/worker.js). Both answer each job
 * with a promise; the caller decides the order in which results are applied (ingest.ts: input order).
 *
 * The pool batches jobs per message (up to `batchSize`, or whatever was submitted before the event loop
 * turns) and sends each batch to the worker with the fewest outstanding jobs.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { StageTiming } from '../extract/pipeline.js';
import type { ExtractJob, ExtractOutcome, FromWorker, ToWorker } from './job.js';

export interface Extractor {
  /** Worker threads in use (0: this thread). */
  readonly threads: number;
  extract(job: ExtractJob): Promise<ExtractOutcome>;
  /** Stops the workers; resolves to the stage timings summed over them (empty unless asked for). */
  close(): Promise<StageTiming>;
}

export interface PoolOptions {
  /** Collect per-stage timings in the workers (returned by close()). */
  timings?: boolean;
  /** Jobs per message (default 8). */
  batchSize?: number;
  /** The worker script (default: dist/extract/worker.js, found from this file). */
  script?: URL;
}

/** The pipeline in this thread. Its modules are loaded on first use, so a process that only feeds workers never loads them. */
export function inProcessExtractor(timings?: StageTiming): Extractor {
  let job: Promise<typeof import('./job.js')> | null = null;
  return {
    threads: 0,
    extract: async (j) => (await (job ??= import('./job.js'))).runJob(j, timings),
    close: async () => timings ?? {},
  };
}

/** The worker entry: beside this file once built; from src/ (tests under vitest), the built one in dist/. */
export function defaultWorkerScript(): URL {
  const built = new URL('../extract/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  const fromSource = new URL('../../dist/extract/worker.js', import.meta.url);
  if (existsSync(fileURLToPath(fromSource))) return fromSource;
  throw new Error(`extraction worker not found (${fileURLToPath(built)}); run \`npm run build\` first`);
}

interface Pending {
  resolve: (outcomes: ExtractOutcome[]) => void;
  reject: (err: Error) => void;
  size: number;
}

interface Slot {
  worker: Worker;
  outstanding: number;
  batches: Map<number, Pending>;
  ready: Promise<void>;
  timingsReply: ((t: StageTiming) => void) | null;
  dead: Error | null;
}

export function workerPool(size: number, options: PoolOptions = {}): Extractor {
  const script = options.script ?? defaultWorkerScript();
  const batchSize = options.batchSize ?? 8;
  let seq = 0;
  let queued: Array<{ job: ExtractJob; resolve: (o: ExtractOutcome) => void; reject: (e: Error) => void }> = [];
  let flushScheduled = false;
  let closed = false;

  const slots: Slot[] = Array.from({ length: size }, (_, i) => {
    const worker = new Worker(script, { workerData: { timings: options.timings ?? false } });
    let onReady!: () => void;
    const slot: Slot = {
      worker,
      outstanding: 0,
      batches: new Map(),
      ready: new Promise<void>((r) => (onReady = r)),
      timingsReply: null,
      dead: null,
    };
    worker.on('message', (msg: FromWorker) => {
      if (msg.type === 'ready') onReady();
      else if (msg.type === 'results') {
        const pending = slot.batches.get(msg.seq);
        if (!pending) return;
        slot.batches.delete(msg.seq);
        slot.outstanding -= pending.size;
        pending.resolve(msg.outcomes);
      } else if (msg.type === 'timings') slot.timingsReply?.(msg.timings);
    });
    const die = (err: Error) => {
      if (slot.dead) return;
      slot.dead = err;
      onReady();
      for (const p of slot.batches.values()) p.reject(err);
      slot.batches.clear();
      slot.timingsReply?.({});
    };
    worker.on('error', (err) => die(new Error(`extraction worker ${i + 1} failed: ${err.message}`)));
    worker.on('exit', (code) => {
      if (!closed) die(new Error(`extraction worker ${i + 1} exited unexpectedly (code ${code})`));
    });
    return slot;
  });

  const send = () => {
    flushScheduled = false;
    while (queued.length > 0) {
      const batch = queued.slice(0, batchSize);
      queued = queued.slice(batchSize);
      const live = slots.filter((s) => !s.dead);
      if (live.length === 0) {
        const err = slots[0]?.dead ?? new Error('no extraction worker');
        for (const b of batch) b.reject(err);
        continue;
      }
      const slot = live.reduce((a, b) => (b.outstanding < a.outstanding ? b : a));
      const id = seq++;
      slot.outstanding += batch.length;
      slot.batches.set(id, {
        size: batch.length,
        resolve: (outcomes) => batch.forEach((b, k) => b.resolve(outcomes[k]!)),
        reject: (err) => batch.forEach((b) => b.reject(err)),
      });
      slot.worker.postMessage({ type: 'jobs', seq: id, jobs: batch.map((b) => b.job) } satisfies ToWorker);
    }
  };

  return {
    threads: size,
    extract(job) {
      if (closed) return Promise.reject(new Error('workerPool.extract: the pool is closed'));
      return new Promise<ExtractOutcome>((resolve, reject) => {
        queued.push({ job, resolve, reject });
        if (queued.length >= batchSize) send();
        else if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(send);
        }
      });
    },
    async close() {
      send();
      const total: StageTiming = {};
      if (options.timings) {
        await Promise.all(slots.map((s) => s.ready));
        const all = await Promise.all(
          slots.map((s) =>
            s.dead
              ? Promise.resolve<StageTiming>({})
              : new Promise<StageTiming>((resolve) => {
                  s.timingsReply = resolve;
                  s.worker.postMessage({ type: 'timings' } satisfies ToWorker);
                }),
          ),
        );
        for (const t of all) for (const [k, v] of Object.entries(t)) total[k] = (total[k] ?? 0) + v;
      }
      closed = true;
      await Promise.all(slots.map((s) => s.worker.terminate()));
      return total;
    },
  };
}
