import { ExitError } from '../../model/errors.js';
import { neo4jConfigFromEnv } from '../../store/neo4j/index.js';
import { runQueryFile } from '../../store/neo4j/query.js';
import { formatCsv, formatJson, formatTable, pickFormat } from '../formats.js';
import { info, out } from '../output.js';

interface Options {
  param: Record<string, string>;
  format: string;
  neo4jUri?: string;
}

export async function run(query: string, opts: Options): Promise<void> {
  const format = pickFormat(opts.format, ['table', 'json', 'csv'] as const);
  const rows = await runQueryFile(neo4jConfigFromEnv({ uri: opts.neo4jUri }), query, opts.param);
  if (format === 'json') out(formatJson(rows));
  else if (rows.length > 0) out(format === 'csv' ? formatCsv(rows) : formatTable(rows));
  if (rows.length === 0) {
    info('no rows');
    throw new ExitError(1);
  }
}
