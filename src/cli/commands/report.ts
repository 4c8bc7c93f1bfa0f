import { ExitError } from '../../model/errors.js';
import { buildReport } from '../../report/index.js';
import { info, writeOutput } from '../output.js';
import { openStore, type StoreOptions } from '../store.js';
import { timelineFilter, type FilterOptions } from './timeline.js';

interface Options extends StoreOptions, FilterOptions {
  output: string;
  force?: boolean;
}

export async function run(opts: Options): Promise<void> {
  const filter = timelineFilter({ actor: opts.actor, from: opts.from, to: opts.to, type: opts.type });
  const store = await openStore(opts);
  try {
    const events = await store.timeline(filter);
    if (events.length === 0) {
      info('no events match');
      throw new ExitError(1);
    }
    await writeOutput(buildReport(events, filter), opts.output, opts.force);
    if (opts.output !== '-') info(`wrote ${opts.output} (${events.length} events)`);
  } finally {
    await store.close();
  }
}
