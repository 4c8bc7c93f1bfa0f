import { describe, expect, it } from 'vitest';
import * as lexicon from './lexicon.js';

describe('time lexicon (data validation)', () => {
  it('has month numbers 1-12, each reachable by a full name', () => {
    for (const n of Object.values(lexicon.MONTHS)) expect(n >= 1 && n <= 12).toBe(true);
    expect(new Set(Object.values(lexicon.MONTHS)).size).toBe(12);
  });
  it('has ISO weekdays 1-7', () => {
    expect(new Set(Object.values(lexicon.WEEKDAYS))).toEqual(new Set([1, 2, 3, 4, 5, 6, 7]));
  });
  it('keys are lower case and trimmed', () => {
    for (const table of [lexicon.MONTHS, lexicon.WEEKDAYS, lexicon.NUMBER_WORDS, lexicon.ORDINALS, lexicon.UNITS, lexicon.SEASONS, lexicon.DAY_PARTS, lexicon.HOLIDAYS]) {
      for (const k of Object.keys(table)) expect(k).toBe(k.toLowerCase().trim());
    }
  });
  it('lists have no duplicates', () => {
    for (const list of [lexicon.AMBIGUOUS_MONTHS, lexicon.DOTTED_ONLY_WEEKDAYS, lexicon.TENS, lexicon.DIGIT_WORDS, lexicon.VAGUE_QUANTITIES, lexicon.NAMED_DATES, lexicon.NAMING_NOUNS, lexicon.COUNTED_NOUNS]) {
      expect(new Set(list).size).toBe(list.length);
    }
  });
  it('fixed holidays are real days', () => {
    for (const h of Object.values(lexicon.HOLIDAYS)) {
      if (h.kind === 'fixed') expect(h.day).toBeLessThanOrEqual(31);
      if (h.kind === 'nth-weekday') expect(h.weekday).toBeLessThanOrEqual(7);
    }
  });
});
