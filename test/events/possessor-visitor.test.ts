/**
 * A country's office in possessive form before a visit noun names the visitor's side, not the
 * destination (extract.ts preModifiers): "the German leader's four-day visit" is the German leader
 * travelling; the destination comes from "to X" or the dateline. An adjective or place right before
 * the noun still names the destination ("his German visit", "the Moscow trip").
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Richard von Weizsaecker', kind: 'Person', surfaces: ['Richard von Weizsaecker', 'Weizsaecker'], positionOf: 'West Germany' },
  { name: 'Germany', kind: 'Country', surfaces: ['German', 'Germany'] },
  { name: 'Raul Alfonsin', kind: 'Person', surfaces: ['Raul Alfonsin', 'Alfonsin'], positionOf: 'Argentina' },
  { name: 'Argentina', kind: 'Country', surfaces: ['Argentine'] },
  { name: 'Buenos Aires', kind: 'Place', country: 'Argentina', surfaces: ['BUENOS AIRES'] },
  { name: 'China', kind: 'Country', surfaces: ['Chinese'] },
  { name: 'India', kind: 'Country' },
  { name: 'Helmut Kohl', kind: 'Person', surfaces: ['Helmut Kohl', 'Kohl'], positionOf: 'Germany', positionTitle: 'Chancellor' },
  { name: 'Moscow', kind: 'Place', country: 'Russia' },
];

const CASES: Record<string, EventCase> = {
  "the German leader's visit is the visit of the German president, to the dateline": {
    text: "West German President Richard von Weizsaecker met Argentine President Raul Alfonsin for talks on the first day of the German leader's four-day visit.",
    dateline: 'Buenos Aires',
    expect: [
      'Talks occurred -..- [Raul Alfonsin/participant, Richard von Weizsaecker/participant] @Buenos Aires',
      'Visit occurred -..- [Argentina/host, Richard von Weizsaecker/visitor] @Buenos Aires',
    ],
  },
  "the Chinese premier's visit to India: China visits, India hosts": {
    text: "Officials prepared for the Chinese premier's visit to India.",
    expect: ['Visit occurred -..- [China/visitor, India/host] @India'],
  },
  "the Chinese premier's Moscow visit: Moscow is the destination, China the visitor": {
    text: "Officials prepared for the Chinese premier's Moscow visit.",
    expect: ['Visit occurred -..- [China/visitor, Russia/host] @Moscow'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  'a visit to Germany keeps Germany as the destination': {
    text: 'Alfonsin is on a visit to Germany.',
    expect: ['Visit occurred -..- [Germany/host, Raul Alfonsin/visitor] @Germany'],
  },
  'an adjective right before the noun names the destination: "his German visit"': {
    text: 'Alfonsin said his German visit was a success.',
    expect: ['Visit occurred -..- [Germany/host, Raul Alfonsin/visitor] @Germany'],
  },
  'a place right before the noun names the destination: "the Moscow trip"': {
    text: "Kohl's Moscow trip was useful.",
    expect: ['Visit occurred -..- [Helmut Kohl/visitor, Russia/host] @Moscow'],
  },
};

describe("a country's office as possessor of a visit is the visitor", () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '1987-03-16');
});
