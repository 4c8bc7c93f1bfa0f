/**
 * Ingest: articles in, graph fragments into a store. Library code: the CLI command is a thin wrapper.
 * One bad document never stops a batch: it is reported and the rest goes on.
 */
import { extractArticle, type StageTiming } from './extract/pipeline.js';
import { articleHash, buildFragment } from './graph/build.js';
import type { InputError } from './model/errors.js';
import type { ReadItem } from './read/index.js';
import type { Store } from './store/store.js';

export interface IngestOptions {
  /** Flush the store every N stored articles (the memory store writes its file then). */
  checkpointEvery?: number;
  onArticle?: (info: { articleId: string; outcome: 'added' | 'replaced' | 'unchanged'; events: number }) => void;
  onError?: (error: InputError) => void;
  onWarning?: (message: string) => void;
  timings?: StageTiming;
}

export interface IngestSummary {
  read: number;
  added: number;
  replaced: number;
  unchanged: number;
  failed: number;
  events: number;
  withoutDate: string[];
  errors: InputError[];
}

export async function ingest(items: AsyncIterable<ReadItem>, store: Store, options: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { read: 0, added: 0, replaced: 0, unchanged: 0, failed: 0, events: 0, withoutDate: [], errors: [] };
  const every = options.checkpointEvery ?? 1000;
  let sinceFlush = 0;
  for await (const item of items) {
    if (!item.ok) {
      summary.failed++;
      summary.errors.push(item.error);
      options.onError?.(item.error);
      continue;
    }
    summary.read++;
    for (const w of item.warnings) options.onWarning?.(w);
    const { article } = item;
    if (!article.publishedAt) summary.withoutDate.push(article.id);
    const hash = articleHash(article);
    if ((await store.articleState(article.id, hash)) === 'same') {
      summary.unchanged++;
      options.onArticle?.({ articleId: article.id, outcome: 'unchanged', events: 0 });
      continue;
    }
    const extraction = extractArticle(article, options.timings);
    const result = await store.putArticle(buildFragment(extraction, hash));
    summary[result.outcome]++;
    summary.events += extraction.events.length;
    options.onArticle?.({ articleId: article.id, outcome: result.outcome, events: extraction.events.length });
    if (++sinceFlush >= every) {
      await store.flush();
      sinceFlush = 0;
    }
  }
  await store.flush();
  return summary;
}
