import { availableParallelism } from 'node:os';
import { ingest, type IngestProgress } from '../../ingest.js';
import { readArticles } from '../../read/index.js';
import { ExitError, UsageError } from '../../model/errors.js';
import { createProgress, parseProgressMode, resolveMode, totalEstimator, type ProgressMode } from '../../progress/index.js';
import { describeHolder } from '../../store/lock.js';
import { isoDay, positiveInt } from '../options.js';
import { info } from '../output.js';
import { openStore, isNeo4j, lockStore, memoryStorePath, type StoreOptions } from '../store.js';

interface Options extends Omit<StoreOptions, 'batchSize'> {
  publishedAt?: string;
  checkpoint: string;
  batchSize?: string;
  workers?: string;
  progress?: string;
  lockTimeout: string;
  quiet?: boolean;
}

/** Exit codes of a run stopped by a signal (128 + signal number), after the in-flight work was saved. */
const SIGNAL_EXIT: Record<string, number> = { SIGINT: 130, SIGTERM: 143 };

export async function run(paths: string[], opts: Options): Promise<void> {
  const publishedAt = opts.publishedAt ? isoDay(opts.publishedAt, '--published-at') : null;
  const checkpointEvery = positiveInt(opts.checkpoint, '--checkpoint');
  const batchSize = opts.batchSize ? positiveInt(opts.batchSize, '--batch-size') : undefined;
  const workers = opts.workers ? positiveInt(opts.workers, '--workers', 256) : availableParallelism();
  const lockTimeoutMs = seconds(opts.lockTimeout, '--lock-timeout') * 1000;
  const mode: ProgressMode = opts.progress ? parseProgressMode(opts.progress) : opts.quiet ? 'none' : 'auto';
  const where = isNeo4j(opts) ? 'neo4j' : memoryStorePath(opts);

  const lock = await lockStore(opts, {
    timeoutMs: lockTimeoutMs,
    onWait: (holder) => opts.quiet || info(`eventline: ${where} is locked by ${describeHolder(holder)}; waiting up to ${lockTimeoutMs / 1000}s`),
    onStale: (holder) => opts.quiet || info(`eventline: removed a stale lock on ${where} (${describeHolder(holder)} is not running)`),
  });
  // A crash (an uncaught error, EPIPE on stderr) still removes the lock; only a kill leaves it (then it is stale).
  const releaseOnExit = () => lock?.release();
  process.once('exit', releaseOnExit);
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | null = null;
  const onSignal = (signal: NodeJS.Signals) => {
    stoppedBy = signal;
    controller.abort();
    info(`eventline: ${signal}: finishing the articles in flight and saving (send it again to stop at once)`);
  };
  // `once`: a second signal finds no listener and ends the process the default way; the store file is
  // replaced atomically, so it still holds the last checkpoint.
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  const shown = resolveMode(mode, process.stderr) !== 'none';
  const estimator = shown ? totalEstimator(paths) : null; // it measures every article: only when a total is shown
  const progress = createProgress(mode, process.stderr);
  const state = (p: IngestProgress) => ({ ...p, total: estimator?.total() ?? null });
  const t0 = performance.now();
  let summary;
  try {
    const store = await openStore({ ...opts, batchSize });
    try {
      const articles = readArticles(paths, { publishedAt, stdin: process.stdin });
      summary = await ingest(estimator ? estimator.observe(articles) : articles, store, {
        checkpointEvery,
        workers,
        signal: controller.signal,
        onProgress: (p) => progress.update(state(p)),
        onError: (e) => info(`eventline: ${e.message}`),
        onWarning: (w) => opts.quiet || info(`eventline: warning: ${w}`),
      });
      progress.finish(state({ articles: summary.added + summary.replaced + summary.unchanged, saved: summary.saved, events: summary.events, failed: summary.failed }));
    } finally {
      await store.close();
    }
  } finally {
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    process.removeListener('exit', releaseOnExit);
    lock?.release();
  }
  const secs = (performance.now() - t0) / 1000;
  if (stoppedBy) {
    throw new ExitError(
      SIGNAL_EXIT[stoppedBy] ?? 130,
      `interrupted by ${stoppedBy} after ${summary.saved} article(s), all saved to ${where}; run the same command again to resume`,
    );
  }
  if (!opts.quiet) {
    info(
      `ingested ${summary.read} article(s) in ${secs.toFixed(2)}s: ${summary.added} added, ${summary.replaced} replaced, ` +
        `${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.events} event(s) extracted; ` +
        `${summary.saved} saved -> ${where}`,
    );
    if (summary.withoutDate.length > 0) {
      const shown = summary.withoutDate.slice(0, 5).join(', ');
      info(
        `eventline: ${summary.withoutDate.length} article(s) have no document date (${shown}${summary.withoutDate.length > 5 ? ', ...' : ''}); ` +
          'their relative dates stay unresolved (pass --published-at YYYY-MM-DD to set one)',
      );
    }
  }
  if (summary.read === 0 && summary.failed > 0) throw new ExitError(2, 'nothing could be ingested');
  if (summary.read === 0) throw new ExitError(2, `no articles found in ${paths.join(' ')}`);
}

function seconds(value: string, option: string): number {
  if (!/^\d+$/.test(value) || Number(value) > 7 * 24 * 3600) {
    throw new UsageError(`${option}: "${value}" is not a number of seconds between 0 and ${7 * 24 * 3600}`);
  }
  return Number(value);
}
