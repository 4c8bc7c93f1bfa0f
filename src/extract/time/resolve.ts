/**
 * Anchoring: a parser's spec -> a TIMEX3 value, given the document date (DCT), the clause tense and
 * the most recent resolved date mentioned before (for "a year earlier", "the following day").
 *
 * Rules (GUIDELINES.md "Date"): a bare weekday or month in a past clause is the most recent one on or
 * before the DCT (a month but not one ten or eleven months back: that is the coming one, as for
 * month-days), in a future clause the next one on or after it, in a present clause the nearest
 * one, as with a plan reported as made before ("had been scheduled for Sunday") or no verb at all;
 * seasons, quarters and holidays with no tense cue take the past (news reports what happened).
 * Without a DCT nothing is invented: the value keeps X for what the text did not say (`XXXX-WXX-1`,
 * `XXXX-05`).
 */
import {
  addDays,
  addMonths,
  type Day,
  daysInMonth,
  diffDays,
  formatDay,
  isoWeekday,
  mondayOfIsoWeek,
  pad,
  quarterOf,
  seasonOf,
  weekValue,
} from './calendar.js';
import { HOLIDAYS, type Holiday, type Unit, UNIT_CODES } from './lexicon.js';
import type { Relation, Spec } from './spec.js';
import type { Tense } from './tense.js';

export interface ResolveContext {
  dct: Day | null;
  tense: Tense | null;
  /**
   * Where the tense came from (tense.ts TenseCue): a verb of the expression's own clause, a marker,
   * or only a verb elsewhere in the sentence (a weaker cue). Absent: the clause.
   */
  tenseScope?: 'marker' | 'clause' | 'sentence';
  /** The last resolved DATE/TIME value before this expression (for anaphoric expressions). */
  anchor: { value: string; tid: string } | null;
}

export interface Resolution {
  value: string;
  /** `absolute`, `dct`, `anchor:<tid>` or `unresolved` (Timex.anchor). */
  anchor: string;
}

type Direction = 'past' | 'future';

/** Seasons, holidays, quarters: a present or prospective clause looks forward ("the summit is in the spring"). */
function direction(tense: Tense | null): Direction {
  return tense === 'future' || tense === 'present' || tense === 'prospective' ? 'future' : 'past';
}

/**
 * Weekdays, months and month-days: a present clause ("shares are worth half what they were in
 * October", "the offer expires Jan. 2") says nothing about the side, nor does a plan made before
 * ("had been scheduled for Sunday", "the slated visit in September"): the nearest one wins.
 */
type Side = Direction | 'nearest';

function side(tense: Tense | null): Side {
  // No verb at all (a headline, "the Daley visit in September"): nothing says which side either. On
  // TBAQ a cue only elsewhere in the sentence still says past 13 times out of 16 for months, so only
  // a sentence without any cue gets the nearest.
  return tense === 'present' || tense === 'prospective' || tense === null ? 'nearest' : direction(tense);
}

export function durationValue(amount: number | null, unit: Unit): string {
  // "for centuries": an unknown count keeps its unit, TimeML's C (a count of years would lose it).
  if (amount === null && unit === 'century') return 'PXC';
  const { code, time, factor } = UNIT_CODES[unit];
  const n = amount === null ? 'X' : formatAmount(amount * factor);
  return `P${time ? 'T' : ''}${n}${code}`;
}

function formatAmount(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}

/** The value of the `unit` containing `day` (week -> `2011-W25`, quarter -> `2011-Q2`, ...). */
export function unitValue(day: Day, unit: Unit): string {
  switch (unit) {
    case 'day':
      return formatDay(day);
    case 'week':
      return weekValue(day);
    case 'weekend': {
      return `${weekValue(day)}-WE`;
    }
    case 'month':
      return `${pad(day.y, 4)}-${pad(day.m)}`;
    case 'quarter':
      return `${pad(day.y, 4)}-Q${quarterOf(day)}`;
    case 'year':
      return pad(day.y, 4);
    case 'decade':
      return String(Math.floor(day.y / 10));
    case 'century':
      return String(Math.floor(day.y / 100));
    default:
      return formatDay(day);
  }
}

/** Moves a day by n units (weeks as 7 days, quarters as 3 months, decades as 10 years). */
export function shiftDay(day: Day, n: number, unit: Unit): Day {
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      return day;
    case 'day':
      return addDays(day, n);
    case 'week':
    case 'weekend':
      return addDays(day, 7 * n);
    case 'month':
      return addMonths(day, n);
    case 'quarter':
      return addMonths(day, 3 * n);
    case 'year':
      return addMonths(day, 12 * n);
    case 'decade':
      return addMonths(day, 120 * n);
    case 'century':
      return addMonths(day, 1200 * n);
  }
}

const UNKNOWN_OF_UNIT: Readonly<Record<Unit, string>> = {
  second: 'XXXX-XX-XXTXX:XX:XX',
  minute: 'XXXX-XX-XXTXX:XX',
  hour: 'XXXX-XX-XXTXX',
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  weekend: 'XXXX-WXX-WE',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  year: 'XXXX',
  decade: 'XXX',
  century: 'XX',
};

/** Granularity of a resolved value, for shifting an anchor ("a year earlier" than 1989-Q3 is 1988-Q3). */
function parseAnchor(value: string): { day: Day; unit: Unit; suffix: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: +m[2]!, d: +m[3]! }, unit: 'day', suffix: m[4] ?? '' };
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) return { day: mondayOfIsoWeek(+m[1]!, +m[2]!), unit: m[3] ? 'weekend' : 'week', suffix: '' };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: +m[2]!, d: 1 }, unit: 'month', suffix: '' };
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: +m[2]! * 3 - 2, d: 1 }, unit: 'quarter', suffix: '' };
  m = /^(\d{4})-(H[12]|SP|SU|FA|WI)$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: 1, d: 1 }, unit: 'year', suffix: `-${m[2]}` };
  m = /^(\d{4})$/.exec(value);
  if (m) return { day: { y: +m[1]!, m: 1, d: 1 }, unit: 'year', suffix: '' };
  return null;
}

const UNIT_RANK: Readonly<Record<Unit, number>> = {
  second: 0, minute: 1, hour: 2, day: 3, week: 4, weekend: 4, month: 5, quarter: 6, year: 7, decade: 8, century: 9,
};

/** Shifts a resolved value by n units, keeping its granularity when the shift can be expressed in it. */
export function shiftValue(value: string, n: number, unit: Unit): string | null {
  const a = parseAnchor(value);
  if (!a) return null;
  if (a.suffix.startsWith('-')) {
    // Halves and seasons: whole years only.
    if (unit !== 'year' && unit !== 'decade' && unit !== 'century') return null;
    return `${pad(shiftDay(a.day, n, unit).y, 4)}${a.suffix}`;
  }
  if (UNIT_RANK[unit] < UNIT_RANK[a.unit]) {
    // "three days after" a month: the result is only known to the unit the text counts in... at the
    // anchor's granularity we cannot say more than the anchor's own unit.
    return null;
  }
  const shifted = shiftDay(a.day, n, unit);
  if (a.unit === 'day') return `${formatDay(shifted)}${a.suffix}`;
  return unitValue(shifted, a.unit);
}

/** The weekday `weekday` relative to the DCT. */
function weekdayFrom(dct: Day, weekday: number, rel: Relation, tense: Tense | null): Day {
  const today = isoWeekday(dct);
  switch (rel) {
    case 'last': {
      // "last Friday": the most recent Friday before today.
      const back = (today - weekday + 7) % 7 || 7;
      return addDays(dct, -back);
    }
    case 'next': {
      const ahead = (weekday - today + 7) % 7 || 7;
      return addDays(dct, ahead);
    }
    case 'this':
      // "this Friday": the one of the current week.
      return addDays(dct, weekday - today);
    case 'bare': {
      const ahead = (weekday - today + 7) % 7;
      const back = (today - weekday + 7) % 7;
      const s = side(tense);
      if (s === 'future' || (s === 'nearest' && ahead < back)) return addDays(dct, ahead);
      return addDays(dct, -back);
    }
  }
}

/** A month (1-12) relative to the DCT: the year to give it. */
function monthYear(dct: Day, month: number, rel: Relation, tense: Tense | null, weak = false): number {
  switch (rel) {
    case 'last':
      return month < dct.m ? dct.y : dct.y - 1;
    case 'next':
      return month > dct.m ? dct.y : dct.y + 1;
    case 'this':
      return dct.y;
    case 'bare': {
      if (month === dct.m) return dct.y;
      const next = month > dct.m ? dct.y : dct.y + 1;
      const prev = month < dct.m ? dct.y : dct.y - 1;
      const s = side(tense);
      const ahead = (month - dct.m + 12) % 12;
      if (s === 'nearest') return ahead <= 6 ? next : prev;
      // A past clause names the latest such month not after the DCT: "he visited China in July",
      // written in June, is last year's July. A past verb only elsewhere in the sentence ("... and
      // the Czech Republic in early March, an official said") does not reach back over the coming
      // month or two: those are the coming ones, as month-days more than two months ahead are last
      // year's (dayYear).
      if (s === 'past') return weak && ahead <= 2 ? next : prev;
      return next;
    }
  }
}

/** A month-day without a year: the year that puts it on the tense's side of the DCT, if near. */
function dayYear(dct: Day, month: number, day: number, tense: Tense | null): number {
  const sameYear = { y: dct.y, m: month, d: Math.min(day, daysInMonth(dct.y, month)) };
  const diff = diffDays(sameYear, dct);
  const s = side(tense);
  if (s === 'nearest') return diff < -183 ? dct.y + 1 : diff > 183 ? dct.y - 1 : dct.y;
  if (s === 'future') return diff < -60 ? dct.y + 1 : dct.y;
  // Past (or unknown): a date more than ~2 months ahead is last year's.
  return diff > 60 ? dct.y - 1 : dct.y;
}

function seasonYear(dct: Day, season: string, rel: Relation, tense: Tense | null): number {
  const now = seasonOf(dct);
  const order = ['SP', 'SU', 'FA', 'WI'];
  const cur = order.indexOf(now.season);
  const want = order.indexOf(season);
  switch (rel) {
    case 'this':
      return now.year;
    case 'last':
      return want < cur ? now.year : now.year - 1;
    case 'next':
      return want > cur ? now.year : now.year + 1;
    case 'bare':
      if (want === cur) return now.year;
      if (direction(tense) === 'future') return want > cur ? now.year : now.year + 1;
      return want < cur ? now.year : now.year - 1;
  }
}

/**
 * A day inside the week meant: the week of `day`, else the nth week of the month counted as ISO
 * counts weeks of a year (the first week holds the month's first Thursday; the last, its last).
 */
function monthWeekDay(year: number, month: number, nth: number | null, day: number | undefined): Day {
  if (day !== undefined) return { y: year, m: month, d: Math.min(day, daysInMonth(year, month)) };
  if (nth !== null && nth < 0) {
    const last = { y: year, m: month, d: daysInMonth(year, month) };
    return addDays(last, -((isoWeekday(last) - 4 + 7) % 7));
  }
  const first = { y: year, m: month, d: 1 };
  const firstThursday = addDays(first, (4 - isoWeekday(first) + 7) % 7);
  return addDays(firstThursday, 7 * ((nth ?? 1) - 1));
}

export function holidayDay(h: Holiday, year: number): Day {
  switch (h.kind) {
    case 'fixed':
      return { y: year, m: h.month, d: h.day };
    case 'nth-weekday': {
      if (h.nth > 0) {
        const first = { y: year, m: h.month, d: 1 };
        const offset = (h.weekday - isoWeekday(first) + 7) % 7;
        return addDays(first, offset + 7 * (h.nth - 1));
      }
      const last = { y: year, m: h.month, d: daysInMonth(year, h.month) };
      return addDays(last, -((isoWeekday(last) - h.weekday + 7) % 7));
    }
    case 'easter':
      return addDays(easterSunday(year), h.offset);
    case 'weekday-after': {
      const from = { y: year, m: h.month, d: h.day };
      return addDays(from, (h.weekday - isoWeekday(from) + 7) % 7);
    }
  }
}

/** Gregorian Easter Sunday (anonymous Gregorian algorithm). */
function easterSunday(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const absolute = (value: string): Resolution => ({ value, anchor: 'absolute' });
const fromDct = (value: string): Resolution => ({ value, anchor: 'dct' });
const unresolved = (value: string): Resolution => ({ value, anchor: 'unresolved' });

export function resolveSpec(spec: Spec, ctx: ResolveContext): Resolution {
  const { dct, tense } = ctx;
  const weakTense = ctx.tenseScope === 'sentence';
  switch (spec.kind) {
    case 'value':
      return absolute(spec.value);

    case 'date': {
      const md = `${pad(spec.month)}-${pad(spec.day)}${spec.time ?? ''}`;
      if (spec.year !== null) return absolute(`${pad(spec.year, 4)}-${md}`);
      if (!dct) return unresolved(`XXXX-${md}`);
      return fromDct(`${pad(dayYear(dct, spec.month, spec.day, tense), 4)}-${md}`);
    }

    case 'month': {
      if (spec.year !== null) return absolute(`${pad(spec.year, 4)}-${pad(spec.month)}`);
      if (!dct) return unresolved(`XXXX-${pad(spec.month)}`);
      const year = spec.yearOffset !== undefined ? dct.y + spec.yearOffset : monthYear(dct, spec.month, spec.rel, tense, weakTense);
      return fromDct(`${pad(year, 4)}-${pad(spec.month)}`);
    }

    case 'weekday': {
      // "the previous Friday", "the following Monday": counted from the day mentioned before.
      const from = spec.fromAnchor && ctx.anchor ? parseAnchor(ctx.anchor.value) : null;
      if (from && from.unit === 'day') {
        const day = weekdayFrom(from.day, spec.weekday, spec.rel, null);
        return { value: `${formatDay(day)}${spec.time ?? ''}`, anchor: `anchor:${ctx.anchor!.tid}` };
      }
      if (!dct) return unresolved(`XXXX-WXX-${spec.weekday}${spec.time ?? ''}`);
      // "Friday's ruling", "get around Wednesday's ruling": a possessive day names an event already
      // known, one gone by whatever the clause's tense (TBAQ: 18 of 18 on or before the DCT).
      const t = spec.possessive ? 'past' : tense;
      return fromDct(`${formatDay(weekdayFrom(dct, spec.weekday, spec.rel, t))}${spec.time ?? ''}`);
    }

    case 'weekend': {
      if (!dct) return unresolved('XXXX-WXX-WE');
      // The Saturday of the weekend meant: past -> the latest on or before the DCT, future -> next.
      const saturday = weekdayFrom(dct, 6, spec.rel, spec.rel === 'bare' ? tense : null);
      const day = spec.rel === 'bare' && isoWeekday(dct) === 7 && direction(tense) === 'past' ? addDays(dct, -1) : saturday;
      return fromDct(`${weekValue(day)}-WE`);
    }

    case 'dayOffset':
      if (!dct) return unresolved(`XXXX-XX-XX${spec.time ?? ''}`);
      return fromDct(`${formatDay(addDays(dct, spec.offset))}${spec.time ?? ''}`);

    case 'timeOnly':
      if (!dct) return unresolved(`XXXX-XX-XX${spec.time}`);
      return fromDct(`${formatDay(dct)}${spec.time}`);

    case 'unitOffset':
      if (!dct) return unresolved(UNKNOWN_OF_UNIT[spec.unit]);
      return fromDct(unitValue(shiftDay(dct, spec.offset, spec.unit), spec.unit));

    case 'shift': {
      // "a few years ago", "several weeks later": only the side of the DCT is known.
      if (spec.amount === null) return fromDct(spec.direction < 0 ? 'PAST_REF' : 'FUTURE_REF');
      const n = spec.amount * spec.direction;
      // "a year ago" right after a quarter or half ("profit rose in the third quarter from a year
      // ago") compares like with like: the same period of the year before.
      const periodAnchor = ctx.anchor && /^\d{4}-[QH]\d$/.test(ctx.anchor.value) && spec.unit === 'year';
      // "Last year catastrophe losses totaled $5 million ... The year-earlier results": a comparison
      // after a period of the year before the DCT's is that period, not the year before it.
      const before = spec.comparison && dct && ctx.anchor ? parseAnchor(ctx.anchor.value) : null;
      if (before && (before.unit === 'year' || before.unit === 'quarter') && before.day.y === dct!.y - 1) return { value: ctx.anchor!.value, anchor: `anchor:${ctx.anchor!.tid}` };
      if ((spec.from === 'anchor' || periodAnchor) && ctx.anchor) {
        const shifted = shiftValue(ctx.anchor.value, n, spec.unit);
        if (shifted) return { value: shifted, anchor: `anchor:${ctx.anchor.tid}` };
      }
      if (!dct) return unresolved(UNKNOWN_OF_UNIT[spec.unit === 'week' ? 'day' : spec.unit]);
      // "two weeks ago" is a day; "five months ago" a month; "a year ago" a year.
      const unit = spec.unit === 'week' || spec.unit === 'weekend' ? 'day' : spec.unit;
      return fromDct(unitValue(shiftDay(dct, n, spec.unit), unit === 'decade' || unit === 'century' ? 'year' : unit));
    }

    case 'anchorUnit': {
      const time = spec.time ?? '';
      if (ctx.anchor) {
        const shifted = shiftValue(ctx.anchor.value, spec.offset, spec.unit);
        const a = parseAnchor(ctx.anchor.value);
        if (shifted && a && UNIT_RANK[a.unit] <= UNIT_RANK[spec.unit]) {
          const base = parseAnchor(shifted)!;
          return { value: `${unitValue(base.day, spec.unit)}${time}`, anchor: `anchor:${ctx.anchor.tid}` };
        }
      }
      if (!dct) return unresolved(`${UNKNOWN_OF_UNIT[spec.unit]}${time}`);
      return fromDct(`${unitValue(shiftDay(dct, spec.offset, spec.unit), spec.unit)}${time}`);
    }

    case 'monthWeek': {
      let year = spec.year;
      let month = spec.month;
      if (month === null) {
        // "the third week of this month": the DCT's month, shifted.
        if (!dct) return unresolved('XXXX-WXX');
        const m = addMonths({ y: dct.y, m: dct.m, d: 1 }, spec.monthOffset ?? 0);
        year = m.y;
        month = m.m;
      } else if (year === null) {
        if (!dct) return unresolved('XXXX-WXX');
        year = spec.day !== undefined ? dayYear(dct, month, spec.day, tense) : monthYear(dct, month, 'bare', tense, weakTense);
      }
      const value = weekValue(monthWeekDay(year, month, spec.nth, spec.day));
      return spec.year !== null ? absolute(value) : fromDct(value);
    }

    case 'season': {
      if (spec.year !== null) return absolute(`${pad(spec.year, 4)}-${spec.season}`);
      if (!dct) return unresolved(`XXXX-${spec.season}`);
      return fromDct(`${pad(seasonYear(dct, spec.season, spec.rel, tense), 4)}-${spec.season}`);
    }

    case 'quarter': {
      // "the 1988 quarter": the quarter mentioned before, in the year named.
      const anchorQuarter = ctx.anchor && /^\d{4}-Q\d$/.test(ctx.anchor.value) ? ctx.anchor.value.slice(5) : null;
      const part = spec.half ? `H${spec.half}` : spec.quarter ? `Q${spec.quarter}` : spec.year !== null && anchorQuarter ? anchorQuarter : 'QX';
      if (spec.year !== null) return absolute(`${pad(spec.year, 4)}-${part}`);
      if (!dct) return unresolved(`XXXX-${part}`);
      if (spec.yearOffset !== undefined) return fromDct(`${pad(dct.y + spec.yearOffset, 4)}-${part}`);
      if (spec.quarter === null && !spec.half) {
        // "the quarter", "the latest quarter": the one mentioned before, else the last one reported.
        if (spec.rel === 'bare' && ctx.anchor && /^\d{4}-Q\d$/.test(ctx.anchor.value)) {
          return { value: ctx.anchor.value, anchor: `anchor:${ctx.anchor.tid}` };
        }
        if (spec.endedIn !== undefined) return resolveSpec({ ...spec, quarter: spec.endedIn, endedIn: undefined }, ctx);
        const q = quarterOf(dct);
        const last = spec.rel === 'this' ? { y: dct.y, q } : q === 1 ? { y: dct.y - 1, q: 4 } : { y: dct.y, q: q - 1 };
        const shift = spec.rel === 'next' ? 2 : 0;
        const total = last.y * 4 + last.q - 1 + shift;
        return fromDct(`${pad(Math.floor(total / 4), 4)}-Q${(total % 4) + 1}`);
      }
      const current = spec.half ? (dct.m <= 6 ? 1 : 2) : quarterOf(dct);
      const wanted = spec.half ?? spec.quarter!;
      let year = dct.y;
      if (spec.rel === 'last') year = wanted < current ? dct.y : dct.y - 1;
      else if (spec.rel === 'next') year = wanted > current ? dct.y : dct.y + 1;
      else if (spec.rel === 'bare') {
        // Companies report quarters after they end: a quarter of this year that has begun is this
        // year's whatever the tense ("will report third-quarter results" in October); one that has
        // not begun is next year's in a future clause, last year's in a past one.
        if (wanted <= current) year = dct.y;
        else year = direction(tense) === 'future' ? dct.y : dct.y - 1;
      }
      return fromDct(`${pad(year, 4)}-${part}`);
    }

    case 'holiday': {
      const h = HOLIDAYS[spec.name];
      if (!h) return unresolved('XXXX-XX-XX');
      if (spec.year !== null) return absolute(formatDay(holidayDay(h, spec.year)));
      if (!dct) {
        return unresolved(h.kind === 'fixed' ? `XXXX-${pad(h.month)}-${pad(h.day)}` : 'XXXX-XX-XX');
      }
      let y = dct.y;
      const thisYear = holidayDay(h, y);
      const diff = diffDays(thisYear, dct);
      if (spec.rel === 'last' || (spec.rel === 'bare' && direction(tense) === 'past')) {
        if (diff > 0) y -= 1;
      } else if (spec.rel === 'next' || spec.rel === 'bare') {
        if (diff < 0) y += 1;
      }
      return fromDct(formatDay(holidayDay(h, y)));
    }
  }
}

