/**
 * Events whose participants are persons the given-name list does not know, recognised from evidence
 * (test/entities/person-evidence.test.ts): a counterpart is the person named after "his Pakistani
 * counterpart", not the country of the demonym; a mayor in apposition is the subject of "met"; a rank
 * is no part of the participant's name. The event stage alone with the entities the recogniser now
 * gives, then the whole pipeline on the same sentences.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import { type EntitySpec, type EventCase, itEachCase, showEvent } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Wang Yi', kind: 'Person', positionOf: 'China', positionTitle: 'Foreign Minister' },
  { name: 'Shah Mehmood Qureshi', kind: 'Person' },
  { name: 'China', kind: 'Country', surfaces: ['Chinese'] },
  { name: 'Pakistan', kind: 'Country', surfaces: ['Pakistani'] },
  { name: 'Islamabad', kind: 'Place', country: 'Pakistan' },
  { name: 'Pieter van der Merwe', kind: 'Person' },
  { name: 'Thabo Mbeki', kind: 'Person' },
  { name: 'Pretoria', kind: 'Place', country: 'South Africa' },
  { name: 'Mohammad bin Rashid', kind: 'Person', positionTitle: 'Sheikh' },
  { name: 'Clive Harris', kind: 'Person', positionTitle: 'Major' },
  { name: 'Dubai', kind: 'Place', country: 'United Arab Emirates' },
];

const CASES: Record<string, EventCase> = {
  'talks with "his Pakistani counterpart X" are with X, not with Pakistan': {
    text: 'Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart Shah Mehmood Qureshi in Islamabad on Monday.',
    timexes: [{ text: 'Monday', value: '2018-07-09' }],
    expect: ['Talks occurred 2018-07-09..2018-07-09 [Shah Mehmood Qureshi/participant, Wang Yi/participant] @Islamabad'],
  },
  'a subject with an apposition ("X, the mayor, met Y") meets': {
    text: 'Pieter van der Merwe, the mayor, met Thabo Mbeki in Pretoria on Friday.',
    timexes: [{ text: 'Friday', value: '2018-07-06' }],
    expect: ['Meeting occurred 2018-07-06..2018-07-06 [Pieter van der Merwe/participant, Thabo Mbeki/participant] @Pretoria'],
  },
  'a sheikh meets a major': {
    text: 'Sheikh Mohammad bin Rashid met Major Clive Harris in Dubai on Monday.',
    timexes: [{ text: 'Monday', value: '2018-07-09' }],
    expect: ['Meeting occurred 2018-07-09..2018-07-09 [Clive Harris/participant, Mohammad bin Rashid/participant] @Dubai'],
  },
};

describe('events with persons known from evidence', () => {
  itEachCase(CASES, ENTITIES, '2018-07-10');
});

describe('the whole pipeline finds those persons and events', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      const x = extractArticle({ id: 'test', title: '', text: c.text, publishedAt: '2018-07-10', source: null, url: null });
      expect(x.events.map(showEvent)).toEqual(c.expect);
    });
  }
});
