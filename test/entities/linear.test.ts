/**
 * Adversarial input: long runs of capitalised words, titles, brackets, repeated names and
 * capitals. The stage must stay linear: 4x the input may cost at most ~10x the time (slack for noise).
 */
import { describe, expect, it } from 'vitest';
import { recognizeEntities } from '../../src/extract/entities/index.js';
import { article } from './helpers.js';

const INPUTS: Record<string, (n: number) => string> = {
  capitalised: (n) => Array.from({ length: n }, (_, k) => `Abc${k % 97} Xyz`).join(' '),
  titles: (n) => 'President Prime Minister Secretary of State '.repeat(n / 4),
  brackets: (n) => '((( [[[ "Kim ) ] '.repeat(n / 4),
  names: (n) => 'Kim Jong-il met Kim Dae-jung. Kim said Kimg Jong Il and Putin-Kim. '.repeat(n / 8),
  distinctNames: (n) => Array.from({ length: n / 4 }, (_, k) => `President Kim Ab${k} said. Kim spoke.`).join(' '),
  capitals: (n) => 'Pyongyang and Seoul and Beijing said Washington-Moscow ties. '.repeat(n / 8),
  organisations: (n) => 'Russian Foreign Ministry Ministry Ministry of Foreign Affairs of Russia '.repeat(n / 8),
  initials: (n) => 'A. B. C. D. E. F. de la '.repeat(n / 8),
};

function time(text: string): number {
  const art = article(text);
  recognizeEntities(art, []); // warm
  // The best of three runs: a ratio of minimums is robust to a busy machine.
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    recognizeEntities(art, []);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('linear time on adversarial input', () => {
  it.each(Object.keys(INPUTS))('%s', (kind) => {
    const make = INPUTS[kind]!;
    const small = time(make(4_000));
    const large = time(make(16_000));
    expect(large, `${kind}: ${small.toFixed(1)} ms -> ${large.toFixed(1)} ms`).toBeLessThan(Math.max(10 * small, 50));
  });
});
