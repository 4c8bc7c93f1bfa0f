/**
 * What a parser read, before anchoring: a small discriminated union. The resolver (`resolve.ts`)
 * turns a spec into a TIMEX3 value using the document date, the clause tense and the previously
 * mentioned date. Keeping the two apart lets tests assert what the text said separately from what
 * we inferred (STYLE.md §2).
 */
import type { TimexType } from '../../model/types.js';
import type { DayPart, Season, Unit } from './lexicon.js';

/** Direction words: `last` (before the DCT's unit), `this`, `next`, or bare (decided by tense). */
export type Relation = 'bare' | 'last' | 'this' | 'next';

export type Spec =
  /** Fully given by the text: `2001`, `P3D`, `PRESENT_REF`, `XXXX-WXX-1`. */
  | { kind: 'value'; value: string }
  /** A calendar date, possibly without a year ("Aug. 7"); `time` is `T15:00` or a day part. */
  | { kind: 'date'; year: number | null; month: number; day: number; time?: string }
  /** A month, possibly without a year ("in May", "last May", "June last year"). */
  | { kind: 'month'; month: number; year: number | null; rel: Relation; yearOffset?: number }
  /**
   * A weekday ("Friday", "last Friday", "Friday morning", "3 p.m. Tuesday"); `possessive` for
   * "Friday's" (a modifier: "Friday's ruling" names a day whose event is already known).
   */
  | { kind: 'weekday'; weekday: number; rel: Relation; time?: string; possessive?: boolean; fromAnchor?: boolean }
  /** A weekend ("the weekend", "last weekend"): `YYYY-Www-WE`, chosen by tense when bare. */
  | { kind: 'weekend'; rel: Relation }
  /** A day relative to the DCT: yesterday -1, today 0, tomorrow 1. */
  | { kind: 'dayOffset'; offset: number; time?: string }
  /** A time of day with no day named: the DCT's day. */
  | { kind: 'timeOnly'; time: string }
  /** The calendar unit containing the DCT, shifted: "last week" (week, -1), "this year" (year, 0). */
  | { kind: 'unitOffset'; unit: Unit; offset: number }
  /** Shift by an amount from the DCT ("two weeks ago") or from the previous date ("a year later"). */
  | {
      kind: 'shift';
      amount: number | null;
      unit: Unit;
      direction: -1 | 1;
      from: 'dct' | 'anchor';
      /** "the year-earlier results", "the year-ago quarter": the period compared with the one reported. */
      comparison?: true;
    }
  /**
   * The same unit as the previously mentioned date, shifted ("the following month", "that day"); a
   * day may carry a part of it ("the next morning": `time` `TMO`).
   */
  | { kind: 'anchorUnit'; unit: Unit; offset: number; time?: string }
  /**
   * A week of a month: the nth (1-5, -1 for the last) week of a month ("the third week of May",
   * "the last week of this month"), or the week containing a day ("the week of March 6"). `month`
   * null with `monthOffset` for "this/next/last month". Weeks are ISO weeks; the first of a month is
   * the one holding its first Thursday, as ISO counts the first week of a year.
   */
  | { kind: 'monthWeek'; nth: number | null; day?: number; month: number | null; year: number | null; monthOffset?: number }
  /** A season ("last fall", "the summer of 1998"). */
  | { kind: 'season'; season: Season; year: number | null; rel: Relation }
  /** A quarter or half ("the third quarter", "Q2 2011", "the first half"); `quarter` null = unknown. */
  | {
      kind: 'quarter';
      quarter: number | null;
      half?: 1 | 2;
      year: number | null;
      rel: Relation;
      yearOffset?: number;
      /** "the quarter ended July 31": the calendar quarter of its end date, when no quarter was named before. */
      endedIn?: number;
    }
  /** A holiday by name with an optional year. */
  | { kind: 'holiday'; name: string; year: number | null; rel: Relation };

export interface Candidate {
  /** Offsets into the article text. */
  start: number;
  end: number;
  type: TimexType;
  spec: Spec;
  /** The parser that read it (provenance). */
  rule: string;
}
