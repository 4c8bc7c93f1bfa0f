/**
 * Demonyms and country names inside company names (Reuters 1987 probes): "British Petroleum" is an
 * organisation, not a mention of the United Kingdom; "American officials" and "British Foreign
 * Secretary" stay country references.
 */
import { describe, expect, it } from 'vitest';
import { dump, entitiesOf } from './helpers.js';

/** [sentence, the organisation it names]. */
const COMPANIES: ReadonlyArray<[string, string]> = [
  ['Shares of American Medical International rose sharply on the news.', 'American Medical International'],
  ['British Petroleum raised its posted prices on Monday.', 'British Petroleum'],
  ['Japan Air Lines ordered six more jets from Boeing.', 'Japan Air Lines'],
  ['Capital Cities/ABC Inc bought the station last year.', 'Capital Cities/ABC Inc'],
  ['On Monday, British Airways said profits rose.', 'British Airways'],
];

/** [sentence, country that the demonym must still name]. */
const COUNTRIES: ReadonlyArray<[string, string]> = [
  ['American officials said the talks went well.', 'United States'],
  ['British Foreign Secretary Geoffrey Howe will visit Moscow.', 'United Kingdom'],
  ['Japanese Prime Minister Yasuhiro Nakasone met the delegation.', 'Japan'],
  ['Egyptian President Hosni Mubarak received him.', 'Egypt'],
  ['French officials met Chinese Premier Li Peng.', 'China'],
  ['A West German delegation arrived in Brasilia.', 'West Germany'],
];

describe('company names led by a demonym', () => {
  it.each(COMPANIES)('%s -> %s', (text, org) => {
    const es = entitiesOf(text);
    const found = es.find((e) => e.name === org);
    expect(found?.kind, dump(text, es)).toBe('Organization');
    // The company's first word is not also a country mention.
    const first = text.indexOf(org);
    expect(es.some((e) => e.kind === 'Country' && e.mentions.some((m) => m.start === first)), dump(text, es)).toBe(false);
  });

  it('a war, a festival or a party member named after a country is no company', () => {
    for (const text of ['The Chinese New Year holiday closed markets.', 'Veterans of the Korean War met.', 'Rep. Newt Gingrich, a Georgia Republican, spoke.']) {
      const es = entitiesOf(text);
      expect(es.filter((e) => e.kind === 'Organization'), dump(text, es)).toEqual([]);
    }
  });

  it.each(COUNTRIES)('%s keeps %s', (text, country) => {
    const es = entitiesOf(text);
    expect(es.find((e) => e.name === country)?.kind, dump(text, es)).toBe('Country');
  });
});
