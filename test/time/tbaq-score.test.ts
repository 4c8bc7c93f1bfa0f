import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateTimexFiles, formatTimexReport } from '../../src/eval/timex.js';
import { tagTimes } from '../../src/extract/time/index.js';
import { parseTimeML } from '../../src/read/timeml.js';
import { sharedPath } from '../support/shared.js';

const corpus = sharedPath('corpora/tempeval3/TBAQ-cleaned');

function tmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((e) => {
      const full = join(dir, e);
      return statSync(full).isDirectory() ? tmlFiles(full) : e.endsWith('.tml') ? [full] : [];
    });
}

describe.skipIf(!corpus)('TBAQ-cleaned timex scores', () => {
  it('stays above the floor', async () => {
    const report = await evaluateTimexFiles([corpus!]);
    console.log(formatTimexReport(report, { verbose: false }));
    if (process.env.TIMEX_REPORT) writeFileSync(process.env.TIMEX_REPORT, formatTimexReport(report, { verbose: true }));
    expect(report.total.counts.gold).toBe(1822);
    // Floors just below what the rules reach (strict 0.882, relaxed 0.945, value 0.828, type 0.900).
    expect(report.total.strict.f1).toBeGreaterThan(0.88);
    expect(report.total.relaxed.f1).toBeGreaterThan(0.943);
    expect(report.total.value.f1).toBeGreaterThan(0.826);
    expect(report.total.type.f1).toBeGreaterThan(0.898);
  });

  it('reports the time stage cost per document (for BENCHMARKS.md)', () => {
    const docs = tmlFiles(corpus!).map((f) => parseTimeML(readFileSync(f, 'utf8'), f).article);
    const chars = docs.reduce((n, d) => n + d.text.length, 0);
    for (const d of docs) tagTimes(d.text, d.publishedAt); // warm-up (JIT, regex compilation)
    const runs: number[] = [];
    for (let r = 0; r < 5; r++) {
      const t0 = performance.now();
      for (const d of docs) tagTimes(d.text, d.publishedAt);
      runs.push(performance.now() - t0);
    }
    const median = runs.sort((a, b) => a - b)[2]!;
    console.log(
      `tagTimes over TBAQ: ${docs.length} documents, ${(chars / docs.length).toFixed(0)} chars/doc, ` +
        `median of 5 runs ${median.toFixed(0)} ms = ${(median / docs.length).toFixed(2)} ms/document`,
    );
    expect(median / docs.length).toBeLessThan(50);
  });
});
