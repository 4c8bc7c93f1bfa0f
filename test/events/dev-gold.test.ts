/**
 * The dev gold (../shared/gold/events-dev.jsonl: the seed, TBAQ and dev-articles documents) scored
 * with `evaluateEvents` on the full pipeline. Prints the totals; the floors sit just below what the
 * pipeline reaches so a regression fails. EVENTLINE_EVAL_VERBOSE=1 prints misses and spurious events.
 */
import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, formatEventsReport, loadGold } from '../../src/eval/events.js';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Extraction } from '../../src/model/types.js';
import { readArticles } from '../../src/read/index.js';
import { sharedPath } from '../support/shared.js';

const goldPath = sharedPath('gold/events-dev.jsonl');
const corpora = sharedPath('corpora');

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else out.push(p);
  }
  return out;
}

/**
 * Floors just below the dev numbers reached (lenient F1 0.893, strict 0.881, dates 0.891, participants
 * F1 0.936, place 0.827, status 0.973, full-event 0.619), with a small margin because the entity and
 * time stages feed these too.
 */
const FLOORS = {
  lenientF1: 0.88,
  strictF1: 0.87,
  dateAccuracy: 0.875,
  participantsF1: 0.93,
  placeAccuracy: 0.82,
  statusAccuracy: 0.96,
  fullF1: 0.60,
};

describe.skipIf(!goldPath || !corpora)('dev gold events', () => {
  it('scores at or above the floors', async () => {
    const gold = loadGold(goldPath!);
    const wanted = new Set(gold.map((g) => g.doc));
    // Gold ids are TimeML DOCIDs (= file stems) and the seed's front-matter id.
    const paths = filesUnder(corpora!).filter((p) => {
      const stem = basename(p).replace(/\.(tml|txt)$/, '');
      return wanted.has(stem) || p.endsWith('.txt') && p.includes('seed');
    });
    const system: Extraction[] = [];
    for await (const item of readArticles(paths)) {
      if (!item.ok) throw item.error;
      if (wanted.has(item.article.id)) system.push(extractArticle(item.article));
    }
    const report = evaluateEvents(gold, system);
    console.log(formatEventsReport(report, { verbose: process.env.EVENTLINE_EVAL_VERBOSE === '1' }));
    const t = report.total;
    expect(t.lenient.f1).toBeGreaterThanOrEqual(FLOORS.lenientF1);
    expect(t.strict.f1).toBeGreaterThanOrEqual(FLOORS.strictF1);
    expect(t.dateAccuracy.accuracy).toBeGreaterThanOrEqual(FLOORS.dateAccuracy);
    expect(t.participants.f1).toBeGreaterThanOrEqual(FLOORS.participantsF1);
    expect(t.placeAccuracy.accuracy).toBeGreaterThanOrEqual(FLOORS.placeAccuracy);
    expect(t.statusAccuracy.accuracy).toBeGreaterThanOrEqual(FLOORS.statusAccuracy);
    expect(t.full.f1).toBeGreaterThanOrEqual(FLOORS.fullF1);
  });
});
