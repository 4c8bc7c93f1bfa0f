/**
 * Refiners: pure steps over the list of candidates, applied in the order of `REFINERS` (index.ts).
 * Each returns a new array and never mutates its input (STYLE.md §3).
 */
import type { Sentence } from '../../model/types.js';
import type { Candidate } from './spec.js';

export interface Refiner {
  readonly name: string;
  refine(candidates: readonly Candidate[], ctx: { text: string; sentences: readonly Sentence[] }): Candidate[];
}

/**
 * Overlapping candidates: the longest wins; on equal length, the parser listed first. Linear: kept
 * candidates never overlap, so marking their characters costs at most the text length, and each
 * parser's own matches are disjoint, so checking all candidates costs parsers x text length.
 */
export const longestMatch: Refiner = {
  name: 'longest-match',
  refine(candidates, { text }) {
    const order = candidates.map((c, i) => ({ c, i }));
    order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
    const taken = new Uint8Array(text.length + 1);
    const kept: Candidate[] = [];
    for (const { c } of order) {
      let free = true;
      for (let k = c.start; k < c.end; k++) {
        if (taken[k]) {
          free = false;
          break;
        }
      }
      if (!free) continue;
      taken.fill(1, c.start, c.end);
      kept.push(c);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};

/** Candidates crossing a sentence boundary are dropped (a date never spans two sentences). */
export const withinSentence: Refiner = {
  name: 'within-sentence',
  refine(candidates, { sentences }) {
    return candidates.filter((c) => {
      const s = sentenceAt(sentences, c.start);
      return s === null || c.end <= s.end;
    });
  },
};

/**
 * Trailing punctuation that is the sentence's full stop, not an abbreviation's dot, is left out of
 * the span ("at 6 a.m." keeps its dot; "in Sept." at the end keeps it too, as TimeML does).
 */
export const trimSpan: Refiner = {
  name: 'trim-span',
  refine(candidates, { text }) {
    return candidates.map((c) => {
      let end = c.end;
      while (end > c.start && /[\s,]/.test(text[end - 1]!)) end--;
      return end === c.end ? c : { ...c, end };
    });
  },
};

/**
 * Words TimeML leaves outside the span (TimeBank marks 16 of 17 "Friday's" as "Friday", and "a
 * third-quarter loss" as "third-quarter"): a possessive clitic at the end; a possessive pronoun
 * before the expression; an article before an adjectival quarter or half ("third-quarter").
 */
const LEADING = /^(?:(?:its|their|his|her|our)\s+|(?:an?|the)\s+(?=[A-Za-z]+-(?:quarter|half)\b))/i;
const TRAILING = /(?<=[A-Za-z])['’]s$/; // not "the 1990's"

export const trimWords: Refiner = {
  name: 'trim-words',
  refine(candidates, { text }) {
    return candidates.map((c) => {
      const span = text.slice(c.start, c.end);
      const lead = LEADING.exec(span)?.[0].length ?? 0;
      const trail = TRAILING.test(span) ? 2 : 0;
      if (lead === 0 && trail === 0) return c;
      if (c.end - trail <= c.start + lead) return c;
      return { ...c, start: c.start + lead, end: c.end - trail };
    });
  },
};

/** The sentence containing offset `at` (binary search), or null. */
export function sentenceAt(sentences: readonly Sentence[], at: number): Sentence | null {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return null;
}
