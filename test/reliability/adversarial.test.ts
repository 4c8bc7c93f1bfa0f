/**
 * No pathological slowness: every extractor pattern must be linear. 1 MB of adversarial text must
 * not take more than 3x the time of 1 MB of ordinary news (a ratio, measured in one process).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import type { Article } from '../../src/model/types.js';
import { PROJECT_ROOT } from '../support/shared.js';

const MB = 1 << 20;
const seed = readFileSync(join(PROJECT_ROOT, 'data', 'kim-jong-il-heads-to-russia.txt'), 'utf8').split('---\n').slice(2).join('---\n');

function fill(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const adversarial = [
  fill('a', MB / 8), // one long run of one character
  fill('.', MB / 16),
  fill('Kim Jong Il Putin Medvedev Vladivostok ', MB / 8), // capitalised words, no punctuation
  fill('President Prime Minister Foreign Minister ', MB / 8), // titles
  fill('(((([[[[{{{{', MB / 16) + fill(')]}', MB / 16), // brackets
  fill('Monday Tuesday Wednesday last week next May ', MB / 8), // weekday names, time words
  fill('between 1 and 2 and 3 and 4 and 5 and ', MB / 16),
  fill('met with, with, with, and and and talks talks ', MB / 8),
  fill('-- 1999-2001 -- 12/12/12 -- 3-4 -- ', MB / 16),
  fill('Kim-Jong-Il-Putin-Kim-', MB / 16),
].join('\n');

const ordinary = fill(seed + '\n\n', MB);

function article(text: string, id: string): Article {
  return { id, title: id, text, publishedAt: '2011-06-27', source: null, url: null };
}

function time(text: string, id: string): number {
  const t0 = performance.now();
  extractArticle(article(text, id));
  return performance.now() - t0;
}

describe('adversarial input', () => {
  it('1 MB of adversarial text costs at most 3x 1 MB of ordinary news', () => {
    expect(adversarial.length).toBeGreaterThan(MB * 0.95);
    time(ordinary.slice(0, 50_000), 'warm-up');
    // Best of three each: a ratio of minimums is robust to a busy machine.
    const news = Math.min(time(ordinary, 'news-1'), time(ordinary, 'news-2'), time(ordinary, 'news-3'));
    const hostile = Math.min(time(adversarial, 'adv-1'), time(adversarial, 'adv-2'), time(adversarial, 'adv-3'));
    console.log(`ordinary news: ${news.toFixed(0)} ms/MB, adversarial: ${hostile.toFixed(0)} ms/MB, ratio ${(hostile / news).toFixed(2)}`);
    expect(hostile / news).toBeLessThanOrEqual(3);
  }, 300_000);
});
