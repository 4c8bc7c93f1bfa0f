/**
 * The total of a run, when it can be known before the end. For one JSONL file it is estimated from the
 * bytes read so far against the file size (each article's bytes approximated by its JSON length); for
 * anything else (directories, several files, stdin) it is unknown.
 */
import { statSync } from 'node:fs';
import { extname } from 'node:path';
import type { ReadItem } from '../read/index.js';

export interface TotalEstimator {
  /** Wraps the item stream, measuring what passes. */
  observe(items: AsyncIterable<ReadItem>): AsyncIterable<ReadItem>;
  /** Estimated total items, or null when unknown. */
  total(): number | null;
}

export function totalEstimator(paths: string[]): TotalEstimator {
  const only = paths.length === 1 ? paths[0]! : null;
  let size = 0;
  if (only && only !== '-' && extname(only).toLowerCase() === '.jsonl') {
    try {
      const st = statSync(only);
      if (st.isFile()) size = st.size;
    } catch {
      /* the reader reports it */
    }
  }
  let items = 0;
  let bytes = 0;
  let ended = false;
  return {
    async *observe(source) {
      for await (const item of source) {
        items++;
        // + 1 for the newline; the source line's own escaping is close to JSON.stringify's
        if (size > 0) bytes += item.ok ? Buffer.byteLength(JSON.stringify(item.article)) + 1 : 0;
        yield item;
      }
      ended = true;
    },
    total() {
      if (ended) return items;
      if (size === 0 || bytes === 0) return null;
      return Math.max(items, Math.round((items * size) / bytes));
    },
  };
}
