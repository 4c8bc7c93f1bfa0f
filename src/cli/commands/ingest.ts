import { ingest } from '../../ingest.js';
import { readArticles } from '../../read/index.js';
import { ExitError } from '../../model/errors.js';
import { isoDay, positiveInt } from '../options.js';
import { info } from '../output.js';
import { openStore, isNeo4j, memoryStorePath, type StoreOptions } from '../store.js';

interface Options extends StoreOptions {
  publishedAt?: string;
  checkpoint: string;
  quiet?: boolean;
}

export async function run(paths: string[], opts: Options): Promise<void> {
  const publishedAt = opts.publishedAt ? isoDay(opts.publishedAt, '--published-at') : null;
  const checkpointEvery = positiveInt(opts.checkpoint, '--checkpoint');
  const store = await openStore(opts);
  const t0 = performance.now();
  let summary;
  try {
    summary = await ingest(readArticles(paths, { publishedAt, stdin: process.stdin }), store, {
      checkpointEvery,
      onError: (e) => info(`eventline: ${e.message}`),
      onWarning: (w) => opts.quiet || info(`eventline: warning: ${w}`),
    });
  } finally {
    await store.close();
  }
  const secs = (performance.now() - t0) / 1000;
  if (!opts.quiet) {
    const where = isNeo4j(opts) ? 'neo4j' : memoryStorePath(opts);
    info(
      `ingested ${summary.read} article(s) in ${secs.toFixed(2)}s: ${summary.added} added, ${summary.replaced} replaced, ` +
        `${summary.unchanged} unchanged, ${summary.failed} failed; ${summary.events} event(s) extracted -> ${where}`,
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
