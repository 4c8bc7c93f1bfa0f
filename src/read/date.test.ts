import { describe, expect, it } from 'vitest';
import { parseDocumentDate } from './index.js';

describe('parseDocumentDate', () => {
  it.each([
    ['2011-06-27', '2011-06-27'],
    ['2011-06-27T10:00:00Z', '2011-06-27'],
    ['1987-02-26T15:01:01', '1987-02-26'],
    ['2011-06-27T10:00:00.123+02:00', '2011-06-27'],
    ['2011-06-27 10:00', '2011-06-27'],
    ['June 27, 2011', '2011-06-27'],
    ['Jun. 27, 2011', '2011-06-27'],
    ['Monday, June 27, 2011', '2011-06-27'],
    ['June 27, 2011, 10:15 AM EDT', '2011-06-27'],
    ['27 June 2011', '2011-06-27'],
    ['27th of June, 2011', '2011-06-27'],
    ['Mon, 27 Jun 2011 10:00:00 +0000', '2011-06-27'],
    ['20110627', '2011-06-27'],
    ['19980812T0800', '1998-08-12'],
    ['2011/6/27', '2011-06-27'],
    ['  2011-06-27  ', '2011-06-27'],
    ['2012-02-29', '2012-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('reads %j as %s', (written, day) => {
    expect(parseDocumentDate(written)).toBe(day);
  });

  it('keeps the calendar day as written, whatever the offset', () => {
    // 23:30 at UTC-5 is already the 28th in UTC: the article meant the 27th.
    expect(parseDocumentDate('2011-06-27T23:30:00-05:00')).toBe('2011-06-27');
    expect(parseDocumentDate('2011-06-27T00:30:00+09:00')).toBe('2011-06-27');
  });
});

describe('parseDocumentDate refuses', () => {
  it.each([
    ['a day that does not exist', '2011-02-30'],
    ['29 February of a common year', '2011-02-29'],
    ['29 February of 1900', '1900-02-29'],
    ['month 13', '2011-13-01'],
    ['day 0', '2011-06-00'],
    ['a year before 1000', '0999-06-27'],
    ['a year after 2200', '2201-01-01'],
    ['a far-off compact date', '99990101'],
    ['31 June', 'June 31, 2011'],
    ['an unknown month', 'Juno 27, 2011'],
    ['a bare year', '2011'],
    ['a relative expression', 'yesterday'],
    ['an empty value', ''],
    ['prose', 'sometime in June 2011 or so'],
    ['a very long value', '2011-06-27'.repeat(20)],
  ])('%s (%j)', (_what, written) => {
    expect(parseDocumentDate(written)).toBeNull();
  });
});
