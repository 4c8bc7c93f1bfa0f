/**
 * Timeline semantics shared by both stores, so they answer alike: name matching, date filtering,
 * ordering. Stores fetch candidates their own way and call these.
 */
import { normalizeName } from '../model/ids.js';
import type { TimelineEvent, TimelineFilter } from '../store/store.js';

/**
 * A query names an entity when, case, accents, hyphens and spacing ignored, it equals the name or
 * an alias, or all its words are words of the name ("Putin" names "Vladimir Putin").
 */
export function nameMatches(query: string, name: string, aliases: readonly string[] = []): boolean {
  const q = normalizeName(query);
  if (!q) return false;
  const forms = [name, ...aliases].map(normalizeName);
  if (forms.includes(q)) return true;
  const qWords = q.split(' ');
  const nameWords = new Set(forms[0]!.split(' '));
  return qWords.every((w) => nameWords.has(w));
}

/** Whether an event's interval meets the filter's [from, to]. Undated events never do. */
export function inDateRange(event: Pick<TimelineEvent, 'startDate' | 'endDate'>, filter: TimelineFilter): boolean {
  if (!filter.from && !filter.to) return true;
  if (!event.startDate || !event.endDate) return false;
  if (filter.from && event.endDate < filter.from) return false;
  if (filter.to && event.startDate > filter.to) return false;
  return true;
}

export function passesTypeAndStatus(event: Pick<TimelineEvent, 'type' | 'status'>, filter: TimelineFilter): boolean {
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (filter.statuses?.length && !filter.statuses.includes(event.status)) return false;
  return true;
}

/** Chronological by start, then end, then id; undated events last. */
export function compareTimeline(a: TimelineEvent, b: TimelineEvent): number {
  if (a.startDate !== b.startDate) {
    if (a.startDate === null) return 1;
    if (b.startDate === null) return -1;
    return a.startDate < b.startDate ? -1 : 1;
  }
  if (a.endDate !== b.endDate) {
    if (a.endDate === null) return 1;
    if (b.endDate === null) return -1;
    return a.endDate < b.endDate ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Puts a timeline event's inner lists in canonical order, so both stores print the same bytes. */
export function canonicalEvent(event: TimelineEvent): TimelineEvent {
  const roleOrder = { visitor: 0, host: 1, participant: 2 } as const;
  return {
    ...event,
    participants: [...event.participants].sort(
      (a, b) => roleOrder[a.role] - roleOrder[b.role] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : 1),
    ),
    sources: [...event.sources].sort(
      (a, b) =>
        (a.publishedAt ?? '9999') < (b.publishedAt ?? '9999') ? -1
        : (a.publishedAt ?? '9999') > (b.publishedAt ?? '9999') ? 1
        : a.articleId < b.articleId ? -1
        : a.articleId > b.articleId ? 1
        : a.start - b.start,
    ),
  };
}

/** Final step of every store's timeline(): filter by type/status/dates, canonicalise, sort. */
export function finishTimeline(candidates: Iterable<TimelineEvent>, filter: TimelineFilter): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (const e of candidates) {
    if (!passesTypeAndStatus(e, filter) || !inDateRange(e, filter)) continue;
    if (filter.includeUndated === false && e.startDate === null) continue;
    out.push(canonicalEvent(e));
  }
  return out.sort(compareTimeline);
}
