import { datelinePlace } from '../../extract/entities/index.js';
import { extractEvents } from '../../extract/events/extract.js';
import { extractArticle, runPipeline, STAGES } from '../../extract/pipeline.js';
import type { Article } from '../../model/types.js';
import { ExitError } from '../../model/errors.js';
import type { Extraction } from '../../model/types.js';
import { readArticles } from '../../read/index.js';
import { pickFormat } from '../formats.js';
import { isoDay } from '../options.js';
import { info, out } from '../output.js';

interface Options {
  format: string;
  publishedAt?: string;
  explain?: boolean;
}

/** What the stages saw before the event stage, and the event stage's trace: for "why (not) this event?". */
function explain(article: Article): string {
  const doc = runPipeline(article, STAGES.filter((s) => s.name !== 'events' && s.name !== 'resolve'));
  const quote = (start: number, end: number) => JSON.stringify(article.text.slice(start, end));
  const lines = [`# ${article.id} (published ${article.publishedAt ?? 'unknown'})`];
  for (const e of doc.entities) {
    const extra = [e.country ? `country=${e.country}` : '', e.positions?.length ? `positions=${JSON.stringify(e.positions.map((p) => [p.title, p.of, p.time]))}` : '']
      .filter(Boolean)
      .join(' ');
    lines.push(`entity ${e.kind} ${e.id} ${JSON.stringify(e.name)} ${e.mentions.map((m) => quote(m.start, m.end)).join(' ')} ${extra}`.trimEnd());
  }
  for (const t of doc.timexes) {
    lines.push(`timex ${quote(t.start, t.end)} ${t.type} ${t.value}${t.interval ? ` ${t.interval.startDate}..${t.interval.endDate} (${t.interval.precision})` : ''}`);
  }
  const here = datelinePlace(article, doc.entities, doc.datelineHead);
  lines.push(`dateline ${here?.name ?? '-'}`);
  extractEvents(doc, { dateline: here, trace: (line) => lines.push(`trace ${line()}`) });
  return lines.join('\n') + '\n';
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
    if (opts.explain) info(explain(item.article));
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
