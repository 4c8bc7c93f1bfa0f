/**
 * Sentence-level cases for every frame and status: a sentence (or two), a document date, declared
 * entities and time expressions, and the events expected after the resolve stage.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../src/extract/events/extract.js';
import { resolveEvents } from '../../src/extract/resolve/index.js';
import { type EntitySpec, type EventCase, itEachCase, makeDoc } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Hu Jintao', kind: 'Person', surfaces: ['Hu Jintao', 'Hu'], positionOf: 'China' },
  { name: 'China', kind: 'Country', surfaces: ['China', 'Chinese'] },
  { name: 'India', kind: 'Country', surfaces: ['India', 'Indian'] },
  { name: 'Laos', kind: 'Country' },
  { name: 'Kim Jong-il', kind: 'Person', surfaces: ['Kim Jong-il', 'Kim'] },
  { name: 'Vladimir Putin', kind: 'Person', surfaces: ['Vladimir Putin', 'Putin'] },
  { name: 'Dmitry Medvedev', kind: 'Person', surfaces: ['Dmitry Medvedev', 'Medvedev'] },
  { name: 'Russia', kind: 'Country', surfaces: ['Russia', 'Russian'] },
  { name: 'Moscow', kind: 'Place', country: 'Russia' },
  { name: 'Vladivostok', kind: 'Place', country: 'Russia' },
  { name: 'Miegombyn Enkhbold', kind: 'Person', surfaces: ['Miegombyn Enkhbold', 'Enkhbold'] },
  { name: 'Viktor Yushchenko', kind: 'Person', surfaces: ['Viktor Yushchenko', 'Yushchenko'] },
  { name: 'Seoul', kind: 'Place', country: 'South Korea' },
  { name: 'South Korea', kind: 'Country' },
  { name: 'Mahathir Mohamad', kind: 'Person', surfaces: ['Mahathir Mohamad', 'Mahathir'] },
  { name: 'Zimbabwe', kind: 'Country', surfaces: ['Zimbabwe', 'Zimbabwean'] },
  { name: 'Abdullah II', kind: 'Person', surfaces: ['King Abdullah II', 'Abdullah'] },
  { name: 'Ehud Olmert', kind: 'Person', surfaces: ['Ehud Olmert', 'Olmert'] },
  { name: 'Israel', kind: 'Country', surfaces: ['Israeli', 'Israel'] },
  { name: 'Jordan', kind: 'Country' },
  { name: 'Mahmud Abbas', kind: 'Person', surfaces: ['Mahmud Abbas', 'Abbas'] },
  { name: 'Javier Solana', kind: 'Person', surfaces: ['Javier Solana', 'Solana'] },
  { name: 'Ramallah', kind: 'Place' },
  { name: 'Ban Ki-moon', kind: 'Person', surfaces: ['Ban Ki-moon', 'Ban'] },
  { name: 'Taro Aso', kind: 'Person', surfaces: ['Taro Aso', 'Aso'] },
  { name: 'Tokyo', kind: 'Place', country: 'Japan' },
  { name: 'Japan', kind: 'Country', surfaces: ['Japan', 'Japanese'] },
  { name: 'Beijing', kind: 'Place', country: 'China' },
  { name: 'Roh Moo-hyun', kind: 'Person', surfaces: ['Roh Moo-hyun', 'Roh'] },
  { name: 'Junichiro Koizumi', kind: 'Person', surfaces: ['Junichiro Koizumi', 'Koizumi'] },
  { name: 'NATO', kind: 'Organization' },
  { name: 'Riga', kind: 'Place' },
];

const CASES: Record<string, EventCase> = {
  'visit verb with a range ("from Nov. 20 to 23")': {
    text: 'Hu will visit India from Nov. 20 to 23, the spokeswoman said.',
    timexes: [{ text: 'Nov. 20', value: '2006-11-20' }],
    expect: ['Visit planned 2006-11-20..2006-11-23 [Hu Jintao/visitor, India/host] @India'],
  },
  'pay a visit, nominal, in a relative clause': {
    text: 'Enkhbold, who will pay an official visit to China from Nov. 22 to 27, said relations were sound.',
    dct: '2006-11-21',
    timexes: [{ text: 'Nov. 22', value: '2006-11-22' }],
    expect: ['Visit planned 2006-11-22..2006-11-27 [China/host, Miegombyn Enkhbold/visitor] @China'],
  },
  'travel to X for talks: a Visit and a Talks': {
    text: 'Kim travelled to Moscow by train in 2001 for Kremlin talks with then-President Vladimir Putin.',
    dct: '2011-06-27',
    timexes: [{ text: '2001', value: '2001' }],
    expect: [
      'Visit occurred 2001-01-01..2001-12-31 [Kim Jong-il/visitor, Russia/host] @Moscow',
      'Talks occurred 2001-01-01..2001-12-31 [Kim Jong-il/participant, Vladimir Putin/participant] @Moscow',
    ],
  },
  '"arrived here Tuesday for a three-day visit": start + duration, here = dateline': {
    text: 'Seoul - Yushchenko arrived here Monday for a two-day state visit.',
    dct: '2006-12-19',
    dateline: 'Seoul',
    timexes: [{ text: 'Monday', value: '2006-12-18' }],
    expect: ['Visit occurred 2006-12-18..2006-12-19 [South Korea/host, Viktor Yushchenko/visitor] @Seoul'],
  },
  '"leave on Wednesday after a three-day visit": end + duration': {
    text: 'Mahathir spoke to reporters. He will leave Zimbabwe on Wednesday after a three-day official visit.',
    dct: '2005-11-08',
    timexes: [{ text: 'Wednesday', value: '2005-11-09' }],
    expect: ['Visit occurred 2005-11-07..2005-11-09 [Mahathir Mohamad/visitor, Zimbabwe/host] @Zimbabwe'],
  },
  'meet with coordinated subjects': {
    text: 'Kim and Putin met in Vladivostok in 2002.',
    dct: '2011-06-27',
    timexes: [{ text: '2002', value: '2002' }],
    expect: ['Meeting occurred 2002-01-01..2002-12-31 [Kim Jong-il/participant, Vladimir Putin/participant] @Vladivostok'],
  },
  'host frame: the host and the guest': {
    text: 'Abdullah hosted Israeli Prime Minister Ehud Olmert last week.',
    dct: '2006-12-23',
    timexes: [{ text: 'last week', value: '2006-W50', interval: { startDate: '2006-12-11', endDate: '2006-12-17', precision: 'week' } }],
    expect: ['Meeting occurred 2006-12-11..2006-12-17 [Abdullah II/host, Ehud Olmert/participant] @-'],
  },
  'possible: "might meet ... between Wednesday and Friday"': {
    text: 'South Korean media said last week that Medvedev might meet Kim in Vladivostok between Wednesday and Friday.',
    dct: '2011-06-27',
    timexes: [
      { text: 'last week', value: '2011-W25', interval: { startDate: '2011-06-20', endDate: '2011-06-26', precision: 'week' } },
      { text: 'Wednesday', value: '2011-06-29' },
      { text: 'Friday', value: '2011-07-01' },
    ],
    expect: ['Meeting possible 2011-06-29..2011-07-01 [Dmitry Medvedev/participant, Kim Jong-il/participant] @Vladivostok'],
  },
  'possible: "it is unclear whether X will hold a summit with Y"': {
    text: 'It is still unclear whether South Korean President Roh Moo-hyun will hold a summit with Koizumi.',
    dct: '2005-11-02',
    expect: ['Meeting possible -..- [Junichiro Koizumi/participant, Roh Moo-hyun/participant] @-'],
  },
  'possible: "preparing for a possible visit by X"': {
    text: 'Russian authorities are preparing for a possible visit by Kim Jong-il.',
    dct: '2011-06-27',
    expect: ['Visit possible -..- [Kim Jong-il/visitor] @-'],
  },
  'cancelled: "postponed a visit"': {
    text: 'Mahmud Abbas has indefinitely postponed a visit to Jordan.',
    dct: '2006-12-23',
    expect: ['Visit cancelled -..- [Jordan/host, Mahmud Abbas/visitor] @Jordan'],
  },
  'cancelled: "had been due to hold talks"': {
    text: 'Abbas had been due to hold talks with King Abdullah II.',
    dct: '2006-12-23',
    expect: ['Talks cancelled -..- [Abdullah II/participant, Mahmud Abbas/participant] @-'],
  },
  'planned: "is to visit"': {
    text: 'Hu is to visit Laos.',
    expect: ['Visit planned -..- [Hu Jintao/visitor, Laos/host] @Laos'],
  },
  'reported speech stays occurred; "said on Monday" dates the saying': {
    text: 'Officials said on Monday that Solana met Abbas in Ramallah.',
    dct: '2005-11-14',
    timexes: [{ text: 'Monday', value: '2005-11-14' }],
    expect: ['Meeting occurred -..- [Javier Solana/participant, Mahmud Abbas/participant] @Ramallah'],
  },
  'pronoun subject resolves to the previous sentence\'s person': {
    text: 'Ban arrived in Tokyo on Monday. He held talks with Taro Aso.',
    dct: '2005-11-02',
    timexes: [{ text: 'Monday', value: '2005-10-31' }],
    expect: [
      'Visit occurred 2005-10-31..2005-11-02 [Ban Ki-moon/visitor, Japan/host] @Tokyo',
      // The traveller is in Tokyo since Monday: the undated talks are there (extract.ts carryPlace).
      'Talks occurred -..- [Ban Ki-moon/participant, Taro Aso/participant] @Tokyo',
    ],
  },
  'hyphenated pair before a nominal: "the Putin-Kim summit"': {
    text: 'The Putin-Kim summit took place in Vladivostok.',
    dct: '2011-06-27',
    expect: ['Meeting occurred -..- [Kim Jong-il/participant, Vladimir Putin/participant] @Vladivostok'],
  },
  '"X met Y and discussed Z" is one Meeting': {
    text: 'Solana met Abbas in Ramallah and discussed the Rafah crossing.',
    dct: '2005-11-14',
    expect: ['Meeting occurred -..- [Javier Solana/participant, Mahmud Abbas/participant] @Ramallah'],
  },
  '"X met Y and held talks" is one Talks': {
    text: 'Solana met Abbas in Ramallah. Solana and Abbas held talks on the crossing.',
    dct: '2005-11-14',
    expect: ['Talks occurred -..- [Javier Solana/participant, Mahmud Abbas/participant] @Ramallah'],
  },
  'telephone conversation': {
    text: 'Ban and Aso held a telephone conversation earlier in the day.',
    dct: '2005-11-02',
    timexes: [{ text: 'earlier in the day', value: '2005-11-02' }],
    expect: ['Talks occurred 2005-11-02..2005-11-02 [Ban Ki-moon/participant, Taro Aso/participant] @-'],
  },
  '"during his visit to Beijing": nominal with a pronoun possessor': {
    text: 'Koizumi spoke on Monday. During his visit to Beijing, Koizumi laid a wreath.',
    dct: '2005-11-02',
    expect: ['Visit occurred -..- [China/host, Junichiro Koizumi/visitor] @Beijing'],
  },
  'a summit named after the organisation, with a place and a start + duration': {
    text: 'Wrapping a two-day NATO summit which started on Tuesday in Riga, leaders issued a declaration.',
    dct: '2006-11-29',
    timexes: [{ text: 'Tuesday', value: '2006-11-28' }],
    expect: ['Meeting occurred 2006-11-28..2006-11-29 [NATO/participant] @Riga'],
  },
  'headline and lead are one event': {
    text: 'Hu to visit India\n\nChinese President Hu Jintao will visit India from Nov. 20 to 23.',
    timexes: [{ text: 'Nov. 20', value: '2006-11-20' }],
    expect: ['Visit planned 2006-11-20..2006-11-23 [Hu Jintao/visitor, India/host] @India'],
  },
};

describe('event frames and statuses', () => {
  itEachCase(CASES, ENTITIES, '2006-11-07');
});

describe('purity and determinism', () => {
  it('does not mutate its input and gives the same output twice', () => {
    const c = CASES['travel to X for talks: a Visit and a Talks']!;
    const doc = makeDoc(c.text, '2011-06-27', ENTITIES.filter((e) => c.text.includes(e.name.split(' ')[0]!)), c.timexes ?? []);
    const before = JSON.stringify(doc);
    const a = resolveEvents(extractEvents(doc), doc.entities);
    const b = resolveEvents(extractEvents(doc), doc.entities);
    expect(JSON.stringify(doc)).toBe(before);
    expect(a).toEqual(b);
    expect(a.map((e) => e.id)).toEqual(['e1', 'e2']);
    for (const e of a) expect(doc.article.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
  });
});
