import { extractArticle } from '../../extract/pipeline.js';
import type { Extraction } from '../../model/types.js';
import { evaluateEvents, formatEventsReport, loadGold } from '../../eval/events.js';
import { evaluateTimexFiles, formatTimexReport } from '../../eval/timex.js';
import { ExitError } from '../../model/errors.js';
import { readArticles } from '../../read/index.js';
import { formatJson, pickFormat } from '../formats.js';
import { info, out } from '../output.js';

interface Options {
  verbose?: boolean;
  format: string;
  exactValues?: boolean;
}

export async function runTimex(paths: string[], opts: Options): Promise<void> {
  const format = pickFormat(opts.format, ['text', 'json'] as const);
  const report = await evaluateTimexFiles(paths, { exactValues: Boolean(opts.exactValues) });
  out(format === 'json' ? formatJson(report) : formatTimexReport(report, { verbose: Boolean(opts.verbose) }));
}

export async function runEvents(goldPath: string, paths: string[], opts: Options): Promise<void> {
  const format = pickFormat(opts.format, ['text', 'json'] as const);
  const gold = await loadGold(goldPath);
  const wanted = new Set(gold.map((g) => g.doc));
  const system: Extraction[] = [];
  for await (const item of readArticles(paths)) {
    if (!item.ok) {
      info(`eventline: ${item.error.message}`);
      continue;
    }
    if (wanted.has(item.article.id)) system.push(extractArticle(item.article));
  }
  if (system.length === 0) throw new ExitError(2, `none of the ${wanted.size} gold documents were found in ${paths.join(' ')}`);
  const report = evaluateEvents(gold, system);
  out(format === 'json' ? formatJson(report) : formatEventsReport(report, { verbose: Boolean(opts.verbose) }));
}
