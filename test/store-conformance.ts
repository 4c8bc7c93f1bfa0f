/**
 * One conformance suite for every Store implementation (STYLE.md §5): the memory store and Neo4j
 * both run it. Fragments are built by hand, so the suite does not depend on extraction quality.
 */
import { describe, expect, it } from 'vitest';
import { buildFragment } from '../src/graph/build.js';
import { entityId } from '../src/model/ids.js';
import type { Entity, EntityRef, ExtractedEvent, Extraction, Participant } from '../src/model/types.js';
import type { Store, TimelineEvent } from '../src/store/store.js';

export type StoreFactory = () => Promise<{ store: Store; cleanup: () => Promise<void> }>;

const person = (name: string): EntityRef => ({ id: entityId('Person', name), name, kind: 'Person' });
const country = (name: string): EntityRef => ({ id: entityId('Country', name), name, kind: 'Country' });
const place = (name: string): EntityRef => ({ id: entityId('Place', name), name, kind: 'Place' });

const KIM = person('Kim Jong-il');
const KIM_JONG_IL = KIM;
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

/** Positions the article states: [person, title, country or organisation]. */
export type PositionSpec = [EntityRef, string, EntityRef];

/** A hand-made extraction: one article, its events, and the entities they name. */
export function makeExtraction(
  id: string,
  publishedAt: string | null,
  specs: EventSpec[],
  title = `Article ${id}`,
  positions: PositionSpec[] = [],
): Extraction {
  let offset = 0;
  const entities = new Map<string, Entity>();
  const entity = (ref: EntityRef, extra: Partial<Entity> = {}) => {
    if (!entities.has(ref.id)) entities.set(ref.id, { ...ref, aliases: [], mentions: [], ...extra });
  };
  for (const [holder, positionTitle, of] of positions) {
    entity(of);
    entity(holder, holder.name.includes(' ') ? { aliases: [holder.name.split(' ').at(-1)!] } : {});
    const e = entities.get(holder.id)!;
    e.positions = [...(e.positions ?? []), { title: positionTitle, of: of.id, time: 'current', evidence: { start: 0, end: 0 } }];
  }
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

// Persons across articles (src/graph/merge.ts findPersonMergeTarget) and plans joining their events (planJoins).
const ALBRIGHT = person('Albright');
const MADELEINE_ALBRIGHT = person('Madeleine Albright');
const ANNAN = person('Annan');
const KOFI_ANNAN = person('Kofi Annan');
const KIM_DAE_JUNG = person('Kim Dae-jung');
const KIM_SURNAME = person('Kim');
const ARAFAT = person('Yasser Arafat');
const USA = country('United States');
const KENYA = country('Kenya');
const TANZANIA = country('Tanzania');
const NORTH_KOREA = country('North Korea');
const SOUTH_KOREA = country('South Korea');
const UN: EntityRef = { id: entityId('Organization', 'United Nations'), name: 'United Nations', kind: 'Organization' };

/** A visit by `who` to Kenya (host and place) on `day`, or undated and planned when `day` is null. */
const kenyaVisit = (who: EntityRef, day: string | null, text: string, host: EntityRef = KENYA): EventSpec =>
  day === null
    ? { type: 'Visit', status: 'planned', who: [[who, 'visitor'], [host, 'host']], at: host, text }
    : { type: 'Visit', start: day, who: [[who, 'visitor'], [host, 'host']], at: host, text };

/**
 * Timeline events without what depends on the order articles came in (a merged event keeps the id and the
 * summary sentence of its first report), sources sorted.
 */
const orderFree = (events: TimelineEvent[]) =>
  events.map(({ id: _id, summary: _summary, ...e }) => ({ ...e, sources: [...e.sources].sort((a, b) => (a.articleId < b.articleId ? -1 : 1)) }));

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

    // ------------------------------------------------------------ persons across articles

    const personNode = async (store: Store, id: string) => (await store.exportGraph()).nodes.find((n) => n.key === id)?.attributes;

    it('merges a surname into the stored person holding the same position, which keeps its id', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(makeExtraction('p1', '1998-02-20', [
          { type: 'Meeting', start: '1998-02-22', who: [[KOFI_ANNAN, 'participant'], [ARAFAT, 'participant']], at: null, text: 'Kofi Annan met Yasser Arafat.' },
        ], undefined, [[KOFI_ANNAN, 'Secretary-General', UN]])));
        await store.putArticle(fragment(makeExtraction('p2', '1998-02-23', [
          { type: 'Meeting', start: '1998-02-22', who: [[ANNAN, 'participant']], at: null, text: 'Annan held a meeting on Sunday.' },
          { type: 'Visit', start: '1998-02-23', who: [[ANNAN, 'visitor']], at: place('Baghdad'), text: 'Annan arrived in Baghdad.' },
        ], undefined, [[ANNAN, 'Secretary-General', UN]])));
        expect((await store.stats()).nodes.Person).toBe(2);
        expect(await personNode(store, ANNAN.id)).toBeUndefined();
        expect(await personNode(store, KOFI_ANNAN.id)).toMatchObject({ name: 'Kofi Annan', articles: ['p1', 'p2'] });
        // the article's edges follow the person, so its meeting merges with the stored one
        const events = await store.timeline({ actor: 'Kofi Annan' });
        expect(events.map((e) => [e.type, e.sources.map((x) => x.articleId).sort()])).toEqual([
          ['Meeting', ['p1', 'p2']],
          ['Visit', ['p2']],
        ]);
      }));

    it('a different title in the same organisation is no evidence', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(makeExtraction('p1', '1998-02-20', [
          { type: 'Visit', start: '1998-02-21', who: [[KOFI_ANNAN, 'visitor']], at: place('Baghdad'), text: 'Kofi Annan flew to Baghdad.' },
        ], undefined, [[KOFI_ANNAN, 'Secretary-General', UN]])));
        await store.putArticle(fragment(makeExtraction('p2', '2012-03-01', [
          { type: 'Visit', start: '2012-03-10', who: [[ANNAN, 'visitor']], at: place('Damascus'), text: 'Annan will go to Damascus.' },
        ], undefined, [[ANNAN, 'Special Envoy', UN]])));
        expect((await store.stats()).nodes.Person).toBe(2);
      }));

    it('merges persons on a position in the same country; the new name becomes an alias', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(makeExtraction('p1', '1998-08-17', [kenyaVisit(ALBRIGHT, '1998-08-18', 'Albright heads to Kenya.')], undefined, [
          [ALBRIGHT, 'Secretary of State', USA],
        ])));
        await store.putArticle(fragment(makeExtraction('p2', '1998-08-19', [
          { type: 'Visit', start: '1998-08-18', who: [[MADELEINE_ALBRIGHT, 'visitor']], at: KENYA, text: 'Madeleine Albright was in Nairobi on Tuesday.' },
        ], undefined, [[MADELEINE_ALBRIGHT, 'U.S. envoy', USA]])));
        expect((await store.stats()).nodes.Person).toBe(1);
        expect(await personNode(store, ALBRIGHT.id)).toMatchObject({ name: 'Albright', aliases: ['Madeleine Albright'], articles: ['p1', 'p2'] });
        const [visit, ...rest] = await store.timeline({ actor: 'Madeleine Albright' });
        expect(rest).toEqual([]);
        expect(visit!.sources.map((x) => x.articleId).sort()).toEqual(['p1', 'p2']);
      }));

    it('does not merge persons without evidence', () =>
      withStore(async (store) => {
        await store.putArticle(fragment(makeExtraction('p1', '1998-08-17', [
          { type: 'Visit', start: '1998-08-18', who: [[ALBRIGHT, 'visitor']], at: KENYA, text: 'Albright heads to Kenya.' },
        ])));
        await store.putArticle(fragment(makeExtraction('p2', '1998-08-19', [
          { type: 'Visit', start: '1998-08-18', who: [[MADELEINE_ALBRIGHT, 'visitor']], at: KENYA, text: 'Madeleine Albright was in Nairobi.' },
        ], undefined, [[MADELEINE_ALBRIGHT, 'Secretary of State', USA]])));
        expect((await store.stats()).nodes.Person).toBe(2);
        expect((await store.timeline({ types: ['Visit'] })).length).toBe(2);
      }));

    it('never merges Kim Jong-il and Kim Dae-jung, whatever they share', () =>
      withStore(async (store) => {
        // the same position in the same country, the same meeting: only the names keep them apart
        await store.putArticle(fragment(makeExtraction('k1', '2000-06-14', [
          { type: 'Meeting', start: '2000-06-13', who: [[KIM_DAE_JUNG, 'participant']], at: place('Pyongyang'), text: 'Kim Dae-jung met in Pyongyang.' },
        ], undefined, [[KIM_DAE_JUNG, 'Leader', NORTH_KOREA]])));
        await store.putArticle(fragment(makeExtraction('k2', '2000-06-14', [
          { type: 'Meeting', start: '2000-06-13', who: [[KIM_JONG_IL, 'participant']], at: place('Pyongyang'), text: 'Kim Jong-il met in Pyongyang.' },
        ], undefined, [[KIM_JONG_IL, 'Leader', NORTH_KOREA]])));
        const persons = (await store.exportGraph()).nodes.filter((n) => n.attributes.label === 'Person').map((n) => n.key).sort();
        expect(persons).toEqual([KIM_DAE_JUNG.id, KIM_JONG_IL.id].sort());
        expect((await store.timeline({ types: ['Meeting'] })).length).toBe(2);
      }));

    it('merges a bare surname into the one stored namesake with evidence, and not when two are stored', () =>
      withStore(async (store) => {
        const kim = makeExtraction('k3', '2000-06-20', [
          { type: 'Visit', start: '2000-06-25', who: [[KIM_SURNAME, 'visitor']], at: MOSCOW, text: 'Kim will travel to Moscow.' },
        ], undefined, [[KIM_SURNAME, 'Leader', NORTH_KOREA]]);
        await store.putArticle(fragment(makeExtraction('k1', '2000-06-14', [
          { type: 'Meeting', start: '2000-06-13', who: [[KIM_JONG_IL, 'participant']], at: place('Pyongyang'), text: 'Kim Jong-il hosted the summit.' },
        ], undefined, [[KIM_JONG_IL, 'Leader', NORTH_KOREA]])));
        await store.putArticle(fragment(kim));
        expect((await store.stats()).nodes.Person).toBe(1); // "Kim" ~ "Kim Jong-il": surname first
        await store.removeArticle('k3');
        await store.putArticle(fragment(makeExtraction('k2', '2000-06-14', [
          { type: 'Meeting', start: '2000-06-13', who: [[KIM_DAE_JUNG, 'participant']], at: place('Pyongyang'), text: 'Kim Dae-jung went north.' },
        ], undefined, [[KIM_DAE_JUNG, 'President', SOUTH_KOREA]])));
        await store.putArticle(fragment(kim));
        // "Kim" fits both stored Kims: ambiguous, so no merge (although only one shares its country)
        const persons = (await store.exportGraph()).nodes.filter((n) => n.attributes.label === 'Person').map((n) => n.key).sort();
        expect(persons).toEqual([KIM_SURNAME.id, KIM_DAE_JUNG.id, KIM_JONG_IL.id].sort());
      }));

    it('removing or replacing an article after a person merge takes back exactly its contribution', () =>
      withStore(async (store) => {
        const first = fragment(makeExtraction('p1', '1998-08-17', [kenyaVisit(MADELEINE_ALBRIGHT, '1998-08-18', 'Madeleine Albright heads to Kenya.')], undefined, [
          [MADELEINE_ALBRIGHT, 'Secretary of State', USA],
        ]));
        const second = (version: string, day: string) =>
          fragment(makeExtraction('p2', '1998-08-19', [
            kenyaVisit(ALBRIGHT, '1998-08-18', 'Albright was in Nairobi.'),
            { type: 'Meeting', start: day, who: [[ALBRIGHT, 'participant'], [ARAFAT, 'participant']], at: null, text: 'Albright will meet Arafat.' },
          ], undefined, [[ALBRIGHT, 'Secretary of State', USA], [ALBRIGHT, 'Chief diplomat', USA]]), version);
        await store.putArticle(first);
        const alone = await store.exportGraph();
        await store.putArticle(second('v1', '1998-08-24'));
        expect((await store.stats()).nodes.Person).toBe(2); // Albright joined Madeleine Albright; Arafat
        expect((await store.timeline({ actor: 'Madeleine Albright' })).map((e) => e.sources.length).sort()).toEqual([1, 2]);

        const replaced = await store.putArticle(second('v2', '1998-08-25'));
        expect(replaced.outcome).toBe('replaced');
        const meetings = await store.timeline({ types: ['Meeting'], actor: 'Madeleine Albright' });
        expect(meetings.map((e) => e.startDate)).toEqual(['1998-08-25']);
        expect(meetings[0]!.participants.map((p) => p.id).sort()).toEqual([ARAFAT.id, MADELEINE_ALBRIGHT.id].sort());

        expect(await store.removeArticle('p2')).toBe(true);
        expect(await store.exportGraph()).toEqual(alone);
      }));

    // ------------------------------------------------------------ an undated plan joins its dated event

    const plan = (published: string, host: EntityRef = KENYA) =>
      fragment(makeExtraction('plan', published, [kenyaVisit(ALBRIGHT, null, 'Albright looks forward to visiting.', host)]));
    const visit = (id: string, published: string, day: string) =>
      fragment(makeExtraction(id, published, [{ ...kenyaVisit(ALBRIGHT, day, `Albright visited on ${day}.`), status: 'occurred' }]));

    it('joins an undated plan and the dated visit it announced, in either order', () =>
      withStore(async (store) => {
        await store.putArticle(plan('1998-08-11'));
        await store.putArticle(visit('v', '1998-08-18', '1998-08-18'));
        const planFirst = await store.timeline({});
        expect(planFirst).toHaveLength(1);
        expect(planFirst[0]).toMatchObject({ type: 'Visit', status: 'occurred', startDate: '1998-08-18', endDate: '1998-08-18', precision: 'day' });
        expect(planFirst[0]!.sources.map((x) => x.articleId).sort()).toEqual(['plan', 'v']);

        await store.removeArticle('plan');
        await store.removeArticle('v');
        await store.putArticle(visit('v', '1998-08-18', '1998-08-18'));
        await store.putArticle(plan('1998-08-11'));
        expect(orderFree(await store.timeline({}))).toEqual(orderFree(planFirst));
      }));

    it('never joins a plan with an event before its report, beyond the horizon, or with another host', () =>
      withStore(async (store) => {
        for (const order of ['plan first', 'visit first']) {
          for (const [published, day, host] of [
            ['1998-08-20', '1998-08-18', KENYA], // the visit came before the plan was reported
            ['1998-08-11', '1998-10-11', KENYA], // 61 days after: beyond PLAN_HORIZON_DAYS
            ['1998-08-11', '1998-08-18', TANZANIA], // another host
          ] as const) {
            const puts = [plan(published, host), visit('v', '1998-08-25', day)];
            for (const f of order === 'plan first' ? puts : puts.reverse()) await store.putArticle(f);
            const events = await store.timeline({});
            expect(events.map((e) => e.startDate), `${order}: plan of ${published} (${host.name}), visit on ${day}`).toEqual([day, null]);
            await store.removeArticle('plan');
            await store.removeArticle('v');
          }
        }
        // at the horizon it joins
        await store.putArticle(plan('1998-08-11'));
        await store.putArticle(visit('v', '1998-10-11', '1998-10-10'));
        expect((await store.timeline({})).map((e) => e.startDate)).toEqual(['1998-10-10']);
      }));

    it('joins a plan with the earliest of the dated visits it may announce', () =>
      withStore(async (store) => {
        await store.putArticle(visit('v2', '1998-09-21', '1998-09-20'));
        await store.putArticle(visit('v1', '1998-08-18', '1998-08-18'));
        await store.putArticle(plan('1998-08-11'));
        const events = await store.timeline({});
        expect(events.map((e) => [e.startDate, e.sources.map((x) => x.articleId).sort()])).toEqual([
          ['1998-08-18', ['plan', 'v1']],
          ['1998-09-20', ['v2']],
        ]);
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
