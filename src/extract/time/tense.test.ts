import { describe, expect, it } from 'vitest';
import { tenseAt } from './tense.js';

const at = (sentence: string, word: string) => {
  const i = sentence.indexOf(word);
  return tenseAt(sentence, i, i + word.length);
};

describe('clause tense', () => {
  it.each([
    ['He arrived Friday.', 'Friday', 'past'],
    ['He will arrive Friday.', 'Friday', 'future'],
    ["He'll arrive Friday.", 'Friday', 'future'],
    ['He is to arrive Friday.', 'Friday', 'future'],
    ['He is expected to arrive Friday.', 'Friday', 'future'],
    ['He is scheduled to arrive Friday.', 'Friday', 'future'],
    ['He is going to arrive Friday.', 'Friday', 'future'],
    ['Medvedev might meet Kim between Wednesday and Friday.', 'Wednesday', 'future'],
    ['He is visiting China Friday.', 'Friday', 'future'],
    ['Officials said Friday that he will come.', 'Friday', 'past'],
    ['He will come, officials said Friday.', 'Friday', 'past'],
    ['He could not be reached Friday.', 'Friday', 'past'],
    ['The stock split would be paid on a still unspecified date in January.', 'January', 'future'],
    ['The talks went on until Friday.', 'Friday', 'future'],
    ['Prices have risen since May.', 'May', 'past'],
    ['Friday.', 'Friday', null],
    ['The visit had been scheduled for Sunday.', 'Sunday', 'prospective'],
    ['The visit was to take place on Sunday.', 'Sunday', 'prospective'],
    ['The visit was expected to take place on Sunday.', 'Sunday', 'prospective'],
    ['The team planned to leave on Sunday.', 'Sunday', 'prospective'],
    ['They talked about the slated visit in September.', 'September', 'prospective'],
    ['He had to leave on Sunday.', 'Sunday', 'past'],
    ['It has scheduled a news conference Thursday.', 'Thursday', 'future'],
    ['It may have caused a drop on Wednesday.', 'Wednesday', 'past'],
    ['He will have left by Friday.', 'Friday', 'future'],
    // "until" before a past perfect ends a state that is over
    ['Until Thursday, they had not called him a suspect.', 'Thursday', 'past'],
    ['The vote was postponed until Thursday.', 'Thursday', 'future'],
    // a day fronted before a bare "planned to" dates the planning
    ['On Friday, the government planned to pay the claims.', 'Friday', 'past'],
    ['The government planned to pay the claims on Friday.', 'Friday', 'prospective'],
    ['Traders squared positions ahead of the weekend.', 'the weekend', 'future'],
    // a verb group counts from its last word: "did not plan to remove him" is nearer than a later clause's verb
    ['They did not plan to remove him on Thursday even if his relatives continued to defy them.', 'Thursday', 'prospective'],
  ])('%s [%s] -> %s', (sentence, word, tense) => expect(at(sentence, word)).toBe(tense));
});
