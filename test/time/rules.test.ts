/**
 * The time rules, one row each: a sentence, a document date, and the expressions expected in it
 * (text, type, value). Rows run through the whole stage (`tagTimes`), as chrono's tests do.
 */
import { describe, expect, it } from 'vitest';
import { tagTimes } from '../../src/extract/time/index.js';

type Row = [sentence: string, dct: string | null, expected: Array<[text: string, type: string, value: string]>];

const SEED = '2011-06-27'; // a Monday

const ROWS: Row[] = [
  // seed article
  [
    'South Korean media said last week that Medvedev might meet Kim in Siberia between Wednesday and Friday.',
    SEED,
    [
      ['last week', 'DATE', '2011-W25'],
      ['Wednesday', 'DATE', '2011-06-29'],
      ['Friday', 'DATE', '2011-07-01'],
    ],
  ],
  ['The two leaders last met in 2001.', SEED, [['2001', 'DATE', '2001']]],
  ['They held talks in May.', SEED, [['May', 'DATE', '2011-05']]],
  ['Kim arrived in Moscow on Monday.', SEED, [['Monday', 'DATE', '2011-06-27']]],
  ['Kim arrived in Moscow on Monday.', null, [['Monday', 'DATE', 'XXXX-WXX-1']]],
  ['They will hold talks in May.', null, [['May', 'DATE', 'XXXX-05']]],
  // weekdays and tense
  ['He visited Beijing on Friday.', SEED, [['Friday', 'DATE', '2011-06-24']]],
  ['He will visit Beijing on Friday.', SEED, [['Friday', 'DATE', '2011-07-01']]],
  ['He is to visit Beijing on Thursday.', SEED, [['Thursday', 'DATE', '2011-06-30']]],
  ['He is expected to arrive Sunday.', SEED, [['Sunday', 'DATE', '2011-07-03']]],
  ['He is visiting Beijing Thursday.', SEED, [['Thursday', 'DATE', '2011-06-30']]],
  ['Officials said Sunday that the president would travel.', SEED, [['Sunday', 'DATE', '2011-06-26']]],
  ['Talks ended last Friday.', SEED, [['last Friday', 'DATE', '2011-06-24']]],
  ['Talks resume next Tuesday.', SEED, [['next Tuesday', 'DATE', '2011-06-28']]],
  // months
  ['He plans to return in July.', SEED, [['July', 'DATE', '2011-07']]],
  ['Prices fell in February.', SEED, [['February', 'DATE', '2011-02']]],
  ['Prices fell in December.', SEED, [['December', 'DATE', '2010-12']]],
  // "last May": the most recent May before the DCT's month (TimeBank's reading).
  ['The summit was held last May.', SEED, [['last May', 'DATE', '2011-05']]],
  ['The summit was held last July.', SEED, [['last July', 'DATE', '2010-07']]],
  ['The deal was signed in late May.', SEED, [['late May', 'DATE', '2011-05']]],
  ['The deal was signed on June 3.', SEED, [['June 3', 'DATE', '2011-06-03']]],
  ['The deal was signed on Aug. 7, 1998.', SEED, [['Aug. 7, 1998', 'DATE', '1998-08-07']]],
  ['The bombs exploded on 7 August 1998.', SEED, [['7 August 1998', 'DATE', '1998-08-07']]],
  ['It happened in August 1988.', SEED, [['August 1988', 'DATE', '1988-08']]],
  ['The vote was held on Friday, Oct. 23.', '1998-10-25', [['Friday, Oct. 23', 'DATE', '1998-10-23']]],
  // relative days and units
  ['He arrived yesterday and leaves tomorrow.', SEED, [['yesterday', 'DATE', '2011-06-26'], ['tomorrow', 'DATE', '2011-06-28']]],
  ['Today the market is closed.', SEED, [['Today', 'DATE', '2011-06-27']]],
  ['The index rose this week.', SEED, [['this week', 'DATE', '2011-W26']]],
  ['Sales rose last month.', SEED, [['last month', 'DATE', '2011-05']]],
  ['Sales rose last year.', SEED, [['last year', 'DATE', '2010']]],
  ['Elections are due next year.', SEED, [['next year', 'DATE', '2012']]],
  ['He resigned earlier this month.', SEED, [['earlier this month', 'DATE', '2011-06']]],
  ['He resigned earlier this year.', SEED, [['earlier this year', 'DATE', '2011']]],
  ['A vote is expected later this month.', SEED, [['later this month', 'DATE', '2011-06']]],
  ['The plant closed a year ago.', SEED, [['a year ago', 'DATE', '2010']]],
  ['The plant closed two weeks ago.', SEED, [['two weeks ago', 'DATE', '2011-06-13']]],
  [
    'The rebels took the town on March 3, 1999. Two weeks later they lost it.',
    SEED,
    [
      ['March 3, 1999', 'DATE', '1999-03-03'],
      ['Two weeks later', 'DATE', '1999-03-17'],
    ],
  ],
  // quarters, seasons, decades, edges of years
  ['Profit rose in the first quarter.', SEED, [['the first quarter', 'DATE', '2011-Q1']]],
  ['Profit rose in Q2.', '2011-08-01', [['Q2', 'DATE', '2011-Q2']]],
  [
    'Third-quarter profit rose 5% from a year ago.',
    '1989-10-25',
    [
      ['Third-quarter', 'DATE', '1989-Q3'],
      ['a year ago', 'DATE', '1988-Q3'],
    ],
  ],
  ['Profit fell in the third quarter of 1990.', SEED, [['the third quarter of 1990', 'DATE', '1990-Q3']]],
  ['The project began last fall.', SEED, [['last fall', 'DATE', '2010-FA']]],
  ['It will open this summer.', SEED, [['this summer', 'DATE', '2011-SU']]],
  ['Crime fell in the 1990s.', SEED, [['the 1990s', 'DATE', '199']]],
  ["Crime fell in the 1990's.", SEED, [["the 1990's", 'DATE', '199']]],
  ['It was built in the early 1980s.', SEED, [['the early 1980s', 'DATE', '198']]],
  ['Output peaked in mid-2001.', SEED, [['mid-2001', 'DATE', '2001']]],
  ['Output peaked in early 1998.', SEED, [['early 1998', 'DATE', '1998']]],
  ['Results for fiscal 1989 were strong.', SEED, [['fiscal 1989', 'DATE', '1989']]],
  ['It was the worst war of the 20th century.', SEED, [['the 20th century', 'DATE', '19']]],
  // times
  ['He spoke Monday morning.', SEED, [['Monday morning', 'TIME', '2011-06-27TMO']]],
  ['The meeting will start at 3 p.m. Tuesday.', SEED, [['3 p.m. Tuesday', 'TIME', '2011-06-28T15:00']]],
  ['The blast happened at 10:35 a.m. local time.', SEED, [['10:35 a.m. local time', 'TIME', '2011-06-27T10:35']]],
  ['He was seen last night.', SEED, [['last night', 'TIME', '2011-06-26TNI']]],
  ['He was seen this morning.', SEED, [['this morning', 'TIME', '2011-06-27TMO']]],
  // durations
  ['The visit lasted three days.', SEED, [['three days', 'DURATION', 'P3D']]],
  ['He served two years in prison.', SEED, [['two years', 'DURATION', 'P2Y']]],
  ['The talks lasted five hours.', SEED, [['five hours', 'DURATION', 'PT5H']]],
  ['It took a decade.', SEED, [['a decade', 'DURATION', 'P10Y']]],
  ['Prices rose over the past three years.', SEED, [['the past three years', 'DURATION', 'P3Y']]],
  ['He began a three-day visit.', SEED, [['three-day', 'DURATION', 'P3D']]],
  ['Talks dragged on for the next few days.', SEED, [['the next few days', 'DURATION', 'PXD']]],
  ['The war lasted 2 1/2 years.', SEED, [['2 1/2 years', 'DURATION', 'P2.5Y']]],
  // sets
  ['The council meets every Monday.', SEED, [['every Monday', 'SET', 'XXXX-WXX-1']]],
  ['The magazine appears weekly.', SEED, [['weekly', 'SET', 'P1W']]],
  ['The report is published annually.', SEED, [['annually', 'SET', 'P1Y']]],
  // "annual" before a noun classifies it (TimeBank tags none of its 6); the adverb is a SET.
  ['The annual report is out.', SEED, []],
  ['Revenue will grow 20% annually.', SEED, [['annually', 'SET', 'P1Y']]],
  ['He earns $50,000 a year.', SEED, [['a year', 'SET', 'P1Y']]],
  // references
  ['He is now in Moscow.', SEED, [['now', 'DATE', 'PRESENT_REF']]],
  ['He currently lives in Moscow.', SEED, [['currently', 'DATE', 'PRESENT_REF']]],
  ['He recently moved to Moscow.', SEED, [['recently', 'DATE', 'PAST_REF']]],
  ['That was the past; this is the future.', SEED, [['the past', 'DATE', 'PAST_REF'], ['the future', 'DATE', 'FUTURE_REF']]],
  // present clauses and schedules: a present-simple schedule verb looks forward; a present clause
  // without one takes the nearest such day or month
  ['The summit starts Tuesday.', '2011-07-01', [['Tuesday', 'DATE', '2011-07-05']]],
  ['The offer expires Jan. 2.', '1989-11-01', [['Jan. 2', 'DATE', '1990-01-02']]],
  ['He named a new chairman, effective Feb. 1.', '1989-10-30', [['Feb. 1', 'DATE', '1990-02-01']]],
  ['Shares are cheaper than in October.', '1998-01-08', [['October', 'DATE', '1997-10']]],
  ['The plan is to sell in February.', '1989-10-30', [['February', 'DATE', '1990-02']]],
  // a possessive day is one gone by, and "'s" is outside the span
  ['Shares are down after Friday\'s report.', '2011-06-29', [['Friday', 'DATE', '2011-06-24']]],
  ['Lawyers will appeal last year\'s ruling.', SEED, [['last year', 'DATE', '2010']]],
  // parts of the day and spelled-out years
  ['He will appear in court at midday.', SEED, [['midday', 'TIME', '2011-06-27T12:00']]],
  ['Shares were up at mid-afternoon yesterday.', SEED, [['mid-afternoon yesterday', 'TIME', '2011-06-26TAF']]],
  ['By mid afternoon the shelling had stopped.', SEED, [['mid afternoon', 'TIME', '2011-06-27TAF']]],
  ['The father will leave at 4 in the morning.', SEED, [['4 in the morning', 'TIME', '2011-06-27T04:00']]],
  ['Atlanta, nineteen ninety-six.', SEED, [['nineteen ninety-six', 'DATE', '1996']]],
  ['It happened in January nineteen ninety-seven.', SEED, [['January nineteen ninety-seven', 'DATE', '1997-01']]],
  ['Demand will stay strong well into the summer.', SEED, [['the summer', 'DATE', '2011-SU']]],
  // ranges and vague spans around an event
  ['Shipments will resume within two to three weeks.', SEED, [['two to three weeks', 'DURATION', 'PXW']]],
  ['The car was seen in the weeks before the shooting.', SEED, [['weeks', 'DURATION', 'PXW']]],
  ['He was killed within a week of his capture.', SEED, [['a week', 'DURATION', 'P1W']]],
  // quarters: an adjectival quarter leaves the article out; a year-before period is one expression
  ['It took a third-quarter charge.', '1989-10-27', [['third-quarter', 'DATE', '1989-Q3']]],
  [
    'Profit rose in the third quarter of 1989 from the corresponding period last year.',
    SEED,
    [
      ['the third quarter of 1989', 'DATE', '1989-Q3'],
      ['the corresponding period last year', 'DATE', '1988-Q3'],
    ],
  ],
  // a plan reported as made before points forward from when it was made: the nearest day or month
  ['Abe postponed a visit to Tokyo that had been scheduled for Sunday.', '2006-12-23', [['Sunday', 'DATE', '2006-12-24']]],
  ['The offer had been due to expire Friday evening.', '1989-10-30', [['Friday evening', 'TIME', '1989-10-27TEV']]],
  ['The minister was to arrive on Tuesday.', '2006-12-23', [['Tuesday', 'DATE', '2006-12-26']]],
  ['The team planned to leave Nairobi on Thursday.', '1998-09-30', [['Thursday', 'DATE', '1998-10-01']]],
  ['The university has scheduled a news conference Thursday.', '1999-05-05', [['Thursday', 'DATE', '1999-05-06']]],
  // ...and a schedule adjective makes a noun phrase's month the nearest one, not the clause's past
  ['He had been talking about the slated visit of William Daley in September.', '1998-08-26', [['September', 'DATE', '1998-09']]],
  // no verb at all (a headline): the nearest
  ['Daley visit in September', '1998-08-26', [['September', 'DATE', '1998-09']]],
  ['Daley visit in March', '1998-08-26', [['March', 'DATE', '1998-03']]],
  // a perfect modal looks back
  ['Concern may have caused a drop in its stock on Wednesday.', '1989-10-27', [['Wednesday', 'DATE', '1989-10-25']]],
  // a possessive weekday names an event already known, even in a future clause
  ['They would look for ways to get around Wednesday\'s ruling.', '2000-01-07', [['Wednesday', 'DATE', '2000-01-05']]],
  // weeks of a month (ISO: the first week holds the month's first Thursday)
  ['Talks are due in the third week of this month.', '2005-11-02', [['the third week of this month', 'DATE', '2005-W46']]],
  ['Talks are due in the first week of next month.', '2005-11-02', [['the first week of next month', 'DATE', '2005-W48']]],
  ['Talks ended in the last week of May.', SEED, [['the last week of May', 'DATE', '2011-W21']]],
  ['A hearing is set for the week of March 6.', '2000-02-24', [['the week of March 6', 'DATE', '2000-W10']]],
  // the second day of a list is a date of its own
  [
    'The summit will be held on April 24 and 25.',
    '1999-02-10',
    [
      ['April 24', 'DATE', '1999-04-24'],
      ['25', 'DATE', '1999-04-25'],
    ],
  ],
  ['On March 3 and 4 people died.', '1999-03-10', [['March 3', 'DATE', '1999-03-03']]],
  // counted from the day mentioned before
  [
    'Stocks closed at 2082.1 on Friday, Oct. 27, down 4.5% from the previous Friday.',
    '1989-10-30',
    [
      ['Friday, Oct. 27', 'DATE', '1989-10-27'],
      ['the previous Friday', 'DATE', '1989-10-20'],
    ],
  ],
  [
    'He was arrested on Feb. 22 and appeared in court the next morning.',
    '2000-02-24',
    [
      ['Feb. 22', 'DATE', '2000-02-22'],
      ['the next morning', 'TIME', '2000-02-23TMO'],
    ],
  ],
  // a day part with a weekday is a TIME
  ['He arrived Monday morning.', SEED, [['Monday morning', 'TIME', '2011-06-27TMO']]],
  // a clock time takes the day named after its bracketed conversion (the day is tagged too)
  [
    'The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.',
    '1998-08-08',
    [
      ['10:35 a.m.', 'TIME', '1998-08-07T10:35'],
      ['Friday', 'DATE', '1998-08-07'],
    ],
  ],
  // ... and the bracketed restatement is read in the clause of the expression it restates
  [
    "The father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said.",
    '2000-04-05',
    [
      ['4 in the morning', 'TIME', '2000-04-06T04:00'],
      ['4 a.m. EDT Thursday', 'TIME', '2000-04-06T04:00'],
    ],
  ],
  // "until" is a deadline ahead, except before a past perfect: the end of a state now over
  ['Until Thursday, they had not called him a suspect.', '1999-05-07', [['Thursday', 'DATE', '1999-05-06']]],
  ['The vote was postponed until Thursday.', '1999-05-07', [['Thursday', 'DATE', '1999-05-13']]],
  // a day fronted before a bare "planned to" dates the (past) planning; after it, what is planned
  ['On Friday, the government planned to pay the first claims.', '1998-09-30', [['Friday', 'DATE', '1998-09-25']]],
  ['The government planned to pay the first claims on Friday.', '1998-09-30', [['Friday', 'DATE', '1998-10-02']]],
  // "ahead of" looks forward
  ['Traders squared positions ahead of the weekend.', '1989-10-26', [['the weekend', 'DATE', '1989-W43-WE']]],
  // a bare month in a past clause: gone by, but not ten or eleven months back
  ['Iraq warned of a cutback in its oil supply in September.', '1990-08-16', [['September', 'DATE', '1990-09']]],
  ['Prices fell in October.', '1989-07-10', [['October', 'DATE', '1988-10']]],
  // "last Oct. 23" is the month-day, not "last Oct" and a stray number
  ['He was shot to death last Oct. 23 at his home.', '1999-04-19', [['Oct. 23', 'DATE', '1998-10-23']]],
  // vague stretches: "in recent years" is a DATE (PAST_REF), "the past few months" a DURATION
  ['Sales have grown in recent years.', SEED, [['recent years', 'DATE', 'PAST_REF']]],
  ['The economy will slow in coming months.', SEED, [['coming months', 'DATE', 'FUTURE_REF']]],
  ['Prices fell over the past few months.', SEED, [['the past few months', 'DURATION', 'PXM']]],
  ['Ukraine was ruled from Moscow for centuries.', SEED, [['centuries', 'DURATION', 'PXC']]],
  // "soon" ahead of a verb of the future; not after a past event, nor relative to another one
  ['It will soon begin selling boxes.', SEED, [['soon', 'DATE', 'FUTURE_REF']]],
  ['He was soon released.', SEED, []],
  ['The trickle of cash soon became a flood.', SEED, []],
  ['He left soon after the vote.', SEED, []],
  // "the quarter ended July 31": the calendar quarter holding most of May-July, unless a (fiscal)
  // quarter was named before; "the year-ago third quarter" is one expression
  ['In the quarter ended July 31, Jayark had a loss.', '1989-10-30', [['the quarter', 'DATE', '1989-Q2'], ['July 31', 'DATE', '1989-07-31']]],
  [
    'Sun earned $5 million in the fiscal first quarter. Sales for the quarter ended Sept. 29 rose 39%.',
    '1989-10-20',
    [
      ['the fiscal first quarter', 'DATE', '1989-Q1'],
      ['the quarter', 'DATE', '1989-Q1'],
      ['Sept. 29', 'DATE', '1989-09-29'],
    ],
  ],
  [
    'Intergroup earned $2 million in the third quarter. In the year-ago third quarter it earned $22.5 million.',
    '1989-10-30',
    [
      ['the third quarter', 'DATE', '1989-Q3'],
      ['the year-ago third quarter', 'DATE', '1988-Q3'],
    ],
  ],
  // a year-ago comparison after a period of last year is that period
  [
    'Last year catastrophe losses totaled $5 million. The year-earlier results have been restated.',
    '1989-10-30',
    [
      ['Last year', 'DATE', '1988'],
      ['year-earlier', 'DATE', '1988'],
    ],
  ],
  // a month before a noun, after an article
  ['The March accession will enable them to join.', '1999-02-10', [['March', 'DATE', '1999-03']]],
  // holidays
  ['He will be home for Christmas.', SEED, [['Christmas', 'DATE', '2011-12-25']]],
  ['Sales were strong at Thanksgiving last year.', '1999-12-10', [['Thanksgiving', 'DATE', '1999-11-25'], ['last year', 'DATE', '1998']]],
];

describe('time rules (sentence, DCT -> expressions)', () => {
  it.each(ROWS)('%s [DCT %s]', (sentence, dct, expected) => {
    const got = tagTimes(sentence, dct).map((t) => [t.text, t.type, t.value]);
    expect(got).toEqual(expected);
  });
});

describe('intervals and provenance', () => {
  it('gives DATE values their day interval and DURATIONs their length', () => {
    const [week, wed, fri] = tagTimes('Officials said last week that he might come between Wednesday and Friday.', SEED);
    expect(week!.interval).toEqual({ startDate: '2011-06-20', endDate: '2011-06-26', precision: 'week' });
    expect(wed!.interval).toEqual({ startDate: '2011-06-29', endDate: '2011-06-29', precision: 'day' });
    expect(fri!.anchor).toBe('dct');
    const [d] = tagTimes('The visit lasted three days.', SEED);
    expect(d!.durationDays).toBe(3);
  });

  it('narrows "early/mid/late" years and months to their thirds, keeping the TIMEX3 value', () => {
    const dct = '2006-11-15';
    const [early] = tagTimes('He will lead another delegation to Jiangxi early next year.', dct);
    expect(early).toMatchObject({ text: 'early next year', value: '2007' });
    expect(early!.interval).toEqual({ startDate: '2007-01-01', endDate: '2007-04-30', precision: 'year' });
    const [mid] = tagTimes('The plant opened in mid-2001.', dct);
    expect(mid!.interval).toEqual({ startDate: '2001-05-01', endDate: '2001-08-31', precision: 'year' });
    const [late] = tagTimes('The talks were held in late February 2004.', dct);
    expect(late!.interval).toEqual({ startDate: '2004-02-21', endDate: '2004-02-29', precision: 'month' });
    // No edge word: the whole unit.
    const [plain] = tagTimes('He will visit next year.', dct);
    expect(plain!.interval).toEqual({ startDate: '2007-01-01', endDate: '2007-12-31', precision: 'year' });
    // A day keeps its day ("early Tuesday").
    const [day] = tagTimes('He arrived early Tuesday.', dct);
    expect(day!.interval).toEqual({ startDate: '2006-11-14', endDate: '2006-11-14', precision: 'day' });
  });

  it('leaves unresolved values without an interval and marks them', () => {
    const [t] = tagTimes('He arrived on Monday.', null);
    expect(t).toMatchObject({ value: 'XXXX-WXX-1', interval: null, anchor: 'unresolved' });
  });

  it('marks values read from the previous date', () => {
    const ts = tagTimes('The rebels took the town on March 3, 1999. Two weeks later they lost it.', SEED);
    expect(ts[0]!.anchor).toBe('absolute');
    expect(ts[1]!.anchor).toBe('anchor:t1');
  });
});

describe('purity', () => {
  it('does not mutate the sentences it is given, and gives the same answer twice', async () => {
    const { splitSentences } = await import('../../src/extract/sentences/index.js');
    const text = 'He arrived Monday. He will leave on Friday.';
    const sentences = splitSentences(text);
    const copy = structuredClone(sentences);
    const a = tagTimes(text, SEED, sentences);
    expect(sentences).toEqual(copy);
    expect(tagTimes(text, SEED)).toEqual(a);
  });
});
