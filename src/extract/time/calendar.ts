/**
 * Calendar arithmetic on ISO days (UTC, no time zones) and the TIMEX3 value grammar:
 * `intervalOfValue` maps a resolved DATE/TIME value to the days it covers, `durationDaysOf` counts a
 * DURATION. Everything here is pure and total: unknown shapes give null, never an exception.
 */
import type { DayInterval, Precision } from '../../model/types.js';

export interface Day {
  y: number;
  m: number; // 1-12
  d: number; // 1-31
}

const MS_PER_DAY = 86_400_000;

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n)).padStart(width, '0');
  return n < 0 ? `-${s}` : s;
}

export function parseIsoDay(s: string | null | undefined): Day | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return null;
  const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  return isValidDay(day) ? day : null;
}

export function isValidDay({ y, m, d }: Day): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

export function formatDay({ y, m, d }: Day): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function toEpochDay({ y, m, d }: Day): number {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

function fromEpochDay(n: number): Day {
  const date = new Date(n * MS_PER_DAY);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

export function addDays(day: Day, n: number): Day {
  return fromEpochDay(toEpochDay(day) + n);
}

export function diffDays(a: Day, b: Day): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(day: Day, n: number): Day {
  const total = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** ISO weekday: Monday 1 .. Sunday 7. */
export function isoWeekday(day: Day): number {
  const wd = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(day: Day): { year: number; week: number } {
  const thursday = addDays(day, 4 - isoWeekday(day));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor(diffDays(thursday, jan1) / 7) + 1 };
}

/** The Monday of ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { y: year, m: 1, d: 4 };
  const week1Monday = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(week1Monday, (week - 1) * 7);
}

export function weekValue(day: Day): string {
  const { year, week } = isoWeek(day);
  return `${pad(year, 4)}-W${pad(week)}`;
}

export function quarterOf(day: Day): number {
  return Math.floor((day.m - 1) / 3) + 1;
}

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

/**
 * Seasons are meteorological (northern hemisphere): SP Mar-May, SU Jun-Aug, FA Sep-Nov, and
 * `YYYY-WI` is December of YYYY to the end of February of YYYY+1 (January and February belong to the
 * winter of the year before).
 */
export function seasonOf(day: Day): { year: number; season: Season } {
  if (day.m >= 3 && day.m <= 5) return { year: day.y, season: 'SP' };
  if (day.m >= 6 && day.m <= 8) return { year: day.y, season: 'SU' };
  if (day.m >= 9 && day.m <= 11) return { year: day.y, season: 'FA' };
  return { year: day.m === 12 ? day.y : day.y - 1, season: 'WI' };
}

const SEASON_MONTHS: Record<Season, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function interval(start: Day, end: Day, precision: Precision): DayInterval {
  return { startDate: formatDay(start), endDate: formatDay(end), precision };
}

function monthSpan(y: number, fromMonth: number, toMonth: number, precision: Precision): DayInterval {
  const last = addMonths({ y, m: fromMonth, d: 1 }, toMonth - fromMonth);
  return interval({ y, m: fromMonth, d: 1 }, { y: last.y, m: last.m, d: daysInMonth(last.y, last.m) }, precision);
}

// Each shape is anchored at both ends and has no nested quantifier (linear time).
const VALUE_SHAPES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => DayInterval | null]> = [
  [
    /^(\d{4})-(\d{2})-(\d{2})(?:T[\w:.]*)?$/,
    (m) => {
      const day = { y: +m[1]!, m: +m[2]!, d: +m[3]! };
      return isValidDay(day) ? interval(day, day, 'day') : null;
    },
  ],
  [
    /^(\d{4})-W(\d{1,2})(-WE)?$/,
    (m) => {
      const week = +m[2]!;
      if (week < 1 || week > 53) return null;
      const monday = mondayOfIsoWeek(+m[1]!, week);
      return m[3] ? interval(addDays(monday, 5), addDays(monday, 6), 'week') : interval(monday, addDays(monday, 6), 'week');
    },
  ],
  [
    /^(\d{4})-(\d{2})$/,
    (m) => {
      const month = +m[2]!;
      return month >= 1 && month <= 12 ? monthSpan(+m[1]!, month, month, 'month') : null;
    },
  ],
  [/^(\d{4})-(SP|SU|FA|WI)$/, (m) => monthSpan(+m[1]!, ...SEASON_MONTHS[m[2] as Season], 'season')],
  [
    /^(\d{4})-Q([1-4])$/,
    (m) => {
      const q = +m[2]!;
      return monthSpan(+m[1]!, q * 3 - 2, q * 3, 'quarter');
    },
  ],
  // Halves have no precision of their own: the nearest coarser one we have is `quarter`... of two.
  [/^(\d{4})-H([12])$/, (m) => monthSpan(+m[1]!, m[2] === '1' ? 1 : 7, m[2] === '1' ? 6 : 12, 'quarter')],
  [/^(\d{4})$/, (m) => monthSpan(+m[1]!, 1, 12, 'year')],
  [
    /^(\d{3})X?$/,
    (m) => {
      const y = +m[1]! * 10;
      return interval({ y, m: 1, d: 1 }, { y: y + 9, m: 12, d: 31 }, 'decade');
    },
  ],
  // Centuries (`19` = 1900-1999): coarser than any precision we name; reported as `decade`.
  [
    /^(\d{2})(?:XX)?$/,
    (m) => {
      const y = +m[1]! * 100;
      return interval({ y, m: 1, d: 1 }, { y: y + 99, m: 12, d: 31 }, 'decade');
    },
  ],
];

/** The days a resolved TIMEX3 DATE/TIME value covers; null for X-patterns, *_REF and durations. */
export function intervalOfValue(value: string): DayInterval | null {
  for (const [shape, toInterval] of VALUE_SHAPES) {
    const m = shape.exec(value);
    if (m) return toInterval(m);
  }
  return null;
}

/**
 * "early next year", "mid-2001", "late May": the part of a year or month an edge word names, as
 * thirds (a year: January-April, May-August, September-December; a month: days 1-10, 11-20, 21 to
 * the end). The TIMEX3 value stays the whole unit; only the day interval narrows. Other intervals
 * and texts without an edge word are returned unchanged.
 */
export function narrowByEdge(interval: DayInterval | null, text: string): DayInterval | null {
  if (!interval || (interval.precision !== 'year' && interval.precision !== 'month')) return interval;
  const m = /^(?:the\s+)?(early|mid|late)\b/i.exec(text.trim());
  if (!m) return interval;
  const edge = m[1]!.toLowerCase() as 'early' | 'mid' | 'late';
  const [y, mo] = interval.startDate.split('-') as [string, string];
  if (interval.precision === 'year') {
    const [a, b] = { early: ['01-01', '04-30'], mid: ['05-01', '08-31'], late: ['09-01', '12-31'] }[edge];
    return { ...interval, startDate: `${y}-${a}`, endDate: `${y}-${b}` };
  }
  const last = interval.endDate.slice(8);
  const [a, b] = { early: ['01', '10'], mid: ['11', '20'], late: ['21', last] }[edge];
  return { ...interval, startDate: `${y}-${mo}-${a}`, endDate: `${y}-${mo}-${b}` };
}

const UNIT_DAYS: Readonly<Record<string, number>> = {
  D: 1,
  W: 7,
  M: 30,
  Q: 91,
  Y: 365,
  E: 3652,
  C: 36524,
  L: 365242,
  H: 1 / 24,
  // `M` after `T` is minutes; handled below.
  S: 1 / 86_400,
};

/**
 * The length in days of a TIMEX3 duration value when it can be counted (`P3D` -> 3, `P1W` -> 7,
 * `P2M` -> 60, `PT5H` -> 5/24). Months count 30 days and years 365: an approximation for extending
 * a known start, not calendar arithmetic. `PXD` and other X-patterns give null.
 */
export function durationDaysOf(value: string): number | null {
  const m = /^P([\d.YMWDQECL]*)(?:T([\d.HMS]*))?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  let total = 0;
  const part = /(\d+(?:\.\d+)?)([A-Z])/g;
  for (const [section, isTime] of [
    [m[1] ?? '', false],
    [m[2] ?? '', true],
  ] as const) {
    let consumed = 0;
    part.lastIndex = 0;
    let p: RegExpExecArray | null;
    while ((p = part.exec(section)) !== null) {
      const unit = isTime && p[2] === 'M' ? 1 / 1440 : UNIT_DAYS[p[2]!];
      if (unit === undefined || (isTime && !'HMS'.includes(p[2]!)) || (!isTime && 'HS'.includes(p[2]!))) return null;
      total += Number(p[1]) * unit;
      consumed += p[0].length;
    }
    if (consumed !== section.length) return null;
  }
  return total;
}
