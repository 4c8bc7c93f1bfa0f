import { pickFormat } from '../formats.js';
import { writeOutput } from '../output.js';
import { openStore, type StoreOptions } from '../store.js';

interface Options extends StoreOptions {
  format: string;
  output?: string;
  force?: boolean;
}

export async function run(opts: Options): Promise<void> {
  pickFormat(opts.format, ['json'] as const);
  const store = await openStore(opts);
  try {
    const graph = await store.exportGraph();
    await writeOutput(JSON.stringify(graph, null, 1) + '\n', opts.output, opts.force);
  } finally {
    await store.close();
  }
}
