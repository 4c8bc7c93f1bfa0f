/** What the report page receives: the matching events with their evidence, and how to colour them. */
import type { TimelineEvent, TimelineFilter } from '../store/store.js';
import { KIND_COLOURS, OTHER_COLOUR, TYPE_COLOURS } from './assets/style.js';

export interface ReportData {
  title: string;
  /** The filter in words ("actor Kim Jong-il, from 2001-01-01"), or "all events". */
  scope: string;
  events: TimelineEvent[];
  colours: { types: Record<string, string>; kinds: Record<string, string>; other: string };
}

export function reportData(events: readonly TimelineEvent[], filter: TimelineFilter, title = 'eventline report'): ReportData {
  return {
    title,
    scope: describeFilter(filter),
    events: events.map((e) => ({ ...e, participants: [...e.participants], sources: [...e.sources] })),
    colours: { types: { ...TYPE_COLOURS }, kinds: { ...KIND_COLOURS }, other: OTHER_COLOUR },
  };
}

export function describeFilter(filter: TimelineFilter): string {
  const parts: string[] = [];
  if (filter.actor) parts.push(`actor ${filter.actor}`);
  if (filter.place) parts.push(`place ${filter.place}`);
  if (filter.types?.length) parts.push(`type ${filter.types.join(', ')}`);
  if (filter.statuses?.length) parts.push(`status ${filter.statuses.join(', ')}`);
  if (filter.from) parts.push(`from ${filter.from}`);
  if (filter.to) parts.push(`to ${filter.to}`);
  return parts.length ? parts.join('; ') : 'all events';
}
