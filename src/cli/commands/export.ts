import { EXPORT_FORMATS, EXPORTERS, selectGraph } from '../../export/index.js';
import { ExitError } from '../../model/errors.js';
import { pickFormat } from '../formats.js';
import { info, writeOutput, writeOutputFiles } from '../output.js';
import { openStore, type StoreOptions } from '../store.js';
import { timelineFilter, type FilterOptions } from './timeline.js';

interface Options extends StoreOptions, FilterOptions {
  format: string;
  output?: string;
  force?: boolean;
}

export async function run(opts: Options): Promise<void> {
  const format = pickFormat(opts.format, EXPORT_FORMATS);
  const filter = timelineFilter({ actor: opts.actor, from: opts.from, to: opts.to, type: opts.type });
  const exporter = EXPORTERS[format];
  if (exporter.kind === 'directory' && (!opts.output || opts.output === '-')) {
    throw new ExitError(2, `--format ${format} writes several files: pass -o DIR`);
  }
  const store = await openStore(opts);
  try {
    const { graph, events } = await selectGraph(store, filter);
    if (events === 0) {
      info('no events match');
      throw new ExitError(1);
    }
    if (exporter.kind === 'file') {
      await writeOutput(exporter.write(graph), opts.output, opts.force);
    } else {
      const written = await writeOutputFiles(exporter.write(graph), opts.output, opts.force);
      info(`wrote ${written.length} files to ${opts.output} (${graph.nodes.length} nodes, ${graph.edges.length} edges)`);
    }
  } finally {
    await store.close();
  }
}
