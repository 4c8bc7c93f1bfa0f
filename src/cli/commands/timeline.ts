import { ExitError } from '../../model/errors.js';
import type { TimelineFilter } from '../../store/store.js';
import { formatTimeline, pickFormat, TIMELINE_FORMATS } from '../formats.js';
import { eventStatuses, eventTypes, isoDay } from '../options.js';
import { info, out } from '../output.js';
import { openStore, type StoreOptions } from '../store.js';

/** The filter options timeline, export and report share. */
export interface FilterOptions {
  actor?: string;
  place?: string;
  from?: string;
  to?: string;
  type?: string;
  status?: string;
}

interface Options extends StoreOptions, FilterOptions {
  format: string;
}

export function timelineFilter(opts: FilterOptions): TimelineFilter {
  const filter: TimelineFilter = {};
  if (opts.actor) filter.actor = opts.actor;
  if (opts.place) filter.place = opts.place;
  if (opts.from) filter.from = isoDay(opts.from, '--from');
  if (opts.to) filter.to = isoDay(opts.to, '--to');
  if (filter.from && filter.to && filter.from > filter.to) throw new ExitError(2, `--from ${filter.from} is after --to ${filter.to}`);
  if (opts.type) filter.types = eventTypes(opts.type);
  if (opts.status) filter.statuses = eventStatuses(opts.status);
  return filter;
}

export async function run(opts: Options): Promise<void> {
  const format = pickFormat(opts.format, TIMELINE_FORMATS);
  const filter = timelineFilter(opts);
  const store = await openStore(opts);
  try {
    const events = await store.timeline(filter);
    if (events.length === 0) {
      if (format === 'json') out('[]\n');
      info('no events match');
      throw new ExitError(1);
    }
    out(formatTimeline(events, format));
  } finally {
    await store.close();
  }
}
