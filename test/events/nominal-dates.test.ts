/**
 * Dates of event nouns whose phrase puts them after the time of their clause (extract.ts
 * adjunctStart, prospectiveNoun): a noun under "ahead of" / "before" / "prior to", whatever modifies
 * it, or qualified by "planned" / "scheduled" / "upcoming", is dated only inside its own phrase; the
 * clause's time dates the act around it. Each rule with the cases where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { type EntitySpec, type EventCase, itEachCase } from './fixtures.js';

const ENTITIES: EntitySpec[] = [
  { name: 'Madeleine Albright', kind: 'Person', surfaces: ['Madeleine Albright', 'Albright'] },
  { name: 'State Department', kind: 'Organization' },
  { name: 'East Africa', kind: 'Place' },
  { name: 'Mahathir Mohamad', kind: 'Person', surfaces: ['Mahathir Mohamad', 'Mahathir'] },
  { name: 'Zimbabwe', kind: 'Country' },
  { name: 'William Daley', kind: 'Person', surfaces: ['William Daley', 'Daley'] },
  { name: 'Kenya', kind: 'Country' },
];

const CASES: Record<string, EventCase> = {
  'a modified noun under "ahead of" is not dated by the time after its comma': {
    text: "Just ahead of Albright's one-day trip to East Africa, the State Department on Sunday issued a warning.",
    dct: '1998-08-17',
    timexes: [{ text: 'Sunday', value: '1998-08-16' }],
    // "ahead of" also makes it a plan (modality.ts).
    expect: ['Visit planned -..- [Madeleine Albright/visitor] @East Africa'],
  },
  'a noun under "before" keeps a date of its own phrase': {
    text: "Before Albright's two-day trip to East Africa on Tuesday, the State Department issued a warning.",
    dct: '1998-08-17',
    timexes: [{ text: 'Tuesday', value: '1998-08-18' }],
    expect: ['Visit planned 1998-08-18..1998-08-19 [Madeleine Albright/visitor] @East Africa'],
  },
  '"the hastily planned trip": a time before the noun dates the planning': {
    text: 'On Friday, Albright set aside vacation plans for the hastily planned trip to East Africa.',
    dct: '1998-08-17',
    timexes: [{ text: 'Friday', value: '1998-08-14' }],
    expect: ['Visit planned -..- [Madeleine Albright/visitor] @East Africa'],
  },
  '"the slated visit of X in September" keeps the time of its own phrase': {
    text: 'Kenya said on Tuesday that the slated visit of Daley in September is still on.',
    dct: '1998-08-26',
    timexes: [{ text: 'Tuesday', value: '1998-08-25' }, { text: 'September', value: '1998-09' }],
    expect: ['Visit planned 1998-09-01..1998-09-30 [William Daley/visitor] @-'],
  },
};

const NEGATIVE: Record<string, EventCase> = {
  'an unmodified trip is dated by its clause': {
    text: 'On Friday, Albright set aside vacation plans for the trip to East Africa.',
    dct: '1998-08-17',
    timexes: [{ text: 'Friday', value: '1998-08-14' }],
    expect: ['Visit occurred 1998-08-14..1998-08-14 [Madeleine Albright/visitor] @East Africa'],
  },
  'a visit "after" which one leaves ends on the day of leaving, modifiers and all': {
    text: 'Mahathir will leave Zimbabwe on Wednesday after a three-day official visit.',
    dct: '2005-11-08',
    timexes: [{ text: 'Wednesday', value: '2005-11-09' }],
    // Under way on the document date: occurred.
    expect: ['Visit occurred 2005-11-07..2005-11-09 [Mahathir Mohamad/visitor, Zimbabwe/host] @Zimbabwe'],
  },
};

describe('dates of nouns whose phrase looks ahead', () => {
  itEachCase({ ...CASES, ...NEGATIVE }, ENTITIES, '1998-08-17');
});
