/**
 * One conformance suite for every Store implementation (STYLE.md §5): the memory store and Neo4j
 * both run it. Fragments are built by hand, so the suite does not depend on extraction quality.
 */
import { describe, expect, it } from 'vitest';
import { buildFragment } from '../src/graph/build.js';
import { entityId } from '../src/model/ids.js';
import type { Entity, EntityRef, ExtractedEvent, Extraction, Participant } from '../src/model/types.js';
import type { Store } from '../src/store/store.js';

export type StoreFactory = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const person = (name: string): EntityRef => ({ id: entityId('Person', name), name, kind: 'Person' });
const country = (name: string): EntityRef => ({ id: entityId('Country', name), name, kind: 'Country' });
const place = (name: string): EntityRef => ({ id: entityId('Place', name), name, kind: 'Place' });

const KIM = person('Kim Jong-il');
const PUTIN = person('Vladimir Putin');
const MEDVEDEV = person('Dmitry Medvedev');
const RUSSIA = country('Russia');
const MOSCOW = place('Moscow');
const VLADIVOSTOK = place('Vladivostok');

interface EventSpec {
  type: ExtractedEvent['type'];
  status?: ExtractedEvent['status'];
  start?: string | null;
  end?: string | null;
  precision?: ExtractedEvent['precision'];
  who: Array<[EntityRef, Participant['role']]>;
  at?: EntityRef | null;
  text: string;
}

/** A hand-made extraction: one article, its events, and the entities they name. */
export function makeExtraction(id: string, publishedAt: string | null, specs: EventSpec[], title = `Article ${id}`): Extraction {
  let offset = 0;
  const entities = new Map<string, Entity>();
  const entity = (ref: EntityRef, extra: Partial<Entity> = {}) => {
    if (!entities.has(ref.id)) entities.set(ref.id, { ...ref, aliases: [], mentions: [], ...extra });
  };
  const events: ExtractedEvent[] = specs.map((s, i) => {
    const start = offset;
    offset += s.text.length + 1;
    for (const [ref] of s.who) entity(ref, ref.kind === 'Person' && ref.name.includes(' ') ? { aliases: [ref.name.split(' ').at(-1)!] } : {});
    if (s.at) entity(s.at, s.at.kind === 'Place' ? { country: RUSSIA.id } : {});
    if (s.at?.kind === 'Place') entity(RUSSIA);
    return {
      id: `e${i + 1}`,
      type: s.type,
      status: s.status ?? 'occurred',
      startDate: s.start ?? null,
      endDate: s.end ?? s.start ?? null,
      precision: s.start ? (s.precision ?? 'day') : null,
      participants: s.who.map(([ref, role]) => ({ ...ref, role })),
      place: s.at ?? null,
      evidence: { start, end: start + s.text.length, text: s.text, sentence: i },
    };
  });
  return {
    article: { id, title, publishedAt, source: 'test', url: null },
    timexes: [],
    entities: [...entities.values()],
    events,
  };
}

const fragment = (x: Extraction, version = 'v1') => buildFragment(x, `hash-${x.article.id}-${version}`);

const visit2001 = makeExtraction('a1', '2011-06-27', [
  { type: 'Visit', start: '2001-01-01', end: '2001-12-31', precision: 'year', who: [[KIM, 'visitor'], [RUSSIA, 'host']], at: MOSCOW, text: 'Kim travelled to Moscow in 2001.' },
  { type: 'Talks', start: '2001-01-01', end: '2001-12-31', precision: 'year', who: [[KIM, 'participant'], [PUTIN, 'participant']], at: MOSCOW, text: 'Kremlin talks with Putin.' },
  { type: 'Meeting', status: 'possible', start: '2011-06-29', end: '2011-07-01', who: [[MEDVEDEV, 'participant'], [KIM, 'participant']], at: VLADIVOSTOK, text: 'Medvedev might meet Kim.' },
  { type: 'Visit', status: 'possible', who: [[KIM, 'visitor']], at: null, text: 'a possible visit by Kim' },
]);

/** A second article on the same 2001 talks, dated more precisely. */
const talksAgain = makeExtraction('a2', '2001-08-05', [
  { type: 'Talks', start: '2001-08-04', end: '2001-08-04', who: [[PUTIN, 'participant'], [KIM, 'participant']], at: MOSCOW, text: 'Putin and Kim held talks on Saturday.' },
  { type: 'Meeting', start: '2002-08-23', who: [[PUTIN, 'participant'], [KIM, 'participant']], at: VLADIVOSTOK, text: 'They met again in 2002.' },
]);

export function storeConformance(name: string, factory: StoreFactory, skip: string | null = null): void {
  describe.skipIf(skip !== null)(`store conformance: ${name}`, () => {
    const withStore = async (fn: (store: Store) => Promise<void>) => {
      const { store, cleanup } = await factory();
      try {
        await fn(store);
      } finally {
        await store.close();
        await cleanup();
      }
    };

    it('starts empty', () =>
      withStore(async (store) => {
        expect((await store.stats()).articles).toBe(0);
        expect(await store.timeline({})).toEqual([]);
        expect(await store.articleState('a1', 'x')).toBe('absent');
      }));

    it('adds an article with its events, entities and edges', () =>
      withStore(async (store) => {
        const result = await store.putArticle(fragment(visit2001));
        expect(result.outcome).toBe('added');
        expect(result.events).toHaveLength(4);
        const stats = await store.stats();
        expect(stats.articles).toBe(1);
        expect(stats.nodes).toMatchObject({ Article: 1, Event: 4, Person: 3, Country: 1, Place: 2 });
        expect(stats.edges).toMatchObject({ MENTIONED_IN: 4, TOOK_PLACE_IN: 3, LOCATED_IN: 2, PARTICIPATED_IN: 7 });
        expect(stats.events).toMatchObject({ total: 4, undated: 1, byType: { Visit: 2, Talks: 1, Meeting: 1 } });
        expect(await store.articleState('a1', 'hash-a1-v1')).toBe('same');
        expect(await store.articleState('a1', 'other')).toBe('changed');
      }));

    it('re-putting the same article changes nothing', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(visit2001));
        const before = await store.exportGraph();
        const again = await store.putArticle(fragment(visit2001));
        expect(again.outcome).toBe('unchanged');
        expect(await store.exportGraph()).toEqual(before);
      }));

    it('a changed article replaces its own contribution and nothing else', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(visit2001));
        await store.putArticle(fragment(talksAgain));
        const changed = makeExtraction('a1', '2011-06-27', [
          { type: 'Visit', status: 'planned', start: '2011-08-20', who: [[MEDVEDEV, 'visitor']], at: MOSCOW, text: 'Medvedev will visit Moscow.' },
        ]);
        const result = await store.putArticle(fragment(changed, 'v2'));
        expect(result.outcome).toBe('replaced');
        const events = await store.timeline({});
        expect(events.map((e) => [e.type, e.status, e.startDate])).toEqual([
          ['Talks', 'occurred', '2001-08-04'],
          ['Visit', 'planned', '2011-08-20'],
          ['Meeting', 'occurred', '2002-08-23'],
        ].sort((a, b) => (a[2]! < b[2]! ? -1 : 1)));
        // a2's talks survive with a2 as their only source
        const talks = events.find((e) => e.type === 'Talks')!;
        expect(talks.sources.map((s) => s.articleId)).toEqual(['a2']);
      }));

    it('merges the same event reported by two articles into one Event with two sources', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(visit2001));
        await store.putArticle(fragment(talksAgain));
        const talks = (await store.timeline({ types: ['Talks'] }))!;
        expect(talks).toHaveLength(1);
        expect(talks[0]!.sources.map((s) => s.articleId).sort()).toEqual(['a1', 'a2']);
        // the narrower interval wins
        expect([talks[0]!.startDate, talks[0]!.endDate]).toEqual(['2001-08-04', '2001-08-04']);
        // distinct events that share a participant stay apart
        expect(await store.timeline({ types: ['Meeting'] })).toHaveLength(2);
      }));

    it('removes an article and only what it alone contributed', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(visit2001));
        await store.putArticle(fragment(talksAgain));
        expect(await store.removeArticle('a1')).toBe(true);
        expect(await store.removeArticle('a1')).toBe(false);
        const stats = await store.stats();
        expect(stats.articles).toBe(1);
        expect(stats.nodes.Event).toBe(2);
        expect(stats.nodes.Person).toBe(2); // Medvedev only appeared in a1
        expect(await store.timeline({ actor: 'Medvedev' })).toEqual([]);
      }));

    it('answers timeline filters the same way', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(visit2001));
        await store.putArticle(fragment(talksAgain));
        const all = await store.timeline({});
        expect(all.at(-1)!.startDate).toBeNull(); // undated last
        expect(all.slice(0, -1).every((e, i, a) => i === 0 || a[i - 1]!.startDate! <= e.startDate!)).toBe(true);
        expect((await store.timeline({ actor: 'kim jong il' })).length).toBe(5);
        expect((await store.timeline({ actor: 'Kim' })).length).toBe(5); // alias
        expect((await store.timeline({ actor: 'Putin' })).map((e) => e.type).sort()).toEqual(['Meeting', 'Talks']);
        expect((await store.timeline({ actor: 'Nobody Here' })).length).toBe(0);
        expect((await store.timeline({ place: 'Vladivostok' })).length).toBe(2);
        expect((await store.timeline({ place: 'Russia' })).length).toBe(4); // places in Russia
        const range = await store.timeline({ from: '2002-01-01', to: '2011-12-31' });
        expect(range.map((e) => e.startDate)).toEqual(['2002-08-23', '2011-06-29']);
        expect((await store.timeline({ statuses: ['possible'] })).length).toBe(2);
        expect((await store.timeline({ types: ['Visit'], actor: 'Kim' })).length).toBe(2);
        const meeting = (await store.timeline({ actor: 'Medvedev' }))[0]!;
        expect(meeting).toMatchObject({
          type: 'Meeting',
          status: 'possible',
          startDate: '2011-06-29',
          endDate: '2011-07-01',
          place: { id: VLADIVOSTOK.id, name: 'Vladivostok', kind: 'Place' },
        });
        expect(meeting.participants.map((p) => p.name)).toEqual(['Dmitry Medvedev', 'Kim Jong-il']);
        expect(meeting.sources[0]).toMatchObject({ articleId: 'a1', title: 'Article a1', publishedAt: '2011-06-27', sentence: 'Medvedev might meet Kim.' });
      }));

    it('round-trips names with quotes, backticks and Cypher', () =>
      withStore(async (store) => {
        const evil = person("O'Brien `x` \"}) DETACH DELETE n //");
        const x = makeExtraction("id'with\"quotes", '2020-01-02', [
          { type: 'Meeting', start: '2020-01-01', who: [[evil, 'participant'], [KIM, 'participant']], at: MOSCOW, text: "O'Brien met Kim; `}) DETACH DELETE n //" },
        ], 'Title <script>alert(1)</script> "quoted"');
        await store.putArticle(fragment(x));
        const [e] = await store.timeline({ actor: "O'Brien `x` \"}) DETACH DELETE n //" });
        expect(e!.participants.map((p) => p.name)).toContain("O'Brien `x` \"}) DETACH DELETE n //");
        expect(e!.sources[0]!.title).toBe('Title <script>alert(1)</script> "quoted"');
        expect(e!.sources[0]!.articleId).toBe("id'with\"quotes");
        expect((await store.stats()).nodes.Person).toBe(2);
      }));

    it('exports deterministically and imports its own export unchanged', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(visit2001));
        await store.putArticle(fragment(talksAgain));
        const first = await store.exportGraph();
        expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(first));
        for (const n of first.nodes) expect(typeof n.attributes.label).toBe('string');
        for (const e of first.edges) expect(typeof e.attributes.type).toBe('string');
        await store.importGraph(first);
        expect(JSON.stringify(await store.exportGraph())).toBe(JSON.stringify(first));
      }));
  });
}
