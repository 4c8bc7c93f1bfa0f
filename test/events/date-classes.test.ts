/**
 * Event intervals by class (issue 4 item 3, GUIDELINES "Date"), each with a negative case: ranges
 * of a bare second day ("April 24 and 25"), sentences naming no time that continue the story's day
 * ("was then whisked to", "said this soon after meeting", "ending a two-day visit" after a lead's
 * "said Saturday"), arrivals for a dated gathering, the legs of a tour, and the places of "the West
 * Bank city of Ramallah" and "in London's Mayfair district".
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/events/extract.js';
import { resolveEvents } from '../../src/extract/resolve/index.js';
import type { ExtractedEvent } from '../../src/model/types.js';
import { makeDoc, type EntitySpec, type TimexSpec } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'NATO', kind: 'Organization' },
  { name: 'Washington', kind: 'Place', country: 'United States' },
  { name: 'Kim Jong-il', kind: 'Person', surfaces: ['Kim Jong-il', 'Kim'] },
  { name: 'Vladimir Putin', kind: 'Person', surfaces: ['Vladimir Putin', 'Putin'] },
  { name: 'Romano Prodi', kind: 'Person', surfaces: ['Romano Prodi', 'Prodi'], positionOf: 'Italy' },
  { name: 'Sali Berisha', kind: 'Person', surfaces: ['Sali Berisha', 'Berisha'] },
  { name: 'Vlore', kind: 'Place', country: 'Albania' },
  { name: 'Tirana', kind: 'Place', country: 'Albania' },
  { name: 'Mahathir Mohamad', kind: 'Person', surfaces: ['Mahathir Mohamad', 'Mahathir'] },
  { name: 'Robert Mugabe', kind: 'Person', surfaces: ['Robert Mugabe', 'Mugabe'] },
  { name: 'Rudolf Scharping', kind: 'Person', surfaces: ['Rudolf Scharping', 'Scharping'] },
  { name: 'Poland', kind: 'Country' },
  { name: 'Warsaw', kind: 'Place', country: 'Poland' },
  { name: 'China', kind: 'Country', surfaces: ['China', 'Chinese'] },
  { name: 'Africa', kind: 'Place' },
  { name: 'Beijing', kind: 'Place', country: 'China' },
  { name: 'Isaias Afwerki', kind: 'Person', surfaces: ['Isaias Afwerki', 'Afwerki'] },
  { name: 'Hu Jintao', kind: 'Person', surfaces: ['Hu Jintao', 'Hu'], positionOf: 'China' },
  { name: 'Vietnam', kind: 'Country' },
  { name: 'Laos', kind: 'Country' },
  { name: 'India', kind: 'Country' },
  { name: 'Pakistan', kind: 'Country' },
  { name: 'Javier Solana', kind: 'Person', surfaces: ['Javier Solana', 'Solana'] },
  { name: 'Mahmoud Abbas', kind: 'Person', surfaces: ['Mahmoud Abbas', 'Abbas'] },
  { name: 'West Bank', kind: 'Place' },
  { name: 'Ramallah', kind: 'Place' },
  { name: 'Alexander Litvinenko', kind: 'Person', surfaces: ['Alexander Litvinenko', 'Litvinenko'] },
  { name: 'Dmitry Kovtun', kind: 'Person', surfaces: ['Dmitry Kovtun', 'Kovtun'] },
  { name: 'London', kind: 'Place', country: 'United Kingdom' },
];

interface Case {
  text: string;
  dct: string;
  timexes?: TimexSpec[];
  expect: string[];
}

const show = (e: ExtractedEvent) =>
  `${e.type} ${e.status} ${e.startDate ?? '-'}..${e.endDate ?? '-'} [${e.participants.map((p) => `${p.name}/${p.role}`).sort().join(', ')}] @${e.place?.name ?? '-'}`;

function run(c: Case): string[] {
  const doc = makeDoc(c.text, c.dct, ENTITIES.filter((e) => (e.surfaces ?? [e.name]).some((s) => c.text.includes(s))), c.timexes ?? []);
  return resolveEvents(extractEvents(doc), doc.entities, { publishedAt: c.dct }).map(show);
}

const CASES: Record<string, Case> = {
  // ---- ranges
  '"on April 24 and 25", the second day tagged': {
    text: 'The accession will be held at the NATO summit in Washington on April 24 and 25.',
    dct: '1999-02-10',
    timexes: [{ text: 'April 24', value: '1999-04-24' }, { text: '25', value: '1999-04-25' }],
    expect: ['Meeting planned 1999-04-24..1999-04-25 [NATO/participant] @Washington'],
  },
  '"on April 24 and 25", the second day untagged': {
    text: 'The accession will be held at the NATO summit in Washington on April 24 and 25.',
    dct: '1999-02-10',
    timexes: [{ text: 'April 24', value: '1999-04-24' }],
    expect: ['Meeting planned 1999-04-24..1999-04-25 [NATO/participant] @Washington'],
  },
  'negative: "on Monday and 25 people" is no range': {
    text: 'Kim met Putin on Monday and 25 people were arrested.',
    dct: '2011-06-28',
    timexes: [{ text: 'Monday', value: '2011-06-27' }],
    expect: ['Meeting occurred 2011-06-27..2011-06-27 [Kim Jong-il/participant, Vladimir Putin/participant] @-'],
  },
  // ---- the story's day
  '"was then whisked to Tirana for a meeting": the day told before': {
    text: 'Prodi made a flying visit to Vlore on Sunday. He spoke from a balcony. Prodi was then whisked to Tirana for a meeting with Berisha.',
    dct: '1997-04-13',
    timexes: [{ text: 'Sunday', value: '1997-04-13' }],
    expect: [
      'Visit occurred 1997-04-13..1997-04-13 [Albania/host, Romano Prodi/visitor] @Vlore',
      // "whisked to Tirana": a second visit, to another place, not the Vlore one.
      'Visit occurred 1997-04-13..1997-04-13 [Romano Prodi/visitor, Sali Berisha/host] @Tirana',
      'Meeting occurred 1997-04-13..1997-04-13 [Romano Prodi/participant, Sali Berisha/participant] @Tirana',
    ],
  },
  'negative: without "then" a sentence naming no time stays undated': {
    text: 'Prodi made a flying visit to Vlore on Sunday. He spoke from a balcony. Prodi has had a meeting with Berisha in Tirana.',
    dct: '1997-04-13',
    timexes: [{ text: 'Sunday', value: '1997-04-13' }],
    expect: [
      'Visit occurred 1997-04-13..1997-04-13 [Albania/host, Romano Prodi/visitor] @Vlore',
      'Meeting occurred -..- [Romano Prodi/participant, Sali Berisha/participant] @Tirana',
    ],
  },
  '"said this ... soon after meeting Mugabe": the day of the saying': {
    text: 'Mahathir said on Tuesday the world is not safe. Mahathir said this in an interview soon after meeting Mugabe.',
    dct: '2005-11-08',
    timexes: [{ text: 'Tuesday', value: '2005-11-08' }],
    expect: ['Meeting occurred 2005-11-08..2005-11-08 [Mahathir Mohamad/participant, Robert Mugabe/participant] @-'],
  },
  'negative: "after meeting" with no saying in its sentence stays undated': {
    text: 'Mahathir said on Tuesday the world is not safe. Mahathir felt better after meeting Mugabe.',
    dct: '2005-11-08',
    timexes: [{ text: 'Tuesday', value: '2005-11-08' }],
    expect: ['Meeting occurred -..- [Mahathir Mohamad/participant, Robert Mugabe/participant] @-'],
  },
  'negative: "went to Tirana to attend a meeting" is no purpose "for" phrase: the place stays unknown': {
    text: 'Prodi went to Tirana and later had a meeting with Berisha.',
    dct: '1997-04-13',
    expect: ['Meeting occurred -..- [Romano Prodi/participant, Sali Berisha/participant] @-'],
  },
  '"ending a two-day visit" after the lead\'s "said Saturday"': {
    text: 'Poland can now take part, Scharping said Saturday. The Dutch ratified this week. The three will join. They can plan. Scharping, ending a two-day visit, said Poland was prepared.',
    dct: '1998-12-05',
    timexes: [{ text: 'Saturday', value: '1998-12-05' }],
    expect: ['Visit occurred 1998-12-04..1998-12-05 [Rudolf Scharping/visitor] @-'],
  },
  'negative: "ending a two-day visit" with no saying day told stays undated': {
    text: 'Poland can now take part, Scharping said. Scharping, ending a two-day visit, said Poland was prepared.',
    dct: '1998-12-05',
    expect: ['Visit occurred -..- [Rudolf Scharping/visitor] @-'],
  },
  // ---- arrivals for a gathering
  'an arrival the day a dated summit opens lasts until it ends': {
    text: 'China will host a China-Africa summit in Beijing from Nov. 4 to 5. Afwerki is expected to arrive in Beijing early Saturday morning.',
    dct: '2006-11-03',
    timexes: [{ text: 'Nov. 4', value: '2006-11-04' }, { text: 'early Saturday morning', type: 'TIME', value: '2006-11-04TMO', interval: { startDate: '2006-11-04', endDate: '2006-11-04', precision: 'day' } }],
    expect: [
      'Meeting planned 2006-11-04..2006-11-05 [China/participant] @Beijing',
      'Visit planned 2006-11-04..2006-11-05 [China/host, Isaias Afwerki/visitor] @Beijing',
    ],
  },
  'negative: a summit opening a week after the arrival does not extend it': {
    text: 'China will host a China-Africa summit in Beijing from Nov. 11 to 12. Afwerki is expected to arrive in Beijing early Saturday morning.',
    dct: '2006-11-03',
    timexes: [{ text: 'Nov. 11', value: '2006-11-11' }, { text: 'early Saturday morning', type: 'TIME', value: '2006-11-04TMO', interval: { startDate: '2006-11-04', endDate: '2006-11-04', precision: 'day' } }],
    expect: [
      'Meeting planned 2006-11-11..2006-11-12 [China/participant] @Beijing',
      'Visit planned 2006-11-04..2006-11-04 [China/host, Isaias Afwerki/visitor] @Beijing',
    ],
  },
  // ---- tours
  'a tour\'s first leg lasts until the next leg begins; "his visit" beside a named one is that one': {
    text: 'Hu will pay successive state visits to Vietnam, Laos and India from Nov. 15 to 23. As second leg of his visit, Hu will visit Laos from Nov. 19 to 20. Hu will visit India from Nov. 20 to 23, the first visit by top Chinese leaders in ten years.',
    dct: '2006-11-07',
    timexes: [
      { text: 'Nov. 15', value: '2006-11-15' },
      { text: 'Nov. 19', value: '2006-11-19' },
      { text: 'Nov. 20', value: '2006-11-20' },
    ],
    expect: [
      'Visit planned 2006-11-15..2006-11-19 [Hu Jintao/visitor, Vietnam/host] @Vietnam',
      'Visit planned 2006-11-19..2006-11-20 [Hu Jintao/visitor, Laos/host] @Laos',
      'Visit planned 2006-11-20..2006-11-23 [Hu Jintao/visitor, India/host] @India',
    ],
  },
  'negative: one dated stop inside a visit is not a tour leg': {
    text: 'Hu will visit Vietnam from Nov. 15 to 23. Hu will visit Laos on Nov. 19.',
    dct: '2006-11-07',
    timexes: [{ text: 'Nov. 15', value: '2006-11-15' }, { text: 'Nov. 19', value: '2006-11-19' }],
    expect: [
      'Visit planned 2006-11-15..2006-11-23 [Hu Jintao/visitor, Vietnam/host] @Vietnam',
      'Visit planned 2006-11-19..2006-11-19 [Hu Jintao/visitor, Laos/host] @Laos',
    ],
  },
  // ---- places
  '"in the West Bank city of Ramallah following a meeting": the city': {
    text: 'Solana spoke to reporters in the West Bank city of Ramallah following a meeting with Abbas.',
    dct: '2005-11-14',
    expect: ['Meeting occurred -..- [Javier Solana/participant, Mahmoud Abbas/participant] @Ramallah'],
  },
  '"at a hotel in London\'s Mayfair district": London': {
    text: "Litvinenko met with Kovtun at a hotel in London's Mayfair district on November 1.",
    dct: '2006-12-19',
    timexes: [{ text: 'November 1', value: '2006-11-01' }],
    expect: ['Meeting occurred 2006-11-01..2006-11-01 [Alexander Litvinenko/participant, Dmitry Kovtun/participant] @London'],
  },
};

describe('event intervals and places by class', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      expect(run(c)).toEqual(c.expect);
    });
  }
});
