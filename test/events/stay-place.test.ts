/**
 * "X is in Bogota" / "X, who is in Bogota for talks," without a travel verb puts the person there at
 * the document date (extract.ts staysIn): a contact event of that person in the same or the next
 * sentence, undated or within a week of the document date, is there (carryPlace). Not "was in", not
 * a non-person subject, not a region, not a dated contact long before.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Jose Lopez Portillo', kind: 'Person', surfaces: ['Jose Lopez Portillo', 'Lopez Portillo'] },
  { name: 'Virgilio Barco', kind: 'Person', surfaces: ['Virgilio Barco', 'Barco'] },
  { name: 'Bogota', kind: 'Place', country: 'Colombia' },
  { name: 'Colombia', kind: 'Country' },
  { name: 'Middle East', kind: 'Place' },
  { name: 'World Bank', kind: 'Organization' },
];

const MONDAY = { text: 'Monday', value: '1987-03-02' };

const CASES: Record<string, EventCase> = {
  '"Y met X, who is in Bogota": the meeting in the same sentence is in Bogota': {
    text: 'President Virgilio Barco met Jose Lopez Portillo, who is in Bogota as a guest of the church.',
    expect: ['Meeting occurred -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @Bogota'],
  },
  '"X is in Bogota." then a meeting on Monday, within the week of the story: in Bogota': {
    text: 'Jose Lopez Portillo is in Bogota. He met Barco on Monday.',
    timexes: [MONDAY],
    expect: ['Meeting occurred 1987-03-02..1987-03-02 [Jose Lopez Portillo/participant, Virgilio Barco/participant] @Bogota'],
  },
  '"X is in Bogota." then an undated meeting in the next sentence: in Bogota': {
    text: 'Jose Lopez Portillo is in Bogota. He is expected to meet Barco.',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @Bogota'],
  },
  '"X is in Colombia" in a story datelined Bogota: the meeting is at the dateline, the more specific place': {
    text: 'Jose Lopez Portillo is in Colombia. He is expected to meet Barco.',
    dateline: 'Bogota',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @Bogota'],
  },
  '"He is in Bogota." after naming the person: the next meeting is in Bogota': {
    text: 'Jose Lopez Portillo arrived last year. He is in Bogota. He is expected to meet Barco.',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @Bogota'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  '"was in Bogota" says nothing about when: no place': {
    text: 'Jose Lopez Portillo was in Bogota. He is expected to meet Barco.',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @-'],
  },
  'a stay two sentences before does not place the meeting': {
    text: 'Jose Lopez Portillo is in Bogota. The weather is bad. He is expected to meet Barco.',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @-'],
  },
  'a region is no place to be in': {
    text: 'Jose Lopez Portillo is in the Middle East. He is expected to meet Barco.',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @-'],
  },
  'a meeting years before the present stay is not placed by it': {
    text: 'Jose Lopez Portillo is in Bogota. He met Barco in 1980.',
    timexes: [{ text: '1980', value: '1980' }],
    expect: ['Meeting occurred 1980-01-01..1980-12-31 [Jose Lopez Portillo/participant, Virgilio Barco/participant] @-'],
  },
  'an organisation "is in" a place is no traveller': {
    text: 'The World Bank is in Bogota. Lopez Portillo is expected to meet Barco.',
    expect: ['Meeting planned -..- [Jose Lopez Portillo/participant, Virgilio Barco/participant] @-'],
  },
};

describe('"X is in Bogota" places X\'s contact events', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '1987-03-04');
});
