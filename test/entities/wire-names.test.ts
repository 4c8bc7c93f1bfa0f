/**
 * Names in wire copy (recognize.ts, sentences/index.ts): the object of a meeting verb is a person
 * (meetingObject), "Jan" before a name is a given name, not January (monthAsGivenName), and a name
 * hard-wrapped after its particle ("Richard von\nWeizsaecker") stays one name.
 */
import { describe, expect, it } from 'vitest';
import { dump, entitiesOf } from './helpers.js';
import { extractArticle } from '../../src/extract/pipeline.js';

const persons = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.kind === 'Person')
    .map((e) => e.name);

describe('the object of a meeting verb is a person', () => {
  it.each([
    ['President Muhammadu Buhari met Ngozi Okonjo-Iweala in Abuja on Monday.', 'Ngozi Okonjo-Iweala'],
    ['President Muhammadu Buhari held talks with Ngozi Okonjo-Iweala on Monday.', 'Ngozi Okonjo-Iweala'],
    ['The king received Abebe Kebede Tessema at the palace.', 'Abebe Kebede Tessema'],
    ['The premier hosted Ngozi Okonjo-Iweala and her team.', 'Ngozi Okonjo-Iweala'],
    ['The minister had a meeting with Tshering Wangdi on Friday.', 'Tshering Wangdi'],
  ])('%s -> %s', (text, name) => {
    expect(persons(text), dump(text, entitiesOf(text))).toContain(name);
  });

  it.each([
    ['He met Foreign Ministry officials on Monday.'],
    ['He met European Union leaders in Brussels.'],
    ["He met Costa Rica's president on Monday."],
    ['Blair held talks with Sinn Fein on Monday.'],
    ['The governor welcomed General Motors to the state.'],
    ['He met Bangla Rifles officials on Monday.'],
    ["He met Okonjo Holdings' chairman on Monday."],
    ['He held talks with Kebede Trading Company on Monday.'],
    // Reuters: institutions and companies after a meeting verb.
    ['The bank said it received Federal Reserve Board approval to acquire the unit.'],
    ['The company is holding discussions with Philips Electronics regarding the purchase.'],
    ['He spoke to reporters before meeting with House Republicans in Congress.'],
    ['Lim earlier met European Community farm officials.'],
    ['The railroad said it held discussions with Sante Fe concerning the acquisition.'],
  ])('no person in: %s', (text) => {
    expect(persons(text), dump(text, entitiesOf(text))).toEqual([]);
  });
});

describe('"Jan" before a name is a given name', () => {
  it('reads "Jan Peter Balkenende" whole', () => {
    const text = 'Jan Peter Balkenende met Tony Blair in London on Monday.';
    expect(persons(text), dump(text, entitiesOf(text))).toContain('Jan Peter Balkenende');
  });

  it('keeps real month uses as time expressions, not names', () => {
    const text = 'Talks began on Jan. 5 in Geneva. The visit in Jan 1987 was short. Since Jan Kohl has not travelled.';
    const doc = extractArticle({ id: 't', title: '', text, publishedAt: '1987-03-10', source: null, url: null });
    expect(doc.timexes.map((t) => t.value)).toEqual(expect.arrayContaining(['1987-01-05', '1987-01']));
    expect(doc.entities.filter((e) => e.kind === 'Person').map((e) => e.name)).not.toContain('Jan Kohl');
  });
});

describe('a name hard-wrapped after its particle', () => {
  it('"Richard von\\nWeizsaecker" in wire copy is one person', () => {
    const text =
      'West German President Richard von\nWeizsaecker met Argentine President Raul Alfonsin for talks on\nthe first day of the German leader\'s four-day visit.\n    Local officials placed great importance on the meeting\nbecause Weizsaecker is considered a key backer here for more\nflexible repayment terms.\n';
    const names = persons(text);
    expect(names, dump(text, entitiesOf(text))).toContain('Richard von Weizsaecker');
    expect(names).not.toContain('Richard');
  });
});
