import { extractArticle } from '../../extract/pipeline.js';
import { ExitError } from '../../model/errors.js';
import type { Extraction } from '../../model/types.js';
import { readArticles } from '../../read/index.js';
import { pickFormat } from '../formats.js';
import { isoDay } from '../options.js';
import { info, out } from '../output.js';

interface Options {
  format: string;
  publishedAt?: string;
}

export async function run(paths: string[], opts: Options): Promise<void> {
  const format = pickFormat(opts.format, ['jsonl', 'json'] as const);
  const publishedAt = opts.publishedAt ? isoDay(opts.publishedAt, '--published-at') : null;
  const all: Extraction[] = [];
  let read = 0;
  let failed = 0;
  const undated: string[] = [];
  for await (const item of readArticles(paths, { publishedAt, stdin: process.stdin })) {
    if (!item.ok) {
      failed++;
      info(`eventline: ${item.error.message}`);
      continue;
    }
    for (const w of item.warnings) info(`eventline: warning: ${w}`);
    read++;
    if (!item.article.publishedAt) undated.push(item.article.id);
    const extraction = extractArticle(item.article);
    if (format === 'jsonl') out(JSON.stringify(extraction) + '\n');
    else all.push(extraction);
  }
  if (format === 'json') out(JSON.stringify(all, null, 2) + '\n');
  if (undated.length > 0) {
    info(`eventline: ${undated.length} article(s) have no document date (${undated.slice(0, 5).join(', ')}); relative dates stay unresolved (use --published-at)`);
  }
  if (read === 0) throw new ExitError(2, failed > 0 ? 'nothing could be read' : `no articles found in ${paths.join(' ')}`);
}
