/**
 * Full-pipeline cases for the participant rules of issue 5: hosts named in a "guest of" list,
 * territories at home in their sovereign state, long titles in coordination, noun uses of verb
 * triggers ("his meeting with", "the slated visit of"), calls kept apart from the meetings they
 * arrange, countries as the sides of their leaders' talks, "the Pope" and "the eve of"; each with the
 * cases where the rule must not fire.
 */
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/extract/pipeline.js';
import type { ExtractedEvent } from '../../src/model/types.js';

function events(text: string, publishedAt = '2006-11-07'): readonly ExtractedEvent[] {
  return runPipeline({ id: 't', title: text.split('\n')[0] ?? '', text, publishedAt, source: null, url: null }).events;
}
const names = (e: ExtractedEvent | undefined, role?: string) => (e?.participants ?? []).filter((p) => !role || p.role === role).map((p) => p.name).sort();

describe('hosts from a "guest of" list', () => {
  const text =
    'Chinese President Hu Jintao will visit Vietnam, Laos and India from Nov. 15 to 26.\n\n' +
    'Hu is to pay the state visits as guest of Vietnamese Communist Party leader Nong Duc Manh and its State President Nguyen Minh Triet, Lao President Choummaly Sayasone and Indian President Abdul Kalam.\n\n' +
    'Hu will visit Laos from Nov. 19 to 20.\n\nHu will visit India from Nov. 20 to 23.';
  const evs = events(text);
  it('gives each visit the hosts of its country, keeping the country', () => {
    expect(names(evs.find((e) => e.type === 'Visit' && e.place?.name === 'Laos'), 'host')).toEqual(['Choummaly Sayasone', 'Laos']);
    expect(names(evs.find((e) => e.type === 'Visit' && e.place?.name === 'India'), 'host')).toEqual(['Abdul Kalam', 'India']);
  });
  it('reads the country of a party leader from the party name, and "its" from the one before', () => {
    expect(names(evs.find((e) => e.type === 'Visit' && e.place?.name === 'Vietnam'), 'host')).toEqual(['Nguyen Minh Triet', 'Nong Duc Manh', 'Vietnam']);
  });
  it('adds no guest host to a visit by someone else', () => {
    const other = events(
      'Chinese President Hu Jintao will travel abroad.\n\nHu is to pay the state visits as guest of Lao President Choummaly Sayasone.\n\nIndian President Abdul Kalam will visit Laos on Nov. 30.',
    );
    expect(names(other.find((e) => e.participants.some((p) => p.name === 'Abdul Kalam')), 'host')).not.toContain('Choummaly Sayasone');
  });
});

describe('territories and long titles', () => {
  it('adds no host country to a Hong Kong official touring a Chinese province', () => {
    const evs = events('Hong Kong Special Administrative Region (HKSAR) Chief Executive Donald Tsang will visit Guizhou on Nov. 21.');
    const v = evs.find((e) => e.type === 'Visit');
    expect(names(v)).toEqual(['Donald Tsang']);
    expect(v?.place?.name).toBe('Guizhou');
  });
  it('still adds the host country of a foreign visitor to a province', () => {
    const evs = events('Mongolian Prime Minister Miegombyn Enkhbold will visit Guizhou on Nov. 21.');
    expect(names(evs.find((e) => e.type === 'Visit'), 'host')).toEqual(['China']);
  });
  it('reads the holder of a long title as the counterpart, one meeting each', () => {
    const evs = events(
      "Mongolian Prime Minister Miegombyn Enkhbold will visit China.\n\nDuring his visit, Enkhbold will meet Chairman of the Standing Committee of the National People's Congress Wu Bangguo and Chairman of the National Committee of the Chinese People's Political Consultative Conference Jia Qinglin.",
    );
    const meetings = evs.filter((e) => e.type === 'Meeting').map((e) => names(e));
    expect(meetings).toEqual(expect.arrayContaining([['Miegombyn Enkhbold', 'Wu Bangguo'], ['Jia Qinglin', 'Miegombyn Enkhbold']]));
  });
});

describe('noun uses of verb triggers', () => {
  it('"During his meeting with X, Y noted": Y meets X', () => {
    const evs = events('Chinese State Councilor Tang Jiaxuan and visiting Romanian Foreign Minister Mihai Razvan Ungureanu said here Monday that ties were good.\n\nDuring his meeting with Mihai Razvan Ungureanu, Tang noted that relations were good.');
    expect(evs.some((e) => e.type === 'Meeting' && names(e).join() === ['Mihai Razvan Ungureanu', 'Tang Jiaxuan'].join())).toBe(true);
  });
  it('"the slated visit of X": X is the visitor, not a host', () => {
    const evs = events('Kimotho said he and Bushnell had been talking about the slated visit of U.S. Commerce Secretary William Daley in September.', '1998-08-26');
    const v = evs.find((e) => e.type === 'Visit');
    expect(names(v, 'visitor')).toEqual(['William Daley']);
    expect(names(v, 'host')).not.toContain('William Daley');
  });
  it('a verb "meeting with" keeps its subject', () => {
    const evs = events('Kofi Annan was meeting with Iraqi Deputy Prime Minister Tariq Aziz in Baghdad on Sunday.', '1998-02-22');
    expect(names(evs.find((e) => e.type === 'Meeting'))).toEqual(['Kofi Annan', 'Tariq Aziz']);
  });
});

describe('resolution', () => {
  it('keeps a telephone call apart from the meeting it arranges', () => {
    const evs = events(
      'South Korean Foreign Minister Ban Ki-moon will hold talks with Japanese Foreign Minister Taro Aso.\n\nBan and Aso agreed to meet during a telephone conversation earlier in the day.',
      '2005-11-02',
    );
    const talks = evs.filter((e) => e.type === 'Talks');
    expect(talks.map((e) => e.status).sort()).toEqual(['occurred', 'planned']);
  });
  it('merges countries named as sides with their leaders\' talks', () => {
    const evs = events(
      'Mongolian Prime Minister Miegombyn Enkhbold will hold talks with Chinese Premier Wen Jiabao.\n\nEnkhbold said Mongolia would exchange views with the Chinese side on bilateral relations.',
    );
    expect(evs.filter((e) => e.type === 'Talks')).toHaveLength(1);
  });
  it('does not merge talks of the same countries held by other people', () => {
    const evs = events(
      'Mongolian Prime Minister Miegombyn Enkhbold will hold talks with Chinese Premier Wen Jiabao.\n\nMongolia and China held consultations on border issues in 2003.',
    );
    expect(evs.filter((e) => e.type === 'Talks')).toHaveLength(2);
  });
});

describe('"the Pope" and "the eve of"', () => {
  it('"the eve of the Pope\'s visit": a planned visit by the Pope', () => {
    const v = events("Well, this is the eve of the Pope's visit to Cuba.", '1998-01-20').find((e) => e.type === 'Visit');
    expect(names(v, 'visitor')).toEqual(['Pope']);
    expect(v?.status).toBe('planned');
  });
  it('no event from the Pope making a statement', () => {
    expect(events('The Pope said on Sunday that peace talks are the only way.', '1998-01-20')).toEqual([]);
  });
});

describe('no events from the new rules where none happened', () => {
  const none = [
    'The meeting point of the two rivers is near Beijing.',
    'Chinese Foreign Ministry spokeswoman Jiang Yu said at a news conference on Tuesday that talks are the only way.',
    'The Pope said in a statement that dialogue is the only way to peace.',
    'Hong Kong Chief Executive Donald Tsang said on Tuesday that the economy grew.',
    'The army deployed troops as guests of nobody to the border on Monday.',
  ];
  for (const text of none) it(`nothing in "${text}"`, () => expect(events(text)).toEqual([]));
});
