/**
 * The dateline place ("here"): a source-given dateline (Article.dateline) resolved through the
 * gazetteer comes first, else a dateline at the head of the text.
 */
import { describe, expect, it } from 'vitest';
import { datelinePlace, givenDatelinePlace } from '../../src/extract/entities/index.js';
import { entityStage } from '../../src/extract/entities/index.js';
import { emptyDoc } from '../../src/extract/pipeline.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import type { Article } from '../../src/model/types.js';

const article = (text: string, dateline?: string | null): Article => ({ id: 'a', title: '', text, publishedAt: '2006-12-19', source: null, url: null, dateline });
const entitiesOf = (a: Article) => entityStage.run({ ...emptyDoc(a), sentences: splitSentences(a.text) }).entities;

describe('source-given dateline', () => {
  it('resolves to a Place with its country', () => {
    expect(givenDatelinePlace('SEOUL')).toMatchObject({ kind: 'Place', name: 'Seoul', country: 'country:south-korea' });
    expect(givenDatelinePlace('RIO DE JANEIRO')).toMatchObject({ kind: 'Place', name: 'Rio de Janeiro', country: 'country:brazil' });
  });
  it('is added to the entities when the text never names it, without mentions', () => {
    const a = article('Yushchenko arrived here Monday for a two-day state visit.', 'SEOUL');
    const here = datelinePlace(a, entitiesOf(a));
    expect(here).toMatchObject({ name: 'Seoul', mentions: [] });
    expect(entitiesOf(a).some((e) => e.id === here!.id)).toBe(true);
  });
  it('comes before a dateline in the text', () => {
    const a = article('MOSCOW - Putin arrived here on Monday.', 'SEOUL');
    expect(datelinePlace(a, entitiesOf(a))?.name).toBe('Seoul');
  });
});

describe('no usable source dateline', () => {
  it.each([[null], [''], ['Monday'], ['Reuters'], ['x'.repeat(200)]])('%s falls back to the text', (given) => {
    expect(givenDatelinePlace(given)).toBeNull();
    const a = article('MOSCOW - Putin arrived here on Monday.', given);
    expect(datelinePlace(a, entitiesOf(a))?.name).toBe('Moscow');
  });
  it('gives null when neither names a place', () => {
    const a = article('Putin arrived here on Monday.', null);
    expect(datelinePlace(a, entitiesOf(a))).toBeNull();
  });
});
