/**
 * Sentence-level cases for error classes found on Reuters 1987 news: a time expression dated by its
 * own verb's tense when coordinated verbs differ, a trigger noun that is the object of a plan verb,
 * durations anchored at their end ("ended a three-day meeting on Monday"), subjects across a relative
 * clause, with-partners after a comma-delimited aside, and visits at the dateline by one of its own
 * nationals. Each rule with the cases where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { runEventCase, type EntitySpec, type EventCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Barber Conable', kind: 'Person', surfaces: ['Barber Conable', 'Conable'] },
  { name: 'Suharto', kind: 'Person' },
  { name: 'Jakarta', kind: 'Place', country: 'Indonesia' },
  { name: 'Indonesia', kind: 'Country' },
  { name: 'Clayton Yeutter', kind: 'Person', surfaces: ['Clayton Yeutter', 'Yeutter'] },
  { name: 'China', kind: 'Country' },
  { name: 'Yasuhiro Nakasone', kind: 'Person', surfaces: ['Yasuhiro Nakasone', 'Nakasone'] },
  { name: 'Washington', kind: 'Place', country: 'United States' },
  { name: 'Youssri Mustapha', kind: 'Person', surfaces: ['Youssri Mustapha', 'Mustapha'] },
  { name: 'Hosni Mubarak', kind: 'Person', surfaces: ['Hosni Mubarak', 'Mubarak'] },
  { name: 'Moscow', kind: 'Place', country: 'Soviet Union' },
  { name: 'Ronald Reagan', kind: 'Person', surfaces: ['Ronald Reagan', 'Reagan'] },
  { name: 'Brian Mulroney', kind: 'Person', surfaces: ['Brian Mulroney', 'Mulroney'] },
  { name: 'Ottawa', kind: 'Place', country: 'Canada' },
  { name: 'Dilson Funaro', kind: 'Person', surfaces: ['Dilson Funaro', 'Funaro'], positionTitle: 'Finance Minister' },
  { name: 'Brazil', kind: 'Country', surfaces: ['Brazil', 'Brazilian'] },
  { name: 'Brasilia', kind: 'Place', country: 'Brazil' },
  { name: 'Japan', kind: 'Country', surfaces: ['Japan', 'Japanese'] },
  { name: 'Paris', kind: 'Place', country: 'France' },
  { name: 'Helmut Kohl', kind: 'Person', surfaces: ['Helmut Kohl', 'Kohl'], positionOf: 'West Germany', positionTitle: 'Chancellor' },
];

const run = (c: EventCase) => runEventCase(c, ENTITIES, '1987-03-23');

const CASES: Record<string, EventCase> = {
  // Class 1: the day after "arrived" is that verb's (past) day; "will have talks ... tomorrow" keeps its future.
  'coordinated verbs keep their own tense and dates': {
    text: 'Conable arrived here on Saturday and will have talks with Suharto tomorrow.',
    dateline: 'Jakarta',
    timexes: [{ text: 'Saturday', value: '1987-03-21' }, { text: 'tomorrow', value: '1987-03-24' }],
    expect: [
      'Visit occurred 1987-03-21..1987-03-23 [Barber Conable/visitor, Indonesia/host] @Jakarta',
      'Talks planned 1987-03-24..1987-03-24 [Barber Conable/participant, Suharto/participant] @Jakarta',
    ],
  },
  'a hard-wrapped line before a name does not cut the clause': {
    // Wire copy: lines stop mid-sentence, so the sentence splitter keeps "with\nSuharto" together.
    text:
      'JAKARTA, March 23 - World Bank President Barber Conable is\nexpected to urge the government to press on with economic reforms\n' +
      'during a trip that began with a tour of projects in the east. Conable will have talks with\nSuharto on Tuesday about the pace of the reforms.',
    timexes: [{ text: 'Tuesday', value: '1987-03-24' }],
    expect: ['Talks planned 1987-03-24..1987-03-24 [Barber Conable/participant, Suharto/participant] @-'],
  },
  // Class 2: a trigger noun that is the object of a plan verb is planned.
  '"plans a July trip" is a planned visit': {
    text: 'Yeutter said he plans a July trip to China.',
    dct: '1987-03-04',
    timexes: [{ text: 'July', value: '1987-07' }],
    expect: ['Visit planned 1987-07-01..1987-07-31 [China/host, Clayton Yeutter/visitor] @China'],
  },
  '"proposed a meeting" is planned even without a date': {
    text: 'Nakasone proposed a meeting with Kohl.',
    expect: ['Meeting planned -..- [Helmut Kohl/participant, Yasuhiro Nakasone/participant] @-'],
  },
  'a trip that was made is not a plan': {
    text: 'Yeutter made a trip to China in January.',
    dct: '1987-03-04',
    timexes: [{ text: 'January', value: '1987-01' }],
    expect: ['Visit occurred 1987-01-01..1987-01-31 [China/host, Clayton Yeutter/visitor] @China'],
  },
  '"a planning meeting" is not the object of a plan verb': {
    text: 'Nakasone held a planning meeting with Kohl on Friday.',
    timexes: [{ text: 'Friday', value: '1987-03-20' }],
    expect: ['Meeting occurred 1987-03-20..1987-03-20 [Helmut Kohl/participant, Yasuhiro Nakasone/participant] @-'],
  },
  // Class 3: a duration ends at the day after "ended"/"wound up", starts at the day after "began"/"opened".
  '"ended a three-day meeting on Monday" ends on Monday': {
    text: 'Nakasone ended a three-day meeting with Kohl on Monday.',
    timexes: [{ text: 'Monday', value: '1987-03-23' }, { text: 'three-day', type: 'DURATION', value: 'P3D', durationDays: 3 }],
    expect: ['Meeting occurred 1987-03-21..1987-03-23 [Helmut Kohl/participant, Yasuhiro Nakasone/participant] @-'],
  },
  '"wound up a four-day visit to Japan on Sunday" ends on Sunday': {
    text: 'Kohl wound up a four-day visit to Japan on Sunday.',
    timexes: [{ text: 'Sunday', value: '1987-03-22' }, { text: 'four-day', type: 'DURATION', value: 'P4D', durationDays: 4 }],
    expect: ['Visit occurred 1987-03-19..1987-03-22 [Helmut Kohl/visitor, Japan/host] @Japan'],
  },
  '"began a two-day visit on Tuesday" starts on Tuesday': {
    text: 'Kohl began a two-day visit to Japan on Tuesday.',
    dct: '1987-03-25',
    timexes: [{ text: 'Tuesday', value: '1987-03-24' }, { text: 'two-day', type: 'DURATION', value: 'P2D', durationDays: 2 }],
    expect: ['Visit occurred 1987-03-24..1987-03-25 [Helmut Kohl/visitor, Japan/host] @Japan'],
  },
  'a verb before a preposition does not govern the trigger': {
    text: 'Kohl left Bonn for a two-day visit to Japan on Tuesday.',
    dct: '1987-03-25',
    timexes: [{ text: 'Tuesday', value: '1987-03-24' }, { text: 'two-day', type: 'DURATION', value: 'P2D', durationDays: 2 }],
    expect: ['Visit occurred 1987-03-24..1987-03-25 [Helmut Kohl/visitor, Japan/host] @Japan'],
  },
  // Class 4: a relative clause between a subject and its verb.
  'the subject of "met" reaches over ", who leaves for Moscow on Tuesday,"': {
    text: 'Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak.',
    dct: '1987-03-16',
    timexes: [{ text: 'Tuesday', value: '1987-03-17' }],
    expect: [
      'Visit planned 1987-03-17..1987-03-17 [Soviet Union/host, Youssri Mustapha/visitor] @Moscow',
      'Meeting occurred -..- [Hosni Mubarak/participant, Youssri Mustapha/participant] @-',
    ],
  },
  'a with-partner after a comma-delimited aside': {
    text: 'Reagan made the gesture in advance of his annual meeting, on April 5-6 in Ottawa, with Prime Minister Brian Mulroney.',
    dct: '1987-03-20',
    timexes: [{ text: 'April 5', value: '1987-04-05' }],
    expect: ['Meeting planned 1987-04-05..1987-04-06 [Brian Mulroney/participant, Ronald Reagan/participant] @Ottawa'],
  },
  // Class 6: the story's own official on tour, in a story datelined at home: not a visit to the dateline.
  'an unqualified official of the dateline country is not visiting it': {
    text: 'Finance Minister Dilson Funaro, currently on an international tour, said creditors will help.',
    dct: '1987-03-06',
    dateline: 'Brasilia',
    expect: ['Visit occurred -..- [Dilson Funaro/visitor] @-'],
  },
  'an explicit arrival at the dateline keeps its host (the official may be foreign)': {
    text: 'Finance Minister Dilson Funaro arrived here on Friday.',
    dct: '1987-03-06',
    dateline: 'Paris',
    timexes: [{ text: 'Friday', value: '1987-03-06' }],
    expect: ['Visit occurred 1987-03-06..1987-03-06 [Dilson Funaro/visitor, France/host] @Paris'],
  },
  'a foreign official on tour is at the dateline with its host': {
    text: 'Chancellor Helmut Kohl, currently on an international tour, said creditors will help.',
    dct: '1987-03-06',
    dateline: 'Brasilia',
    expect: ['Visit occurred -..- [Brazil/host, Helmut Kohl/visitor] @Brasilia'],
  },
  'a with-phrase after a new clause is not the partner': {
    text: 'Reagan attended the annual meeting in Ottawa, and agreed with Mulroney on trade.',
    dct: '1987-03-20',
    expect: [],
  },
};

describe('Reuters error classes', () => {
  for (const [name, c] of Object.entries(CASES)) {
    it(name, () => {
      expect(run(c).sort()).toEqual([...c.expect].sort());
    });
  }
});
