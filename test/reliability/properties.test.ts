/**
 * Properties (fast-check): offsets slice to their text, extraction is deterministic, intervals are
 * ordered, export then import preserves the graph, re-ingest is idempotent.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/pipeline.js';
import { articleHash, buildFragment } from '../../src/graph/build.js';
import type { Article } from '../../src/model/types.js';
import { MemoryStore } from '../../src/store/memory/index.js';

const FRAGMENTS = [
  'Russian President Dmitry Medvedev',
  'North Korean leader Kim Jong-il',
  'Vladimir Putin',
  'met',
  'held talks with',
  'will visit',
  'arrived in Beijing for a three-day visit',
  'Moscow',
  'Pyongyang said',
  'on Monday',
  'last week',
  'in May',
  'between Wednesday and Friday',
  'in 2001',
  'next year',
  'the 1990s',
  'may meet',
  'postponed',
  'the two leaders',
  'he',
  ',',
  '.',
  '\n\n',
  '"',
  'Kimg Jong Il',
  'Secretary of State Madeleine Albright',
  'Kenya',
  'Nairobi',
  'talks',
  'summit',
];

const textArb = fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(' '));
const dateArb = fc.option(fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: null });

const articleArb = fc.record({ text: textArb, publishedAt: dateArb }).map(
  ({ text, publishedAt }, i = 0): Article => ({ id: `p${i}`, title: 'Property', text, publishedAt, source: null, url: null }),
);

describe('extraction properties', () => {
  it('offsets always slice to their text; intervals are ordered; output is deterministic', () => {
    fc.assert(
      fc.property(articleArb, (article) => {
        const x = extractArticle(article);
        for (const t of x.timexes) expect(article.text.slice(t.start, t.end)).toBe(t.text);
        for (const e of x.entities) for (const m of e.mentions) expect(m.end).toBeGreaterThan(m.start);
        for (const e of x.events) {
          expect(article.text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
          if (e.startDate || e.endDate) expect(e.startDate! <= e.endDate!).toBe(true);
          expect(e.startDate === null).toBe(e.endDate === null);
        }
        expect(extractArticle(article)).toEqual(x);
      }),
      { numRuns: 300 },
    );
  });

  it('re-ingest is idempotent and export then import preserves the graph', () => {
    fc.assert(
      fc.property(fc.array(articleArb, { minLength: 1, maxLength: 5 }), (articles) => {
        const store = MemoryStore.open(null);
        articles.forEach((a, i) => {
          const art = { ...a, id: `doc${i}` };
          store.putArticleSync(buildFragment(extractArticle(art), articleHash(art)));
        });
        const once = JSON.stringify(store.serialize());
        articles.forEach((a, i) => {
          const art = { ...a, id: `doc${i}` };
          expect(store.putArticleSync(buildFragment(extractArticle(art), articleHash(art))).outcome).toBe('unchanged');
        });
        expect(JSON.stringify(store.serialize())).toBe(once);
        const copy = MemoryStore.fromSerialized(JSON.parse(once));
        expect(JSON.stringify(copy.serialize())).toBe(once);
      }),
      { numRuns: 100 },
    );
  });
});
