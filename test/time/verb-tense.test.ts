/**
 * Tense per verb, not per clause (Reuters 1987 probes): in coordinated verb phrases each time
 * expression takes its own verb's tense, and the object of a plan verb ("plans a July trip") lies
 * ahead. Rows run through the whole time stage (`tagTimes`), with the rows where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/extract/time/index.js';

type Row = [sentence: string, dct: string, expected: Array<[text: string, value: string]>];

const MONDAY = '1987-03-23';

const ROWS: Row[] = [
  // Coordinated verbs: "arrived ... on Saturday" is past although "will" follows after "and".
  ['Conable arrived here on Saturday and will have talks with Suharto tomorrow.', MONDAY, [['Saturday', '1987-03-21'], ['tomorrow', '1987-03-24']]],
  ['He met Kohl on Friday and then will fly to Paris.', MONDAY, [['Friday', '1987-03-20']]],
  ['He will arrive on Friday and met Kohl before leaving.', MONDAY, [['Friday', '1987-03-27']]],
  ['He arrived on Friday, and will stay until Sunday.', MONDAY, [['Friday', '1987-03-20'], ['Sunday', '1987-03-29']]],
  // Not a coordinated verb phrase: "and" joins days, and a verb after them is the clause's only verb.
  ['The ministers on Thursday and Friday will meet in Paris.', MONDAY, [['Thursday', '1987-03-26'], ['Friday', '1987-03-27']]],
  // The verb of the conjunct is the expression's own: "and will meet Kohl on Friday".
  ['He arrived yesterday and will meet Kohl on Friday.', MONDAY, [['yesterday', '1987-03-22'], ['Friday', '1987-03-27']]],
  // A relative "who" before a schedule verb is its subject: "who leaves ... on Tuesday" looks ahead.
  ['Economy Minister Youssri Mustapha, who leaves for Moscow on Tuesday, met President Hosni Mubarak.', '1987-03-16', [['Tuesday', '1987-03-17']]],
  // A pronoun before a present verb is not a schedule: "he comes" stays with the clause's past.
  ['He said he comes from Cairo and arrived on Tuesday.', '1987-03-16', [['Tuesday', '1987-03-10']]],
  // A trigger noun as object of a plan verb: its month or weekday is ahead.
  ['Yeutter said he plans a July trip to China.', '1987-03-04', [['July', '1987-07']]],
  ['He is planning a visit in May.', '1987-06-23', [['May', '1988-05']]],
  ['The minister proposes a meeting on Friday, officials said.', MONDAY, [['Friday', '1987-03-27']]],
  // A past plan ("planned a demonstration on Saturday") points forward from a time before the DCT: the nearest Saturday.
  ['They planned a large demonstration on Saturday and were planning to drive.', '2000-01-07', [['Saturday', '2000-01-08']]],
  // Not a plan verb taking an object: a trip that was made is past.
  ['Yeutter said he made a trip to China on Friday.', MONDAY, [['Friday', '1987-03-20']]],
  // "the expected visit" is a modifier, handled as a schedule adjective, not a plan verb with an object.
  ['Officials said on Friday the expected visit was off.', MONDAY, [['Friday', '1987-03-20']]],
];

describe('tense per verb (sentence, DCT -> expressions)', () => {
  it.each(ROWS)('%s [DCT %s]', (sentence, dct, expected) => {
    expect(tagTimes(sentence, dct).map((t) => [t.text, t.value])).toEqual(expected);
  });
});
