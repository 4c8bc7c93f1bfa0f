/**
 * Sentences that must yield no time expression, or exactly the one given: words that look like
 * dates and are not.
 */
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/extract/time/index.js';

const DCT = '2011-06-27';

const NOTHING: string[] = [
  'The 747 landed safely.',
  'May I ask a question?',
  'They watched March of the Penguins.',
  'Boston won with a 4-3 win over Chicago.',
  'Call 555-1234 for details.',
  // "the Sept. 11 commission" names a body after the 2001 attacks: not a date of the story (a date
  // here would be this year's September 11, which is wrong).
  'The Sept. 11 commission released its report.',
  'The September 11 attacks changed everything.',
  'About 2000 people marched in the capital.',
  'He paid $1999 for the ticket.',
  'The company bought 1,500 shares.',
  'Prices may rise.',
  'The market took a fall in prices.',
  'He runs the Sun newspaper.',
  'June Carter sang.',
  'The current account deficit widened.',
  'Oil futures rose.',
  'The dollar rose 1.2 percent.',
  'Flight 1549 landed on the Hudson.',
  'Tuesday Weld starred in the film.',
  // generic "today", titles, ordinals and idioms
  "The case matters for today's youth.",
  'In today\'s world, news travels fast.',
  'He chose the people of tomorrow.',
  'They showed a picture from the film High Noon.',
  'He appeared on 60 Minutes.',
  'A second round of talks failed.',
  'Investors worry about the future of the company.',
  'Stocks win in the long run.',
  // a newspaper, a TV programme, an adjective of kind
  'It was published in the Communist Party daily Granma.',
  'Baker said on ABC News\' "This Week" that talks had failed.',
  'Holders adopted the plan at the annual meeting.',
];

describe('negative cases: no time expression', () => {
  it.each(NOTHING)('%s', (sentence) => {
    expect(tagTimes(sentence, DCT).map((t) => t.text)).toEqual([]);
  });
});

describe('negative cases: only the right expression', () => {
  it.each([
    ['May I say that talks resumed in May?', [['May', 'DATE', '2011-05']]],
    ['The Sept. 11 commission met on Sept. 12, 2004.', [['Sept. 12, 2004', 'DATE', '2004-09-12']]],
    ['Sales of the 747 rose in 1998.', [['1998', 'DATE', '1998']]],
  ] as const)('%s', (sentence, expected) => {
    const got = tagTimes(sentence, DCT).map((t) => [t.text, t.type, t.value]);
    expect(got).toEqual(expected);
  });
});

describe('linear time on adversarial input', () => {
  it.each([
    ['whitespace runs', `May${' '.repeat(50_000)}x`],
    ['digit runs', '1'.repeat(50_000)],
    ['number-word runs', 'twenty '.repeat(10_000)],
    ['repeated dates', 'Aug. 7, 1998 '.repeat(5_000)],
    ['comma runs', `Friday${','.repeat(50_000)}`],
    ['hyphen runs', `five${'-'.repeat(50_000)}year`],
    ['a a a', 'a '.repeat(30_000)],
    ['range runs', 'two to '.repeat(10_000)],
    ['possessive runs', "today's ".repeat(10_000)],
    ['part-of-day runs', 'mid-afternoon '.repeat(10_000)],
    ['day-list runs', `May 1${' and 2'.repeat(10_000)}`],
    ['month-week runs', 'the first week of '.repeat(10_000)],
  ])('%s', (_name, text) => {
    const t0 = performance.now();
    tagTimes(text, DCT);
    expect(performance.now() - t0).toBeLessThan(2_000);
  });
});
