import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateTimexFiles, formatTimexReport } from '../../src/eval/timex.js';
import { sharedPath } from '../support/shared.js';

const corpus = sharedPath('corpora/tempeval3/TBAQ-cleaned');

describe.skipIf(!corpus)('TBAQ-cleaned timex scores', () => {
  it('stays above the floor', async () => {
    const report = await evaluateTimexFiles([corpus!]);
    console.log(formatTimexReport(report, { verbose: false }));
    if (process.env.TIMEX_REPORT) writeFileSync(process.env.TIMEX_REPORT, formatTimexReport(report, { verbose: true }));
    expect(report.total.counts.gold).toBe(1822);
    // Floors just below what the rules reach (strict 0.839, relaxed 0.932, value 0.794, type 0.888).
    expect(report.total.strict.f1).toBeGreaterThan(0.83);
    expect(report.total.relaxed.f1).toBeGreaterThan(0.925);
    expect(report.total.value.f1).toBeGreaterThan(0.785);
    expect(report.total.type.f1).toBeGreaterThan(0.88);
  });
});
