/**
 * A contact event with no place, right after the sentence taking one of its parties somewhere
 * (extract.ts carryPlace): undated, it is at that destination; dated, or after a dated trip, or of
 * a party who did not travel, it is not.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Madeleine Albright', kind: 'Person', surfaces: ['Madeleine Albright', 'Albright'] },
  { name: 'Daniel arap Moi', kind: 'Person', surfaces: ['Daniel arap Moi', 'Moi'] },
  { name: 'Tanzania', kind: 'Country' },
  { name: 'Nairobi', kind: 'Place', country: 'Kenya' },
];

const CASES: Record<string, EventCase> = {
  'an undated meeting of the traveller after "heading to Nairobi" is in Nairobi': {
    text: 'Albright spent five hours in Tanzania before heading to Nairobi. She was scheduled to meet with President Moi.',
    expect: ['Visit occurred -..- [Kenya/host, Madeleine Albright/visitor] @Nairobi', 'Meeting planned -..- [Daniel arap Moi/participant, Madeleine Albright/participant] @Nairobi'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  'a dated meeting does not take an undated destination': {
    text: 'Albright spent five hours in Tanzania before heading to Nairobi. She met with President Moi in 1995.',
    timexes: [{ text: '1995', value: '1995' }],
    expect: ['Visit occurred -..- [Kenya/host, Madeleine Albright/visitor] @Nairobi', 'Meeting occurred 1995-01-01..1995-12-31 [Daniel arap Moi/participant, Madeleine Albright/participant] @-'],
  },
  'a meeting two sentences after the trip keeps no place': {
    text: 'Albright spent five hours in Tanzania before heading to Nairobi. The plane was late. She was scheduled to meet with President Moi.',
    expect: ['Visit occurred -..- [Kenya/host, Madeleine Albright/visitor] @Nairobi', 'Meeting planned -..- [Daniel arap Moi/participant, Madeleine Albright/participant] @-'],
  },
};

describe('a traveller\'s next meeting is at the destination', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '1998-08-18');
});
