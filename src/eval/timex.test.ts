import { describe, expect, it } from 'vitest';
import type { TimexType } from '../model/types.js';
import type { GoldTimex } from '../read/timeml.js';
import { evaluateTimex, formatTimexReport } from './timex.js';

const g = (start: number, end: number, value: string, type: TimexType = 'DATE'): GoldTimex => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  type,
  value,
  tid: `t${start}`,
});
const s = (start: number, end: number, value: string, type: TimexType = 'DATE') => ({
  start,
  end,
  text: 'x'.repeat(end - start),
  type,
  value,
});

describe('evaluateTimex', () => {
  const report = evaluateTimex([
    {
      id: 'd1',
      gold: [g(0, 5, '2011'), g(10, 20, 'P3D', 'DURATION'), g(30, 35, '2011-05'), g(50, 55, 'PRESENT_REF')],
      // exact+right, overlap+right value wrong type, overlap+wrong value, spurious; gold 50-55 missed
      system: [s(0, 5, '2011'), s(12, 20, 'P3D', 'SET'), s(28, 35, '2011-06'), s(40, 45, 'P1Y', 'SET')],
    },
  ]);
  it('counts strict, relaxed, value and type matches', () => {
    expect(report.total.counts).toEqual({ gold: 4, system: 4, strict: 1, relaxed: 3, value: 2, type: 2 });
    expect(report.total.relaxed.f1).toBeCloseTo(0.75);
    expect(report.total.strict.precision).toBeCloseTo(0.25);
    expect(report.total.value.recall).toBeCloseTo(0.5);
  });
  it('lists misses, spurious and wrong values/types', () => {
    expect(report.misses.map((m) => m.value)).toEqual(['PRESENT_REF']);
    expect(report.spurious.map((m) => m.value)).toEqual(['P1Y']);
    expect(report.wrongValues.map((m) => [m.gold.value, m.system.value])).toEqual([['2011-05', '2011-06']]);
    expect(report.wrongTypes.map((m) => [m.gold.type, m.system.type])).toEqual([['DURATION', 'SET']]);
  });
  it('matches one-to-one', () => {
    const r = evaluateTimex([{ id: 'd', gold: [g(0, 10, '2011')], system: [s(0, 4, '2011'), s(5, 10, '2011')] }]);
    expect(r.total.counts.relaxed).toBe(1);
    expect(r.total.relaxed.precision).toBeCloseTo(0.5);
    // The second one overlaps gold, so it is not listed as spurious, but it counts in precision.
    expect(r.spurious).toHaveLength(0);
  });
  it('formats a table, verbose lists every miss and wrong value', () => {
    const text = formatTimexReport(report, { verbose: true });
    expect(text).toMatch(/TOTAL/);
    expect(text).toMatch(/d1 {2}"xxxxx" {2}DATE PRESENT_REF/);
    expect(text).toMatch(/2011-05 -> .* 2011-06/);
    expect(formatTimexReport(report, { verbose: false })).not.toMatch(/misses \(gold/);
  });
  it('scores an empty input as zeros', () => {
    expect(evaluateTimex([]).total.value.f1).toBe(0);
  });
});
