import { formatJson, formatTable, pickFormat } from '../formats.js';
import { out } from '../output.js';
import { openStore, type StoreOptions } from '../store.js';

interface Options extends StoreOptions {
  format: string;
}

export async function run(opts: Options): Promise<void> {
  const format = pickFormat(opts.format, ['table', 'json'] as const);
  const store = await openStore(opts);
  try {
    const stats = await store.stats();
    if (format === 'json') {
      out(formatJson(stats));
      return;
    }
    const rows = [
      { what: 'articles', count: stats.articles },
      ...Object.entries(stats.nodes).map(([k, v]) => ({ what: `nodes ${k}`, count: v })),
      ...Object.entries(stats.edges).map(([k, v]) => ({ what: `edges ${k}`, count: v })),
      ...Object.entries(stats.events.byType).map(([k, v]) => ({ what: `events ${k}`, count: v })),
      ...Object.entries(stats.events.byStatus).map(([k, v]) => ({ what: `events ${k}`, count: v })),
      { what: 'events undated', count: stats.events.undated },
    ];
    out(formatTable(rows));
  } finally {
    await store.close();
  }
}
