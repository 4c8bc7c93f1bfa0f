/**
 * `eventline evaluate events`: scores extracted events against gold annotations exactly as
 * ../shared/gold/GUIDELINES.md "How a system is scored" says.
 *
 * - A system event matches a gold event when the types agree (strict) or both are contact events
 *   (Meeting/Talks, lenient), at least one participant matches (case, hyphens and spacing ignored; a
 *   name matches a longer name containing all its words; gold aliases and the system entity's
 *   aliases count), and, where both are dated, the intervals overlap.
 * - Matching is one-to-one and maximal (Hungarian assignment; required gold events are preferred to
 *   optional ones, then closer matches). Optional gold events are neither credited nor missed: a
 *   system event matched to one is not counted at all.
 * - Over lenient matches with required gold events: exact-interval date accuracy (gold dated),
 *   participant P/R/F1 (names, one-to-one), place accuracy, status accuracy; full-event F1 counts a
 *   match whose type, every participant, place, dates (null for null) and status are right.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../model/errors.js';
import { normalizeName } from '../model/ids.js';
import type { Entity, EventStatus, EventType, ExtractedEvent, Extraction, Timex } from '../model/types.js';

// ---------------------------------------------------------------- gold format

export interface GoldParticipant {
  name: string;
  role: string;
  aliases?: string[];
}

export interface GoldEvent {
  type: EventType;
  status: EventStatus;
  start: string | null;
  end: string | null;
  participants: GoldParticipant[];
  place: string | null;
  optional?: boolean;
  evidence?: string;
}

export interface GoldDoc {
  doc: string;
  publishedAt?: string | null;
  events: GoldEvent[];
}

const TYPES = new Set(['Visit', 'Meeting', 'Talks']);
const STATUSES = new Set(['occurred', 'planned', 'possible', 'cancelled']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a gold JSONL file; throws InputError naming the line and the problem. */
export function loadGold(path: string): GoldDoc[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new InputError(path, `cannot read gold file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseGold(text, path);
}

export function parseGold(text: string, file = '<gold>'): GoldDoc[] {
  const docs: GoldDoc[] = [];
  const lines = text.split(/\r?\n/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const fail = (reason: string): never => {
      throw new InputError(file, reason, i + 1);
    };
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch {
      fail('not valid JSON');
    }
    const d = obj as Partial<GoldDoc>;
    if (!d || typeof d !== 'object' || typeof d.doc !== 'string' || !Array.isArray(d.events)) fail('expected {"doc": string, "events": [...]}');
    d.events!.forEach((e, k) => {
      const where = `event ${k + 1}`;
      if (!TYPES.has(e.type)) fail(`${where}: type must be Visit, Meeting or Talks, got ${JSON.stringify(e.type)}`);
      if (!STATUSES.has(e.status)) fail(`${where}: unknown status ${JSON.stringify(e.status)}`);
      for (const k2 of ['start', 'end'] as const) {
        const v = e[k2];
        if (v !== null && (typeof v !== 'string' || !ISO_DAY.test(v))) fail(`${where}: ${k2} must be an ISO day or null`);
      }
      if (!Array.isArray(e.participants) || e.participants.some((p) => typeof p?.name !== 'string')) fail(`${where}: participants must be [{name, role}]`);
      if (e.place !== null && typeof e.place !== 'string') fail(`${where}: place must be a string or null`);
    });
    docs.push({ doc: d.doc!, publishedAt: d.publishedAt ?? null, events: d.events! });
  });
  return docs;
}

// ---------------------------------------------------------------- names

function words(name: string): string[] {
  return normalizeName(name).split(' ').filter(Boolean);
}

/** Case, hyphens and spacing ignored; a name matches a longer name containing all its words. */
export function namesMatch(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (wa.join('') === wb.join('')) return true;
  const sa = new Set(wa);
  const sb = new Set(wb);
  return wa.every((w) => sb.has(w)) || wb.every((w) => sa.has(w));
}

function anyNamesMatch(as: readonly string[], bs: readonly string[]): boolean {
  return as.some((a) => bs.some((b) => namesMatch(a, b)));
}

interface SysParticipant {
  names: string[];
  role: string;
}

// ---------------------------------------------------------------- report types

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface Ratio {
  correct: number;
  total: number;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface MatchDetail {
  gold: GoldEvent;
  system: ExtractedEvent;
  typeRight: boolean;
  datesRight: boolean | null;
  placeRight: boolean;
  statusRight: boolean;
  participantsRight: boolean;
  full: boolean;
  /** Time expressions of the system event's evidence sentences (its own and its other mentions), for the dates listing. */
  evidenceTimexes: Array<Pick<Timex, 'text' | 'value'>>;
}

/**
 * Why a matched event's interval is wrong: `missing` (gold dated, system none), `extra` (system
 * dated where the gold has no time expression), `start`/`end` (one bound wrong: a duration or range
 * built wrongly), `both` (another time expression, or a wrong normalisation).
 */
export type DateErrorClass = 'missing' | 'extra' | 'start' | 'end' | 'both';

export function dateErrorClass(g: GoldEvent, s: ExtractedEvent): DateErrorClass | null {
  if (!g.start) return s.startDate === null && s.endDate === null ? null : 'extra';
  if (!s.startDate) return 'missing';
  if (g.start === s.startDate && g.end === s.endDate) return null;
  if (g.start === s.startDate) return 'end';
  if (g.end === s.endDate) return 'start';
  return 'both';
}

export interface DocReport {
  doc: string;
  /** Gold events that are not optional. */
  goldRequired: number;
  /** System events counted (not matched to an optional gold event). */
  systemCounted: number;
  strict: Tally;
  lenient: Tally;
  dates: Ratio;
  participants: Tally;
  place: Ratio;
  status: Ratio;
  full: number;
  misses: GoldEvent[];
  spurious: ExtractedEvent[];
  matches: MatchDetail[];
  /** No system extraction was given for this gold document. */
  noSystem: boolean;
  /** The document date, for the dates listing. */
  publishedAt?: string | null;
}

export interface Totals {
  goldRequired: number;
  systemCounted: number;
  strict: Tally & Prf;
  lenient: Tally & Prf;
  dateAccuracy: Ratio & { accuracy: number };
  participants: Tally & Prf;
  placeAccuracy: Ratio & { accuracy: number };
  statusAccuracy: Ratio & { accuracy: number };
  full: { correct: number } & Prf;
}

export interface Report {
  docs: DocReport[];
  total: Totals;
  /** System documents with no gold line (not scored). */
  unscored: string[];
}

// ---------------------------------------------------------------- scoring

export function evaluateEvents(gold: readonly GoldDoc[], system: readonly Extraction[]): Report {
  const byId = new Map<string, Extraction>();
  for (const x of system) byId.set(x.article.id, x);
  const goldIds = new Set(gold.map((g) => g.doc));
  const docs = gold.map((g) => scoreDoc(g, byId.get(g.doc) ?? null));
  const unscored = system.map((x) => x.article.id).filter((id) => !goldIds.has(id));
  return { docs, total: totals(docs), unscored };
}

function sysParticipants(ev: ExtractedEvent, entities: ReadonlyMap<string, Entity>): SysParticipant[] {
  return ev.participants.map((p) => ({ names: [p.name, ...(entities.get(p.id)?.aliases ?? [])], role: p.role }));
}

function goldNames(p: GoldParticipant): string[] {
  return [p.name, ...(p.aliases ?? [])];
}

function overlaps(g: GoldEvent, s: ExtractedEvent): boolean {
  if (!g.start || !g.end || !s.startDate || !s.endDate) return true;
  return g.start <= s.endDate && s.startDate <= g.end;
}

const isContact = (t: EventType) => t === 'Meeting' || t === 'Talks';

function matches(g: GoldEvent, s: ExtractedEvent, sp: readonly SysParticipant[], lenient: boolean): boolean {
  const typeOk = g.type === s.type || (lenient && isContact(g.type) && isContact(s.type));
  if (!typeOk) return false;
  if (!g.participants.some((gp) => sp.some((p) => anyNamesMatch(goldNames(gp), p.names)))) return false;
  return overlaps(g, s);
}

/** One-to-one name matching of participants; returns the number of matched pairs. */
function participantPairs(gold: readonly GoldParticipant[], sys: readonly SysParticipant[]): number {
  const adj = gold.map((gp) => sys.map((p) => anyNamesMatch(goldNames(gp), p.names)));
  return maxBipartite(adj, sys.length);
}

function maxBipartite(adj: boolean[][], m: number): number {
  const matchR: number[] = new Array(m).fill(-1);
  const tryL = (l: number, seen: boolean[]): boolean => {
    for (let r = 0; r < m; r++) {
      if (!adj[l]![r] || seen[r]) continue;
      seen[r] = true;
      if (matchR[r] === -1 || tryL(matchR[r]!, seen)) {
        matchR[r] = l;
        return true;
      }
    }
    return false;
  };
  let n = 0;
  for (let l = 0; l < adj.length; l++) if (tryL(l, new Array(m).fill(false))) n++;
  return n;
}

function placeRight(g: GoldEvent, s: ExtractedEvent, entities: ReadonlyMap<string, Entity>): boolean {
  if (!g.place) return s.place === null;
  if (!s.place) return false;
  return anyNamesMatch([g.place], [s.place.name, ...(entities.get(s.place.id)?.aliases ?? [])]);
}

function assign(gold: readonly GoldEvent[], sys: readonly ExtractedEvent[], sp: readonly SysParticipant[][], lenient: boolean): Array<[number, number]> {
  // Weights: a required gold event outweighs any number of optional ones; ties broken by closeness.
  const w: number[][] = gold.map((g) =>
    sys.map((s, j) => {
      if (!matches(g, s, sp[j]!, lenient)) return 0;
      const shared = participantPairs(g.participants, sp[j]!);
      let q = shared * 4 + (g.type === s.type ? 8 : 0) + (g.start === s.startDate && g.end === s.endDate ? 2 : 0) + (g.status === s.status ? 1 : 0);
      q = Math.min(q, 99);
      return (g.optional ? 100 : 10_000) + q;
    }),
  );
  return hungarianMax(w).filter(([i, j]) => w[i]![j]! > 0);
}

/** Maximum-weight assignment on a rectangular matrix (Hungarian algorithm, O(n^3)). */
export function hungarianMax(w: readonly (readonly number[])[]): Array<[number, number]> {
  const rows = w.length;
  const cols = rows > 0 ? w[0]!.length : 0;
  const n = Math.max(rows, cols);
  if (n === 0) return [];
  let maxW = 0;
  for (const r of w) for (const x of r) maxW = Math.max(maxW, x);
  const cost = (i: number, j: number) => maxW - (i < rows && j < cols ? w[i]![j]! : 0);
  const u = new Array(n + 1).fill(0);
  const v = new Array(n + 1).fill(0);
  const p = new Array(n + 1).fill(0);
  const way = new Array(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array(n + 1).fill(Infinity);
    const used = new Array(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  const out: Array<[number, number]> = [];
  for (let j = 1; j <= n; j++) if (p[j] > 0 && p[j] - 1 < rows && j - 1 < cols) out.push([p[j] - 1, j - 1]);
  return out.sort((a, b) => a[0] - b[0]);
}

function scoreDoc(g: GoldDoc, x: Extraction | null): DocReport {
  const sys = x?.events ?? [];
  const entities = new Map((x?.entities ?? []).map((e) => [e.id, e]));
  const sp = sys.map((s) => sysParticipants(s, entities));
  const required = g.events.filter((e) => !e.optional).length;

  const tally = (lenient: boolean): { t: Tally; pairs: Array<[number, number]> } => {
    const pairs = assign(g.events, sys, sp, lenient);
    const tp = pairs.filter(([i]) => !g.events[i]!.optional).length;
    const onOptional = pairs.length - tp;
    return { t: { tp, fp: sys.length - tp - onOptional, fn: required - tp }, pairs };
  };
  const strict = tally(false);
  const lenient = tally(true);

  const rep: DocReport = {
    doc: g.doc,
    goldRequired: required,
    systemCounted: lenient.t.tp + lenient.t.fp,
    strict: strict.t,
    lenient: lenient.t,
    dates: { correct: 0, total: 0 },
    participants: { tp: 0, fp: 0, fn: 0 },
    place: { correct: 0, total: 0 },
    status: { correct: 0, total: 0 },
    full: 0,
    misses: [],
    spurious: [],
    matches: [],
    noSystem: x === null,
  };
  const matchedGold = new Set<number>();
  const matchedSys = new Set<number>();
  for (const [i, j] of lenient.pairs) {
    matchedGold.add(i);
    matchedSys.add(j);
    const ge = g.events[i]!;
    if (ge.optional) continue;
    const se = sys[j]!;
    const pairs = participantPairs(ge.participants, sp[j]!);
    rep.participants.tp += pairs;
    rep.participants.fp += sp[j]!.length - pairs;
    rep.participants.fn += ge.participants.length - pairs;
    const datesRight = ge.start ? ge.start === se.startDate && ge.end === se.endDate : null;
    if (datesRight !== null) {
      rep.dates.total++;
      if (datesRight) rep.dates.correct++;
    }
    const pr = placeRight(ge, se, entities);
    rep.place.total++;
    if (pr) rep.place.correct++;
    const stRight = ge.status === se.status;
    rep.status.total++;
    if (stRight) rep.status.correct++;
    const partsRight = pairs === ge.participants.length && pairs === sp[j]!.length;
    const typeRight = ge.type === se.type;
    const datesFull = datesRight ?? (se.startDate === null && se.endDate === null);
    const full = typeRight && partsRight && pr && datesFull && stRight;
    if (full) rep.full++;
    const spans = [se.evidence, ...(se.mentions ?? [])];
    const evidenceTimexes = (x?.timexes ?? []).filter((t) => spans.some((e) => t.start >= e.start && t.end <= e.end)).map(({ text, value }) => ({ text, value }));
    rep.matches.push({ gold: ge, system: se, typeRight, datesRight, placeRight: pr, statusRight: stRight, participantsRight: partsRight, full, evidenceTimexes });
  }
  rep.publishedAt = g.publishedAt ?? x?.article.publishedAt ?? null;
  rep.misses = g.events.filter((e, i) => !e.optional && !matchedGold.has(i));
  rep.spurious = sys.filter((_, j) => !matchedSys.has(j));
  return rep;
}

function prf(t: Tally): Prf {
  const precision = t.tp + t.fp === 0 ? 0 : t.tp / (t.tp + t.fp);
  const recall = t.tp + t.fn === 0 ? 0 : t.tp / (t.tp + t.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const sumTally = (ts: Tally[]): Tally => ts.reduce((a, b) => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn }), { tp: 0, fp: 0, fn: 0 });
const sumRatio = (rs: Ratio[]): Ratio & { accuracy: number } => {
  const r = rs.reduce((a, b) => ({ correct: a.correct + b.correct, total: a.total + b.total }), { correct: 0, total: 0 });
  return { ...r, accuracy: r.total === 0 ? 0 : r.correct / r.total };
};

function totals(docs: readonly DocReport[]): Totals {
  const strict = sumTally(docs.map((d) => d.strict));
  const lenient = sumTally(docs.map((d) => d.lenient));
  const participants = sumTally(docs.map((d) => d.participants));
  const goldRequired = docs.reduce((a, d) => a + d.goldRequired, 0);
  const systemCounted = docs.reduce((a, d) => a + d.systemCounted, 0);
  const fullCorrect = docs.reduce((a, d) => a + d.full, 0);
  const fullP = systemCounted === 0 ? 0 : fullCorrect / systemCounted;
  const fullR = goldRequired === 0 ? 0 : fullCorrect / goldRequired;
  return {
    goldRequired,
    systemCounted,
    strict: { ...strict, ...prf(strict) },
    lenient: { ...lenient, ...prf(lenient) },
    dateAccuracy: sumRatio(docs.map((d) => d.dates)),
    participants: { ...participants, ...prf(participants) },
    placeAccuracy: sumRatio(docs.map((d) => d.place)),
    statusAccuracy: sumRatio(docs.map((d) => d.status)),
    full: { correct: fullCorrect, precision: fullP, recall: fullR, f1: fullP + fullR === 0 ? 0 : (2 * fullP * fullR) / (fullP + fullR) },
  };
}

// ---------------------------------------------------------------- formatting

const pct = (x: number) => x.toFixed(3);

function describeGold(e: GoldEvent): string {
  const who = e.participants.map((p) => `${p.name}/${p.role}`).join(', ');
  return `${e.type} ${e.status} ${e.start ?? '-'}..${e.end ?? '-'} [${who}] @${e.place ?? '-'}${e.evidence ? ` "${e.evidence}"` : ''}`;
}

function describeSystem(e: ExtractedEvent): string {
  const who = e.participants.map((p) => `${p.name}/${p.role}`).join(', ');
  return `${e.type} ${e.status} ${e.startDate ?? '-'}..${e.endDate ?? '-'} [${who}] @${e.place?.name ?? '-'} "${e.evidence.text.replace(/\s+/g, ' ').slice(0, 160)}"`;
}

export function formatEventsReport(report: Report, options: { verbose?: boolean } = {}): string {
  const lines: string[] = [];
  const t = report.total;
  lines.push('doc'.padEnd(36) + 'gold  sys  tp(len) tp(str)  fp  fn  dates  place  status  full');
  for (const d of report.docs) {
    lines.push(
      d.doc.padEnd(36) +
        `${String(d.goldRequired).padStart(4)} ${String(d.systemCounted).padStart(4)} ${String(d.lenient.tp).padStart(8)} ${String(d.strict.tp).padStart(7)} ${String(d.lenient.fp).padStart(3)} ${String(d.lenient.fn).padStart(3)}  ${`${d.dates.correct}/${d.dates.total}`.padStart(5)}  ${`${d.place.correct}/${d.place.total}`.padStart(5)}  ${`${d.status.correct}/${d.status.total}`.padStart(6)}  ${String(d.full).padStart(4)}${d.noSystem ? '  (no system extraction)' : ''}`,
    );
  }
  lines.push('');
  lines.push(`events: ${t.goldRequired} gold (required), ${t.systemCounted} system (counted)`);
  lines.push(`lenient  P ${pct(t.lenient.precision)}  R ${pct(t.lenient.recall)}  F1 ${pct(t.lenient.f1)}  (tp ${t.lenient.tp}, fp ${t.lenient.fp}, fn ${t.lenient.fn})`);
  lines.push(`strict   P ${pct(t.strict.precision)}  R ${pct(t.strict.recall)}  F1 ${pct(t.strict.f1)}  (tp ${t.strict.tp}, fp ${t.strict.fp}, fn ${t.strict.fn})`);
  lines.push(`date interval exact  ${pct(t.dateAccuracy.accuracy)}  (${t.dateAccuracy.correct}/${t.dateAccuracy.total} matched events with gold dates)`);
  lines.push(`participants  P ${pct(t.participants.precision)}  R ${pct(t.participants.recall)}  F1 ${pct(t.participants.f1)}`);
  lines.push(`place accuracy   ${pct(t.placeAccuracy.accuracy)}  (${t.placeAccuracy.correct}/${t.placeAccuracy.total})`);
  lines.push(`status accuracy  ${pct(t.statusAccuracy.accuracy)}  (${t.statusAccuracy.correct}/${t.statusAccuracy.total})`);
  lines.push(`full-event  P ${pct(t.full.precision)}  R ${pct(t.full.recall)}  F1 ${pct(t.full.f1)}  (${t.full.correct} fully right)`);
  if (report.unscored.length > 0) lines.push(`not in gold (unscored): ${report.unscored.length} document(s)`);
  if (options.verbose) lines.push(...formatDateErrors(report));
  if (options.verbose) {
    for (const d of report.docs) {
      const wrong = d.matches.filter((m) => !m.full);
      if (d.misses.length + d.spurious.length + wrong.length === 0) continue;
      lines.push('');
      lines.push(`== ${d.doc}`);
      for (const m of d.misses) lines.push(`  MISS      ${describeGold(m)}`);
      for (const s of d.spurious) lines.push(`  SPURIOUS  ${describeSystem(s)}`);
      for (const m of wrong) {
        const what = [
          m.typeRight ? '' : 'type',
          m.participantsRight ? '' : 'participants',
          m.placeRight ? '' : 'place',
          m.datesRight === false || (m.datesRight === null && m.system.startDate !== null) ? 'dates' : '',
          m.statusRight ? '' : 'status',
        ].filter(Boolean);
        lines.push(`  PARTIAL (${what.join(', ')})`);
        lines.push(`    gold    ${describeGold(m.gold)}`);
        lines.push(`    system  ${describeSystem(m.system)}`);
      }
    }
  }
  return lines.join('\n');
}

/**
 * Every matched event whose interval is wrong (or dated where the gold has none), grouped by
 * `DateErrorClass`, with the document date, the trigger and the time expressions of the system
 * event's evidence sentences: enough to tell a wrong attachment from a wrong normalisation.
 */
function formatDateErrors(report: Report): string[] {
  const order: DateErrorClass[] = ['missing', 'extra', 'start', 'end', 'both'];
  const groups = new Map<DateErrorClass, string[]>(order.map((c) => [c, []]));
  for (const d of report.docs) {
    for (const m of d.matches) {
      const c = dateErrorClass(m.gold, m.system);
      if (!c) continue;
      const tx = m.evidenceTimexes.map((t) => `"${t.text}"=${t.value}`).join(' ') || '(none)';
      groups.get(c)!.push(
        `  ${d.doc} (${d.publishedAt ?? 'no date'}) ${m.gold.type} gold ${m.gold.start ?? '-'}..${m.gold.end ?? '-'} system ${m.system.startDate ?? '-'}..${m.system.endDate ?? '-'} trigger "${m.system.trigger ?? ''}" timexes ${tx}`,
      );
    }
  }
  const out: string[] = [];
  for (const c of order) {
    const rows = groups.get(c)!;
    if (rows.length === 0) continue;
    out.push('', `== dates: ${c} (${rows.length})`, ...rows);
  }
  return out;
}
