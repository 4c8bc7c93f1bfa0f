/**
 * Sentence-level cases for the second round of issue 5 rules: open subordinators ("until"),
 * coordinated verbs under an earlier modal, firm future cues against the dates, trigger gaps
 * ("headed Tuesday to", "lead a business delegation to"), delegation heads, resolve-stage merging
 * (different counterparts, visited organisations), the host policy and gathering places. Each rule
 * has the cases where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Kofi Annan', kind: 'Person', surfaces: ['Kofi Annan', 'Annan'] },
  { name: 'Baghdad', kind: 'Place', country: 'Iraq' },
  { name: 'Madeleine Albright', kind: 'Person', surfaces: ['Madeleine Albright', 'Albright', 'She'] },
  { name: 'Daniel arap Moi', kind: 'Person', surfaces: ['Daniel arap Moi', 'Moi'] },
  { name: 'Saddam Hussein', kind: 'Person', surfaces: ['Saddam Hussein'] },
  { name: 'Tariq Aziz', kind: 'Person', surfaces: ['Tariq Aziz'] },
  { name: 'Leonid Kuchma', kind: 'Person', surfaces: ['Leonid Kuchma', 'Kuchma'] },
  { name: 'Russia', kind: 'Country' },
  { name: 'Gazprom', kind: 'Organization' },
  { name: 'East Africa', kind: 'Place' },
  { name: 'Donald Tsang', kind: 'Person', surfaces: ['Donald Tsang', 'Tsang'] },
  { name: 'Jiangxi', kind: 'Place', country: 'China' },
  { name: 'Isaias Afwerki', kind: 'Person', surfaces: ['Isaias Afwerki'] },
  { name: 'Eritrea', kind: 'Country', surfaces: ['Eritrean'] },
  { name: 'Beijing', kind: 'Place', country: 'China' },
  { name: 'Ban Ki-moon', kind: 'Person', surfaces: ['Ban Ki-moon', 'Ban'] },
  { name: 'Taro Aso', kind: 'Person', surfaces: ['Taro Aso'] },
  { name: 'APEC', kind: 'Organization' },
  { name: 'Busan', kind: 'Place', country: 'South Korea' },
  { name: 'Li Zhaoxing', kind: 'Person', surfaces: ['Li Zhaoxing'] },
  { name: 'China', kind: 'Country' },
  { name: 'Mihai Ungureanu', kind: 'Person', surfaces: ['Mihai Ungureanu', 'Ungureanu'] },
];

const CASES: Record<string, EventCase> = {
  '"until X visits" is a possible visit': {
    text: 'The US must hold off at least until Kofi Annan visits Baghdad in a last-ditch effort.',
    expect: ['Visit possible -..- [Iraq/host, Kofi Annan/visitor] @Baghdad'],
  },
  'a verb coordinated under "scheduled to" is planned': {
    text: 'She was scheduled to lay flowers at the bombed embassy, talk to embassy guards and others who survived the blast and meet with President Daniel arap Moi.',
    expect: ['Meeting planned -..- [Daniel arap Moi/participant, Madeleine Albright/participant] @-'],
  },
  '"are to take place" stays planned though the month has begun': {
    text: 'The APEC summit meetings are to take place this month in Busan.',
    dct: '2005-11-02',
    timexes: [{ text: 'this month', value: '2005-11' }],
    expect: ['Meeting planned 2005-11-01..2005-11-30 [APEC/participant] @Busan'],
  },
  '"headed Tuesday to": a time word between the verb and its preposition': {
    text: 'Madeleine Albright headed Tuesday to East Africa.',
    dct: '1998-08-18',
    timexes: [{ text: 'Tuesday', value: '1998-08-18' }],
    expect: ['Visit occurred 1998-08-18..1998-08-18 [Madeleine Albright/visitor] @East Africa'],
  },
  '"will lead another business delegation to X" is a planned visit': {
    text: 'Donald Tsang will lead another business delegation to Jiangxi early next year.',
    dct: '2006-11-15',
    expect: ['Visit planned -..- [China/host, Donald Tsang/visitor] @Jiangxi'],
  },
  '"a delegation headed by X is expected to arrive": X is the visitor': {
    text: 'The last delegation headed by Eritrean President Isaias Afwerki is expected to arrive here early Saturday morning.',
    dct: '2006-11-03',
    dateline: 'Beijing',
    timexes: [{ text: 'early Saturday morning', value: '2006-11-04' }],
    expect: ['Visit planned 2006-11-04..2006-11-04 [China/host, Isaias Afwerki/visitor] @Beijing'],
  },
  'a meeting with one person and a planned one with another stay two events': {
    text: 'Annan wrapped up a three hour meeting with Saddam Hussein in Baghdad today. He is expected to meet with Tariq Aziz later today.',
    timexes: [{ text: 'today', value: '1998-02-22' }, { text: 'later today', value: '1998-02-22' }],
    expect: [
      'Meeting occurred 1998-02-22..1998-02-22 [Kofi Annan/participant, Saddam Hussein/participant] @Baghdad',
      'Meeting planned 1998-02-22..1998-02-22 [Kofi Annan/participant, Tariq Aziz/participant] @Baghdad',
    ],
  },
  'a visit to a country and a visit to a company stay two visits': {
    text: 'Leonid Kuchma began a state visit to Russia. Kuchma also planned to visit Gazprom.',
    expect: ['Visit occurred -..- [Leonid Kuchma/visitor, Russia/host] @Russia', 'Visit planned -..- [Gazprom/host, Leonid Kuchma/visitor] @-'],
  },
  'talks "on the sidelines of" a placed gathering take its place and dates': {
    text: 'The APEC summit is to be held next week in Busan. Ban will hold talks with Taro Aso on the sidelines of the upcoming APEC summit.',
    dct: '2005-11-02',
    timexes: [{ text: 'next week', value: '2005-W46', interval: { startDate: '2005-11-14', endDate: '2005-11-20', precision: 'week' } }],
    expect: ['Meeting planned 2005-11-14..2005-11-20 [APEC/participant] @Busan', 'Talks planned 2005-11-14..2005-11-20 [Ban Ki-moon/participant, Taro Aso/participant] @Busan'],
  },
  'a named person host: the host country is dropped, the place stays': {
    text: 'Ungureanu arrived in China at the invitation of Li Zhaoxing.',
    dct: '2005-11-28',
    expect: ['Visit occurred -..- [Li Zhaoxing/host, Mihai Ungureanu/visitor] @China'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  '"until" inside a clause far from the trigger does not hedge it': {
    text: 'Annan said he would stay until Friday, and Annan visited Baghdad on Sunday.',
    timexes: [{ text: 'Sunday', value: '1998-02-22' }],
    expect: ['Visit occurred 1998-02-22..1998-02-22 [Iraq/host, Kofi Annan/visitor] @Baghdad'],
  },
  'a verb after "and" with no modal before stays occurred': {
    text: 'Albright laid flowers at the bombed embassy, talked to embassy guards who survived the blast and met with President Daniel arap Moi.',
    expect: ['Meeting occurred -..- [Daniel arap Moi/participant, Madeleine Albright/participant] @-'],
  },
  'a weak cue ("invited") gives way to a begun interval': {
    text: 'Annan was invited to meet Saddam Hussein this week.',
    dct: '1998-02-22',
    timexes: [{ text: 'this week', value: '1998-W08', interval: { startDate: '1998-02-16', endDate: '1998-02-22', precision: 'week' } }],
    expect: ['Meeting occurred 1998-02-16..1998-02-22 [Kofi Annan/participant, Saddam Hussein/participant] @-'],
  },
  '"headed by" is no trip, and a gap of other words breaks "headed ... to"': {
    text: 'The team headed by Kofi Annan went home. Annan headed the delegation to Baghdad.',
    expect: [],
  },
  'two mentions of one meeting with the same partner still merge': {
    text: 'Annan met Saddam Hussein in Baghdad today. The meeting with Saddam Hussein lasted three hours.',
    timexes: [{ text: 'today', value: '1998-02-22' }],
    expect: ['Meeting occurred 1998-02-22..1998-02-22 [Kofi Annan/participant, Saddam Hussein/participant] @Baghdad'],
  },
  'a gathering not named in the talks\' sentence lends no place': {
    text: 'The APEC summit is to be held next week in Busan. Ban will hold talks with Taro Aso.',
    dct: '2005-11-02',
    timexes: [{ text: 'next week', value: '2005-W46', interval: { startDate: '2005-11-14', endDate: '2005-11-20', precision: 'week' } }],
    expect: ['Meeting planned 2005-11-14..2005-11-20 [APEC/participant] @Busan', 'Talks planned -..- [Ban Ki-moon/participant, Taro Aso/participant] @-'],
  },
  'a country host stays when no person receives the visitor': {
    text: 'Ungureanu arrived in China on a visit.',
    dct: '2005-11-28',
    expect: ['Visit occurred -..- [China/host, Mihai Ungureanu/visitor] @China'],
  },
};

describe('issue 5 status, trigger and merge rules', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '1998-02-22');
});
