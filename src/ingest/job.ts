/**
 * One unit of extraction work, the same in this thread and in a worker thread: an article in, its graph
 * fragment out. Pure: the store is touched only by the main thread, in input order (see ../ingest.ts).
 */
import { extractArticle, type StageTiming } from '../extract/pipeline.js';
import { buildFragment } from '../graph/build.js';
import type { GraphFragment } from '../graph/model.js';
import type { Article } from '../model/types.js';

export interface ExtractJob {
  article: Article;
  /** The article's content hash (graph/build.ts articleHash), computed by the main thread. */
  hash: string;
}

export type ExtractOutcome =
  | { ok: true; fragment: GraphFragment; events: number }
  /** The pipeline threw on this article: reported, and the batch goes on. */
  | { ok: false; message: string };

export function runJob(job: ExtractJob, timings?: StageTiming): ExtractOutcome {
  try {
    const extraction = extractArticle(job.article, timings);
    return { ok: true, fragment: buildFragment(extraction, job.hash), events: extraction.events.length };
  } catch (err) {
    return { ok: false, message: (err as Error | null)?.message ?? String(err) };
  }
}

/** Messages between the pool (main thread) and src/extract/worker.ts. */
export type ToWorker = { type: 'jobs'; seq: number; jobs: ExtractJob[] } | { type: 'timings' };
export type FromWorker =
  | { type: 'ready' }
  | { type: 'results'; seq: number; outcomes: ExtractOutcome[] }
  | { type: 'timings'; timings: StageTiming };
