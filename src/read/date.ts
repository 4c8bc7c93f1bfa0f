/**
 * Document dates as articles write them, normalised to an ISO day (YYYY-MM-DD).
 *
 * One literal, ordered list of patterns (STYLE.md §1); every pattern is anchored and linear. A timestamp keeps the
 * calendar day *as written* (`2011-06-27T23:30:00-05:00` is 2011-06-27): the article's own timezone is the one
 * its reader meant. A day that does not exist or a year outside 1000..2200 gives null.
 */

const MIN_YEAR = 1000;
const MAX_YEAR = 2200;
/** Longer values are not a date we know how to read; refusing them early keeps every pattern cheap. */
const MAX_LENGTH = 80;

const MONTHS: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11,
  november: 11, dec: 12, december: 12,
};

const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const ORDINAL = '(?:st|nd|rd|th)?';
/** An optional clock time and zone after a written date: `, 10:00 AM EDT`, ` 10:00:00 +0000`. */
const CLOCK = '(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?(?:\\s*(?:z|[a-z]{2,5}|[+-]\\d{2}:?\\d{2}))?(?:\\s*\\([a-z]{2,5}\\))?)?';
/** An optional ISO time and zone: `T10:00`, `T10:00:00.123Z`, ` 10:00:00+02:00`. */
const ISO_TIME = '(?:[t ]\\d{2}:?\\d{2}(?::?\\d{2}(?:[.,]\\d+)?)?\\s*(?:z|[+-]\\d{2}(?::?\\d{2})?)?)?';

interface DatePattern {
  readonly name: string;
  readonly pattern: RegExp;
  /** Year, month (1-12) and day from a match. */
  readonly extract: (m: RegExpExecArray) => [year: number, month: number, day: number];
}

const num = (s: string | undefined): number => Number(s);
const month = (s: string | undefined): number => MONTHS[(s ?? '').toLowerCase().replace(/\.$/, '')] ?? 0;

/** The order is the order of trust: the most specific form first. */
export const DATE_PATTERNS: readonly DatePattern[] = [
  { name: 'iso', pattern: new RegExp(`^(\\d{4})-(\\d{2})-(\\d{2})${ISO_TIME}$`, 'i'), extract: (m) => [num(m[1]), num(m[2]), num(m[3])] },
  { name: 'compact', pattern: new RegExp(`^(\\d{4})(\\d{2})(\\d{2})${ISO_TIME}$`, 'i'), extract: (m) => [num(m[1]), num(m[2]), num(m[3])] },
  { name: 'slashed-iso', pattern: /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, extract: (m) => [num(m[1]), num(m[2]), num(m[3])] },
  { name: 'month-day-year', pattern: new RegExp(`^${WEEKDAY}${MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})${CLOCK}$`, 'i'), extract: (m) => [num(m[3]), month(m[1]), num(m[2])] },
  { name: 'day-month-year', pattern: new RegExp(`^${WEEKDAY}(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${MONTH},?\\s+(\\d{4})${CLOCK}$`, 'i'), extract: (m) => [num(m[3]), month(m[2]), num(m[1])] },
];

/**
 * The ISO day of a document date written in one of the accepted forms (`2011-06-27`, `2011-06-27T10:00:00Z`,
 * `1987-02-26T15:01:01`, `June 27, 2011`, `27 June 2011`, `20110627`, with an optional weekday and clock time),
 * or null when the value is not such a date, does not exist (`2011-02-30`) or is absurd (year < 1000 or > 2200).
 */
export function parseDocumentDate(value: string): string | null {
  const s = value.trim();
  if (s === '' || s.length > MAX_LENGTH) return null;
  for (const { pattern, extract } of DATE_PATTERNS) {
    const m = pattern.exec(s);
    if (!m) continue;
    const [year, mon, day] = extract(m);
    return isValidDay(year, mon, day) ? isoDay(year, mon, day) : null;
  }
  return null;
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return false;
  if (!Number.isInteger(month) || month < 1 || month > 12) return false;
  return Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
