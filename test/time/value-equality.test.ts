/**
 * The scorer compares TIMEX3 values as TimeML defines them, not as strings: spelling variants of one
 * value are equal, different values are not.
 */
import { describe, expect, it } from 'vitest';
import { durationLength, evaluateTimex, sameTimexValue } from '../../src/eval/timex.js';

describe('sameTimexValue', () => {
  it.each([
    ['2000-W7', '2000-W07'], // an unpadded week number
    ['2000-W7-WE', '2000-W07-WE'],
    ['1989-11-06T17', '1989-11-06T17:00'], // a whole hour with or without its minutes
    ['1989-10-27T24', '1989-10-27T24:00'],
    ['P2Y6M', 'P2.5Y'], // durations of the same length however written
    ['P30M', 'P2.5Y'],
    ['PT5H30M', 'PT5.5H'],
    ['PT24H', 'P1D'],
    ['P1W', 'P7D'],
    ['P1E', 'P10Y'], // TimeML's decade, century and millennium units
    ['P9M', 'P3Q'],
    ['P2L', 'P2000Y'],
  ])('%s = %s', (a, b) => {
    expect(sameTimexValue(a, b)).toBe(true);
    expect(sameTimexValue(b, a)).toBe(true);
  });

  it.each([
    ['2000-W7', '2000-W17'],
    ['2000-W07', '2000-W08'],
    ['1989-11-06T17', '1989-11-06T17:30'],
    ['P1M', 'P30D'], // a month is not a count of days
    ['P1Y', 'P365D'],
    ['PXY', 'PXE'], // unknown counts of different units
    ['PXY', 'PXM'],
    ['P1Y', '1989'],
    ['PAST_REF', 'PRESENT_REF'],
    ['1988-Q3', '1988'],
  ])('%s != %s', (a, b) => {
    expect(sameTimexValue(a, b)).toBe(false);
  });

  it('reads duration lengths as months and seconds, or null', () => {
    expect(durationLength('P2Y6M')).toEqual({ months: 30, seconds: 0 });
    expect(durationLength('P1DT12H')).toEqual({ months: 0, seconds: 129600 });
    expect(durationLength('PXY')).toBeNull();
    expect(durationLength('P')).toBeNull();
    expect(durationLength('2011-06')).toBeNull();
  });

  it('counts such matches as right values', () => {
    const t = (value: string) => ({ start: 0, end: 5, text: 'xxxxx', type: 'DATE' as const, value });
    const r = evaluateTimex([{ id: 'd', gold: [{ ...t('2000-W7'), tid: 't1' }], system: [t('2000-W07')] }]);
    expect(r.total.counts.value).toBe(1);
    expect(r.wrongValues).toHaveLength(0);
  });
});

describe('evaluateTimex with exactValues', () => {
  it('compares values as plain strings, as the TempEval-3 scorer does', () => {
    const doc = {
      id: 'd',
      text: 'last week',
      gold: [{ start: 0, end: 9, text: 'last week', type: 'DATE' as const, value: '2000-W07', tid: 't1' }],
      system: [{ start: 0, end: 9, text: 'last week', type: 'DATE' as const, value: '2000-W7' }],
    };
    expect(evaluateTimex([doc]).total.value.f1).toBe(1);
    expect(evaluateTimex([doc], { exactValues: true }).total.value.f1).toBe(0);
  });
});
