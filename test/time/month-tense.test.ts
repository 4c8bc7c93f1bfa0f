/**
 * A bare month takes the tense of its own verb: a past verb names the latest such month not after
 * the document date, a future verb the next one, no verb the nearest. An infinitive or an of-phrase
 * between a past verb and the month leaves the side open (it may date what those name).
 */
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/extract/time/index.js';

const ROWS: Array<[string, string, string]> = [
  // past verb: the latest July on or before June 1987 is July 1986
  ['He visited China in July.', '1987-06-15', '1986-07'],
  ['Yeutter met Tamura in Tokyo in August.', '1987-06-15', '1986-08'],
  // ... and a month already begun or gone by this year is this year's
  ['He visited China in May.', '1987-06-15', '1987-05'],
  ['He visited China in June.', '1987-06-15', '1987-06'],
  // future verb: the next one
  ['He will visit China in July.', '1987-06-15', '1987-07'],
  ['He will visit China in May.', '1987-06-15', '1988-05'],
  // no verb: the nearest
  ['Kohl visit to China in July', '1987-06-15', '1987-07'],
  // an infinitive or an of-phrase between the past verb and the month: the coming one stays
  ['NATO has decided to admit Poland in early March.', '1999-02-10', '1999-03'],
  ['Iraq warned of a cutback in its oil supply in September.', '1990-08-16', '1990-09'],
  // `has` with no participle is the main verb, in the present: the coming month; a perfect stays past
  ['Japan has until the next meeting of senior officials in May to respond.', '1987-04-08', '1987-05'],
  ['The two sides have talks in May.', '1987-04-08', '1987-05'],
  ['He has visited China in July.', '1987-06-15', '1986-07'],
  ['They have met in July.', '1987-06-15', '1986-07'],
  // an -ed word between an attributive word and a noun is an adjective, not a past verb
  [
    'President Reagan will visit Rome and West Berlin during a trip to Europe in June to attend the Venice summit meeting of the major industrialized countries, the White House said.',
    '1987-03-04',
    '1987-06',
  ],
  // ... but before a determiner it is still the verb
  ['The two visited the site in July.', '1987-06-15', '1986-07'],
];

describe('bare months and the tense of their verb', () => {
  it.each(ROWS)('%s [DCT %s] -> %s', (sentence, dct, value) => {
    const months = tagTimes(sentence, dct).filter((t) => /^\d{4}-\d{2}$/.test(t.value));
    expect(months.map((t) => t.value)).toEqual([value]);
  });
});
