/**
 * Hand-built documents for event tests: the sentences come from the real splitter, entities and
 * time expressions are declared by their surface strings so the tests pin the event stage alone,
 * whatever the entity and time stages do.
 */
import { expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/events/extract.js';
import { resolveEvents } from '../../src/extract/resolve/index.js';
import type { Article, DayInterval, Entity, EntityKind, EntityRef, ExtractedEvent, Timex } from '../../src/model/types.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import type { Doc } from '../../src/extract/pipeline.js';

export interface EntitySpec {
  name: string;
  kind: EntityKind;
  /** Surface strings whose every occurrence is a mention (default: the name). */
  surfaces?: string[];
  country?: string;
  positionOf?: string;
  /** The title of the position (default "President"); with no positionOf, a position of no country. */
  positionTitle?: string;
}

export interface TimexSpec {
  text: string;
  /** Which occurrence (0-based) of the text, default the first. */
  nth?: number;
  type?: Timex['type'];
  value: string;
  interval?: DayInterval | null;
  durationDays?: number;
}

const idOf = (kind: EntityKind, name: string) =>
  `${{ Person: 'person', Organization: 'org', Country: 'country', Place: 'place' }[kind]}:${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;

function occurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  let i = text.indexOf(needle);
  while (i !== -1) {
    const before = text[i - 1];
    const after = text[i + needle.length];
    const boundary = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
    if (boundary(before) && boundary(after)) out.push(i);
    i = text.indexOf(needle, i + 1);
  }
  return out;
}

/** An interval for a simple value: YYYY, YYYY-MM, YYYY-MM-DD. */
export function iv(value: string): DayInterval {
  if (/^\d{4}$/.test(value)) return { startDate: `${value}-01-01`, endDate: `${value}-12-31`, precision: 'year' };
  if (/^\d{4}-\d{2}$/.test(value)) {
    const [y, m] = value.split('-').map(Number) as [number, number];
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return { startDate: `${value}-01`, endDate: `${value}-${String(last).padStart(2, '0')}`, precision: 'month' };
  }
  return { startDate: value.slice(0, 10), endDate: value.slice(0, 10), precision: 'day' };
}

export function makeDoc(text: string, publishedAt: string | null, entities: EntitySpec[] = [], timexes: TimexSpec[] = [], id = 'test'): Doc {
  const article: Article = { id, title: text.split('\n')[0] ?? '', text, publishedAt, source: null, url: null };
  const ents: Entity[] = entities.map((e) => {
    const surfaces = e.surfaces ?? [e.name];
    const mentions = surfaces
      .flatMap((s) => occurrences(text, s).map((start) => ({ start, end: start + s.length })))
      .sort((a, b) => a.start - b.start);
    const entity: Entity = { id: idOf(e.kind, e.name), name: e.name, kind: e.kind, aliases: surfaces.filter((s) => s !== e.name), mentions };
    if (e.country) entity.country = idOf('Country', e.country);
    if (e.positionOf || e.positionTitle) {
      entity.positions = [{ title: e.positionTitle ?? 'President', of: e.positionOf ? idOf('Country', e.positionOf) : null, time: 'current', evidence: { start: 0, end: 0 } }];
    }
    return entity;
  });
  const tx: Timex[] = timexes.map((t) => {
    const start = occurrences(text, t.text)[t.nth ?? 0];
    if (start === undefined) throw new Error(`fixture: timex "${t.text}" not in text`);
    const type = t.type ?? 'DATE';
    const timex: Timex = { start, end: start + t.text.length, text: t.text, type, value: t.value };
    if (type === 'DURATION') timex.durationDays = t.durationDays ?? null;
    else timex.interval = t.interval === undefined ? iv(t.value) : t.interval;
    return timex;
  });
  tx.sort((a, b) => a.start - b.start);
  return { article, sentences: splitSentences(text), timexes: tx, entities: ents, events: [] };
}

/** A sentence-level case: text, document date, hand-placed time expressions, dateline, expected events. */
export interface EventCase {
  text: string;
  dct?: string;
  timexes?: TimexSpec[];
  dateline?: string;
  expect: string[];
}

/** One line per event: type, status, interval, participants with roles, place. */
export const showEvent = (e: ExtractedEvent): string =>
  `${e.type} ${e.status} ${e.startDate ?? '-'}..${e.endDate ?? '-'} [${e.participants.map((p) => `${p.name}/${p.role}`).sort().join(', ')}] @${e.place?.name ?? '-'}`;

/**
 * Runs the event and resolve stages over a case, with the entities of `entities` that the text mentions
 * (and the dateline's, which a source may give without the text naming it).
 */
export function runEventCase(c: EventCase, entities: readonly EntitySpec[], defaultDct: string): string[] {
  const present = entities.filter((e) => e.name === c.dateline || (e.surfaces ?? [e.name]).some((s) => c.text.includes(s)));
  const doc = makeDoc(c.text, c.dct ?? defaultDct, present, c.timexes ?? []);
  const dateline: EntityRef | null = c.dateline ? doc.entities.find((e) => e.name === c.dateline) ?? null : null;
  return resolveEvents(extractEvents(doc, { dateline }), doc.entities, { publishedAt: doc.article.publishedAt }).map(showEvent);
}

/** One test per case, named by its key: the events runEventCase finds are exactly the case's `expect`. */
export function itEachCase(cases: Readonly<Record<string, EventCase>>, entities: readonly EntitySpec[], defaultDct: string): void {
  for (const [name, c] of Object.entries(cases)) {
    it(name, () => {
      expect(runEventCase(c, entities, defaultDct)).toEqual(c.expect);
    });
  }
}
