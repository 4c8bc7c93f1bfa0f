import { describe, expect, it } from 'vitest';
import { durationDaysOf, intervalOfValue, isoWeek } from './calendar.js';

describe('intervalOfValue', () => {
  it.each([
    ['2011-06-27', '2011-06-27', '2011-06-27', 'day'],
    ['2011-06-27TMO', '2011-06-27', '2011-06-27', 'day'],
    ['2011-06-27T15:00', '2011-06-27', '2011-06-27', 'day'],
    ['2011-06', '2011-06-01', '2011-06-30', 'month'],
    ['2012-02', '2012-02-01', '2012-02-29', 'month'],
    ['2011-W25', '2011-06-20', '2011-06-26', 'week'],
    ['2009-W53', '2009-12-28', '2010-01-03', 'week'],
    ['2011-W25-WE', '2011-06-25', '2011-06-26', 'week'],
    ['2011-Q2', '2011-04-01', '2011-06-30', 'quarter'],
    ['2011-SU', '2011-06-01', '2011-08-31', 'season'],
    ['2011-WI', '2011-12-01', '2012-02-29', 'season'],
    ['2001', '2001-01-01', '2001-12-31', 'year'],
    ['201', '2010-01-01', '2019-12-31', 'decade'],
  ])('%s -> %s..%s (%s)', (value, startDate, endDate, precision) => {
    expect(intervalOfValue(value)).toEqual({ startDate, endDate, precision });
  });

  it.each(['PAST_REF', 'PRESENT_REF', 'FUTURE_REF', 'XXXX-WXX-1', 'XXXX-05', 'P3D', '2011-13', '2011-02-30', ''])(
    '%s -> null',
    (value) => expect(intervalOfValue(value)).toBeNull(),
  );
});

describe('durationDaysOf', () => {
  it.each([
    ['P3D', 3],
    ['P1W', 7],
    ['P2Y', 730],
    ['P2M', 60],
    ['P10Y', 3650],
    ['PT12H', 0.5],
    ['P1DT12H', 1.5],
    ['PXD', null],
    ['PT', null],
    ['2011', null],
  ])('%s -> %s', (value, days) => expect(durationDaysOf(value)).toBe(days));
});

describe('isoWeek', () => {
  it('numbers weeks as ISO 8601 does', () => {
    expect(isoWeek({ y: 2011, m: 6, d: 27 })).toEqual({ year: 2011, week: 26 });
    expect(isoWeek({ y: 2010, m: 1, d: 3 })).toEqual({ year: 2009, week: 53 });
  });
});
