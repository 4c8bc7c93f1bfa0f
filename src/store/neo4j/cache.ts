/**
 * What event merging knows across the batches of one Neo4jStore (one CLI run), so that a batch does not read again
 * the stored events of participants an earlier batch already read (write.ts, docs/neo4j.md "Loading").
 *
 * A participant is *complete* here when every event it takes part in is held here: it was read whole once
 * (PARTICIPANT_EVENTS: all its events, not the few a batch could merge with), or it did not exist then, and every
 * committed batch since has added what it linked to it. For each event held, the state merging reads: the
 * properties findMergeTarget and absorbReport look at (EVENT_MERGE_PROPS; a changed event is written with
 * `SET n += props`, so a property left out here, such as the summary, stays as stored), participants with their
 * roles, places, and the publication days of its reports. A participant's events are indexed by type and start
 * day, so a batch looks at those a new event may merge with (`candidates`), not at all of a hub's.
 *
 * Rules that keep a batch's decisions exactly those it would make reading everything from the database:
 * - a batch only reads the cache; what it read and changed comes back as a MergeDelta, applied by `commit` after
 *   its transaction committed, and only if it ran once (executeWrite retries the work function: a retry after an
 *   unknown commit outcome would see its own writes as stored and report no change) and nothing else changed the
 *   cache meanwhile (the generation);
 * - anything that changes the database otherwise (removing an article, a replaced article, importGraph, deleting
 *   everything) or a failed batch drops the whole cache;
 * - when it holds more than `maxEntries` events or participants it is dropped and stays off for the store's life
 *   (batches then read their candidates per batch, filtered, as without it): on a database whose participants
 *   reach more events than that, refilling it would read the same hubs whole again and again.
 *
 * Only this process's writes through this store reach it: another process (or another Neo4jStore) writing the
 * same database during a run is not seen, and this store's later batches decide merges without its writes.
 * Writers were not serialised before the cache either (docs/neo4j.md "Limits"): run one writer at a time.
 */
import { PLAN_STATUSES, planWindow } from '../../graph/merge.js';
import type { EventSummary, Props } from '../../graph/model.js';
import type { EventStatus } from '../../model/types.js';

/** Event properties merging reads (findMergeTarget, absorbReport) and may change: all an event needs here. */
export const EVENT_MERGE_PROPS: readonly string[] = ['id', 'type', 'status', 'startDate', 'endDate', 'precision'];

/**
 * Default bound: events (and, separately, participants) held. The benchmark's graph (bench/neo4j.ts, 81,940 events,
 * 3,200 participants) takes 68 MB of heap, so about 170 MB at the most; a run whose participants reach more stored
 * events than this loads without it.
 */
export const DEFAULT_MERGE_CACHE_ENTRIES = 200_000;

/** An event as merging sees it (write.ts NodeState without the write bookkeeping). */
export interface CachedEvent {
  /** EVENT_MERGE_PROPS only. */
  readonly props: Readonly<Props>;
  readonly participants: readonly string[];
  /** Participants with a `host` role. */
  readonly hosts: readonly string[];
  readonly places: readonly string[];
  /** Publication days of its articles (exact for undated events, the only ones merging asks). */
  readonly reportedOn: ReadonlyArray<string | null>;
}

/** What a batch reads: never changed while it runs. */
export interface MergeCacheView {
  /** Whether every stored event of this participant is held here. */
  isComplete(participant: string): boolean;
  /**
   * Events of a complete participant (nothing for another) that findMergeTarget could pick for `event`: a
   * superset, found through the index (same type; dated ones meeting its days or starting in its plan window;
   * undated ones, only plans for a dated event).
   */
  candidates(participant: string, event: EventSummary): Iterable<string>;
  event(id: string): CachedEvent | undefined;
}

/** What a batch tells the cache once its transaction has committed. */
export interface MergeDelta {
  /** Participants read whole by the batch (PARTICIPANT_EVENTS), stored or not: complete from now on. */
  complete: readonly string[];
  /** Every event the batch read or wrote, in its state after the batch. */
  events: ReadonlyMap<string, CachedEvent>;
}

export interface MergeCacheInfo {
  enabled: boolean;
  events: number;
  participants: number;
}

/** A day as a number (days since 1970-01-01), for the index's arithmetic. */
function dayNumber(isoDay: string): number {
  return Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000;
}

interface DatedEntry {
  id: string;
  start: number;
  end: number;
}

/** One participant's events of one type: undated ones, and dated ones sorted by start day. */
class TypeIndex {
  readonly undated = new Set<string>();
  private readonly dated: DatedEntry[] = [];
  /** The longest interval ever indexed here (days; never shrinks: a larger bound only looks further back). */
  private longest = 0;

  get size(): number {
    return this.undated.size + this.dated.length;
  }

  add(id: string, props: Readonly<Props>): void {
    const start = props.startDate as string | null;
    if (start === null) {
      this.undated.add(id);
      return;
    }
    const entry = { id, start: dayNumber(start), end: dayNumber((props.endDate as string | null) ?? start) };
    this.longest = Math.max(this.longest, entry.end - entry.start);
    this.dated.splice(this.firstStartingAt(entry.start), 0, entry);
  }

  remove(id: string, props: Readonly<Props>): void {
    const start = props.startDate as string | null;
    if (start === null) {
      this.undated.delete(id);
      return;
    }
    const day = dayNumber(start);
    for (let i = this.firstStartingAt(day); i < this.dated.length && this.dated[i]!.start === day; i++) {
      if (this.dated[i]!.id === id) {
        this.dated.splice(i, 1);
        return;
      }
    }
  }

  /** Dated events whose days meet [from, to]. */
  *meeting(from: number, to: number): Iterable<string> {
    for (let i = this.firstStartingAt(to + 1) - 1; i >= 0; i--) {
      const e = this.dated[i]!;
      if (e.start < from - this.longest) return;
      if (e.end >= from) yield e.id;
    }
  }

  /** Dated events starting in [from, to]. */
  *starting(from: number, to: number): Iterable<string> {
    for (let i = this.firstStartingAt(from); i < this.dated.length && this.dated[i]!.start <= to; i++) yield this.dated[i]!.id;
  }

  /** The index of the first dated event starting on or after `day`. */
  private firstStartingAt(day: number): number {
    let lo = 0;
    let hi = this.dated.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.dated[mid]!.start < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

export class MergeCache implements MergeCacheView {
  private readonly events = new Map<string, CachedEvent>();
  /** Complete participants -> their events by type. */
  private readonly byParticipant = new Map<string, Map<string, TypeIndex>>();
  private generation = 0;
  private enabled: boolean;

  /** `maxEntries` 0 turns the cache off. */
  constructor(private readonly maxEntries: number) {
    if (!Number.isInteger(maxEntries) || maxEntries < 0) throw new RangeError(`MergeCache: maxEntries must be a whole number, got ${maxEntries}`);
    this.enabled = maxEntries > 0;
  }

  isComplete(participant: string): boolean {
    return this.byParticipant.has(participant);
  }

  *candidates(participant: string, event: EventSummary): Iterable<string> {
    const index = this.byParticipant.get(participant)?.get(event.type);
    if (!index) return;
    if (event.startDate !== null) {
      yield* index.meeting(dayNumber(event.startDate), dayNumber(event.endDate ?? event.startDate));
      for (const id of index.undated) if (PLAN_STATUSES.has(this.events.get(id)!.props.status as EventStatus)) yield id;
      return;
    }
    yield* index.undated;
    const window = planWindow(event);
    if (window) yield* index.starting(dayNumber(window[0]), dayNumber(window[1]));
  }

  /** Every event held of a complete participant (tests). */
  eventsOf(participant: string): string[] {
    const ids: string[] = [];
    for (const index of this.byParticipant.get(participant)?.values() ?? []) {
      ids.push(...index.undated, ...index.starting(-Infinity, Infinity));
    }
    return ids.sort();
  }

  event(id: string): CachedEvent | undefined {
    return this.events.get(id);
  }

  /** A batch starts: the view it reads (null when the cache is off) and the generation its delta must match. */
  begin(): { view: MergeCacheView; generation: number } | null {
    return this.enabled ? { view: this, generation: this.generation } : null;
  }

  /**
   * A batch begun at `generation` committed, its work function having run `attempts` times: its delta is applied,
   * or, if it ran more than once or the cache changed since it began, the cache is dropped.
   */
  commit(generation: number, delta: MergeDelta, attempts: number): void {
    if (!this.enabled) return;
    if (attempts !== 1 || generation !== this.generation) {
      this.drop();
      return;
    }
    this.generation++;
    for (const p of delta.complete) if (!this.byParticipant.has(p)) this.byParticipant.set(p, new Map());
    for (const [id, event] of delta.events) {
      const type = event.props.type as string;
      const old = this.events.get(id);
      // Its dates or status may have changed: indexed again under its participants (which only ever grow).
      if (old) for (const p of old.participants) this.byParticipant.get(p)?.get(type)?.remove(id, old.props);
      let held = false;
      for (const p of event.participants) {
        const byType = this.byParticipant.get(p);
        if (!byType) continue;
        let index = byType.get(type);
        if (!index) byType.set(type, (index = new TypeIndex()));
        index.add(id, event.props);
        held = true;
      }
      // An event with no complete participant is never asked for: not kept.
      if (held) this.events.set(id, event);
    }
    if (this.events.size > this.maxEntries || this.byParticipant.size > this.maxEntries) {
      this.drop();
      this.enabled = false;
    }
  }

  /** Forgets everything (the database changed in a way the cache does not follow); later batches fill it again. */
  drop(): void {
    this.generation++;
    this.events.clear();
    this.byParticipant.clear();
  }

  /** The database was emptied: forgets everything and turns the cache back on if it was full. */
  reset(): void {
    this.drop();
    this.enabled = this.maxEntries > 0;
  }

  info(): MergeCacheInfo {
    return { enabled: this.enabled, events: this.events.size, participants: this.byParticipant.size };
  }
}
