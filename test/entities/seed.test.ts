import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../support/shared.js';
import { splitSentences } from '../../src/extract/sentences/index.js';
import { datelinePlace, recognizeEntities } from '../../src/extract/entities/index.js';
import { dump, readArticleFile, surfaces } from './helpers.js';

const art = readArticleFile(resolve(PROJECT_ROOT, 'data/kim-jong-il-heads-to-russia.txt'));
const entities = recognizeEntities(art, splitSentences(art.text));
const find = (id: string) => {
  const e = entities.find((x) => x.id === id);
  if (!e) throw new Error(`no ${id} in\n${dump(art.text, entities)}`);
  return e;
};

describe('the seed article (Kim Jong-il heads to Russia)', () => {
  it('makes every form of Kim Jong-il one person', () => {
    const kim = find('person:kim-jong-il');
    expect(kim.kind).toBe('Person');
    expect(kim.aliases).toEqual(expect.arrayContaining(['Kim', 'Kim Jong-il', 'Kimg Jong Il']));
    expect(new Set(surfaces(art.text, kim))).toEqual(new Set(['Kim Jong-Il', 'Kim Jong-il', 'Kim', 'Kimg Jong Il']));
    expect(entities.filter((e) => e.kind === 'Person' && /kim/i.test(e.name))).toHaveLength(1);
    expect(kim.positions).toContainEqual(expect.objectContaining({ title: 'Leader', of: 'country:north-korea', time: 'current' }));
  });

  it('finds the other persons, with their positions', () => {
    const persons = entities.filter((e) => e.kind === 'Person').map((e) => e.name).sort();
    expect(persons).toEqual(['Dmitry Medvedev', 'Kim Jong-Il', 'Mikhail Fradkov', 'Sergei Darkin', 'Vladimir Putin']);
    expect(find('person:dmitry-medvedev').positions).toEqual([
      expect.objectContaining({ title: 'President', of: 'country:russia', time: 'current' }),
    ]);
    expect(find('person:dmitry-medvedev').aliases).toEqual(['Medvedev']);
    const putin = find('person:vladimir-putin');
    expect(putin.aliases).toEqual(['Putin']);
    expect(putin.positions).toEqual([
      expect.objectContaining({ title: 'President', of: null, time: 'former' }),
      expect.objectContaining({ title: 'Prime Minister', of: null, time: 'current' }),
    ]);
    expect(find('person:mikhail-fradkov').positions).toContainEqual(
      expect.objectContaining({ title: 'Spy Chief', of: 'country:russia', time: 'current' }),
    );
    expect(find('person:sergei-darkin').positions).toContainEqual(
      expect.objectContaining({ title: 'Governor', of: 'place:primorye' }),
    );
  });

  it('finds the countries, with demonyms and abbreviations as mentions', () => {
    for (const id of ['country:russia', 'country:north-korea', 'country:south-korea', 'country:china', 'country:iran']) {
      expect(find(id).kind).toBe('Country');
    }
    expect(find('country:south-korea').aliases).toEqual(expect.arrayContaining(['S. Korea', 'South Korean']));
    expect(find('country:north-korea').aliases).toEqual(expect.arrayContaining(['N. Korea', 'North Korean']));
    expect(find('country:russia').aliases).toContain('Russian');
    expect(find('country:soviet-union').kind).toBe('Country');
  });

  it('reads "Pyongyang\'s nuclear program" as North Korea and "in Pyongyang" as the place', () => {
    const pyongyangPlace = find('place:pyongyang');
    expect(surfaces(art.text, pyongyangPlace)).toEqual(['Pyongyang']);
    expect(art.text.slice(pyongyangPlace.mentions[0]!.start - 3, pyongyangPlace.mentions[0]!.start)).toBe('in ');
    expect(find('country:north-korea').aliases).toContain('Pyongyang');
  });

  it('finds the places with their countries', () => {
    expect(find('place:vladivostok').country).toBe('country:russia');
    expect(find('place:moscow').country).toBe('country:russia');
    expect(find('place:pyongyang').country).toBe('country:north-korea');
    expect(find('place:primorye').country).toBe('country:russia');
    const farEast = find('place:russian-far-east');
    expect(farEast.country).toBe('country:russia');
    expect(surfaces(art.text, farEast)).toEqual(["Russia's Far East", "Russia's Far East"]);
  });

  it('finds the organisations; "Kremlin talks" is no mention', () => {
    expect(find('org:united-nations').aliases).toEqual(['UN']);
    expect(surfaces(art.text, find('org:kremlin'))).toEqual(['Kremlin']);
    expect(find('org:russian-foreign-ministry').kind).toBe('Organization');
  });

  it('exposes the dateline city', () => {
    expect(datelinePlace(art, entities)?.id).toBe('place:vladivostok');
  });

  it('finds no photo credit, weekday or sentence-initial word as an entity', () => {
    const names = entities.map((e) => e.name);
    for (const bad of ['REUTERS', 'Reuters', 'Monday', 'When', 'Carter', 'The', 'But', 'Communist', 'Wednesday']) {
      expect(names).not.toContain(bad);
    }
  });

  it('keeps mentions inside the text, non-overlapping, and entities sorted by first mention', () => {
    const all = entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
    for (let k = 1; k < all.length; k++) expect(all[k]!.start).toBeGreaterThanOrEqual(all[k - 1]!.end);
    const firsts = entities.filter((e) => e.mentions.length > 0).map((e) => e.mentions[0]!.start);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });
});
