/**
 * Entity rules for long titles and lists of office holders: an organisation head ends a name run
 * ("... Consultative Conference Jia Qinglin"), a title before the next name in a list is not an
 * apposition of the previous one, an acronym in parentheses does not cut a title from its country,
 * and a title alone names its holder ("the Pope", "the Dalai Lama").
 */
import { describe, expect, it } from 'vitest';
import { byName, entitiesOf } from './helpers.js';

describe('long titles and lists', () => {
  it('reads the person after an organisation head', () => {
    const es = entitiesOf("Enkhbold will meet Chairman of the National Committee of the Chinese People's Political Consultative Conference Jia Qinglin.");
    expect(byName(es, 'Jia Qinglin')?.kind).toBe('Person');
  });
  it('keeps an organisation whose name has no person after its head', () => {
    const es = entitiesOf('The Political Consultative Conference opened on Monday.');
    expect(es.some((e) => e.kind === 'Person')).toBe(false);
  });
  it('gives each name in a list its own title country', () => {
    const es = entitiesOf('Hu is guest of State President Nguyen Minh Triet, Lao President Choummaly Sayasone and Indian President Abdul Kalam.');
    expect(byName(es, 'Nguyen Minh Triet')?.positions?.map((p) => p.of)).not.toContain('country:laos');
    expect(byName(es, 'Choummaly Sayasone')?.positions?.map((p) => p.of)).toEqual(['country:laos']);
  });
  it('still reads an apposition after a name', () => {
    const es = entitiesOf('He met Taro Aso, Japan\'s foreign minister, on Monday.');
    expect(byName(es, 'Taro Aso')?.positions?.map((p) => p.of)).toContain('country:japan');
  });
  it('reads the country of a title across an acronym in parentheses', () => {
    const es = entitiesOf('Hong Kong Special Administrative Region (HKSAR) Chief Executive Donald Tsang will visit Guizhou.');
    expect(byName(es, 'Donald Tsang')?.positions?.map((p) => p.of)).toContain('country:hong-kong');
  });
});

describe('titles that name their holder', () => {
  it('reads "the Pope" and "the Dalai Lama" as persons', () => {
    expect(byName(entitiesOf("This is the eve of the Pope's visit to Cuba."), 'Pope')?.kind).toBe('Person');
    expect(byName(entitiesOf('The Dalai Lama arrived in Tokyo.'), 'Dalai Lama')?.kind).toBe('Person');
  });
  it('joins "the Pope" to the pope the article names', () => {
    const es = entitiesOf('Pope John Paul II arrived in Havana. The Pope met Castro.');
    expect(es.filter((e) => e.kind === 'Person' && /pope/i.test(e.name))).toHaveLength(0);
    expect(es.find((e) => e.id === 'person:john-paul-ii')?.mentions).toHaveLength(2);
  });
  it('does not read "the pope" inside other words or a lower-case common noun', () => {
    expect(entitiesOf('the popemobile drove by; a pope is elected.').some((e) => e.kind === 'Person')).toBe(false);
  });
});
