/**
 * The pure decisions of cross-article merging (merge.ts): person names and evidence, and undated plans joining
 * their dated events. The stores applying them are checked by test/store-conformance.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  eventSummary,
  findMergeTarget,
  findPersonMergeTarget,
  isSameEvent,
  nameWords,
  namesCompatible,
  personEvidence,
  personLookupKeys,
  personNameKeys,
  PLAN_HORIZON_DAYS,
  planJoins,
  planWindow,
  remapEdgeKey,
  remapFragment,
  type PersonSummary,
} from './merge.js';
import { edgeKey, type EventSummary, type GraphFragment } from './model.js';

describe('person names', () => {
  it('splits names into folded words, keeping hyphenated given names whole', () => {
    expect(nameWords('Kim Jong-il')).toEqual(['kim', 'jong-il']);
    expect(nameWords('Madeleine K. Albright')).toEqual(['madeleine', 'k', 'albright']);
    expect(nameWords('  José  María Aznar ')).toEqual(['jose', 'maria', 'aznar']);
    expect(nameWords("O'Brien")).toEqual(['obrien']);
  });

  const COMPATIBLE: Array<[string, string]> = [
    ['Albright', 'Madeleine Albright'],
    ['Madeleine Albright', 'Madeleine K. Albright'],
    ['M. Albright', 'Madeleine Albright'],
    ['Albright', 'Madeleine K. Albright'],
    ['Kim', 'Kim Jong-il'], // surname first
    ['Hu', 'Hu Jintao'],
    ['Moi', 'Daniel arap Moi'],
    ['Daniel Moi', 'Daniel arap Moi'],
  ];
  const CONFLICTING: Array<[string, string]> = [
    ['Kim Jong-il', 'Kim Dae-jung'],
    ['Kim Jong-il', 'Kim Jong-un'],
    ['Kim Il', 'Kim Jong-il'],
    ['Bill Clinton', 'Hillary Clinton'],
    ['Albright', 'Albrecht'],
    ['Madeleine Albright', 'Madeleine Korbel'],
    ['Jintao', 'Hu Jin'],
  ];

  it.each(COMPATIBLE)('"%s" and "%s" may be one person', (a, b) => {
    expect(namesCompatible(a, b)).toBe(true);
    expect(namesCompatible(b, a)).toBe(true);
  });

  it.each(CONFLICTING)('"%s" and "%s" are never one person', (a, b) => {
    expect(namesCompatible(a, b)).toBe(false);
    expect(namesCompatible(b, a)).toBe(false);
  });

  it('looks a compatible stored name up by the keys it is stored under', () => {
    for (const [a, b] of COMPATIBLE) {
      for (const [query, stored] of [[a, b], [b, a]] as const) {
        const { firstWord, lastWord } = personNameKeys(stored);
        const { lastWords, firstWords } = personLookupKeys(query);
        expect(lastWords.includes(lastWord) || firstWords.includes(firstWord), `${query} -> ${stored}`).toBe(true);
      }
    }
  });
});

describe('person evidence and the merge target', () => {
  const p = (id: string, name: string, positions: PersonSummary['positions'] = [], aliases: string[] = []): PersonSummary => ({ id, name, aliases, positions });
  const sos = { title: 'Secretary of State', of: 'country:united-states', ofKind: 'Country' as const };
  const envoy = { title: 'Envoy', of: 'country:united-states', ofKind: 'Country' as const };
  const sg = { title: 'Secretary-General', of: 'org:united-nations', ofKind: 'Organization' as const };
  const adviser = { title: 'Adviser', of: 'org:united-nations', ofKind: 'Organization' as const };

  it('counts the same full name, the same position, or a position in the same country', () => {
    expect(personEvidence(p('person:albright', 'Albright', [], ['Madeleine Albright']), p('person:madeleine-albright', 'Madeleine Albright'))).toBe(true);
    expect(personEvidence(p('a', 'Annan', [sg]), p('b', 'Kofi Annan', [{ ...sg, title: 'secretary general' }]))).toBe(true);
    expect(personEvidence(p('a', 'Albright', [envoy]), p('b', 'Madeleine Albright', [sos]))).toBe(true);
  });

  it('does not count another title in the same organisation, a bare surname alias, or nothing', () => {
    expect(personEvidence(p('a', 'Annan', [adviser]), p('b', 'Kofi Annan', [sg]))).toBe(false);
    expect(personEvidence(p('a', 'Albright', [], ['Albright']), p('b', 'Madeleine Albright', [], ['Albright']))).toBe(false);
    expect(personEvidence(p('a', 'Albright'), p('b', 'Madeleine Albright', [sos]))).toBe(false);
  });

  it('merges into the one compatible stored person with evidence', () => {
    const stored = [p('person:madeleine-albright', 'Madeleine Albright', [sos]), p('person:bill-clinton', 'Bill Clinton', [envoy])];
    expect(findPersonMergeTarget(p('person:albright', 'Albright', [sos]), stored)?.id).toBe('person:madeleine-albright');
    expect(findPersonMergeTarget(p('person:albright', 'Albright'), stored)).toBeNull();
  });

  it('does not merge when two stored persons are compatible, even if one has no evidence', () => {
    const stored = [p('person:kim-jong-il', 'Kim Jong-il', [{ title: 'Leader', of: 'country:north-korea', ofKind: 'Country' }]), p('person:kim-dae-jung', 'Kim Dae-jung')];
    const kim = p('person:kim', 'Kim', [{ title: 'Leader', of: 'country:north-korea', ofKind: 'Country' }]);
    expect(findPersonMergeTarget(kim, stored)).toBeNull();
    expect(findPersonMergeTarget(kim, stored.slice(0, 1))?.id).toBe('person:kim-jong-il');
  });
});

describe('an undated plan joins its dated event', () => {
  const ev = (id: string, over: Partial<EventSummary>): EventSummary => ({
    id,
    type: 'Visit',
    status: 'occurred',
    startDate: null,
    endDate: null,
    participantIds: ['person:albright', 'country:kenya'],
    placeId: 'country:kenya',
    actorIds: ['person:albright'],
    whereIds: ['country:kenya'],
    reportedOn: null,
    ...over,
  });
  const plan = ev('event:plan', { status: 'planned', reportedOn: '1998-08-11' });
  const visitOn = (day: string, over: Partial<EventSummary> = {}) => ev(`event:${day}`, { startDate: day, endDate: day, ...over });

  it('has a window from the report to PLAN_HORIZON_DAYS later, only for undated planned or possible events', () => {
    expect(PLAN_HORIZON_DAYS).toBe(60);
    expect(planWindow(plan)).toEqual(['1998-08-11', '1998-10-10']);
    expect(planWindow({ ...plan, status: 'possible' })).toEqual(['1998-08-11', '1998-10-10']);
    expect(planWindow({ ...plan, status: 'occurred' })).toBeNull();
    expect(planWindow({ ...plan, reportedOn: null })).toBeNull();
    expect(planWindow(visitOn('1998-08-18'))).toBeNull();
  });

  it('joins a dated event from the report day to the horizon, in either argument order', () => {
    for (const day of ['1998-08-11', '1998-08-18', '1998-10-10']) {
      expect(planJoins(plan, visitOn(day))).toBe(true);
      expect(isSameEvent(plan, visitOn(day))).toBe(true);
      expect(isSameEvent(visitOn(day), plan)).toBe(true);
    }
  });

  it('never joins an event before the report, beyond the horizon, of another type, actor or place', () => {
    expect(isSameEvent(plan, visitOn('1998-08-10'))).toBe(false);
    expect(isSameEvent(plan, visitOn('1998-10-11'))).toBe(false);
    expect(isSameEvent(plan, visitOn('1998-08-18', { type: 'Meeting' }))).toBe(false);
    expect(isSameEvent(plan, visitOn('1998-08-18', { actorIds: ['person:clinton'], participantIds: ['person:clinton', 'country:kenya'] }))).toBe(false);
    expect(isSameEvent(plan, visitOn('1998-08-18', { whereIds: ['country:tanzania'], placeId: 'country:tanzania' }))).toBe(false);
    // an undated event that already happened is no plan
    expect(isSameEvent({ ...plan, status: 'occurred' }, visitOn('1998-08-18'))).toBe(false);
  });

  it('picks the earliest dated event, and prefers a report of the same kind to a plan', () => {
    const events = [visitOn('1998-09-20'), visitOn('1998-08-18'), visitOn('1998-08-25')];
    expect(findMergeTarget(plan, events)?.id).toBe('event:1998-08-18');
    const otherPlan = ev('event:0', { status: 'planned', reportedOn: '1998-08-12' });
    expect(findMergeTarget(plan, [visitOn('1998-08-18'), otherPlan])?.id).toBe('event:0');
    expect(findMergeTarget(visitOn('1998-08-18'), [plan, visitOn('1998-08-18', { id: 'event:z' })])?.id).toBe('event:z');
  });

  it('summarises links: the latest report day, actors without hosts, places and hosts as where', () => {
    const s = eventSummary('event:x', { type: 'Visit', status: 'planned', startDate: null, endDate: null }, {
      participants: ['person:albright', 'country:kenya'],
      hosts: ['country:kenya'],
      places: ['place:nairobi', 'place:east-africa'],
      reportedOn: ['1998-08-11', null, '1998-08-17'],
    });
    expect(s).toMatchObject({
      actorIds: ['person:albright'],
      whereIds: ['place:nairobi', 'place:east-africa', 'country:kenya'],
      placeId: 'place:nairobi',
      reportedOn: '1998-08-17',
    });
  });
});

describe('remapping a fragment', () => {
  const fragment: GraphFragment = {
    article: { id: 'article:a', articleId: 'a', title: 'A', publishedAt: '1998-08-17', source: null, url: null, contentHash: 'h' },
    nodes: [
      { key: 'person:albright', label: 'Person', props: { id: 'person:albright', name: 'Albright', aliases: [] } },
      { key: 'event:1', label: 'Event', props: { id: 'event:1', type: 'Visit', status: 'occurred', startDate: null, endDate: null, precision: null, summary: 's' } },
    ],
    edges: [
      { key: edgeKey('PARTICIPATED_IN', 'person:albright', 'event:1', 'visitor'), type: 'PARTICIPATED_IN', source: 'person:albright', target: 'event:1', props: { role: 'visitor' } },
      { key: edgeKey('HOLDS_POSITION', 'person:albright', 'country:us', 'secretary of state/current'), type: 'HOLDS_POSITION', source: 'person:albright', target: 'country:us', props: { title: 'Secretary of State', time: 'current' } },
    ],
  };

  it('re-keys nodes and edges, keeps qualifiers, makes the name an alias, and leaves its input alone', () => {
    const before = JSON.stringify(fragment);
    const out = remapFragment(fragment, new Map([['person:albright', 'person:madeleine-albright'], ['event:1', 'event:2']]));
    expect(JSON.stringify(fragment)).toBe(before);
    expect(out.nodes.map((n) => [n.key, n.props.id])).toEqual([
      ['person:madeleine-albright', 'person:madeleine-albright'],
      ['event:2', 'event:2'],
    ]);
    expect(out.nodes[0]!.props.aliases).toEqual(['Albright']);
    expect(out.nodes[1]!.props.aliases).toBeUndefined();
    expect(out.edges.map((e) => e.key)).toEqual([
      'PARTICIPATED_IN:person:madeleine-albright->event:2:visitor',
      'HOLDS_POSITION:person:madeleine-albright->country:us:secretary of state/current',
    ]);
    expect(remapFragment(fragment, new Map())).toBe(fragment);
  });

  it('refuses an edge key that was not built by edgeKey', () => {
    expect(() => remapEdgeKey({ key: 'x', type: 'LOCATED_IN', source: 'a', target: 'b' }, 'c', 'b')).toThrow(/remapEdgeKey/);
  });
});
