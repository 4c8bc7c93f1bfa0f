/**
 * The worker-thread entry of the extraction pool (src/ingest/pool.ts): batches of articles in, graph
 * fragments out, in the order received. Holds no state but optional stage timings.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runJob, type FromWorker, type ToWorker } from '../ingest/job.js';
import type { StageTiming } from './pipeline.js';

const port = parentPort;
if (!port) throw new Error('extract/worker.js: must run in a worker thread (see src/ingest/pool.ts)');

const timings: StageTiming | undefined = (workerData as { timings?: boolean } | null)?.timings ? {} : undefined;

port.on('message', (msg: ToWorker) => {
  let reply: FromWorker;
  if (msg.type === 'jobs') reply = { type: 'results', seq: msg.seq, outcomes: msg.jobs.map((job) => runJob(job, timings)) };
  else reply = { type: 'timings', timings: timings ?? {} };
  port.postMessage(reply);
});
port.postMessage({ type: 'ready' } satisfies FromWorker);
