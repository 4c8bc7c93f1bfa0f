/**
 * Cross-article identity, decided here once for both stores (they read candidates their own way and call these
 * pure functions, so they merge alike).
 *
 * Events: the same real event reported by two articles is one Event. Same type, at least one shared participant,
 * and compatible dates: both dated and overlapping, both undated with the same place and status, or an undated
 * plan joining the dated event it announced (planJoins).
 *
 * Persons: within an article, aliases and typos are resolved before the graph is built; across articles a Person
 * whose id is not stored joins a stored one only on evidence (findPersonMergeTarget).
 */
import { normalizeName } from '../model/ids.js';
import type { EntityKind, EventStatus, EventType } from '../model/types.js';
import { edgeKey, type EdgeRecord, type EventSummary, type GraphFragment, type NodeLabel, type Props } from './model.js';

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

// ---------------------------------------------------------------- events: an undated plan joins its dated event

/**
 * How far after the report of an undated plan its dated event may start. A trip that is announced without a
 * date ("she will visit Kenya", "looks forward to visiting") and then happens is reported within days or weeks;
 * one arranged further ahead is usually given a month or a date, and is then dated itself. Sixty days covers the
 * first and keeps a plan from joining a later, separate trip of the same person to the same place.
 */
export const PLAN_HORIZON_DAYS = 60;

/** The statuses of an event that may still happen: an undated one of these may join its dated event. */
export const PLAN_STATUSES: ReadonlySet<EventStatus> = new Set(['planned', 'possible']);

/** An ISO day `days` later (or earlier, if negative). */
export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/**
 * The days on which the dated event of an undated plan may start: from the day the plan was (last) reported to
 * PLAN_HORIZON_DAYS later. Null when the event is dated, is not planned or possible, or no report is dated.
 */
export function planWindow(event: Pick<EventSummary, 'startDate' | 'status' | 'reportedOn'>): [string, string] | null {
  if (event.startDate !== null || !PLAN_STATUSES.has(event.status) || event.reportedOn === null) return null;
  return [event.reportedOn, addDays(event.reportedOn, PLAN_HORIZON_DAYS)];
}

/**
 * Whether an undated planned/possible event is the announcement of a dated event: same type, the dated event
 * starts on or after the day the plan was reported and within PLAN_HORIZON_DAYS of it (never before it: a plan
 * reported as still to come is not a visit that already took place), they share an actor (a visitor or
 * participant, not merely a host) and a place or host (the plan "to visit Kenya" and the visit with host Kenya).
 */
export function planJoins(plan: EventSummary, dated: EventSummary): boolean {
  if (plan.type !== dated.type || dated.startDate === null) return false;
  const window = planWindow(plan);
  if (!window || dated.startDate < window[0] || dated.startDate > window[1]) return false;
  if (!plan.actorIds.some((p) => dated.actorIds.includes(p))) return false;
  return plan.whereIds.some((w) => dated.whereIds.includes(w));
}

export function isSameEvent(a: EventSummary, b: EventSummary): boolean {
  if (a.type !== b.type) return false;
  const aDated = a.startDate !== null;
  const bDated = b.startDate !== null;
  if (aDated !== bDated) return aDated ? planJoins(b, a) : planJoins(a, b);
  if (!a.participantIds.some((p) => b.participantIds.includes(p))) return false;
  if (aDated && bDated) return intervalsOverlap(a, b);
  return a.placeId === b.placeId && a.status === b.status;
}

/**
 * Among existing events, the one a new event merges into. A report of the same kind (dated overlapping dated,
 * undated undated) comes before a plan joining its event, and among those the first by id wins (for determinism);
 * an undated plan joins the earliest of the dated events it may announce (then the first by id).
 */
export function findMergeTarget(event: EventSummary, existing: readonly EventSummary[]): EventSummary | null {
  const matches = existing.filter((e) => e.id !== event.id && isSameEvent(event, e));
  if (matches.length === 0) return null;
  const same = matches.filter((e) => (e.startDate === null) === (event.startDate === null));
  if (same.length > 0) return same.sort((x, y) => cmp(x.id, y.id))[0]!;
  // A plan joining: the earliest dated event for an undated plan (a dated event's undated plans have no start).
  return matches.sort((x, y) => cmp(x.startDate ?? '', y.startDate ?? '') || cmp(x.id, y.id))[0]!;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The narrower of two overlapping intervals: a day beats a month beats a year. */
export function narrowerInterval<T extends { startDate: string | null; endDate: string | null }>(a: T, b: T): T {
  if (!a.startDate || !a.endDate) return b;
  if (!b.startDate || !b.endDate) return a;
  const span = (x: T) => Date.parse(x.endDate!) - Date.parse(x.startDate!);
  return span(b) < span(a) ? b : a;
}

/** What a store knows of an event's links: every participant, its hosts, its places, the days it was reported on. */
export interface EventLinks {
  participants: Iterable<string>;
  hosts: Iterable<string>;
  places: Iterable<string>;
  /** Publication days of the articles that report it (null for an article without a date). */
  reportedOn: Iterable<string | null>;
}

/** The summary of an event from its properties (stored or in a fragment) and links. */
export function eventSummary(id: string, props: Props, links: EventLinks): EventSummary {
  const participantIds = [...new Set(links.participants)];
  const hostIds = [...new Set(links.hosts)];
  const places = [...new Set(links.places)];
  let placeId: string | null = null;
  for (const p of places) placeId = pickPlace(placeId, p);
  let reportedOn: string | null = null;
  for (const day of links.reportedOn) if (day !== null && (reportedOn === null || day > reportedOn)) reportedOn = day;
  return {
    id,
    type: props.type as EventType,
    status: props.status as EventStatus,
    startDate: props.startDate as string | null,
    endDate: props.endDate as string | null,
    participantIds,
    placeId,
    actorIds: participantIds.filter((p) => !hostIds.includes(p)),
    whereIds: [...new Set([...places, ...hostIds])],
    reportedOn,
  };
}

/** What merging needs to know of an event that is still inside an article's fragment. */
export function fragmentEventSummary(fragment: GraphFragment, key: string, props: Props): EventSummary {
  const roles = fragment.edges.filter((e) => e.type === 'PARTICIPATED_IN' && e.target === key);
  return eventSummary(key, props, {
    participants: roles.map((e) => e.source),
    hosts: roles.filter((e) => e.props.role === 'host').map((e) => e.source),
    places: fragment.edges.filter((e) => e.type === 'TOOK_PLACE_IN' && e.source === key).map((e) => e.target),
    reportedOn: [fragment.article.publishedAt],
  });
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

// ---------------------------------------------------------------- persons across articles

/**
 * The words of a person's name as names are compared: case and accents folded, dots and apostrophes dropped,
 * hyphens kept inside a word ("Kim Jong-il" -> kim, jong-il: "Jong-il" is one given name).
 */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`.]/g, '')
    .replace(/[‐‑–—_]/g, '-')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .split(' ')
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter((w) => w.length > 0);
}

/** One given name fits another: equal, or one is the other's initial ("M" fits "Madeleine"). */
function wordFits(a: string, b: string): boolean {
  return a === b || (a.length === 1 && b.startsWith(a)) || (b.length === 1 && a.startsWith(b));
}

/** Every word of `short` fits a word of `long`, in order (words of `long` may be left over). */
function fitsInOrder(short: readonly string[], long: readonly string[]): boolean {
  if (short.length === 0) return true;
  for (let i = 0; i + short.length <= long.length; i++) {
    if (wordFits(short[0]!, long[i]!) && fitsInOrder(short.slice(1), long.slice(i + 1))) return true;
  }
  return false;
}

/**
 * Whether two person names may name one person. A name of one word is a bare surname: it fits a longer name whose
 * last word (surname-last order, "Albright" ~ "Madeleine Albright") or first word (surname-first order, as Korean
 * and Chinese names are written: "Kim" ~ "Kim Jong-il", "Hu" ~ "Hu Jintao") it is. Two names of several words
 * need the same last word and their other words fitting in order, each equal or an initial ("Madeleine Albright"
 * ~ "Madeleine K. Albright" ~ "M. Albright"). So "Kim Jong-il" and "Kim Dae-jung" never fit (jong-il, dae-jung),
 * nor "Bill Clinton" and "Hillary Clinton".
 */
export function namesCompatible(a: string, b: string): boolean {
  const x = nameWords(a);
  const y = nameWords(b);
  if (x.length === 0 || y.length === 0) return false;
  if (x.length === 1 || y.length === 1) {
    const [bare, full] = x.length === 1 ? [x[0]!, y] : [y[0]!, x];
    return full[0] === bare || full.at(-1) === bare;
  }
  if (x.at(-1) !== y.at(-1)) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return fitsInOrder(short.slice(0, -1), long.slice(0, -1));
}

/** What a store keeps on every Person so it can find candidates: the first and last word of its name. */
export function personNameKeys(name: string): { firstWord: string; lastWord: string } {
  const words = nameWords(name);
  return { firstWord: words[0] ?? '', lastWord: words.at(-1) ?? '' };
}

/**
 * The keys under which a stored Person compatible with `name` must be found (a superset: namesCompatible decides).
 * A bare surname: persons whose first or last word it is. A longer name: persons with the same last word, and a
 * stored bare surname equal to its first word (its lastWord is that word).
 */
export function personLookupKeys(name: string): { lastWords: string[]; firstWords: string[] } {
  const words = nameWords(name);
  if (words.length === 0) return { lastWords: [], firstWords: [] };
  if (words.length === 1) return { lastWords: [words[0]!], firstWords: [words[0]!] };
  return { lastWords: [...new Set([words.at(-1)!, words[0]!])], firstWords: [] };
}

/** What person merging looks at: names, and the positions that are the evidence. */
export interface PersonSummary {
  id: string;
  name: string;
  aliases: string[];
  /** HOLDS_POSITION edges: the title and the country or organisation it is held in. */
  positions: Array<{ title: string; of: string; ofKind: EntityKind }>;
}

const sameName = (a: string, b: string) => nameWords(a).join(' ') === nameWords(b).join(' ');

/**
 * Evidence that two compatible names are one person: the same full name (a name of several words of one is a
 * name or alias of the other), the same position title (case, hyphens and dots ignored) in the same organisation,
 * or a position in the same country, whatever its title (the country affiliation).
 */
export function personEvidence(a: PersonSummary, b: PersonSummary): boolean {
  const full = (p: PersonSummary) => [p.name, ...p.aliases].filter((n) => nameWords(n).length > 1);
  const names = (p: PersonSummary) => [p.name, ...p.aliases];
  if (full(a).some((n) => names(b).some((m) => sameName(n, m))) || full(b).some((n) => names(a).some((m) => sameName(n, m)))) return true;
  return a.positions.some((p) =>
    b.positions.some((q) => p.of === q.of && (p.ofKind === 'Country' || normalizeName(p.title) === normalizeName(q.title))),
  );
}

/**
 * The stored Person an article's Person (not stored under its own id) merges into: the one stored person whose
 * name is compatible (namesCompatible), when there is evidence (personEvidence). Two or more compatible stored
 * persons are ambiguous ("Kim" with Kim Jong-il and Kim Dae-jung stored): no merge, even if only one of them has
 * evidence, since the evidence is shared by namesakes (a country) more often than a name is unique.
 */
export function findPersonMergeTarget(person: PersonSummary, stored: readonly PersonSummary[]): PersonSummary | null {
  const seen = new Set<string>();
  const compatible = stored.filter((s) => {
    if (s.id === person.id || seen.has(s.id)) return false;
    seen.add(s.id);
    return namesCompatible(person.name, s.name);
  });
  if (compatible.length !== 1) return null;
  return personEvidence(person, compatible[0]!) ? compatible[0]! : null;
}

/** A Person of an article's fragment as person merging sees it (its HOLDS_POSITION edges in the fragment). */
export function fragmentPersonSummary(fragment: GraphFragment, key: string): PersonSummary {
  const node = fragment.nodes.find((n) => n.key === key)!;
  const kindOf = new Map(fragment.nodes.map((n) => [n.key, n.label]));
  return {
    id: key,
    name: node.props.name as string,
    aliases: (node.props.aliases as string[] | undefined) ?? [],
    positions: fragment.edges
      .filter((e) => e.type === 'HOLDS_POSITION' && e.source === key)
      .map((e) => ({ title: e.props.title as string, of: e.target, ofKind: kindOf.get(e.target) as EntityKind })),
  };
}

// ---------------------------------------------------------------- applying decisions to a fragment

/** An edge's key with new ends: the type, the ends and the qualifier (a role, a title) as edgeKey builds it. */
export function remapEdgeKey(edge: Pick<EdgeRecord, 'key' | 'type' | 'source' | 'target'>, source: string, target: string): string {
  const ends = `${edge.type}:${edge.source}->${edge.target}`;
  if (!edge.key.startsWith(ends)) throw new Error(`remapEdgeKey: edge key "${edge.key}" does not start with "${ends}"`);
  const qualifier = edge.key.slice(ends.length).replace(/^:/, '');
  return edgeKey(edge.type, source, target, qualifier);
}

/**
 * The fragment with nodes re-keyed onto the stored nodes they merge into (a new fragment; the input is left as
 * it is). Edges follow their ends. A re-keyed entity's own name becomes one of its aliases, so the stored node
 * (which keeps its id and name) learns it.
 */
export function remapFragment(fragment: GraphFragment, remap: ReadonlyMap<string, string>): GraphFragment {
  if (remap.size === 0) return fragment;
  const to = (k: string) => remap.get(k) ?? k;
  const nodes = fragment.nodes.map((n) => {
    const key = remap.get(n.key);
    if (key === undefined) return n;
    const props: Props = { ...n.props, id: key };
    if (n.label !== 'Event' && n.label !== 'Article' && typeof n.props.name === 'string') {
      props.aliases = [...new Set([...((n.props.aliases as string[] | undefined) ?? []), n.props.name])].sort();
    }
    return { ...n, key, props };
  });
  const edges = fragment.edges.map((e) => {
    const source = to(e.source);
    const target = to(e.target);
    if (source === e.source && target === e.target) return e;
    return { ...e, key: remapEdgeKey(e, source, target), source, target };
  });
  return { article: fragment.article, nodes, edges };
}

/**
 * The provenance of two copies of one node or relationship united (`load --from`, importGraph): their
 * `articles` lists as one sorted list, or nothing when neither has one.
 */
export function unitedArticles(a: Props, b: Props): Props {
  if (!a.articles && !b.articles) return {};
  return { articles: [...new Set([...((a.articles as string[] | undefined) ?? []), ...((b.articles as string[] | undefined) ?? [])])].sort() };
}
