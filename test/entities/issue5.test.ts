/**
 * Entity rules added for issue 5: plural titles before coordinated names ("Presidents Leonid Kuchma
 * of Ukraine and Boris Yeltsin"), and the second half of a hyphenated compound naming no country
 * ("Ibero-American Summit"), with the compounds that still do ("Sino-American", "Russian-American").
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf } from './helpers.js';

const ids = (text: string) => entitiesOf(text).map((e) => e.id);

describe('issue 5 entity rules', () => {
  it('reads a person after a plural title', () => {
    expect(ids('Presidents Leonid Kuchma of Ukraine and Boris Yeltsin of Russia signed a plan.')).toContain('person:leonid-kuchma');
  });
  it('gives no country for the second half of "Ibero-American"', () => {
    const found = ids('Cavaco Silva attended the 16th Ibero-American Summit in Montevideo.');
    expect(found).not.toContain('country:united-states');
  });
  it('keeps the countries of "Sino-American" and "Russian-American" compounds', () => {
    expect(ids('Sino-American talks resumed in Beijing.')).toContain('country:united-states');
    expect(ids('Russian-American relations improved.')).toEqual(expect.arrayContaining(['country:russia', 'country:united-states']));
  });
  it('keeps a plain demonym after a spaced dash', () => {
    expect(ids('He spoke - American officials said - on Monday.')).toContain('country:united-states');
  });
});
