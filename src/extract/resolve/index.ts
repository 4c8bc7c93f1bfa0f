/**
 * Within-article event resolution: one event per real event. Mentions of the same event (headline,
 * lead, later paragraph) merge into the first, keeping the most informative attributes: every
 * participant, the most specific place, the narrowest dates, the most hedged status; the first
 * evidence stays and the others are listed in `mentions`. Mentions without participants ("the
 * tour", "this visit") join the nearest earlier compatible event or are dropped. Pure and
 * deterministic: the same input gives the same output, in text order, ids e1, e2, ...
 */
import type { Entity, EventStatus, Evidence, ExtractedEvent, Participant, Precision } from '../../model/types.js';
import { addDaysIso } from '../events/dates.js';
import { triggerEntryOf } from '../events/lexicon.js';
import { countryNamed } from '../entities/index.js';
import type { Doc, Stage } from '../pipeline.js';

const STATUS_RANK: Readonly<Record<EventStatus, number>> = { occurred: 0, planned: 1, possible: 2, cancelled: 3 };
const PRECISION_RANK: Readonly<Record<Precision, number>> = { day: 0, week: 1, month: 2, season: 3, quarter: 4, year: 5, decade: 6 };
const ROLE_RANK = { visitor: 0, host: 1, participant: 2 } as const;

/** How many earlier events a mention is compared with. */
const MAX_CANDIDATES = 200;
/** How many dated, placed gatherings an arrival is compared with. */
const MAX_GATHERINGS = 20;

const isContact = (e: ExtractedEvent) => e.type === 'Meeting' || e.type === 'Talks';
const statusClass = (s: EventStatus) => (s === 'occurred' ? 'real' : s === 'cancelled' ? 'cancelled' : 'future');
const ids = (ps: readonly Participant[]) => new Set(ps.map((p) => p.id));

interface Cluster {
  event: ExtractedEvent;
  /** Duration in days named by any mention ("the three-day tour"). */
  durationDays: number | null;
  strongTalks: boolean;
  /** Other evidence of the same event, and the evidence starts already listed. */
  mentions: Evidence[];
  seen: Set<number>;
  /** Multi-day intervals any mention gave ("leave on Wednesday after a three-day visit"). */
  ranges: Array<{ startDate: string; endDate: string }>;
}

export interface ResolveContext {
  publishedAt?: string | null;
  /** The article title: a headline mention merges with a more specific later one. */
  title?: string | null;
}

export function resolveEvents(events: readonly ExtractedEvent[], entities: readonly Entity[], context: ResolveContext = {}): ExtractedEvent[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const title = context.title?.trim() || null;
  const isTitle = (e: ExtractedEvent) => title !== null && e.evidence.text.trim() === title;
  const sorted = [...events].sort((a, b) => a.evidence.start - b.evidence.start || a.id.localeCompare(b.id, 'en', { numeric: true }));
  const clusters: Cluster[] = [];
  const orphans: ExtractedEvent[] = [];
  for (const ev of sorted) {
    if (ev.participants.length === 0) {
      orphans.push(ev);
      continue;
    }
    // Only the most recent clusters are candidates: bounded work per mention on any input.
    let target: Cluster | undefined;
    for (let k = clusters.length - 1, n = 0; k >= 0 && n < MAX_CANDIDATES; k--, n++) {
      if (compatible(clusters[k]!.event, ev, byId, isTitle(clusters[k]!.event) || isTitle(ev))) target = clusters[k];
    }
    if (target) absorb(target, ev, true);
    else {
      const mentions = [...(ev.mentions ?? [])];
      clusters.push({
        event: { ...ev, participants: [...ev.participants] },
        durationDays: durationOf(ev),
        strongTalks: isStrongTalks(ev),
        mentions,
        seen: new Set([ev.evidence.start, ...mentions.map((m) => m.start)]),
        ranges: rangeOf(ev),
      });
    }
  }
  // Participant-less mentions ("the three-day tour", "through this visit") join the nearest earlier
  // event of the same type (or the nearest later one when none precedes).
  for (const ev of orphans) {
    const same = clusters.slice(-MAX_CANDIDATES).filter((c) => c.event.type === ev.type && datesCompatible(c.event, ev) && placesCompatible(c.event, ev, byId));
    const before = same.filter((c) => c.event.evidence.start <= ev.evidence.start);
    const target = before.length > 0 ? before[before.length - 1] : same[0];
    if (target) absorb(target, ev, false);
  }
  for (const c of clusters) applyDuration(c);
  arrivalsLastTheGathering(clusters);
  tourLegs(clusters, byId);
  // After the tour is cut into legs: talks during a visit take the leg's dates, not the whole tour's.
  inheritVisitDates(clusters);
  inheritGatheringPlace(clusters, byId);
  const out = clusters.map((c) => {
    const { mentions: _old, ...rest } = personHostOnly(personVisitorOverCountry(c.event, byId));
    return c.mentions.length > 0 ? { ...rest, mentions: [...c.mentions].sort((a, b) => a.start - b.start) } : rest;
  });
  out.sort((a, b) => a.evidence.start - b.evidence.start);
  return guestHosts(out, entities, byId).map((e, i) => ({ ...e, id: `e${i + 1}` }));
}

export const resolveStage: Stage = {
  name: 'resolve',
  run: (doc: Doc) => ({ ...doc, events: resolveEvents(doc.events, doc.entities, { publishedAt: doc.article.publishedAt, title: doc.article.title }) }),
};

/**
 * "Hu will visit India ..., the first visit by top Chinese leaders": a country named as visitor
 * beside a visitor holding its office is that visitor's delegation, not a second party.
 */
function personVisitorOverCountry(e: ExtractedEvent, byId: ReadonlyMap<string, Entity>): ExtractedEvent {
  if (e.type !== 'Visit') return e;
  const led = new Set(e.participants.filter((p) => p.role === 'visitor').flatMap((p) => (byId.get(p.id)?.positions ?? []).filter((pos) => pos.time === 'current').map((pos) => pos.of)));
  if (led.size === 0) return e;
  const participants = e.participants.filter((p) => !(p.role === 'visitor' && p.kind === 'Country' && led.has(p.id)));
  return participants.length === e.participants.length ? e : { ...e, participants };
}

/** "as guest of", "as the guests of": the hosts of a visit follow. */
const GUEST_OF = /\bas (?:the )?guests? of\b/i;

/**
 * "Hu is to pay the state visits as guest of Vietnamese Communist Party leader Nong Duc Manh and its
 * State President Nguyen Minh Triet, Lao President Choummaly Sayasone, ...": each host in the list
 * receives the visit, by the same visitor, to the host's country (by position, by the demonym of the
 * organisation led, or, after "its", the previous host's). The host country stays a host: the list
 * names the state's leaders beside the state itself.
 */
function guestHosts(events: ExtractedEvent[], entities: readonly Entity[], byId: ReadonlyMap<string, Entity>): ExtractedEvent[] {
  const lists: Array<{ visitors: Set<string>; hosts: Array<{ person: Entity; country: string }> }> = [];
  for (const e of events) {
    if (e.type !== 'Visit') continue;
    for (const ev of [e.evidence, ...(e.mentions ?? [])]) {
      const m = GUEST_OF.exec(ev.text);
      if (!m) continue;
      const from = ev.start + m.index + m[0].length;
      const found: Array<{ start: number; end: number; person: Entity }> = [];
      for (const p of entities) {
        if (p.kind !== 'Person') continue;
        const at = p.mentions.find((x) => x.start >= from && x.end <= ev.end);
        if (at) found.push({ start: at.start, end: at.end, person: p });
      }
      found.sort((a, b) => a.start - b.start);
      const hosts: Array<{ person: Entity; country: string }> = [];
      let prevEnd = from;
      let prevCountry: string | null = null;
      for (const f of found) {
        const between = ev.text.slice(prevEnd - ev.start, f.start - ev.start);
        const country: string | null = homeCountry(f.person, byId) ?? (/\bits\b/i.test(between) ? prevCountry : null);
        if (country) hosts.push({ person: f.person, country });
        prevCountry = country;
        prevEnd = f.end;
      }
      // The visitor is named in the same sentence, before the list ("Hu is to pay the visits as guest of").
      const namedBefore = (id: string) => byId.get(id)?.mentions.some((x) => x.start >= ev.start && x.end <= from) ?? false;
      const visitors = new Set(e.participants.filter((p) => p.role === 'visitor' && namedBefore(p.id)).map((p) => p.id));
      if (hosts.length > 0 && visitors.size > 0) lists.push({ visitors, hosts });
    }
  }
  if (lists.length === 0) return events;
  return events.map((e) => {
    if (e.type !== 'Visit' || e.status === 'cancelled') return e;
    const countries = new Set(e.participants.filter((p) => p.role === 'host' && p.kind === 'Country').map((p) => p.id));
    if (countries.size === 0) return e;
    const added: Participant[] = [];
    for (const l of lists) {
      if (!e.participants.some((p) => p.role === 'visitor' && l.visitors.has(p.id))) continue;
      for (const h of l.hosts) {
        if (!countries.has(h.country) || e.participants.some((p) => p.id === h.person.id) || added.some((p) => p.id === h.person.id)) continue;
        added.push({ id: h.person.id, name: h.person.name, kind: h.person.kind, role: 'host' });
      }
    }
    return added.length === 0 ? e : { ...e, participants: [...e.participants, ...added] };
  });
}

/** A person's country: a current position's country, or the country whose demonym opens the name of the organisation led. */
function homeCountry(p: Entity, byId: ReadonlyMap<string, Entity>): string | null {
  for (const pos of p.positions ?? []) {
    if (pos.time !== 'current' || !pos.of) continue;
    const of = byId.get(pos.of);
    if (of?.kind === 'Country') return of.id;
    if (of?.kind === 'Organization') {
      const c = countryNamed(of.name.split(' ')[0] ?? '');
      if (c) return c;
    }
  }
  return null;
}

/**
 * Host policy (GUIDELINES "host: who receives them, when named"; the dev gold names a person host
 * without the country in 5 of 9 visits with one): a visit received by a named person keeps that
 * person as host and drops the host country, which stays the place.
 */
function personHostOnly(e: ExtractedEvent): ExtractedEvent {
  if (e.type !== 'Visit' || !e.participants.some((p) => p.role === 'host' && p.kind === 'Person')) return e;
  return { ...e, participants: e.participants.filter((p) => !(p.role === 'host' && p.kind === 'Country')) };
}

/**
 * "talks on the sidelines of the upcoming APEC forum", "a summit during the APEC event": a contact
 * event with no place whose evidence names a gathering (an organisation that is the only kind of
 * party of a placed Meeting of the article) takes place there, and its dates when it has none.
 */
function inheritGatheringPlace(clusters: Cluster[], byId: ReadonlyMap<string, Entity>): void {
  const gatherings = new Map<string, ExtractedEvent>();
  for (const c of clusters) {
    const e = c.event;
    if (e.type !== 'Meeting' || !e.place || !e.participants.every((p) => p.kind === 'Organization')) continue;
    for (const p of e.participants) if (!gatherings.has(p.id)) gatherings.set(p.id, e);
  }
  if (gatherings.size === 0) return;
  for (const c of clusters) {
    const e = c.event;
    if (!isContact(e) || e.place || gatherings.size === 0) continue;
    for (const [orgId, g] of gatherings) {
      if (g === e || e.participants.some((p) => p.id === orgId)) continue;
      const org = byId.get(orgId);
      if (!org?.mentions.some((m) => m.start >= e.evidence.start && m.end <= e.evidence.end)) continue;
      if (statusClass(g.status) !== statusClass(e.status) && !(e.status === 'possible' && g.status === 'planned')) continue;
      c.event = { ...e, place: g.place, ...(e.startDate ? {} : { startDate: g.startDate, endDate: g.endDate, precision: g.precision }) };
      break;
    }
  }
}

// ---------------------------------------------------------------- compatibility

export function compatible(a: ExtractedEvent, b: ExtractedEvent, byId: ReadonlyMap<string, Entity>, headline = false): boolean {
  if (a.type !== b.type && !(isContact(a) && isContact(b))) return false;
  if (!datesCompatible(a, b)) return false;
  if (!statusCompatible(a, b)) return false;
  if (a.type === 'Visit') {
    // Two named destinations are two visits ("will visit China" / "will visit Urumqi"), except that a
    // headline's country covers the lead's city.
    if (a.place && b.place && a.place.id !== b.place.id && !(headline && placesCompatible(a, b, byId))) return false;
    const va = a.participants.filter((p) => p.role === 'visitor').map((p) => p.id);
    const vb = new Set(b.participants.filter((p) => p.role === 'visitor').map((p) => p.id));
    if (!va.some((id) => vb.has(id)) && !countryOfVisitor(a, b, byId) && !countryOfVisitor(b, a, byId)) return false;
    const ha = a.participants.filter((p) => p.role === 'host').map((p) => p.id);
    const hb = new Set(b.participants.filter((p) => p.role === 'host').map((p) => p.id));
    if (ha.length > 0 && hb.size > 0 && !ha.some((id) => hb.has(id)) && a.place?.id !== b.place?.id) return false;
    // "a state visit to Russia" / "also planned to visit Gazprom": an organisation visited is another visit.
    // ... and so is a visit no host is named for ("Kuchma's four-day state visit").
    if (hostKinds(a, byId).has('Organization') !== hostKinds(b, byId).has('Organization') && (ha.length > 0 || hb.size > 0)) return false;
    return true;
  }
  // "wrapped up a meeting with Saddam" / "is expected to meet Aziz": each side meets a person the other does not.
  if (statusClass(a.status) !== statusClass(b.status) && ownPersons(a, b) && ownPersons(b, a)) return false;
  // "agreed to meet during a telephone conversation": a call is never the meeting it arranges.
  if (isCall(a) !== isCall(b)) return false;
  // "exchange views with the Chinese side" / "hold talks with Chinese Premier Wen Jiabao": countries
  // named as the sides of talks their office-holders hold.
  if (statusClass(a.status) === statusClass(b.status) && (sidesOf(a, b, byId) || sidesOf(b, a, byId))) return true;
  // Contact events: one participant set within the other, or two shared parties.
  const sa = ids(a.participants);
  const sb = ids(b.participants);
  let shared = 0;
  for (const id of sa) if (sb.has(id)) shared++;
  if (shared === 0) return false;
  if (sameDay(a, b)) return true;
  return shared >= 2 || shared === sa.size || shared === sb.size;
}

/**
 * "Hu will visit India from Nov. 20 to 23, the first visit by top Chinese leaders": a visit whose
 * only visitor is a country, dated and placed like a visit by a holder of that country's office, is
 * the same visit.
 */
function countryOfVisitor(a: ExtractedEvent, b: ExtractedEvent, byId: ReadonlyMap<string, Entity>): boolean {
  const va = a.participants.filter((p) => p.role === 'visitor');
  if (va.length === 0 || !va.every((p) => p.kind === 'Country')) return false;
  if (!a.startDate || a.startDate !== b.startDate || a.endDate !== b.endDate || (a.place && a.place.id !== b.place?.id)) return false;
  return b.participants.some((p) => p.role === 'visitor' && (byId.get(p.id)?.positions ?? []).some((pos) => pos.time === 'current' && va.some((v) => v.id === pos.of)));
}

const CALL_LEMMAS: ReadonlySet<string> = new Set(['telephone call', 'telephone']);
const isCall = (e: ExtractedEvent) => CALL_LEMMAS.has(triggerEntryOf(e.trigger)?.lemma ?? '');

/**
 * Whether every party of contact event `a` is a Country (two at least) that `b` names or whose
 * office a Person of `b` holds: "Mongolia ... exchange views with the Chinese side" and "Enkhbold
 * will hold talks with Chinese Premier Wen Jiabao".
 */
function sidesOf(a: ExtractedEvent, b: ExtractedEvent, byId: ReadonlyMap<string, Entity>): boolean {
  if (a.participants.length < 2 || !a.participants.every((p) => p.kind === 'Country')) return false;
  if (b.participants.every((p) => p.kind === 'Country')) return false;
  const held = new Set<string>();
  for (const p of b.participants) {
    held.add(p.id);
    for (const pos of byId.get(p.id)?.positions ?? []) if (pos.time === 'current' && pos.of) held.add(pos.of);
  }
  return a.participants.every((p) => held.has(p.id));
}

function hostKinds(e: ExtractedEvent, byId: ReadonlyMap<string, Entity>): Set<string> {
  return new Set(e.participants.filter((p) => p.role === 'host').map((p) => byId.get(p.id)?.kind ?? p.kind));
}

/** Whether `a` has a Person participant `b` lacks. */
function ownPersons(a: ExtractedEvent, b: ExtractedEvent): boolean {
  const sb = ids(b.participants);
  return a.participants.some((p) => p.kind === 'Person' && !sb.has(p.id));
}

function sameDay(a: ExtractedEvent, b: ExtractedEvent): boolean {
  return !!a.startDate && a.precision === 'day' && b.precision === 'day' && a.startDate === b.startDate && a.endDate === b.endDate;
}

function datesCompatible(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (!a.startDate || !a.endDate || !b.startDate || !b.endDate) return true;
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

function statusCompatible(a: ExtractedEvent, b: ExtractedEvent): boolean {
  if (statusClass(a.status) === statusClass(b.status)) return true;
  const aDated = !!a.startDate;
  const bDated = !!b.startDate;
  if (aDated && bDated) return true; // overlapping dates already checked
  if (!aDated && !bDated) return a.status !== 'cancelled' && b.status !== 'cancelled';
  return false;
}

function placesCompatible(a: ExtractedEvent, b: ExtractedEvent, byId: ReadonlyMap<string, Entity>): boolean {
  if (!a.place || !b.place || a.place.id === b.place.id) return true;
  const pa = byId.get(a.place.id);
  const pb = byId.get(b.place.id);
  if (pa?.kind === 'Place' && pa.country === b.place.id) return true;
  if (pb?.kind === 'Place' && pb.country === a.place.id) return true;
  return false;
}

// ---------------------------------------------------------------- merging

function absorb(c: Cluster, ev: ExtractedEvent, informative: boolean): void {
  const e = c.event;
  for (const m of [ev.evidence, ...(ev.mentions ?? [])]) {
    if (c.seen.has(m.start)) continue;
    c.seen.add(m.start);
    c.mentions.push(m);
  }

  let participants = e.participants;
  let status = e.status;
  let type = e.type;
  if (informative) {
    participants = mergeParticipants(e.participants, ev.participants);
    if (STATUS_RANK[ev.status] > STATUS_RANK[status]) status = ev.status;
    if (isStrongTalks(ev)) c.strongTalks = true;
    if (isContact(e) && ev.type !== e.type) type = c.strongTalks ? 'Talks' : 'Meeting';
  }
  const place = morePrecisePlace(e.place, ev.place);
  const dates = narrower(e, ev);
  c.event = { ...e, type, status, participants, place, ...dates };
  const d = durationOf(ev);
  if (d !== null && c.durationDays === null) c.durationDays = d;
  c.ranges.push(...rangeOf(ev));
}

function rangeOf(e: ExtractedEvent): Array<{ startDate: string; endDate: string }> {
  return e.startDate && e.endDate && e.startDate < e.endDate && e.precision === 'day' ? [{ startDate: e.startDate, endDate: e.endDate }] : [];
}

function mergeParticipants(a: readonly Participant[], b: readonly Participant[]): Participant[] {
  const out = a.map((p) => ({ ...p }));
  for (const p of b) {
    const have = out.find((x) => x.id === p.id);
    if (!have) out.push({ ...p });
    else if (ROLE_RANK[p.role] < ROLE_RANK[have.role]) have.role = p.role;
  }
  return out;
}

function morePrecisePlace(a: ExtractedEvent['place'], b: ExtractedEvent['place']): ExtractedEvent['place'] {
  if (!a) return b;
  if (!b) return a;
  if (a.kind === 'Country' && b.kind === 'Place') return b;
  return a;
}

function narrower(a: ExtractedEvent, b: ExtractedEvent): Pick<ExtractedEvent, 'startDate' | 'endDate' | 'precision'> {
  const pick = (e: ExtractedEvent) => ({ startDate: e.startDate, endDate: e.endDate, precision: e.precision });
  if (!b.startDate || !b.endDate) return pick(a);
  if (!a.startDate || !a.endDate) return pick(b);
  // "visiting Romanian Foreign Minister Ungureanu said here Monday": a day the visitor was there, inside
  // the visit another mention dates ("arrived in China on Saturday"), not the visit itself.
  if (a.type === 'Visit' && b.type === 'Visit') {
    if (dayDuringVisit(b) && a.startDate <= b.startDate && b.endDate <= a.endDate) return pick(a);
    if (dayDuringVisit(a) && b.startDate <= a.startDate && a.endDate <= b.endDate) return pick(b);
  }
  const la = span(a);
  const lb = span(b);
  if (lb < la) return pick(b);
  if (lb === la && b.precision && a.precision && PRECISION_RANK[b.precision] < PRECISION_RANK[a.precision]) return pick(b);
  return pick(a);
}

/** A visit mention by the adjective "visiting", dated by its visitor's saying: one day of the visit. */
function dayDuringVisit(e: ExtractedEvent): boolean {
  return e.trigger?.toLowerCase() === 'visiting' && e.startDate === e.endDate;
}

function span(e: ExtractedEvent): number {
  return (Date.parse(e.endDate!) - Date.parse(e.startDate!)) / 86_400_000;
}

function isStrongTalks(e: ExtractedEvent): boolean {
  if (e.type !== 'Talks') return false;
  const entry = triggerEntryOf(e.trigger);
  return !entry || !entry.weak;
}

/** A stated length ("three-day", "two days") in a mention's evidence near its trigger. */
function durationOf(e: ExtractedEvent): number | null {
  const trig = e.trigger?.toLowerCase();
  if (!trig) return null;
  const text = e.evidence.text.toLowerCase();
  const at = text.indexOf(trig);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 30), at);
  const m = /\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[- ]days?\b[^.,;]*$/.exec(before);
  if (!m) return null;
  const words: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
  return words[m[1]!] ?? Number(m[1]);
}

/** A start day plus a duration another mention gave: "visit Guizhou on Nov. 21" + "the three-day tour". */
function applyDuration(c: Cluster): void {
  const e = c.event;
  const d = c.durationDays;
  if (d === null || d < 2 || !e.startDate || e.startDate !== e.endDate || e.precision !== 'day') return;
  // A day inside a stated interval of that length ("said on Tuesday" during "a three-day visit" that
  // ends Wednesday) is a day of the visit, not its first.
  const day = e.startDate;
  const known = c.ranges.find((r) => r.startDate <= day && day <= r.endDate && addDaysIso(r.startDate, d - 1) === r.endDate);
  if (known) {
    c.event = { ...e, startDate: known.startDate, endDate: known.endDate };
    return;
  }
  c.event = { ...e, endDate: addDaysIso(e.startDate, d - 1) };
}

/**
 * "Afwerki is expected to arrive early Saturday morning" for "a China-Africa summit due to open
 * Saturday" in Beijing: a visit known by its arrival day lasts until the end of a dated gathering at
 * the same place that opens within two days of the arrival.
 */
/** Triggers telling a traveller's arrival ("arrived", "the touchdown of the airplane taken by X", "landed in"). */
const ARRIVAL_LEMMAS: ReadonlySet<string> = new Set(['arrive', 'arrival', 'touchdown', 'land']);

function arrivalsLastTheGathering(clusters: Cluster[]): void {
  // Few gatherings per article: at most the first MAX_GATHERINGS are looked at (bounded work).
  const gatherings = clusters.filter((c) => c.event.type === 'Meeting' && c.event.place && c.event.startDate && c.event.endDate && c.event.status !== 'cancelled').slice(0, MAX_GATHERINGS);
  if (gatherings.length === 0) return;
  for (const c of clusters) {
    const e = c.event;
    if (e.type !== 'Visit' || !e.place || !e.startDate || e.precision !== 'day' || c.durationDays !== null) continue;
    if (!ARRIVAL_LEMMAS.has(triggerEntryOf(e.trigger)?.lemma ?? '') || e.status === 'cancelled') continue;
    const arrival = e.startDate;
    const g = gatherings.find((m) => m.event.place!.id === e.place!.id && m.event.startDate! >= arrival && m.event.startDate! <= addDaysIso(arrival, 2) && m.event.endDate! > e.endDate!);
    if (g) c.event = { ...e, endDate: g.event.endDate };
  }
}

/**
 * "Hu will pay successive state visits to Vietnam, Laos, India and Pakistan from Nov. 15 to 26" with
 * "Hu will visit Laos from Nov. 19 to 20" and so on: a visitor's visit dated by the whole tour, whose
 * interval holds the visitor's other dated visits to other places that all start later, lasts until
 * the first of them begins.
 */
function tourLegs(clusters: Cluster[], byId: ReadonlyMap<string, Entity>): void {
  for (let k = 0; k < clusters.length; k++) {
    const c = clusters[k]!;
    const e = c.event;
    if (e.type !== 'Visit' || !e.startDate || !e.endDate || e.precision !== 'day' || e.startDate === e.endDate) continue;
    const visitors = new Set(e.participants.filter((p) => p.role === 'visitor').map((p) => p.id));
    // The legs follow the tour's announcement: only the next clusters are looked at (bounded work).
    const legs = clusters.slice(k + 1, k + 1 + MAX_CANDIDATES).filter(
      (o) =>
        o !== c &&
        o.event.type === 'Visit' &&
        o.event.startDate &&
        o.event.endDate &&
        o.event.place?.id !== e.place?.id &&
        // "a visit to China from Nov. 22 to 27" with stops in Chinese cities: stops, not legs.
        !(e.place && o.event.place && placesCompatible(e, o.event, byId)) &&
        o.event.participants.some((p) => p.role === 'visitor' && visitors.has(p.id)) &&
        o.event.startDate >= e.startDate! &&
        o.event.endDate <= e.endDate!,
    );
    if (legs.length < 2 || legs.some((o) => o.event.startDate! <= e.startDate!)) continue;
    const firstLeg = legs.map((o) => o.event.startDate!).sort()[0]!;
    c.event = { ...e, endDate: firstLeg };
  }
}

/**
 * A planned meeting or talks of a visitor during a dated planned visit takes the visit's dates
 * ("During his visit, Enkhbold will meet ..."). Only when exactly one such visit exists.
 */
function inheritVisitDates(clusters: Cluster[]): void {
  const visits = clusters.filter((c) => c.event.type === 'Visit' && c.event.startDate && statusClass(c.event.status) !== 'real');
  for (const c of clusters) {
    const e = c.event;
    if (!isContact(e) || e.startDate || statusClass(e.status) === 'real') continue;
    const pids = ids(e.participants);
    // "had been due to hold talks with King Abdullah II" goes with the postponed visit, not a planned one.
    let cands = visits.filter((v) => statusClass(v.event.status) === statusClass(e.status) && v.event.participants.some((p) => p.role === 'visitor' && pids.has(p.id)));
    // "Hu will visit Vietnam, Laos, India ... the two leaders (Hu and Vietnam's) will exchange views": the
    // visit whose host is the other party.
    if (cands.length > 1) cands = cands.filter((v) => v.event.participants.some((p) => p.role === 'host' && pids.has(p.id)));
    if (cands.length !== 1) continue;
    const v = cands[0]!.event;
    c.event = { ...e, startDate: v.startDate, endDate: v.endDate, precision: v.precision, place: e.place ?? v.place };
  }
}

