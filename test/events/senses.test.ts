/**
 * Positive controls for the non-event senses (src/extract/events/senses.ts): sentences next to the
 * negative ones of negative.test.ts where the trigger is a real visit, meeting or talks and must
 * still fire, so that a sense filter never swallows the class it sits beside.
 */
import { describe, expect, it } from 'vitest';
import { validateSenses, SENSE_LISTS } from '../../src/extract/events/senses.js';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Madeleine Albright', kind: 'Person', surfaces: ['Madeleine Albright', 'Albright'] },
  { name: 'Kenya', kind: 'Country' },
  { name: 'Ban Ki-moon', kind: 'Person', surfaces: ['Ban Ki-moon', 'Ban'] },
  { name: 'Japan', kind: 'Country' },
  { name: 'Kim Jong-il', kind: 'Person', surfaces: ['Kim Jong-il', 'Kim'] },
  { name: 'Vladivostok', kind: 'Place', country: 'Russia' },
  { name: 'Ronald Reagan', kind: 'Person', surfaces: ['Ronald Reagan', 'Reagan'] },
  { name: 'Brian Mulroney', kind: 'Person', surfaces: ['Brian Mulroney', 'Mulroney'] },
  { name: 'Ottawa', kind: 'Place', country: 'Canada' },
  { name: 'Hu Jintao', kind: 'Person', surfaces: ['Hu Jintao', 'Hu'] },
  { name: 'Beijing', kind: 'Place', country: 'China' },
  { name: 'United States', kind: 'Country', surfaces: ['United States', 'U.S.'] },
  { name: 'Canada', kind: 'Country' },
  { name: 'Paris', kind: 'Place', country: 'France' },
  { name: 'Moscow', kind: 'Place', country: 'Russia' },
  { name: 'European Union', kind: 'Organization', surfaces: ['European Union', 'EU'] },
  { name: 'Luxembourg', kind: 'Place', country: 'Luxembourg' },
  { name: 'East Africa', kind: 'Place' },
  { name: 'State Department', kind: 'Organization' },
  { name: 'Nairobi', kind: 'Place', country: 'Kenya' },
];

const CASES: Record<string, EventCase> = {
  // TBAQ APW199980817.1193: the trip is an event, the lifted travel warning is not.
  'a lifted warning against travel is no visit; the trip beside it is': {
    text: 'On Friday, when Albright set aside vacation plans for the hastily planned trip to East Africa, the State Department lifted a warning against travel to Kenya, whose economy relies heavily on foreign visitors.',
    timexes: [{ text: 'Friday', value: '1998-08-14' }],
    // Kenya, named in the sentence, is taken as a host of the trip to East Africa (it was one).
    expect: ['Visit planned -..- [Kenya/host, Madeleine Albright/visitor] @East Africa'],
  },
  'arriving at a decision in a datelined story is no visit': {
    text: 'Kim arrived at a decision on Tuesday.',
    dateline: 'Nairobi',
    timexes: [{ text: 'Tuesday', value: '1998-08-18' }],
    expect: [],
  },
  "welcoming someone's visit is no meeting; the visit is": {
    text: "Hu Jintao welcomed Kim's visit to Beijing.",
    expect: ['Visit occurred -..- [China/host, Kim Jong-il/visitor] @Beijing'],
  },
  'a visit in defiance of a travel ban is a visit': {
    text: 'Albright defied a travel ban to visit Kenya on Tuesday.',
    dct: '1998-08-19',
    timexes: [{ text: 'Tuesday', value: '1998-08-18' }],
    expect: ['Visit occurred 1998-08-18..1998-08-18 [Kenya/host, Madeleine Albright/visitor] @Kenya'],
  },
  'travel as a verb is a visit': {
    text: 'Albright will travel to Kenya on Tuesday.',
    timexes: [{ text: 'Tuesday', value: '1998-08-18' }],
    expect: ['Visit planned 1998-08-18..1998-08-18 [Kenya/host, Madeleine Albright/visitor] @Kenya'],
  },
  'a person named Ban is no ban': {
    text: 'Ban made a trip to Japan last week.',
    dct: '2006-11-07',
    timexes: [{ text: 'last week', value: '2006-W44', interval: { startDate: '2006-10-30', endDate: '2006-11-05', precision: 'week' } }],
    expect: ['Visit occurred 2006-10-30..2006-11-05 [Ban Ki-moon/visitor, Japan/host] @Japan'],
  },
  'a vehicle after the arrival does not make it cargo': {
    text: 'Kim arrived in Vladivostok on Tuesday aboard his armoured train.',
    dct: '2011-08-24',
    timexes: [{ text: 'Tuesday', value: '2011-08-23' }],
    // An arrival reported as going on lasts until the document date.
    expect: ['Visit occurred 2011-08-23..2011-08-24 [Kim Jong-il/visitor, Russia/host] @Vladivostok'],
  },
  'a generic noun before another subject does not make the visitor generic': {
    text: 'Albright flew in. Japan agreed to cut exports after she visited Kenya on Tuesday.',
    dct: '1998-08-19',
    timexes: [{ text: 'Tuesday', value: '1998-08-18' }],
    expect: ['Visit occurred 1998-08-18..1998-08-18 [Kenya/host, Madeleine Albright/visitor] @Kenya'],
  },
  'meeting a person is a meeting': {
    text: 'Kim met Hu Jintao in Beijing on Tuesday.',
    dct: '2011-08-24',
    timexes: [{ text: 'Tuesday', value: '2011-08-23' }],
    expect: ['Meeting occurred 2011-08-23..2011-08-23 [Hu Jintao/participant, Kim Jong-il/participant] @Beijing'],
  },
  'an annual meeting with a counterpart is a meeting': {
    text: 'Reagan will hold his annual meeting, on April 5 in Ottawa, with Prime Minister Brian Mulroney.',
    dct: '1987-03-20',
    timexes: [{ text: 'April 5', value: '1987-04-05' }],
    // The with-phrase after a comma-delimited time and place aside is still the partner (withAttaches).
    expect: ['Meeting planned 1987-04-05..1987-04-05 [Brian Mulroney/participant, Ronald Reagan/participant] @Ottawa'],
  },
  'welcoming a person is hosting them': {
    text: 'Hu Jintao welcomed Kim in Beijing on Tuesday.',
    dct: '2011-08-24',
    timexes: [{ text: 'Tuesday', value: '2011-08-23' }],
    expect: ['Meeting occurred 2011-08-23..2011-08-23 [Hu Jintao/host, Kim Jong-il/participant] @Beijing'],
  },
  '"met recently ... to discuss" is one meeting that occurred, not a planned discussion': {
    text: 'The United States and Canada met recently in Paris to discuss currency stability.',
    expect: ['Meeting occurred -..- [Canada/participant, United States/participant] @Paris'],
  },
  'talks between states about a merger are talks': {
    text: 'Japan held talks with the United States on the merger of the two airlines on Monday.',
    dct: '1987-04-07',
    timexes: [{ text: 'Monday', value: '1987-04-06' }],
    expect: ['Talks occurred 1987-04-06..1987-04-06 [Japan/participant, United States/participant] @-'],
  },
  'a ministers\' meeting of a union is a meeting': {
    text: 'European Union farm ministers held a meeting in Luxembourg on Monday.',
    dct: '1987-04-28',
    timexes: [{ text: 'Monday', value: '1987-04-27' }],
    expect: ['Meeting occurred 1987-04-27..1987-04-27 [European Union/participant] @Luxembourg'],
  },
  'a summit in a title-case headline is a summit': {
    text: 'Reagan-Mulroney Summit Opens In Ottawa',
    expect: ['Meeting occurred -..- [Brian Mulroney/participant, Ronald Reagan/participant] @Ottawa'],
  },
};

describe('non-event senses: the real events next to them still fire', () => {
  itEachCase(CASES, ENTITIES, '1998-08-17');
});

describe('sense lists', () => {
  it('are valid data', () => {
    expect(() => validateSenses()).not.toThrow();
    expect(Object.keys(SENSE_LISTS).length).toBeGreaterThan(10);
  });
  it('reject upper case, spaces and repeats', () => {
    expect(() => validateSenses({ A: ['Ban', 'two words'], B: ['x', 'x'] })).toThrow(/"Ban" must be one lower-case token.*"two words".*"x" is listed twice/);
  });
});
