/**
 * Participant and place rules from Reuters-style copy (extract.ts): the subject of ", who will visit"
 * is the name before it (subjectOf); a contact event with no place is where the same traveller is
 * said to be in the same or the previous sentence (carryPlace, atTravellersPlace); the dateline
 * places a contact event unless its parties are of two or more other countries (datelineFits).
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase, runEventCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Helmut Kohl', kind: 'Person', surfaces: ['Helmut Kohl', 'Kohl'], positionOf: 'West Germany', positionTitle: 'Chancellor' },
  { name: 'Yasuhiro Nakasone', kind: 'Person', surfaces: ['Yasuhiro Nakasone', 'Nakasone'], positionOf: 'Japan', positionTitle: 'Prime Minister' },
  { name: 'Jose Lopez', kind: 'Person', surfaces: ['Jose Lopez', 'Lopez'], positionTitle: 'Trade Minister' },
  { name: 'Miguel de la Madrid', kind: 'Person', surfaces: ['Miguel de la Madrid', 'de la Madrid'], positionOf: 'Mexico' },
  { name: 'George Shultz', kind: 'Person', surfaces: ['George Shultz', 'Shultz'], positionOf: 'United States', positionTitle: 'Secretary of State' },
  { name: 'Sheikh Rashid', kind: 'Person', surfaces: ['Sheikh Rashid'], positionOf: 'United Arab Emirates', positionTitle: 'Vice President' },
  { name: 'Clayton Yeutter', kind: 'Person', surfaces: ['Clayton Yeutter', 'Yeutter'], positionOf: 'United States', positionTitle: 'Trade Representative' },
  { name: 'World Bank', kind: 'Organization' },
  { name: 'Bonn', kind: 'Place', country: 'Germany' },
  { name: 'Bogota', kind: 'Place', country: 'Colombia' },
  { name: 'Dubai', kind: 'Place', country: 'United Arab Emirates' },
  { name: 'Colombia', kind: 'Country', surfaces: ['Colombian'] },
  { name: 'Germany', kind: 'Country' },
  { name: 'United Arab Emirates', kind: 'Country' },
];

describe('the visitor of ", who will visit" is the name before it', () => {
  const cases: Record<string, EventCase> = {
    'the object of the main clause': {
      text: 'Kohl welcomed Nakasone, who will visit Bonn next week.',
      timexes: [{ text: 'next week', value: '1987-W12', interval: { startDate: '1987-03-16', endDate: '1987-03-22', precision: 'week' } }],
      expect: [
        'Meeting occurred -..- [Helmut Kohl/host, Yasuhiro Nakasone/participant] @-',
        'Visit planned 1987-03-16..1987-03-22 [Helmut Kohl/host, Yasuhiro Nakasone/visitor] @Bonn',
      ],
    },
    'the object of a reporting verb': {
      text: 'Kohl said Nakasone, who is to visit Bonn next week, wanted better ties.',
      timexes: [{ text: 'next week', value: '1987-W12', interval: { startDate: '1987-03-16', endDate: '1987-03-22', precision: 'week' } }],
      expect: ['Visit planned 1987-03-16..1987-03-22 [Germany/host, Yasuhiro Nakasone/visitor] @Bonn'],
    },
  };
  itEachCase(cases, ENTITIES, '1987-03-10');

  it('without ", who" the main subject visits', () => {
    const c: EventCase = {
      text: 'Kohl told Nakasone he will visit Bonn next week.',
      timexes: [{ text: 'next week', value: '1987-W12', interval: { startDate: '1987-03-16', endDate: '1987-03-22', precision: 'week' } }],
      expect: [],
    };
    expect(runEventCase(c, ENTITIES, '1987-03-10').some((e) => e.includes('Yasuhiro Nakasone/visitor'))).toBe(false);
  });
});

describe('a contact event is where its traveller is', () => {
  const MONDAY = { text: 'Monday', value: '1987-03-09' };
  const TUESDAY = { text: 'Tuesday', value: '1987-03-10' };
  const cases: Record<string, EventCase> = {
    'arrived in the sentence before, dated within the stay': {
      text: 'Trade Minister Jose Lopez arrived in Bogota on Monday. He held technical discussions with Colombian officials on Tuesday.',
      timexes: [MONDAY, TUESDAY],
      expect: [
        'Visit occurred 1987-03-09..1987-03-10 [Colombia/host, Jose Lopez/visitor] @Bogota',
        'Talks occurred 1987-03-10..1987-03-10 [Colombia/participant, Jose Lopez/participant] @Bogota',
      ],
    },
    'arrived in the same sentence, the contact undated': {
      text: 'Trade Minister Jose Lopez, who arrived in Bogota on Monday, held technical discussions with Colombian officials.',
      timexes: [MONDAY],
      expect: [
        'Visit occurred 1987-03-09..1987-03-10 [Colombia/host, Jose Lopez/visitor] @Bogota',
        'Talks occurred 1987-03-09..1987-03-09 [Colombia/participant, Jose Lopez/participant] @Bogota',
      ],
    },
  };
  const negative: Record<string, EventCase> = {
    'a planned trip does not place a contact that occurred': {
      text: 'Trade Minister Jose Lopez will visit Bogota. He held technical discussions with Colombian officials.',
      expect: ['Visit planned -..- [Colombia/host, Jose Lopez/visitor] @Bogota', 'Talks occurred -..- [Colombia/participant, Jose Lopez/participant] @-'],
    },
    'a contact dated outside the stay keeps no place': {
      text: 'Trade Minister Jose Lopez arrived in Bogota on Monday. He held technical discussions with Colombian officials in 1985.',
      timexes: [MONDAY, { text: '1985', value: '1985' }],
      expect: [
        'Visit occurred 1987-03-09..1987-03-10 [Colombia/host, Jose Lopez/visitor] @Bogota',
        'Talks occurred 1985-01-01..1985-12-31 [Colombia/participant, Jose Lopez/participant] @-',
      ],
    },
  };
  itEachCase({ ...cases, ...negative }, ENTITIES, '1987-03-10');
});

describe('the dateline places a contact event of its country, not one of two others', () => {
  const MONDAY = { text: 'Monday', value: '1987-03-09' };
  it('two foreign parties: no place', () => {
    const c: EventCase = { text: 'Miguel de la Madrid met George Shultz on Monday.', timexes: [MONDAY], dateline: 'Dubai', expect: ['Meeting occurred 1987-03-09..1987-03-09 [George Shultz/participant, Miguel de la Madrid/participant] @-'] };
    expect(runEventCase(c, ENTITIES, '1987-03-10')).toEqual(c.expect);
  });
  it('a party of the dateline country: the dateline', () => {
    const c: EventCase = { text: 'Sheikh Rashid met George Shultz on Monday.', timexes: [MONDAY], dateline: 'Dubai', expect: ['Meeting occurred 1987-03-09..1987-03-09 [George Shultz/participant, Sheikh Rashid/participant] @Dubai'] };
    expect(runEventCase(c, ENTITIES, '1987-03-10')).toEqual(c.expect);
  });
  it('a single foreign party, usually the visitor: the dateline', () => {
    const c: EventCase = {
      text: 'Yeutter met World Bank officials on Monday.',
      timexes: [MONDAY],
      dateline: 'Dubai',
      expect: ['Meeting occurred 1987-03-09..1987-03-09 [Clayton Yeutter/participant, World Bank/participant] @Dubai'],
    };
    expect(runEventCase(c, ENTITIES, '1987-03-10')).toEqual(c.expect);
  });
  it('a former country counts as the one its government sat in (West Germany, BONN)', () => {
    const c: EventCase = { text: 'Kohl met George Shultz on Monday.', timexes: [MONDAY], dateline: 'Bonn', expect: ['Meeting occurred 1987-03-09..1987-03-09 [George Shultz/participant, Helmut Kohl/participant] @Bonn'] };
    expect(runEventCase(c, ENTITIES, '1987-03-10')).toEqual(c.expect);
  });
  it('the traveller\'s known place wins over the dateline', () => {
    const c: EventCase = {
      text: 'Trade Minister Jose Lopez arrived in Bogota on Monday. He held technical discussions with Colombian officials on Tuesday.',
      timexes: [MONDAY, { text: 'Tuesday', value: '1987-03-10' }],
      dateline: 'Dubai',
      expect: [
        'Visit occurred 1987-03-09..1987-03-10 [Colombia/host, Jose Lopez/visitor] @Bogota',
        'Talks occurred 1987-03-10..1987-03-10 [Colombia/participant, Jose Lopez/participant] @Bogota',
      ],
    };
    expect(runEventCase(c, ENTITIES, '1987-03-10')).toEqual(c.expect);
  });
});
