/**
 * Entity classes found on Reuters 1987 news: hard-wrapped wire lines that cut names and places
 * ("Clayton\nYeutter", "New\nYork"), multi-word places that must win over a shorter gazetteer match
 * inside them ("New York" is not York, England), portfolios before a title ("Saudi Oil Minister"),
 * and organisation phrases after a rank word ("the General Agreement on Tariffs and Trade"). Each
 * rule with the cases where it must not fire.
 */
import { describe, expect, it } from 'vitest';
import { byName, dump, entitiesOf } from './helpers.js';

/** Wraps paragraphs as wire copy does: lines of at most `width` characters, paragraphs indented. */
function wireWrap(paragraphs: string[], width = 62): string {
  return paragraphs
    .map((p) => {
      const lines: string[] = [];
      let line = '';
      for (const word of p.split(' ')) {
        if (line && line.length + 1 + word.length > width) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      return '    ' + lines.join('\n');
    })
    .join('\n');
}

const kinds = (text: string) => entitiesOf(text).map((e) => `${e.kind} ${e.name}`);

describe('hard-wrapped wire copy', () => {
  const text = wireWrap([
    'U.S. Treasury Secretary James Baker met Soviet Foreign Minister Eduard Shevardnadze in New York on Monday, and Trade Representative Clayton Yeutter will visit New Delhi and Hong Kong next week, officials said.',
    'West German Economics Minister Martin Bangemann held talks in Buenos Aires with President Richard von Weizsaecker, who is to visit Rio de Janeiro later.',
  ]);

  it('keeps a name or a place that a line break cuts', () => {
    // The wrap falls inside these names (checked, so the test cannot pass vacuously).
    expect(text).toMatch(/Eduard\nShevardnadze|Clayton\nYeutter|Hong\nKong|von\nWeizsaecker|Rio de\nJaneiro|Martin\nBangemann/);
    const got = kinds(text);
    for (const want of [
      'Person Eduard Shevardnadze',
      'Person Clayton Yeutter',
      'Person Martin Bangemann',
      'Person Richard von Weizsaecker',
      'Place New York',
      'Place New Delhi',
      'Country Hong Kong',
      'Place Buenos Aires',
      'Place Rio de Janeiro',
    ]) {
      expect(got, dump(text, entitiesOf(text))).toContain(want);
    }
    expect(got).not.toContain('Place York');
    expect(got.filter((k) => /^Person (Clayton|Eduard|Martin|Richard von)$/.test(k))).toEqual([]);
  });

  it('still ends a name at a line that starts a new sentence or paragraph', () => {
    const t = 'Talks with Yeutter ended.\nPresident Ronald Reagan said so.\n    Washington officials agreed.';
    const got = kinds(t);
    expect(got).toContain('Person Ronald Reagan');
    expect(got.some((k) => /Reagan Washington|ended President/.test(k)), dump(t, entitiesOf(t))).toBe(false);
  });
});

describe('a multi-word place wins over a shorter match inside it', () => {
  it('reads New York as the American city, not York in England', () => {
    const t = 'Fernandez is in New York for talks with the creditor banks.';
    const e = byName(entitiesOf(t), 'New York');
    expect(e?.kind, dump(t, entitiesOf(t))).toBe('Place');
    expect(e?.country).toBe('country:united-states');
    expect(byName(entitiesOf(t), 'York')).toBeUndefined();
  });

  it.each([
    ['The governor of New Mexico arrived.', 'Mexico'],
    ['Officials from New Jersey arrived.', 'Jersey'],
    ['The ship sailed to New England.', 'England'],
  ])('%s has no %s', (t, inner) => {
    expect(byName(entitiesOf(t), inner), dump(t, entitiesOf(t))).toBeUndefined();
  });

  it('keeps the place after a compass word, a person given name or at a sentence start', () => {
    expect(byName(entitiesOf('Talks were held in East Berlin today.'), 'Berlin')?.kind).toBe('Place');
    expect(byName(entitiesOf('Vice President George Bush met him in London.'), 'George Bush')?.kind).toBe('Person');
    expect(byName(entitiesOf('Mexico and Japan held talks in Tokyo.'), 'Mexico')?.kind).toBe('Country');
  });
});

describe('a title before a name', () => {
  it('takes a portfolio between the country and the title into the position, not a company', () => {
    const t = 'Saudi Oil Minister Hisham Nazer met West German Economics Minister Martin Bangemann in Riyadh.';
    const es = entitiesOf(t);
    expect(es.filter((e) => e.kind === 'Organization').map((e) => e.name), dump(t, es)).toEqual([]);
    expect(byName(es, 'Hisham Nazer')?.positions?.[0]?.of).toBe('country:saudi-arabia');
    expect(byName(es, 'Martin Bangemann')?.positions?.[0]?.of).toBe('country:west-germany');
  });

  it('keeps a company named after a demonym when no title follows', () => {
    const t = 'British Petroleum Co said it held talks in London.';
    expect(entitiesOf(t).some((e) => e.kind === 'Organization' && e.name.startsWith('British Petroleum')), dump(t, entitiesOf(t))).toBe(true);
  });
});

describe('an organisation phrase after a rank word', () => {
  it.each([
    ['Ministers of the General Agreement on Tariffs and Trade met in Geneva.', 'General Agreement on Tariffs and Trade'],
    ['Talks under the General Agreements on Tariffs and Trade opened in Geneva.', 'General Agreements on Tariffs and Trade'],
  ])('%s', (t, org) => {
    const es = entitiesOf(t);
    expect(byName(es, org)?.kind, dump(t, es)).toBe('Organization');
    expect(es.filter((e) => e.kind === 'Person'), dump(t, es)).toEqual([]);
  });

  it('leaves persons after a title with and/of alone', () => {
    const t = 'President Ronald Reagan and Mikhail Gorbachev met King Fahd of Saudi Arabia and General Wojciech Jaruzelski.';
    const es = entitiesOf(t);
    for (const p of ['Ronald Reagan', 'Mikhail Gorbachev', 'Fahd', 'Wojciech Jaruzelski']) expect(byName(es, p)?.kind, dump(t, es)).toBe('Person');
    expect(es.filter((e) => e.kind === 'Organization'), dump(t, es)).toEqual([]);
  });

  it('names a company that starts with a title word whole', () => {
    const t = 'General Motors Corp and General Electric Co held talks in Detroit.';
    const es = entitiesOf(t);
    expect(byName(es, 'General Motors Corp')?.kind, dump(t, es)).toBe('Organization');
    expect(byName(es, 'General Electric Co')?.kind, dump(t, es)).toBe('Organization');
    expect(es.filter((e) => e.kind === 'Person')).toEqual([]);
  });
});
