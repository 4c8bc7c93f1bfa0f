/** Sentences that must yield no Person (STYLE.md §9: negative cases in their own file). */
import { describe, expect, it } from 'vitest';
import { dump, entitiesOf } from './helpers.js';

const NO_PERSON: readonly string[] = [
  'When asked about the trip, officials declined to comment.',
  'The talks ended on Monday without agreement.',
  'But relations cooled and trade fell steeply after 1991.',
  'Kimg Jong Il 311 R (photo credit: REUTERS)',
  '(photo credit: REUTERS)',
  'VLADIVOSTOK - Russian authorities are preparing for a possible visit.',
  'Iran Denies UN Report It Exchanged Missiles With North Korea',
  'Kim Travelled To Moscow By Armored Train In August',
  'The Kremlin and Russian Foreign Ministry declined to comment.',
  'Kim travelled to Moscow in 2001 for Kremlin talks.',
  'In May, the Communist Party held its congress in Beijing.',
  'Manchester United moved atop of the English Premiership on Saturday.',
  'The Yasukuni Shrine honors 2 million Japanese war dead.',
  'The APEC summit meetings are to take place in the third week of this month.',
  'Highlights of major Beijing-based newspapers -- Nov. 29',
  'Visiting officials said the Pan-Pearl River Delta forum would open on Wednesday.',
  'Talks are the only way forward, the Ministry of Foreign Affairs said.',
  'The president said the prime minister would travel to the Far East.',
  'Asked whether Pyongyang would attend, Washington said it was unclear.',
  'The Security Council met in New York on Friday.',
  'Weather: Sunny In Beijing, Rain In Shanghai',
  'The European Union and NATO agreed on Tuesday.',
  'EU Foreign Ministers Meet In Brussels',
];

describe('sentences without a person', () => {
  it.each(NO_PERSON)('%s', (text) => {
    const es = entitiesOf(text);
    expect(es.filter((e) => e.kind === 'Person'), dump(text, es)).toEqual([]);
  });
});

describe('words that are no entity at all', () => {
  it.each([
    ['When the talks began, nothing happened.', 'When'],
    ['On Monday, they met.', 'Monday'],
    ['In March the envoy left.', 'March'],
    ['May was a hard month.', 'May'],
    ['The photo credit read REUTERS.', 'REUTERS'],
    ['But then it rained.', 'But'],
  ])('%s has no entity named "%s"', (text, word) => {
    expect(entitiesOf(text).map((e) => e.name)).not.toContain(word);
  });
});
