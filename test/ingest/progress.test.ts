import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/errors.js';
import { barLine, formatSeconds } from '../../src/progress/bar.js';
import { parseProgressMode, resolveMode, totalEstimator, type ProgressState } from '../../src/progress/index.js';
import { jsonReporter, progressLine } from '../../src/progress/json.js';
import type { ReadItem } from '../../src/read/index.js';

const state = (articles: number, total: number | null = null): ProgressState => ({ articles, saved: articles - 1, events: 3, failed: 0, total });

describe('progress', () => {
  it('modes are picked by name; an unknown one is a UsageError; auto is a bar on a terminal only', () => {
    expect(parseProgressMode('json')).toBe('json');
    expect(() => parseProgressMode('fancy')).toThrow(UsageError);
    expect(resolveMode('auto', { write: () => true, isTTY: true })).toBe('bar');
    expect(resolveMode('auto', { write: () => true })).toBe('none');
    expect(resolveMode('json', { write: () => true, isTTY: true })).toBe('json');
  });

  it('a JSON line carries counts, rate and elapsed time', () => {
    expect(progressLine(state(1500, 19_000), 1000)).toEqual({ articles: 1500, saved: 1499, events: 3, failed: 0, rate: 1500, elapsedMs: 1000, total: 19_000 });
    expect(progressLine(state(10), 0, true)).toEqual({ articles: 10, saved: 9, events: 3, failed: 0, rate: 0, elapsedMs: 0, done: true });
  });

  it('JSON lines come at most every 500 ms, the latest state is not lost, and the final line always comes', () => {
    let t = 0;
    const out: string[] = [];
    const r = jsonReporter({ write: (s: string) => out.push(s) }, 500, () => t);
    r.update(state(1));
    t = 100;
    r.update(state(2));
    t = 499;
    r.update(state(3));
    t = 600;
    r.update(state(4));
    t = 650;
    r.finish(state(5));
    expect(out.map((l) => JSON.parse(l).articles)).toEqual([1, 4, 5]);
    expect(JSON.parse(out.at(-1)!).done).toBe(true);
  });

  it('the bar line shows rate, ETA and saved when the total is known, and no ETA otherwise', () => {
    expect(barLine(state(1000, 4000), 1000, 4)).toBe('[=---] 1,000/~4,000 articles | 1,000/s | ETA 3s | 3 events | saved 999');
    expect(barLine(state(1000), 2000)).toBe('1,000 articles | 500/s | 3 events | saved 999');
    expect(formatSeconds(125)).toBe('2m05s');
  });

  it('the total is estimated for one JSONL file only, and exact at the end', async () => {
    expect(totalEstimator(['a/', 'b.jsonl']).total()).toBeNull();
    const e = totalEstimator(['-']);
    async function* two(): AsyncGenerator<ReadItem> {
      yield { ok: true, article: { id: 'a', title: '', text: 'x', publishedAt: null, source: null, url: null }, warnings: [] };
      yield { ok: true, article: { id: 'b', title: '', text: 'y', publishedAt: null, source: null, url: null }, warnings: [] };
    }
    for await (const _ of e.observe(two())) expect(e.total()).toBeNull();
    expect(e.total()).toBe(2);
  });
});
