/**
 * Personhood from evidence, not from the given-name list: a capitalised name run whose given name is
 * not listed is a Person when it has a title before it (ranks, "counterpart"), an apposition after
 * it, a name particle inside it ("van der", "bin", "al-") or a family name the article uses alone as
 * a subject ("Tobgay said"). Ranks are titles, not part of the name. Each rule has its sentences
 * here; the sentences that must stay without a person (organisations, places, headlines, event
 * names) are at the end.
 */
import { describe, expect, it } from 'vitest';
import { byName, dump, entitiesOf, surfaces } from './helpers.js';

const persons = (text: string) =>
  entitiesOf(text)
    .filter((e) => e.kind === 'Person')
    .map((e) => e.name);

describe('a title or relational noun before the name', () => {
  it.each([
    ['Chinese Foreign Minister Wang Yi held talks with his Pakistani counterpart Shah Mehmood Qureshi in Islamabad.', 'Shah Mehmood Qureshi'],
    ['He met his counterpart Tshering Tobgay in Thimphu.', 'Tshering Tobgay'],
    ['Imam Musa Sadr disappeared in Libya.', 'Musa Sadr'],
    ['Captain Ibrahim Traore addressed the crowd in Ouagadougou.', 'Ibrahim Traore'],
    ['National Security Adviser Ajit Doval flew to Beijing.', 'Ajit Doval'],
  ])('%s -> %s', (text, name) => {
    expect(persons(text), dump(text, entitiesOf(text))).toContain(name);
  });

  it('reads a rank as a title, not as part of the name', () => {
    const text = 'Sheikh Mohammad bin Rashid met Major Clive Harris in Dubai.';
    const es = entitiesOf(text);
    expect(persons(text), dump(text, es)).toEqual(['Mohammad bin Rashid', 'Clive Harris']);
    expect(byName(es, 'Clive Harris')?.positions?.map((p) => p.title)).toEqual(['Major']);
  });

  it('gives a counterpart no position of its own', () => {
    const es = entitiesOf('Wang Yi met his Pakistani counterpart Shah Mehmood Qureshi.');
    expect(byName(es, 'Shah Mehmood Qureshi')?.positions ?? []).toEqual([]);
  });
});

describe('an apposition after the name', () => {
  it.each([
    ['Pieter van der Merwe, the mayor, met Thabo Mbeki in Pretoria.', 'Pieter van der Merwe'],
    ["Raychelle Omamo, Kenya's foreign minister, arrived in Addis Ababa.", 'Raychelle Omamo'],
  ])('%s -> %s', (text, name) => {
    expect(persons(text), dump(text, entitiesOf(text))).toContain(name);
  });
});

describe('a name particle inside the run', () => {
  it.each([
    ['Pieter van der Merwe arrived in Pretoria.', 'Pieter van der Merwe'],
    ['Saud al-Faisal arrived in Cairo.', 'Saud al-Faisal'],
    ['Tunku Abdul Rahman ibn Hashim arrived in Kuala Lumpur.', 'Tunku Abdul Rahman ibn Hashim'],
    ['Xanana Gusmao met Ramos Horta and Mari bin Amude Alkatiri in Dili.', 'Mari bin Amude Alkatiri'],
    ['Rui dos Santos arrived in Luanda.', 'Rui dos Santos'],
  ])('%s -> %s', (text, name) => {
    expect(persons(text), dump(text, entitiesOf(text))).toContain(name);
  });

  it('joins the family name with its particle to the full name', () => {
    const text = 'Pieter van der Merwe arrived in Pretoria. Van der Merwe said the talks went well.';
    const e = byName(entitiesOf(text), 'Pieter van der Merwe');
    expect(e && surfaces(text, e)).toEqual(['Pieter van der Merwe', 'Van der Merwe']);
  });

  it('ends a name run at a portfolio: "Minister of Social Affairs Louw de Graaf"', () => {
    const text = 'A deadline set by Minister of Social Affairs Louw de Graaf expires today.';
    expect(persons(text), dump(text, entitiesOf(text))).toEqual(['Louw de Graaf']);
  });
});

describe('a family name used alone as a subject', () => {
  it('reads the full name when the article says "Tobgay said"', () => {
    const text = 'The delegation was led by Tshering Tobgay. Tobgay said the visit had been a success.';
    const e = byName(entitiesOf(text), 'Tshering Tobgay');
    expect(e?.kind).toBe('Person');
    expect(e && surfaces(text, e)).toEqual(['Tshering Tobgay', 'Tobgay']);
  });
  it('and after a closing "said"', () => {
    const text = 'The delegation was led by Tshering Tobgay. "It went well," said Tobgay.';
    expect(persons(text)).toContain('Tshering Tobgay');
  });
  it('but not a hyphenated pair ("the Baker-Chung meeting")', () => {
    const text = 'The dates for the Baker-Chung meeting are not set. Chung said talks would go on.';
    expect(persons(text), dump(text, entitiesOf(text))).not.toContain('Baker-Chung');
  });
});

const NO_PERSON: readonly string[] = [
  'The Foreign Ministry said the talks would go ahead.',
  'General Motors said sales fell.',
  'General Motors and General Electric said sales fell.',
  'Major League Baseball said the season would start.',
  'The Bank of England raised rates on Thursday.',
  'He flew to San Jose, Costa Rica, on Monday.',
  'Sierra Leone and Cape Town were mentioned, as was Dar es Salaam.',
  'Ministers met in Port Louis on Friday.',
  'Costa del Sol hotels were full.',
  'Ministers met in Punta del Este on Friday.',
  'Banco de la Nacion Argentina said it would lend.',
  'The Africa Conference opened in Nairobi.',
  'Mauritius Summit Ends With Pledges On Trade',
  'Van Der Merwe Visit Ends In Pretoria',
  'Leaders praised the Doha Round and the Lima Dialogue.',
  'The company said its financial advisor Goldman, Sachs and Co found the offer inadequate.',
  'They said Community foreign ministers agreed to open talks. The Community said it would wait.',
  'Major powers met in Geneva on Friday.',
];

describe('capitalised runs that stay without a person', () => {
  it.each(NO_PERSON)('%s', (text) => {
    const es = entitiesOf(text);
    expect(es.filter((e) => e.kind === 'Person'), dump(text, es)).toEqual([]);
  });
});
