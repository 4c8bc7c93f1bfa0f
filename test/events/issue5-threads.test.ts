/**
 * Sentence-level cases for the third round of issue 5 rules: what a sentence borrows from the story
 * around it. "earlier in the day" is the story's day; "During his meeting with X, Y noted" is the day
 * of the story's dated saying; a gathering told as the setting of someone's act ("At a summit with
 * Roh, Yushchenko said", "complained during the Commonwealth summit", "will attend the APEC Leaders'
 * Meeting", "told reporters after the NATO summit") makes them attend; "the two leaders" are the two
 * parties of the story's last two-party event; a same-day meeting takes the place of the meeting the
 * sentence before told. Each rule has the cases where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Ban Ki-moon', kind: 'Person', surfaces: ['Ban Ki-moon', 'Ban'] },
  { name: 'Taro Aso', kind: 'Person', surfaces: ['Taro Aso', 'Aso'] },
  { name: 'Clinton', kind: 'Person', surfaces: ['Clinton'] },
  { name: 'Philadelphia', kind: 'Place', country: 'United States' },
  { name: 'Seoul', kind: 'Place', country: 'South Korea' },
  { name: 'Yonhap', kind: 'Organization' },
  { name: 'Tang Jiaxuan', kind: 'Person', surfaces: ['Tang Jiaxuan', 'Tang'] },
  { name: 'Mihai Razvan Ungureanu', kind: 'Person', surfaces: ['Mihai Razvan Ungureanu', 'Ungureanu'] },
  { name: 'China', kind: 'Country' },
  { name: 'Viktor Yushchenko', kind: 'Person', surfaces: ['Viktor Yushchenko', 'Yushchenko'] },
  { name: 'Roh Moo-Hyun', kind: 'Person', surfaces: ['Roh Moo-Hyun', 'Roh'] },
  { name: 'Boris Yeltsin', kind: 'Person', surfaces: ['Boris Yeltsin', 'Yeltsin'] },
  { name: 'Leonid Kuchma', kind: 'Person', surfaces: ['Leonid Kuchma', 'Kuchma'] },
  { name: 'Sergei Yastrzhembsky', kind: 'Person', surfaces: ['Sergei Yastrzhembsky'] },
  { name: 'Russia', kind: 'Country', surfaces: ['Russian', 'Russia'] },
  { name: 'Gazprom', kind: 'Organization' },
  { name: 'Levy Mwanawasa', kind: 'Person', surfaces: ['Levy Mwanawasa', 'Mwanawasa'] },
  { name: 'Commonwealth', kind: 'Organization' },
  { name: 'Malta', kind: 'Country' },
  { name: 'Hu Jintao', kind: 'Person', surfaces: ['Hu Jintao', 'Hu'], positionOf: 'China' },
  { name: 'APEC', kind: 'Organization' },
  { name: 'Hanoi', kind: 'Place', country: 'Vietnam' },
  { name: 'Vietnam', kind: 'Country' },
  { name: 'Laos', kind: 'Country' },
  { name: 'NATO', kind: 'Organization' },
  { name: 'Jaap de Hoop Scheffer', kind: 'Person', surfaces: ['Jaap de Hoop Scheffer', 'Hoop Scheffer'] },
  { name: 'Riga', kind: 'Place', country: 'Latvia' },
  { name: 'Kofi Annan', kind: 'Person', surfaces: ['Kofi Annan', 'Annan'] },
  { name: 'Saddam Hussein', kind: 'Person', surfaces: ['Saddam Hussein'] },
  { name: 'Tariq Aziz', kind: 'Person', surfaces: ['Tariq Aziz'] },
  { name: 'Baghdad', kind: 'Place', country: 'Iraq' },
  { name: 'Beijing', kind: 'Place', country: 'China' },
  { name: 'Romano Prodi', kind: 'Person', surfaces: ['Romano Prodi', 'Prodi'] },
  { name: 'Bashkim Fino', kind: 'Person', surfaces: ['Bashkim Fino'] },
  { name: 'Sali Berisha', kind: 'Person', surfaces: ['Sali Berisha'] },
  { name: 'Tirana', kind: 'Place', country: 'Albania' },
  { name: 'Vlore', kind: 'Place', country: 'Albania' },
  { name: 'Robert Gabriel Mugabe', kind: 'Person', surfaces: ['Robert Gabriel Mugabe'] },
];

const CASES: Record<string, EventCase> = {
  '"earlier in the day" is the day of the story\'s dated saying': {
    text: 'Ban will hold talks with Taro Aso, Yonhap reported on Wednesday. Yonhap quoted a source as saying that Ban and Aso agreed to meet during a telephone conversation earlier in the day.',
    dct: '2005-11-02',
    dateline: 'Seoul',
    timexes: [{ text: 'Wednesday', value: '2005-11-02' }],
    expect: ['Talks planned -..- [Ban Ki-moon/participant, Taro Aso/participant] @-', 'Talks occurred 2005-11-02..2005-11-02 [Ban Ki-moon/participant, Taro Aso/participant] @-'],
  },
  '"later in the day" with no dated saying is the document date': {
    text: 'Clinton spoke in Washington. A contrary view presented itself to the president as Clinton arrived in Philadelphia later in the day.',
    dct: '1998-02-13',
    expect: ['Visit occurred 1998-02-13..1998-02-13 [Clinton/visitor, United States/host] @Philadelphia'],
  },
  '"During his meeting with X, Y noted" is the day the story dated its sayings': {
    text: 'Tang Jiaxuan and visiting Mihai Razvan Ungureanu said here Monday that the two countries will cooperate. During his meeting with Ungureanu, Tang noted that the relations have grown since 56 years ago.',
    dct: '2005-11-28',
    dateline: 'Beijing',
    timexes: [{ text: 'Monday', value: '2005-11-28' }, { text: '56 years ago', value: '1949' }],
    expect: [
      'Visit occurred 2005-11-28..2005-11-28 [Mihai Razvan Ungureanu/visitor] @-',
      'Meeting occurred 2005-11-28..2005-11-28 [Mihai Razvan Ungureanu/participant, Tang Jiaxuan/participant] @Beijing',
    ],
  },
  'a day a visitor spoke is inside the visit the arrival dates, not the visit': {
    text: 'Visiting Mihai Razvan Ungureanu said here Monday that ties are good. Ungureanu arrived in China on Saturday.',
    dct: '2005-11-28',
    timexes: [{ text: 'Monday', value: '2005-11-28' }, { text: 'Saturday', value: '2005-11-26' }],
    expect: ['Visit occurred 2005-11-26..2005-11-28 [China/host, Mihai Razvan Ungureanu/visitor] @China'],
  },
  '"At a summit with X on Monday, Y said": Y attended': {
    text: 'At a summit with President Roh Moo-Hyun on Monday, Yushchenko said the experience could help.',
    dct: '2006-12-19',
    timexes: [{ text: 'Monday', value: '2006-12-18' }],
    expect: ['Meeting occurred 2006-12-18..2006-12-18 [Roh Moo-Hyun/participant, Viktor Yushchenko/participant] @-'],
  },
  '"In their joint statement issued after the talks, X and Y called": X and Y held them': {
    text: 'In their joint statement issued after the talks, Yeltsin and Kuchma called for ratification.',
    dct: '1998-02-27',
    expect: ['Talks occurred -..- [Boris Yeltsin/participant, Leonid Kuchma/participant] @-'],
  },
  '"X complained during the Commonwealth summit": X attended it': {
    text: 'Zambian President Levy Mwanawasa also complained during the just-ended Commonwealth summit in Malta that prices fell.',
    dct: '2005-11-29',
    expect: ['Meeting occurred -..- [Commonwealth/participant, Levy Mwanawasa/participant] @Malta'],
  },
  '"X will attend the 14th APEC Economic Leaders\' Meeting": X and APEC': {
    text: "Hu will also attend the 14th APEC Economic Leaders' Meeting to be held in Hanoi from Nov. 17 to 19.",
    dct: '2006-11-07',
    timexes: [{ text: 'Nov. 17', value: '2006-11-17' }],
    expect: ['Meeting planned 2006-11-17..2006-11-19 [APEC/participant, Hu Jintao/participant] @Hanoi'],
  },
  '"X told reporters shortly after the conclusion of the NATO summit": X was there': {
    text: '"We will think about it," de Hoop Scheffer told reporters shortly after the conclusion of the NATO summit.',
    dct: '2006-11-29',
    expect: ['Meeting occurred -..- [Jaap de Hoop Scheffer/participant, NATO/participant] @-'],
  },
  '"At our next summit in 2008, the alliance intends": the organisation named before': {
    text: 'NATO leaders issued a declaration. "At our next summit in 2008, the alliance intends to extend further invitations," said the declaration.',
    dct: '2006-11-29',
    timexes: [{ text: '2008', value: '2008' }],
    expect: ['Meeting planned 2008-01-01..2008-12-31 [NATO/participant] @-'],
  },
  '"the two leaders" are the two parties of the story\'s last two-party event': {
    text: 'In their joint statement issued after the talks, Yeltsin and Kuchma called for ratification. Kuchma assured Yeltsin that Ukraine would stay neutral, Yeltsin\'s spokesman Sergei Yastrzhembsky said. The two leaders also pledged to hold talks on NATO.',
    dct: '1998-02-27',
    expect: ['Talks planned -..- [Boris Yeltsin/participant, Leonid Kuchma/participant] @-'],
  },
  '"the two leaders" after a visit are the visitor and the country visited; the talks take that leg\'s dates': {
    text: "Hu will visit Vietnam from Nov. 15 to 19. Hu will then visit Laos from Nov. 19 to 20. Hu's tour will first take him to Vietnam. Cui said the two leaders will have an exchange of views.",
    dct: '2006-11-07',
    timexes: [{ text: 'Nov. 15', value: '2006-11-15' }, { text: 'Nov. 19', value: '2006-11-19' }],
    expect: [
      'Visit planned 2006-11-15..2006-11-19 [Hu Jintao/visitor, Vietnam/host] @Vietnam',
      'Visit planned 2006-11-19..2006-11-20 [Hu Jintao/visitor, Laos/host] @Laos',
      'Talks planned 2006-11-15..2006-11-19 [Hu Jintao/participant, Vietnam/participant] @Vietnam',
    ],
  },
  '"visit Russian gas giant Gazprom": the company is visited, not the country': {
    text: 'Kuchma also planned to visit Russian gas giant Gazprom.',
    dct: '1998-02-27',
    expect: ['Visit planned -..- [Gazprom/host, Leonid Kuchma/visitor] @-'],
  },
  'a same-day meeting takes the place of the meeting told just before': {
    text: 'Annan wrapped up a meeting with Saddam Hussein in Baghdad today. He is expected to meet with Tariq Aziz later this afternoon.',
    dct: '1998-02-22',
    timexes: [{ text: 'today', value: '1998-02-22' }, { text: 'later this afternoon', value: '1998-02-22TAF' }],
    expect: [
      'Meeting occurred 1998-02-22..1998-02-22 [Kofi Annan/participant, Saddam Hussein/participant] @Baghdad',
      'Meeting planned 1998-02-22..1998-02-22 [Kofi Annan/participant, Tariq Aziz/participant] @Baghdad',
    ],
  },
  '"X, accompanied by Y, was whisked to Z for a meeting": Y travels and meets too; "the two officials" are the two travellers': {
    text: 'Romano Prodi made a flying visit to the town of Vlore on Sunday. Prodi, accompanied by Albanian Prime Minister Bashkim Fino, was then whisked to Tirana for a meeting with President Sali Berisha. Prodi said aid would come. He said the aim was peaceful. Helicopters landed the two officials earlier for a 90-minute visit to the town.',
    dct: '1997-04-13',
    timexes: [{ text: 'Sunday', value: '1997-04-13' }],
    expect: [
      'Visit occurred 1997-04-13..1997-04-13 [Albania/host, Bashkim Fino/visitor, Romano Prodi/visitor] @Vlore',
      'Visit occurred 1997-04-13..1997-04-13 [Bashkim Fino/visitor, Romano Prodi/visitor, Sali Berisha/host] @Tirana',
      'Meeting occurred 1997-04-13..1997-04-13 [Bashkim Fino/participant, Romano Prodi/participant, Sali Berisha/participant] @Tirana',
    ],
  },
  '"the touchdown of the airplane taken by X at Beijing airport": X arrives, and stays until the summit ends': {
    text: 'With the touchdown of the airplane taken by Zimbabwean President Robert Gabriel Mugabe at Beijing airport on Friday evening, 47 delegations have arrived for a China-Africa summit in Beijing due to open Saturday. The two-day summit will end Sunday.',
    dct: '2006-11-03',
    timexes: [{ text: 'Friday evening', value: '2006-11-03TEV' }, { text: 'Saturday', value: '2006-11-04' }, { text: 'two-day', value: 'P2D', type: 'DURATION' }],
    expect: [
      'Visit occurred 2006-11-03..2006-11-05 [China/host, Robert Gabriel Mugabe/visitor] @Beijing',
      'Meeting planned 2006-11-04..2006-11-05 [China/participant] @Beijing',
    ],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  '"scored a touchdown" is no arrival': {
    text: 'Robert Gabriel Mugabe watched as the team scored a touchdown on Friday evening.',
    dct: '2006-11-03',
    timexes: [{ text: 'Friday evening', value: '2006-11-03TEV' }],
    expect: [],
  },
  '"the touchdown of the airplane" carrying no one named is no one\'s visit': {
    text: 'The touchdown of the airplane at Beijing airport was delayed.',
    dct: '2006-11-03',
    expect: [],
  },
  '"accompanied by" after the trigger adds no one': {
    text: 'Prodi met President Sali Berisha, who was accompanied by Bashkim Fino.',
    dct: '1997-04-13',
    expect: ['Meeting occurred -..- [Romano Prodi/participant, Sali Berisha/participant] @-'],
  },
  '"agreed to meet during a call earlier in the day": the meeting arranged is not dated by the call': {
    text: 'Ban and Aso agreed to meet during a telephone conversation earlier in the day.',
    dct: '2005-11-02',
    expect: ['Meeting planned -..- [Ban Ki-moon/participant, Taro Aso/participant] @-', 'Talks occurred 2005-11-02..2005-11-02 [Ban Ki-moon/participant, Taro Aso/participant] @-'],
  },
  'a telephone call near the document date takes no dateline place': {
    text: 'Ban and Aso held a telephone conversation on Wednesday.',
    dct: '2005-11-02',
    dateline: 'Seoul',
    timexes: [{ text: 'Wednesday', value: '2005-11-02' }],
    expect: ['Talks occurred 2005-11-02..2005-11-02 [Ban Ki-moon/participant, Taro Aso/participant] @-'],
  },
  '"During his meeting with X, Y noted" with no dated saying before stays undated': {
    text: 'Tang Jiaxuan welcomed the guests. During his meeting with Ungureanu, Tang noted that relations are good.',
    dct: '2005-11-28',
    expect: ['Meeting occurred -..- [Mihai Razvan Ungureanu/participant, Tang Jiaxuan/participant] @-'],
  },
  'a summit as the setting of a clause whose subject is no person gains no attendee': {
    text: 'During the Commonwealth summit in Malta, prices fell, Levy Mwanawasa said.',
    dct: '2005-11-29',
    expect: ['Meeting occurred -..- [Commonwealth/participant] @Malta'],
  },
  'a person named after a front adjunct\'s comma but not first is no attendee': {
    text: 'At the APEC summit, the leaders agreed with Hu on trade.',
    dct: '2006-11-07',
    expect: ['Meeting occurred -..- [APEC/participant] @-'],
  },
  '"consult each other regularly" is a practice, not an event': {
    text: 'Yeltsin and Kuchma also pledged to consult each other regularly on NATO.',
    dct: '1998-02-27',
    expect: [],
  },
  '"their Riga Summit Declaration" names a document, not a meeting': {
    text: '"NATO remains open," said the leaders in their Riga Summit Declaration.',
    dct: '2006-11-29',
    expect: [],
  },
  'a meeting on another day takes no place from the sentence before': {
    text: 'Annan wrapped up a meeting with Saddam Hussein in Baghdad today. He will meet with Tariq Aziz on Tuesday.',
    dct: '1998-02-22',
    timexes: [{ text: 'today', value: '1998-02-22' }, { text: 'Tuesday', value: '1998-02-24' }],
    expect: [
      'Meeting occurred 1998-02-22..1998-02-22 [Kofi Annan/participant, Saddam Hussein/participant] @Baghdad',
      'Meeting planned 1998-02-24..1998-02-24 [Kofi Annan/participant, Tariq Aziz/participant] @-',
    ],
  },
};

describe('issue 5 rules across sentences', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '2005-11-02');
});
