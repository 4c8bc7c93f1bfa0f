/**
 * Cross-article event identity: the same real event reported by two articles is one Event.
 * Same type, at least one shared participant, and compatible dates (both dated and overlapping, or
 * both undated with the same place). Both stores call these functions, so they merge alike.
 */
import type { EventStatus, EventType } from '../model/types.js';
import type { EventSummary, GraphFragment, NodeLabel, Props } from './model.js';

/** When two articles disagree on the status of one event, the better-informed status wins. */
export const STATUS_RANK: Readonly<Record<EventStatus, number>> = { occurred: 3, cancelled: 2, planned: 1, possible: 0 };

/** An event merged from several reports may have several places: both stores show the greatest id. */
export function pickPlace(current: string | null, candidate: string): string {
  return current === null || candidate > current ? candidate : current;
}

export function intervalsOverlap(
  a: { startDate: string | null; endDate: string | null },
  b: { startDate: string | null; endDate: string | null },
): boolean {
  if (!a.startDate || !a.endDate || !b.startDate || !b.endDate) return false;
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

export function isSameEvent(a: EventSummary, b: EventSummary): boolean {
  if (a.type !== b.type) return false;
  if (!a.participantIds.some((p) => b.participantIds.includes(p))) return false;
  const aDated = a.startDate !== null;
  const bDated = b.startDate !== null;
  if (aDated && bDated) return intervalsOverlap(a, b);
  if (!aDated && !bDated) return a.placeId === b.placeId && a.status === b.status;
  return false;
}

/** Among existing events, the one a new event merges into (the first by id, for determinism). */
export function findMergeTarget(event: EventSummary, existing: readonly EventSummary[]): EventSummary | null {
  const matches = existing.filter((e) => e.id !== event.id && isSameEvent(event, e));
  if (matches.length === 0) return null;
  return matches.sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))[0]!;
}

/** The narrower of two overlapping intervals: a day beats a month beats a year. */
export function narrowerInterval<T extends { startDate: string | null; endDate: string | null }>(a: T, b: T): T {
  if (!a.startDate || !a.endDate) return b;
  if (!b.startDate || !b.endDate) return a;
  const span = (x: T) => Date.parse(x.endDate!) - Date.parse(x.startDate!);
  return span(b) < span(a) ? b : a;
}

/** The summary of an event from its properties (stored or in a fragment), participants and place. */
export function eventSummary(id: string, props: Props, participantIds: string[], placeId: string | null): EventSummary {
  return {
    id,
    type: props.type as EventType,
    status: props.status as EventStatus,
    startDate: props.startDate as string | null,
    endDate: props.endDate as string | null,
    participantIds,
    placeId,
  };
}

/** What merging needs to know of an event that is still inside an article's fragment. */
export function fragmentEventSummary(fragment: GraphFragment, key: string, props: Props): EventSummary {
  const participantIds = fragment.edges.filter((e) => e.type === 'PARTICIPATED_IN' && e.target === key).map((e) => e.source);
  const place = fragment.edges.find((e) => e.type === 'TOOK_PLACE_IN' && e.source === key);
  return eventSummary(key, props, participantIds, place?.target ?? null);
}

/**
 * A stored node absorbing another article's report of it: an Event keeps the narrower interval and the
 * better-informed status; an entity unites its aliases. Returns the stored properties updated (a new object).
 */
export function absorbReport<P extends Props>(label: NodeLabel, stored: P, report: Props): P {
  const update: P = { ...stored };
  if (label === 'Event') {
    const narrow = narrowerInterval(
      { startDate: stored.startDate as string | null, endDate: stored.endDate as string | null, precision: stored.precision as string | null },
      { startDate: report.startDate as string | null, endDate: report.endDate as string | null, precision: report.precision as string | null },
    );
    Object.assign(update, narrow);
    const status = report.status as EventStatus;
    if (STATUS_RANK[status] > STATUS_RANK[stored.status as EventStatus]) (update as Props).status = status;
  } else if (Array.isArray(report.aliases)) {
    const names = new Set([...((stored.aliases as string[] | undefined) ?? []), ...report.aliases]);
    names.delete(stored.name as string);
    (update as Props).aliases = [...names].sort();
  }
  return update;
}
