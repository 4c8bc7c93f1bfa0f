/**
 * One measurement in its own process (so JIT warm-up and heap do not leak between measurements):
 *
 *   node dist/bench/bench/extract-only.js FILE pipeline   eventline's extraction, this thread, with stage timings
 *   node dist/bench/bench/extract-only.js FILE pool2      eventline's extraction in a 2-worker pool (poolN: N workers; no store)
 *   node dist/bench/bench/extract-only.js FILE naive      chrono-node + compromise over the same articles, no graph
 *
 * Prints one JSON object: articles, ms (reading included, module loading excluded), timings, maxRssKb.
 */
import { extractArticle, type StageTiming } from '../src/extract/pipeline.js';
import { articleHash } from '../src/graph/build.js';
import { workerPool } from '../src/ingest/pool.js';
import type { Article } from '../src/model/types.js';
import { readArticles } from '../src/read/index.js';

export interface ExtractMeasurement {
  mode: string;
  articles: number;
  events: number;
  ms: number;
  timings: StageTiming;
  maxRssKb: number;
}

async function* articles(file: string): AsyncGenerator<Article> {
  for await (const item of readArticles([file])) if (item.ok) yield item.article;
}

/** chrono-node and compromise, loaded only for the naive mode (their load time and heap stay out of the others). */
async function naivePipeline(): Promise<(article: Article) => number> {
  const chrono = await import('chrono-node');
  const nlp = (await import('compromise')).default;
  return (article) => {
    const ref = article.publishedAt ? new Date(`${article.publishedAt.slice(0, 10)}T12:00:00Z`) : new Date(0);
    const dates = chrono.parse(article.text, ref);
    const doc = nlp(article.text);
    const names = doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
    return dates.length + names;
  };
}

async function main(): Promise<void> {
  const [file, mode = 'pipeline'] = process.argv.slice(2);
  if (!file) throw new Error('usage: extract-only.js FILE pipeline|poolN|naive');
  const naive = mode === 'naive' ? await naivePipeline() : null;
  const timings: StageTiming = {};
  let n = 0;
  let events = 0;
  const t0 = performance.now();
  if (mode === 'pipeline') {
    for await (const a of articles(file)) {
      events += extractArticle(a, timings).events.length;
      n++;
    }
  } else if (mode.startsWith('pool')) {
    const pool = workerPool(Number(mode.slice(4)) || 2, { timings: true });
    const inFlight: Array<Promise<unknown>> = [];
    for await (const a of articles(file)) {
      inFlight.push(pool.extract({ article: a, hash: articleHash(a) }).then((o) => void (o.ok && (events += o.events))));
      n++;
      if (inFlight.length >= 64) await inFlight.shift();
    }
    await Promise.all(inFlight);
    Object.assign(timings, await pool.close());
  } else if (naive) {
    for await (const a of articles(file)) {
      events += naive(a);
      n++;
    }
  } else throw new Error(`unknown mode ${mode}`);
  const ms = performance.now() - t0;
  const out: ExtractMeasurement = { mode, articles: n, events, ms, timings, maxRssKb: process.resourceUsage().maxRSS };
  process.stdout.write(JSON.stringify(out) + '\n');
}

await main();
