/**
 * The subject of prepare with a visit or trip as its direct object is the traveller ("Kohl is
 * preparing a visit to Moscow"); the subject of "preparing for the visit" (aides, officials) takes
 * no part. Found on Reuters 1987 news.
 */
import { describe, expect, it } from 'vitest';
import { runEventCase, type EntitySpec, type EventCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Helmut Kohl', kind: 'Person', surfaces: ['Helmut Kohl', 'Kohl'], positionOf: 'West Germany', positionTitle: 'Chancellor' },
  { name: 'Moscow', kind: 'Place', country: 'Soviet Union' },
  { name: 'Soviet Union', kind: 'Country' },
  { name: 'China', kind: 'Country' },
];

const run = (c: EventCase) => runEventCase(c, ENTITIES, '1987-06-15');

const CASES: Record<string, EventCase> = {
  '"is preparing a visit": the subject is the visitor': {
    text: 'Kohl is preparing a visit to Moscow.',
    expect: ['Visit planned -..- [Helmut Kohl/visitor, Soviet Union/host] @Moscow'],
  },
  '"is preparing his first official visit": the subject is the visitor': {
    text: 'Kohl is preparing his first official visit to Moscow.',
    expect: ['Visit planned -..- [Helmut Kohl/visitor, Soviet Union/host] @Moscow'],
  },
  '"is preparing to visit": the subject is the visitor': {
    text: 'Kohl is preparing to visit Moscow.',
    expect: ['Visit planned -..- [Helmut Kohl/visitor, Soviet Union/host] @Moscow'],
  },
  '"were preparing for the visit": aides are no visitors': {
    // Neither the aides nor Kohl (inside "aides to Kohl") is made the visitor: no traveller, no event.
    text: 'Aides to Kohl were preparing for the visit to Moscow.',
    expect: [],
  },
  '"preparing the talks": the subject of prepare is no party to talks': {
    text: 'Kohl was preparing the talks with China.',
    expect: [],
  },
};

describe('prepare + a visit nominal', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      expect(run(c)).toEqual(c.expect);
    });
  }
});
