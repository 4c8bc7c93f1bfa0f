/**
 * Sentence-level cases for the argument and date rules added for issue 5 (descriptions of office
 * holders, "the latter's", invitations, "to the country", ongoing visits at the dateline, sequence
 * adjuncts), each with the cases where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Mahmud Abbas', kind: 'Person', surfaces: ['Mahmud Abbas', 'Abbas'], positionOf: 'Palestine' },
  { name: 'Palestine', kind: 'Country', surfaces: ['Palestinian'] },
  { name: 'Jordan', kind: 'Country' },
  { name: 'Romano Prodi', kind: 'Person', surfaces: ['Romano Prodi', 'Prodi'], positionOf: 'Italy', positionTitle: 'Prime Minister' },
  { name: 'Italy', kind: 'Country', surfaces: ['Italian', 'Italy'] },
  { name: 'Sali Berisha', kind: 'Person', surfaces: ['Sali Berisha', 'Berisha'] },
  { name: 'Tirana', kind: 'Place', country: 'Albania' },
  { name: 'Prudence Bushnell', kind: 'Person', surfaces: ['Prudence Bushnell', 'Bushnell'] },
  { name: 'Joseph Kimotho', kind: 'Person', surfaces: ['Joseph Kimotho', 'Kimotho'], positionTitle: 'Trade Minister' },
  { name: 'Kenya', kind: 'Country' },
  { name: 'Abdullah II', kind: 'Person', surfaces: ['Abdullah'] },
  { name: 'Ehud Olmert', kind: 'Person', surfaces: ['Ehud Olmert', 'Olmert'] },
  { name: 'Israel', kind: 'Country', surfaces: ['Israeli'] },
  { name: 'Mihai Ungureanu', kind: 'Person', surfaces: ['Mihai Ungureanu', 'Ungureanu'] },
  { name: 'Li Zhaoxing', kind: 'Person', surfaces: ['Li Zhaoxing'] },
  { name: 'China', kind: 'Country', surfaces: ['China', 'Chinese'] },
  { name: 'Hu Jintao', kind: 'Person', surfaces: ['Hu Jintao', 'Hu'], positionOf: 'China' },
  { name: 'Mongolia', kind: 'Country' },
  { name: 'Rudolf Scharping', kind: 'Person', surfaces: ['Rudolf Scharping', 'Scharping'], positionOf: 'Germany', positionTitle: 'Defense Minister' },
  { name: 'Germany', kind: 'Country', surfaces: ['German'] },
  { name: 'Warsaw', kind: 'Place', country: 'Poland' },
  { name: 'Laos', kind: 'Country' },
  { name: 'APEC', kind: 'Organization' },
];

const CASES: Record<string, EventCase> = {
  '"the Palestinian president" is the person holding that office': {
    text: 'Mahmud Abbas met aides. The spokesman said the Palestinian president planned to travel to Jordan on Monday.',
    timexes: [{ text: 'Monday', value: '2006-12-25' }],
    expect: ['Visit planned 2006-12-25..2006-12-25 [Jordan/host, Mahmud Abbas/visitor] @Jordan'],
  },
  '"The Italian leader" fits a prime minister of Italy': {
    text: 'Romano Prodi flew in. The Italian leader was then whisked to Tirana for a meeting with President Sali Berisha.',
    // "whisked to Tirana ... for a meeting": the meeting is where the trip went (test/events/date-classes.test.ts).
    expect: ['Visit occurred -..- [Romano Prodi/visitor, Sali Berisha/host] @Tirana', 'Meeting occurred -..- [Romano Prodi/participant, Sali Berisha/participant] @Tirana'],
  },
  '"Kenya\'s trade minister": the only person with that title, no country on record': {
    text: 'Trade Minister Joseph Kimotho spoke. Bushnell met with Kenya\'s trade minister on Wednesday.',
    timexes: [{ text: 'Wednesday', value: '2006-12-20' }],
    expect: ['Meeting occurred 2006-12-20..2006-12-20 [Joseph Kimotho/participant, Prudence Bushnell/participant] @-'],
  },
  'no holder named: the country stays the party': {
    text: 'Bushnell met with the Italian president on Wednesday.',
    timexes: [{ text: 'Wednesday', value: '2006-12-20' }],
    expect: ['Meeting occurred 2006-12-20..2006-12-20 [Italy/participant, Prudence Bushnell/participant] @-'],
  },
  '"the latter\'s visit" is the visit of the person named last, hosted by the host': {
    text: 'Abdullah hosted Israeli Prime Minister Ehud Olmert during the latter\'s surprise visit to Jordan last week.',
    timexes: [{ text: 'last week', value: '2006-W50', interval: { startDate: '2006-12-11', endDate: '2006-12-17', precision: 'week' } }],
    expect: [
      'Meeting occurred 2006-12-11..2006-12-17 [Abdullah II/host, Ehud Olmert/participant] @Jordan',
      // Host policy: a named person host without the host country (resolve personHostOnly).
      'Visit occurred 2006-12-11..2006-12-17 [Abdullah II/host, Ehud Olmert/visitor] @Jordan',
    ],
  },
  '"at the invitation of" names the host': {
    text: 'Ungureanu arrived in China on Saturday at the invitation of Chinese Foreign Minister Li Zhaoxing.',
    dct: '2005-11-28',
    timexes: [{ text: 'Saturday', value: '2005-11-26' }],
    expect: ['Visit occurred 2005-11-26..2005-11-28 [Li Zhaoxing/host, Mihai Ungureanu/visitor] @China'],
  },
  '"a state visit to the country" is a visit to the country named before': {
    text: 'China and Mongolia became partners in 2003 when Chinese President Hu Jintao paid a state visit to the country.',
    dct: '2006-11-21',
    timexes: [{ text: '2003', value: '2003' }],
    expect: ['Visit occurred 2003-01-01..2003-12-31 [Hu Jintao/visitor, Mongolia/host] @Mongolia'],
  },
  '"ending a two-day visit" in a datelined story is at the dateline': {
    text: 'Warsaw - Scharping, ending a two-day visit, said the talks went well.',
    dct: '1998-12-05',
    dateline: 'Warsaw',
    expect: ['Visit occurred -..- [Poland/host, Rudolf Scharping/visitor] @Warsaw'],
  },
  'a noun after "after conclusion of" is not dated by the main clause': {
    text: 'Hu will visit Laos from Nov. 19 to 20, after conclusion of the APEC meeting.',
    dct: '2006-11-07',
    timexes: [{ text: 'Nov. 19', value: '2006-11-19' }],
    expect: ['Visit planned 2006-11-19..2006-11-20 [Hu Jintao/visitor, Laos/host] @Laos', 'Meeting planned -..- [APEC/participant] @-'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  'a visit with no ongoing cue keeps no place without "here"': {
    text: 'Warsaw - Scharping said his visit was useful.',
    dct: '1998-12-05',
    dateline: 'Warsaw',
    expect: ['Visit occurred -..- [Rudolf Scharping/visitor] @-'],
  },
  '"to the country" with only the visitor\'s own country named gives no destination': {
    text: 'Chinese President Hu Jintao paid a state visit to the country in 2003.',
    dct: '2006-11-21',
    timexes: [{ text: '2003', value: '2003' }],
    expect: ['Visit occurred 2003-01-01..2003-12-31 [Hu Jintao/visitor] @-'],
  },
  'a meeting dated in its own after-phrase keeps that date': {
    text: 'Hu will visit Laos on Nov. 19, after the APEC meeting on Nov. 18.',
    dct: '2006-11-07',
    timexes: [{ text: 'Nov. 19', value: '2006-11-19' }, { text: 'Nov. 18', value: '2006-11-18' }],
    expect: ['Visit planned 2006-11-19..2006-11-19 [Hu Jintao/visitor, Laos/host] @Laos', 'Meeting planned 2006-11-18..2006-11-18 [APEC/participant] @-'],
  },
};

describe('issue 5 argument and date rules', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '2006-12-23');
});
