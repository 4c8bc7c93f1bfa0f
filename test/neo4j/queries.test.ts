/**
 * Every query in queries/ on the fixture graph (test/neo4j/fixture.ts), through runQueryFile as
 * `eventline query` runs it: the rows users get.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { QueryError } from '../../src/model/errors.js';
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { listQueries, loadQuery, runQueryFile } from '../../src/store/neo4j/query.js';
import { neo4jSkipReason, useNeo4j } from '../support/neo4j.js';
import { FIXTURE } from './fixture.js';

const skip = neo4jSkipReason();
const server = useNeo4j();

describe('query files', () => {
  it('each has a header with its purpose, parameters and a cypher-shell example', () => {
    expect(listQueries()).toEqual([
      'actor-timeline',
      'event-sources',
      'events-in-range',
      'itinerary',
      'meetings-between',
      'unrealised-plans',
      'visits-to',
      'who-met-whom',
    ]);
    for (const name of listQueries()) {
      const q = loadQuery(name);
      expect(q.name).toBe(name);
      expect(q.header).toMatch(new RegExp(`^// ${name}: .+`));
      expect(q.header).toMatch(/Example \(cypher-shell\):/);
      expect(q.params.length).toBeGreaterThan(0);
      for (const p of q.params) expect(q.header).toMatch(new RegExp(`//\\s+\\$${p}\\s+\\((required|optional)\\)`));
      for (const p of q.params) expect(q.header).toMatch(new RegExp(`:param ${p} => `));
    }
  });

  it('refuses unknown names, unknown parameters and missing required ones', async () => {
    const config = { uri: 'bolt://127.0.0.1:1' };
    await expect(runQueryFile(config, 'no-such-query', {})).rejects.toBeInstanceOf(QueryError);
    await expect(runQueryFile(config, '../etc/passwd', {})).rejects.toBeInstanceOf(QueryError);
    await expect(runQueryFile(config, 'actor-timeline', { actr: 'Kim' })).rejects.toThrow(/unknown parameter actr/);
    await expect(runQueryFile(config, 'actor-timeline', {})).rejects.toThrow(/missing --param actor=/);
  });
});

describe.skipIf(skip !== null)('queries on the fixture graph', () => {
  beforeAll(async () => {
    const store = await openNeo4jStore({ uri: server.uri });
    try {
      await store.deleteEverything();
      await store.putArticles(FIXTURE);
    } finally {
      await store.close();
    }
  });
  const run = (name: string, params: Record<string, string> = {}) => runQueryFile({ uri: server.uri }, name, params);
  const pick = <K extends string>(rows: Array<Record<string, unknown>>, ...keys: K[]) =>
    rows.map((r) => Object.fromEntries(keys.map((k) => [k, r[k]])) as Record<K, unknown>);

  it('actor-timeline: an actor\'s events in date order, undated last; names in any case or by alias', async () => {
    const rows = await run('actor-timeline', { actor: 'kim jong il' });
    expect(pick(rows, 'startDate', 'type', 'status')).toEqual([
      { startDate: '2001-01-01', type: 'Visit', status: 'occurred' },
      { startDate: '2001-08-04', type: 'Talks', status: 'occurred' },
      { startDate: '2002-08-23', type: 'Meeting', status: 'occurred' },
      { startDate: '2011-06-29', type: 'Meeting', status: 'possible' },
      { startDate: '2011-08-24', type: 'Meeting', status: 'occurred' },
      { startDate: null, type: 'Visit', status: 'possible' },
    ]);
    expect(rows[1]).toMatchObject({ actor: 'Kim Jong-il', role: 'participant', others: ['Vladimir Putin'], places: ['Moscow'] });
    expect(await run('actor-timeline', { actor: 'KIM' })).toHaveLength(6); // alias
    expect(await run('actor-timeline', { actor: 'Putin' })).toHaveLength(2); // a word of the name
    const range = await run('actor-timeline', { actor: 'Kim Jong-il', from: '2002-01-01', to: '2011-07-31' });
    expect(range.map((r) => r.startDate)).toEqual(['2002-08-23', '2011-06-29']);
    expect(await run('actor-timeline', { actor: 'Nobody' })).toEqual([]);
  });

  it('meetings-between: the events both took part in', async () => {
    const rows = await run('meetings-between', { a: 'Kim Jong-il', b: 'putin' });
    expect(pick(rows, 'startDate', 'endDate', 'type', 'a', 'b', 'places')).toEqual([
      { startDate: '2001-08-04', endDate: '2001-08-04', type: 'Talks', a: 'Kim Jong-il', b: 'Vladimir Putin', places: ['Moscow'] },
      { startDate: '2002-08-23', endDate: '2002-08-23', type: 'Meeting', a: 'Kim Jong-il', b: 'Vladimir Putin', places: ['Vladivostok'] },
    ]);
    expect(await run('meetings-between', { a: 'Putin', b: 'Medvedev' })).toEqual([]);
  });

  it('visits-to: visits to a place, or to a place in a country', async () => {
    const russia = await run('visits-to', { place: 'russia' });
    expect(pick(russia, 'startDate', 'visitors', 'hosts', 'place', 'country', 'status')).toEqual([
      { startDate: '2001-01-01', visitors: ['Kim Jong-il'], hosts: ['Russia'], place: 'Moscow', country: ['Russia'], status: 'occurred' },
    ]);
    expect(await run('visits-to', { place: 'Moscow' })).toHaveLength(1);
    const korea = await run('visits-to', { place: 'North Korea' });
    expect(pick(korea, 'startDate', 'endDate', 'visitors', 'status')).toEqual([
      { startDate: '2012-05-01', endDate: '2012-05-31', visitors: ['Dmitry Medvedev'], status: 'planned' },
    ]);
  });

  it('itinerary: an actor\'s places in date order', async () => {
    const rows = await run('itinerary', { actor: 'Kim Jong-il' });
    expect(pick(rows, 'startDate', 'place', 'country', 'type')).toEqual([
      { startDate: '2001-01-01', place: 'Moscow', country: ['Russia'], type: 'Visit' },
      { startDate: '2001-08-04', place: 'Moscow', country: ['Russia'], type: 'Talks' },
      { startDate: '2002-08-23', place: 'Vladivostok', country: ['Russia'], type: 'Meeting' },
      { startDate: '2011-06-29', place: 'Vladivostok', country: ['Russia'], type: 'Meeting' },
      { startDate: '2011-08-24', place: 'Ulan-Ude', country: ['Russia'], type: 'Meeting' },
    ]);
  });

  it('who-met-whom: co-participation counts per pair', async () => {
    expect(await run('who-met-whom')).toEqual([
      { a: 'Kim Jong-il', b: 'Vladimir Putin', events: 2, occurred: 2, firstDay: '2001-08-04', lastDay: '2002-08-23' },
      { a: 'Dmitry Medvedev', b: 'Kim Jong-il', events: 2, occurred: 1, firstDay: '2011-06-29', lastDay: '2011-08-24' },
    ]);
    expect((await run('who-met-whom', { actor: 'Medvedev' })).map((r) => r.b)).toEqual(['Kim Jong-il']);
  });

  it('unrealised-plans: planned or possible events that nothing later fulfilled', async () => {
    const rows = await run('unrealised-plans');
    // the possible June summit happened in August (same type, shared participant, later): not listed
    expect(pick(rows, 'type', 'status', 'startDate', 'since', 'participants')).toEqual([
      { type: 'Visit', status: 'possible', startDate: null, since: '2011-06-27', participants: ['Kim Jong-il (visitor)'] },
      { type: 'Visit', status: 'planned', startDate: '2012-05-01', since: '2012-05-01', participants: ['Dmitry Medvedev (visitor)', 'North Korea (host)'] },
    ]);
    expect(await run('unrealised-plans', { actor: 'Medvedev' })).toHaveLength(1);
  });

  it('events-in-range: events meeting a range of days; all of them without one', async () => {
    const rows = await run('events-in-range', { from: '2011-01-01', to: '2011-12-31' });
    expect(pick(rows, 'startDate', 'type', 'participants', 'places')).toEqual([
      { startDate: '2011-06-29', type: 'Meeting', participants: ['Dmitry Medvedev (participant)', 'Kim Jong-il (participant)'], places: ['Vladivostok'] },
      { startDate: '2011-08-24', type: 'Meeting', participants: ['Dmitry Medvedev (participant)', 'Kim Jong-il (participant)'], places: ['Ulan-Ude'] },
    ]);
    const all = await run('events-in-range');
    expect(all).toHaveLength(7);
    expect(all.at(-1)!.startDate).toBeNull();
    expect((await run('events-in-range', { from: '2012-01-01' })).map((r) => r.type)).toEqual(['Visit']);
  });

  it('event-sources: the articles and sentences behind an event, oldest first', async () => {
    const talks = (await run('actor-timeline', { actor: 'Putin' })).find((r) => r.type === 'Talks')!;
    const rows = await run('event-sources', { event: String(talks.event) });
    expect(pick(rows, 'article', 'published', 'sentence', 'startOffset', 'endOffset')).toEqual([
      { article: 'a2', published: '2001-08-05', sentence: 'Putin and Kim held talks on Saturday.', startOffset: 0, endOffset: 37 },
      { article: 'a1', published: '2011-06-27', sentence: 'Kremlin talks with Putin.', startOffset: 33, endOffset: 58 },
    ]);
  });
});
