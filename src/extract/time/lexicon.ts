/**
 * The time lexicon: plain data (STYLE.md §8), validated by `lexicon.test.ts` (no duplicate keys, every
 * value in range). Regular expressions are built from these lists in `patterns.ts`.
 */

/** Month names and abbreviations -> month number. Keys are lower case; an abbreviation may end in `.`. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Full month names that are also common words or names: a bare one needs a date context. */
export const AMBIGUOUS_MONTHS: readonly string[] = ['may', 'march', 'june', 'august', 'april', 'jan', 'mar', 'dec'];

/** Weekday names and abbreviations -> ISO weekday (Monday 1 .. Sunday 7). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1,
  tuesday: 2, tues: 2, tue: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thurs: 4, thur: 4, thu: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
  sunday: 7, sun: 7,
};

/** Weekday abbreviations that are also words ("Sun", "Wed", "Sat"): only taken with a trailing dot. */
export const DOTTED_ONLY_WEEKDAYS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'];

/** Number words -> value. `a`/`an` count one; vague quantities have their own list. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, dozen: 12, couple: 2,
};

/** Tens that combine with a unit digit ("twenty-four", "twenty four"). */
export const TENS: readonly string[] = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
export const DIGIT_WORDS: readonly string[] = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** Ordinals -> value (quarters, centuries, "the second day"). */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, last: 4,
};

/** Vague quantities: the count is unknown, the TIMEX3 value uses X (`PXD`). */
export const VAGUE_QUANTITIES: readonly string[] = ['a few', 'few', 'several', 'many', 'some', 'a number of', 'numerous', 'a couple of', 'couple of'];

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** Unit words (singular and plural) -> unit. */
export const UNITS: Readonly<Record<string, Unit>> = {
  second: 'second', seconds: 'second',
  minute: 'minute', minutes: 'minute',
  hour: 'hour', hours: 'hour',
  day: 'day', days: 'day',
  week: 'week', weeks: 'week',
  month: 'month', months: 'month',
  quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year',
  decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

/** TIMEX3 duration letter and whether it is a time (PT...) unit. A decade is 10 years (`P10Y`). */
export const UNIT_CODES: Readonly<Record<Unit, { code: string; time: boolean; factor: number }>> = {
  second: { code: 'S', time: true, factor: 1 },
  minute: { code: 'M', time: true, factor: 1 },
  hour: { code: 'H', time: true, factor: 1 },
  day: { code: 'D', time: false, factor: 1 },
  week: { code: 'W', time: false, factor: 1 },
  weekend: { code: 'D', time: false, factor: 2 },
  month: { code: 'M', time: false, factor: 1 },
  quarter: { code: 'Q', time: false, factor: 1 },
  year: { code: 'Y', time: false, factor: 1 },
  decade: { code: 'Y', time: false, factor: 10 },
  century: { code: 'Y', time: false, factor: 100 },
};

export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export const SEASONS: Readonly<Record<string, Season>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export type DayPart = 'MO' | 'AF' | 'EV' | 'NI';
/** Parts of the day -> TIMEX3 code. */
export const DAY_PARTS: Readonly<Record<string, DayPart>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI',
};

/** Decades written as words ("the nineties") -> decade digits within the 1900s. */
export const DECADE_WORDS: Readonly<Record<string, number>> = {
  twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9,
};

export type Holiday =
  | { kind: 'fixed'; month: number; day: number }
  | { kind: 'nth-weekday'; month: number; weekday: number; nth: number } // nth -1 = last
  | { kind: 'easter'; offset: number }
  | { kind: 'weekday-after'; month: number; day: number; weekday: number }; // first such weekday on/after the day

/** Holidays with a computable date (US news usage). */
export const HOLIDAYS: Readonly<Record<string, Holiday>> = {
  'christmas': { kind: 'fixed', month: 12, day: 25 },
  'christmas day': { kind: 'fixed', month: 12, day: 25 },
  'christmas eve': { kind: 'fixed', month: 12, day: 24 },
  "new year's day": { kind: 'fixed', month: 1, day: 1 },
  "new year's eve": { kind: 'fixed', month: 12, day: 31 },
  'independence day': { kind: 'fixed', month: 7, day: 4 },
  'the fourth of july': { kind: 'fixed', month: 7, day: 4 },
  'halloween': { kind: 'fixed', month: 10, day: 31 },
  "valentine's day": { kind: 'fixed', month: 2, day: 14 },
  'veterans day': { kind: 'fixed', month: 11, day: 11 },
  'thanksgiving': { kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 },
  'thanksgiving day': { kind: 'nth-weekday', month: 11, weekday: 4, nth: 4 },
  'labor day': { kind: 'nth-weekday', month: 9, weekday: 1, nth: 1 },
  'memorial day': { kind: 'nth-weekday', month: 5, weekday: 1, nth: -1 },
  'election day': { kind: 'weekday-after', month: 11, day: 2, weekday: 2 }, // US: Tuesday after the first Monday
  'easter': { kind: 'easter', offset: 0 },
  'easter sunday': { kind: 'easter', offset: 0 },
  'good friday': { kind: 'easter', offset: -2 },
};

/**
 * Dates that, directly before one of these nouns, name an event or institution rather than a date
 * of what the article reports ("the Sept. 11 commission"): not tagged.
 */
export const NAMED_DATES: readonly string[] = ['sept. 11', 'september 11', 'sep. 11', 'sept 11', 'sep 11'];
export const NAMING_NOUNS: readonly string[] = [
  'commission', 'attack', 'attacks', 'attackers', 'hijackers', 'panel', 'report', 'terrorists', 'families', 'memorial',
  'victims', 'plot', 'plotters', 'era', 'generation', 'inquiry', 'investigation', 'museum', 'truthers',
];

/**
 * Words that, right after a four-digit number, show it counts things and is not a year
 * ("2000 people", "1500 troops", "2000 more").
 */
export const COUNTED_NOUNS: readonly string[] = [
  'people', 'persons', 'troops', 'soldiers', 'police', 'policemen', 'workers', 'employees', 'jobs', 'shares', 'points',
  'feet', 'foot', 'meters', 'metres', 'miles', 'kilometers', 'kilometres', 'km', 'tons', 'tonnes', 'barrels', 'acres',
  'pounds', 'dollars', 'yen', 'marks', 'francs', 'yuan', 'rubles', 'members', 'delegates', 'students', 'cars', 'units',
  'homes', 'houses', 'rooms', 'seats', 'votes', 'children', 'refugees', 'prisoners', 'cases', 'deaths', 'copies',
  'calories', 'degrees', 'hectares', 'square', 'cubic', 'others', 'more', 'percent', 'residents', 'families',
  'passengers', 'vehicles', 'aircraft', 'planes', 'ships', 'tanks', 'guns', 'rounds', 'bombs', 'missiles', 'boxes',
  'new', 'million', 'billion',
];
