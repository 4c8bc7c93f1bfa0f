/**
 * The parsers: each one a pattern and an `extract` that reads a match into a Spec (or null to reject
 * it). They only read what the text says; anchoring happens later (`resolve.ts`). The order of
 * `PARSERS` is the priority when two matches cover the same span (see `refiners.ts`).
 */
import type { TimexType } from '../../model/types.js';
import {
  DAY_PARTS,
  DECADE_WORDS,
  DIGIT_WORDS,
  HOLIDAYS,
  COUNTED_NOUNS,
  MONTHS,
  NAMED_DATES,
  NAMING_NOUNS,
  NUMBER_WORDS,
  ORDINALS,
  SEASONS,
  type Unit,
  UNITS,
  WEEKDAYS,
} from './lexicon.js';
import {
  alt,
  CLOCK,
  DAY_OF_MONTH,
  DAY_ORDINAL_WORDS,
  DAY_PART,
  DECADE_WORD,
  key,
  L,
  MONTH,
  MONTH_SAFE,
  NUMBER,
  ORDINAL,
  R,
  SEASON,
  SEP,
  UNIT,
  UNIT_PLURAL,
  VAGUE,
  WEEKDAY,
  WEEKDAY_PLURAL,
  YEAR4,
  YEAR_WORDS,
  ZONE,
} from './patterns.js';
import { durationValue } from './resolve.js';
import type { Relation, Spec } from './spec.js';

export interface Parser {
  readonly name: string;
  readonly type: TimexType;
  /** A global (`g`) pattern; named groups feed `extract`. */
  readonly pattern: RegExp;
  /** The spec of a match, or null to reject it. `text` is the whole article (for context checks). */
  extract(m: RegExpExecArray, text: string): Spec | { spec: Spec; type: TimexType } | null;
}

// ---------------------------------------------------------------- readers of matched words

function monthOf(s: string): number {
  return MONTHS[key(s)]!;
}

function weekdayOf(s: string): number {
  return WEEKDAYS[key(s).replace(/'s$/, '').replace(/s$/, '')]!;
}

/** A count in digits or words; null for vague counts. */
export function numberOf(raw: string): number | null {
  const s = key(raw).replace(/-/g, ' ');
  if (/^\d{1,3}(,\d{3})+$/.test(s)) return Number(s.replace(/,/g, ''));
  const frac = /^(\d+) 1\/2$/.exec(s);
  if (frac) return Number(frac[1]) + 0.5;
  if (/^\d+(\.\d+)?$/.test(s)) return Number(s);
  const special: Record<string, number> = {
    a: 1, an: 1, 'a couple of': 2, 'a dozen': 12, 'a half': 0.5, 'half a': 0.5, 'one and a half': 1.5,
    'a hundred': 100, 'a thousand': 1000, 'two thousand': 2000,
  };
  if (s in special) return special[s]!;
  const parts = s.split(' ');
  if (parts.length === 2 && NUMBER_WORDS[parts[0]!] !== undefined && DIGIT_WORDS.includes(parts[1]!)) {
    return NUMBER_WORDS[parts[0]!]! + NUMBER_WORDS[parts[1]!]!;
  }
  return NUMBER_WORDS[s] ?? null;
}

function unitOf(s: string): Unit {
  return UNITS[key(s)]!;
}

function relationOf(s: string | undefined): Relation {
  if (!s) return 'bare';
  const k = key(s);
  if (/^(last|this past|past|previous|the previous|the past)$/.test(k)) return 'last';
  if (/^(next|this coming|coming|the coming|the next|the following|following)$/.test(k)) return 'next';
  if (/^(this|the current|current)$/.test(k)) return 'this';
  return 'bare';
}

function yearWordsOf(s: string): number {
  const k = key(s).replace(/-/g, ' ');
  if (k === 'two thousand') return 2000;
  const [century, tens, digit] = k.split(' ');
  return NUMBER_WORDS[century!]! * 100 + NUMBER_WORDS[tens!]! + (digit ? NUMBER_WORDS[digit]! : 0);
}

/** `T15:00`, `T12:00` for noon, `T24:00` for midnight, or a day part `TMO`. */
function clockOf(raw: string): string {
  const s = raw.toLowerCase().replace(/\s+/g, '');
  if (s === 'noon') return 'T12:00';
  if (s === 'midnight') return 'T24:00';
  const m = /^(\d{1,2})(?::(\d{2}))?([ap])/.exec(s);
  if (!m) return '';
  let h = Number(m[1]) % 12;
  if (m[3] === 'p') h += 12;
  return `T${String(h).padStart(2, '0')}:${m[2] ?? '00'}`;
}

function partOf(s: string | undefined): string | undefined {
  return s ? `T${DAY_PARTS[key(s)]}` : undefined;
}

const before = (text: string, index: number, n = 40): string => text.slice(Math.max(0, index - n), index);
const after = (text: string, index: number, n = 40): string => text.slice(index, index + n);

/** Words before a bare month/season that make it a date ("in May", "since March"). */
const DATE_PREPOSITION = /(?:^|[^\w])(?:in|into|over|since|until|till|by|during|through|throughout|from|to|of|before|after|between|and|or|on|around|last|past|early|late|mid|for|that|each|every|this|next|until|as of|starting|beginning|ending|late|end|earlier|later)[ \t\n]+$/i;

const re = (source: string): RegExp => new RegExp(source, 'g');

// ---------------------------------------------------------------- the parsers

const REL_WORDS = alt(['this past', 'this coming', 'last', 'this', 'next', 'past', 'coming']);
const EDGE_WORDS = alt(['early', 'late', 'mid', 'earlier', 'later']);
const SPAN_EDGE = alt(['the end of', 'the beginning of', 'the middle of', 'the start of', 'the first half of', 'the second half of', 'the rest of', 'the remainder of', 'the turn of', 'the close of']);

export const PARSERS: readonly Parser[] = [
  {
    name: 'iso-date',
    type: 'DATE',
    pattern: re(`${L}(?<y>\\d{4})-(?<m>[01]\\d)-(?<d>[0-3]\\d)(?![\\w-])`),
    extract: (m) => ({ kind: 'date', year: +m.groups!.y!, month: +m.groups!.m!, day: +m.groups!.d! }),
  },
  {
    name: 'slash-date',
    type: 'DATE',
    pattern: re(`${L}(?<m>1[0-2]|0?[1-9])/(?<d>[12]\\d|3[01]|0?[1-9])/(?<y>\\d{4}|\\d{2})(?![\\w/-])`),
    extract: (m) => {
      const y = m.groups!.y!;
      const year = y.length === 4 ? +y : +y + (+y < 50 ? 2000 : 1900);
      return { kind: 'date', year, month: +m.groups!.m!, day: +m.groups!.d! };
    },
  },
  {
    // "Aug. 7", "August 7, 1998", "Friday, Oct. 23", "March eighth", "early Tuesday, Feb. 3"
    name: 'month-day',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<wd>${WEEKDAY})${SEP})?(?<mon>${MONTH})\\s+(?:(?<day>${DAY_OF_MONTH})|(?<dayw>${DAY_ORDINAL_WORDS}))(?:${SEP}(?<y>${YEAR4}))?${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const day = g.day ? parseInt(g.day, 10) : ORDINALS[key(g.dayw!)]!;
      // "the Sept. 11 commission": a date naming an event or body, not a date of the story.
      if (!g.y && isNamedDate(m[0], text, m.index + m[0].length)) return null;
      // "May 5" is fine, but "may 5" never reaches here (months are proper nouns).
      return { kind: 'date', year: g.y ? +g.y : null, month: monthOf(g.mon!), day };
    },
  },
  {
    // The second day of "April 24 and 25", "May 3 or 4", "Jan. 10 to 12": a date of its own in
    // TimeML, in the month (and year) of the first.
    name: 'month-day-list',
    type: 'DATE',
    // The lookbehind is bounded (a day, a conjunction, a few spaces) so that it costs constant time
    // per position; the month before the first day is read in `extract` from a bounded window.
    pattern: re(`(?<=\\d(?:st|nd|rd|th)?[ \\t]{1,3}(?:and|or|to|through|&)[ \\t]{1,3})(?<day>${DAY_OF_MONTH})(?:${SEP}(?<y>${YEAR4}))?${R}`),
    extract: (m, text) => {
      const g = m.groups!;
      const first = MONTH_DAY_BEFORE_LIST.exec(before(text, m.index, 40));
      if (!first) return null;
      // "on March 3 and 4 people died": a count, not a day.
      const tail = after(text, m.index + m[0].length, 24);
      if (!g.y && (COUNTED.test(tail) || /^\s*(?:%|percent\b|per\b)/.test(tail))) return null;
      return { kind: 'date', year: g.y ? +g.y : null, month: monthOf(first.groups!.mon!), day: parseInt(g.day!, 10) };
    },
  },
  {
    // "the third week of May", "the last week of this month", "the first week of next month",
    // "the week of March 6"
    name: 'month-week',
    type: 'DATE',
    pattern: re(
      `${L}[Tt]he\\s+(?:(?<ord>${alt(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'final'])})\\s+)?week\\s+of\\s+(?:(?<rel>${alt(['this', 'next', 'last'])})\\s+month|(?<mon>${MONTH})(?:\\s+(?<day>${DAY_OF_MONTH}))?(?:${SEP}(?<y>${YEAR4}))?)${R}`,
    ),
    extract: (m) => {
      const g = m.groups!;
      const year = g.y ? +g.y : null;
      if (g.day) {
        if (g.ord) return null; // "the first week of March 6": not English
        return { kind: 'monthWeek', nth: null, day: parseInt(g.day, 10), month: monthOf(g.mon!), year };
      }
      if (!g.ord) return null; // "the week of May": too vague to be a week
      const ord = key(g.ord);
      const nth = ord === 'last' || ord === 'final' ? -1 : ORDINALS[ord]!;
      if (g.rel) return { kind: 'monthWeek', nth, month: null, year: null, monthOffset: { last: -1, this: 0, next: 1 }[key(g.rel) as 'this'] };
      return { kind: 'monthWeek', nth, month: monthOf(g.mon!), year };
    },
  },
  {
    // "7 August 1998", "the 7th of August"
    name: 'day-month',
    type: 'DATE',
    pattern: re(`${L}(?<day>${DAY_OF_MONTH})(?:\\s+of)?\\s+(?<mon>${MONTH})(?:${SEP}(?<y>${YEAR4}))?${R}`),
    extract: (m) => {
      const g = m.groups!;
      return { kind: 'date', year: g.y ? +g.y : null, month: monthOf(g.mon!), day: parseInt(g.day!, 10) };
    },
  },
  {
    // "August 1988", "early May 2001", "June of 1994", "June last year", "January this year"
    name: 'month-year',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<edge>${EDGE_WORDS})[- ])?(?<mon>${MONTH})(?:${SEP}(?:of\\s+)?(?:(?<y>${YEAR4})|(?<yw>${YEAR_WORDS}))|\\s+(?<rel>${alt(['last', 'this', 'next'])})\\s+year)${R}`,
    ),
    extract: (m) => {
      const g = m.groups!;
      const month = monthOf(g.mon!);
      if (g.y) return { kind: 'month', month, year: +g.y, rel: 'bare' };
      if (g.yw) return { kind: 'month', month, year: yearWordsOf(g.yw), rel: 'bare' };
      const offset = { last: -1, this: 0, next: 1 }[key(g.rel!) as 'last' | 'this' | 'next'];
      return { kind: 'month', month, year: null, rel: 'bare', yearOffset: offset };
    },
  },
  {
    // "in May", "last March", "early December", "mid-November", "the end of October"
    name: 'month',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<rel>${REL_WORDS})\\s+|(?<edge>${EDGE_WORDS})[- ]|(?<span>${SPAN_EDGE})\\s+)?(?<mon>${MONTH})(?![\\w-]|\\.?\\s+\\d)`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const bare = !g.rel && !g.edge && !g.span;
      if (bare) {
        const safe = new RegExp(`^${MONTH_SAFE}$`).test(g.mon!);
        // "the March accession", "a June agreement": a month before a noun, after an article.
        const prenominal = /(?:^|[^\w])(?:the|a|an)\s+$/i.test(before(text, m.index, 5)) && /^\s+(?!(?:of|to|in|on|for|and|or|by|at|with|from|is|was|were|are|has|had)\b)[a-z]{3,}/.test(after(text, m.index + m[0].length, 16));
        const prep = prenominal || DATE_PREPOSITION.test(before(text, m.index));
        // Ambiguous words ("May I", "March of the Penguins", "June Carter") need a date context.
        if (!prep && !safe) return null;
        if (/^[A-Z][a-z]/.test(after(text, m.index + m[0].length, 2).trim()) && !prep) return null;
        // An abbreviation alone ("Jan", "Dec.") is too weak.
        if (g.mon!.length <= 4 && !['May', 'June', 'July'].includes(g.mon!)) return null;
      }
      return { kind: 'month', month: monthOf(g.mon!), year: null, rel: relationOf(g.rel) };
    },
  },
  {
    // "Friday", "last Friday", "Friday morning", "early Tuesday", "this coming Sunday"
    name: 'weekday',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<rel>${alt(['this past', 'this coming', 'last', 'this', 'next', 'the previous', 'the following', 'the next', 'that'])})\\s+|(?<edge>${alt(['early', 'late', 'earlier', 'later'])})\\s+)?(?<wd>${WEEKDAY})(?<poss>['’]s)?(?:\\s+(?<part>${DAY_PART}))?(?![\\w-])`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const rel = g.rel ? key(g.rel) : '';
      const time = partOf(g.part);
      // "Tuesday Weld starred": a sentence-initial weekday followed by a name is a name.
      if (!rel && !g.edge && !g.part && /(?:^|[.!?]["”’]?)\s*$/.test(before(text, m.index, 3)) && /^\s+[A-Z][a-z]+\s+[a-z]/.test(after(text, m.index + m[0].length, 30))) {
        if (!new RegExp(`^\\s+(?:${MONTH})`).test(after(text, m.index + m[0].length, 12))) return null;
      }
      const spec: Spec = {
        kind: 'weekday',
        weekday: weekdayOf(g.wd!),
        rel: rel === 'the previous' ? 'last' : rel === 'the following' || rel === 'the next' ? 'next' : rel === 'that' ? 'bare' : relationOf(g.rel),
        ...(time ? { time } : {}),
        ...(g.poss ? { possessive: true } : {}),
        ...(rel === 'the previous' || rel === 'the following' || rel === 'the next' ? { fromAnchor: true } : {}),
      };
      return { spec, type: time ? 'TIME' : 'DATE' };
    },
  },
  {
    // "Tuesdays", "Tuesday nights": every such day.
    name: 'weekday-plural',
    type: 'SET',
    pattern: re(`${L}(?:(?<wd1>${WEEKDAY_PLURAL})|(?<wd2>${WEEKDAY})\\s+(?<part>${alt(['mornings', 'afternoons', 'evenings', 'nights'])}))${R}`),
    extract: (m) => {
      const g = m.groups!;
      const wd = weekdayOf(g.wd1 ?? g.wd2!);
      const part = g.part ? partOf(g.part.replace(/s$/, '')) : '';
      return { kind: 'value', value: `XXXX-WXX-${wd}${part ?? ''}` };
    },
  },
  {
    // "3 p.m.", "10:35 a.m. EDT", "9 a.m. Tuesday", "noon Thursday", "5 p.m. EST, Nov. 9"
    name: 'clock',
    type: 'TIME',
    pattern: re(
      `${L}(?<clock>${CLOCK})(?:\\s+${ZONE})?(?:${SEP}(?:on\\s+)?(?:(?<wd>${WEEKDAY})|(?<rel>${alt(['today', 'yesterday', 'tomorrow', 'tonight'])})|(?<mon>${MONTH})\\s+(?<day>${DAY_OF_MONTH})(?:${SEP}(?<y>${YEAR4}))?))?(?![\\w-])`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      // "High Noon" (the film), "high noon" (a showdown).
      if (/^noon$/i.test(g.clock!) && /\bhigh\s+$/i.test(before(text, m.index, 6))) return null;
      const time = clockOf(g.clock!);
      if (g.wd) return { kind: 'weekday', weekday: weekdayOf(g.wd), rel: 'bare', time };
      if (g.rel) return { kind: 'dayOffset', offset: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[key(g.rel) as 'today'], time };
      if (g.mon) return { kind: 'date', year: g.y ? +g.y : null, month: monthOf(g.mon), day: parseInt(g.day!, 10), time };
      return dayAfterBracket(text, m.index + m[0].length, time) ?? { kind: 'timeOnly', time };
    },
  },
  {
    // "Friday at 3 p.m.", "Tuesday, 9 a.m."
    name: 'weekday-clock',
    type: 'TIME',
    pattern: re(`${L}(?<wd>${WEEKDAY})(?:,\\s*|\\s+at\\s+|\\s+)(?<clock>${CLOCK})(?:\\s+${ZONE})?(?![\\w-])`),
    extract: (m) => ({ kind: 'weekday', weekday: weekdayOf(m.groups!.wd!), rel: 'bare', time: clockOf(m.groups!.clock!) }),
  },
  {
    // "yesterday", "late yesterday", "tomorrow morning", "tonight", "the day before yesterday"
    name: 'day-offset',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<edge>${alt(['early', 'late', 'earlier', 'later'])})\\s+)?(?<rel>${alt(['the day before yesterday', 'the day after tomorrow', 'yesterday', 'today', 'tomorrow', 'tonight'])})(?:\\s+(?<part>${DAY_PART}))?(?![\\w-])`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const rel = key(g.rel!);
      const end = m.index + m[0].length;
      // Generic uses name no day: "today's youth", "in today's world", "the people of tomorrow".
      if (!g.part && !g.edge && (rel === 'today' || rel === 'tomorrow')) {
        if (GENERIC_AFTER_TODAY.test(after(text, end, 24))) return null;
        if (/\bof\s+$/.test(before(text, m.index, 4)) && /^\s*(?:[,.;:!?"'”)]|$)/.test(after(text, end, 3)) && /\b(?:the\s+\w+|people|world|leaders|children|generation)\s+of\s+$/i.test(before(text, m.index, 30))) return null;
      }
      const offset = { 'the day before yesterday': -2, 'the day after tomorrow': 2, yesterday: -1, today: 0, tomorrow: 1, tonight: 0 }[rel]!;
      const time = rel === 'tonight' ? 'TNI' : g.part ? partOf(g.part) : undefined;
      return { spec: { kind: 'dayOffset', offset, ...(time ? { time: time.startsWith('T') ? time : `T${time}` } : {}) }, type: time ? 'TIME' : 'DATE' };
    },
  },
  {
    // "this morning", "last night", "this afternoon", "overnight"
    name: 'day-part',
    type: 'TIME',
    pattern: re(`${L}(?:(?<rel>${alt(['this', 'last', 'later this', 'earlier this', 'early this', 'late last'])})\\s+(?<part>${DAY_PART})|(?<over>${alt(['overnight'])}))${R}`),
    extract: (m, text) => {
      const g = m.groups!;
      if (g.over) {
        // "overnight" as an adverb only ("an overnight rate" is not a time).
        if (/^\s+[a-z]/.test(after(text, m.index + m[0].length, 3)) && !/^\s+(?:in|on|at|and|to|from)\b/.test(after(text, m.index + m[0].length, 8))) return null;
        return { kind: 'dayOffset', offset: -1, time: 'TNI' };
      }
      const rel = key(g.rel!);
      const part = DAY_PARTS[key(g.part!)]!;
      return { kind: 'dayOffset', offset: rel.startsWith('last') || rel === 'late last' ? -1 : 0, time: `T${part}` };
    },
  },
  {
    // "midday", "mid-afternoon", "late morning", "mid-afternoon yesterday", "early evening Tuesday":
    // a part of the day with no day named is the DCT's (TimeML: TIME, `TAF`, `T12:00`).
    name: 'part-of-day',
    type: 'TIME',
    pattern: re(
      `${L}(?:(?<mid>${alt(['midday', 'mid-day', 'midafternoon', 'mid-afternoon', 'mid afternoon', 'midmorning', 'mid-morning', 'mid morning', 'mid-evening'])})|(?<edge>${alt(['early', 'late'])})\\s+(?<part>${DAY_PART}))(?:${SEP}(?:on\\s+)?(?:(?<rel>${alt(['yesterday', 'today', 'tomorrow'])})|(?<wd>${WEEKDAY})))?${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const word = key(g.mid ?? g.part!).replace(/^mid[- ]?/, '');
      const time = word === 'day' ? 'T12:00' : `T${DAY_PARTS[word]}`;
      if (g.wd) return { kind: 'weekday', weekday: weekdayOf(g.wd), rel: 'bare', time };
      if (g.rel) return { kind: 'dayOffset', offset: { yesterday: -1, today: 0, tomorrow: 1 }[key(g.rel) as 'today'], time };
      // "early morning raids" is fine; "the late afternoon sun" too: a part of the day either way.
      // "late night" as a name ("late night television") is not.
      if (g.edge && key(g.part!) === 'night' && /^\s+[a-z]/.test(after(text, m.index + m[0].length, 3))) return null;
      return { kind: 'timeOnly', time };
    },
  },
  {
    // "4 in the morning", "ten at night", "8 o'clock in the evening"
    name: 'clock-part',
    type: 'TIME',
    pattern: re(
      `${L}(?<h>1[0-2]|0?[1-9]|${alt(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'])})(?:\\s+o'clock)?\\s+(?:in\\s+the\\s+(?<part>${alt(['morning', 'afternoon', 'evening'])})|(?<night>at\\s+night))${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const h = /^\d/.test(g.h!) ? +g.h! : NUMBER_WORDS[key(g.h!)]!;
      const pm = g.night ? h !== 12 && h >= 6 : key(g.part!) !== 'morning' && h !== 12;
      const hour = (h % 12) + (pm ? 12 : 0);
      const time = `T${String(hour).padStart(2, '0')}:00`;
      return dayAfterBracket(text, m.index + m[0].length, time) ?? { kind: 'timeOnly', time };
    },
  },
  {
    // "the next morning", "the following evening", "that night", "the previous afternoon": a part of
    // the day before or after the previously mentioned one.
    name: 'anchor-day-part',
    type: 'TIME',
    pattern: re(`${L}(?<rel>${alt(['the next', 'the following', 'the previous', 'the preceding', 'that', 'the same'])})\\s+(?<part>${alt(['morning', 'afternoon', 'evening', 'night'])})${R}`),
    extract: (m) => {
      const g = m.groups!;
      const rel = key(g.rel!);
      const offset = rel === 'the next' || rel === 'the following' ? 1 : rel === 'that' || rel === 'the same' ? 0 : -1;
      return { kind: 'anchorUnit', unit: 'day', offset, time: partOf(g.part)! };
    },
  },
  {
    // "last week", "this year", "next month", "earlier this month", "the past year", "the current quarter"
    name: 'unit-offset',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<edge>${alt(['early', 'late', 'earlier', 'later', 'the end of', 'the beginning of', 'the middle of', 'the start of', 'the rest of', 'the remainder of', 'the first half of', 'the second half of', 'the latter part of', 'the early part of'])})\\s+)?(?:(?<rel>${alt(['this past', 'this coming', 'last', 'this', 'next', 'the past', 'the last', 'the coming', 'the current', 'the next', 'the previous', 'the following', 'the same', 'that', 'the preceding', 'the prior', 'the latest'])})\\s+)(?:(?<fiscal>${alt(['fiscal', 'calendar', 'financial'])})\\s+)?(?<unit>${alt(['week', 'weekend', 'month', 'year', 'quarter', 'decade', 'century', 'day', 'period', 'half'])})${R}`,
    ),
    extract: (m) => {
      const g = m.groups!;
      const rel = key(g.rel!);
      const unitWord = key(g.unit!);
      // "ABC News' \"This Week\"", "Next Year in Jerusalem": a capitalised unit is a title.
      if (/^[A-Z]/.test(g.rel!) && /^[A-Z]/.test(g.unit!) && !/^[A-Z]+$/.test(g.unit!)) return null;
      // "the next day", "the previous week", "that year", "the same day": the previous date's unit.
      if (/^(the next|the previous|the following|the same|that|the preceding|the prior)$/.test(rel)) {
        if (unitWord === 'period' || unitWord === 'half') return null;
        const offset = /next|following/.test(rel) ? 1 : /previous|preceding|prior/.test(rel) ? -1 : 0;
        return { kind: 'anchorUnit', unit: unitWord as Unit, offset };
      }
      // "this day", "the last day": not a date we can place.
      if (unitWord === 'day') return null;
      if (unitWord === 'period' || unitWord === 'half') {
        if (rel === 'the latest' || rel === 'the current' || rel === 'the same' || rel === 'this') {
          return { kind: 'quarter', quarter: null, year: null, rel: 'bare' };
        }
        return null;
      }
      if (unitWord === 'quarter') {
        // "the latest quarter", "the past quarter": the last one that ended before the DCT.
        const r = rel === 'the latest' || rel === 'the past' || rel === 'the last' ? 'last' : relationOf(rel);
        return { kind: 'quarter', quarter: null, year: null, rel: r };
      }
      if (rel === 'the latest') return null;
      // "the next year" and "the past year" as spans of time after/before now ("in the next year")
      // are DATE values of the neighbouring unit, as TimeBank annotates them.
      const offset = /past|last/.test(rel) ? -1 : /next|coming/.test(rel) ? 1 : 0;
      return { kind: 'unitOffset', unit: unitWord as Unit, offset };
    },
  },
  {
    // "the third quarter", "third-quarter", "the fiscal first quarter", "the 1988 third quarter",
    // "the third quarter of 1990", "Q2 2011", "the first half", "first-half"
    name: 'quarter',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<det>${alt(['the', 'its', 'their', 'a', 'this', "this year's", "last year's", "next year's", 'the same'])})\\s+)?(?:(?<y1>${YEAR4})\\s+)?(?:(?<fiscal>${alt(['fiscal', 'calendar'])})[- ])?(?:(?<ord>${alt(['first', 'second', 'third', 'fourth', 'final', 'last', '1st', '2nd', '3rd', '4th'])})[- ](?:fiscal[- ])?(?<unit>${alt(['quarter', 'half'])})(?:(?:\\s+of|,)?\\s+(?:fiscal\\s+)?(?<y2>${YEAR4}))?|(?<q>Q[1-4])(?:\\s+(?<y3>${YEAR4}))?)${R}`,
    ),
    extract: (m) => {
      const g = m.groups!;
      const year = g.y1 ?? g.y2 ?? g.y3;
      const det = g.det ? key(g.det) : '';
      const yearOffset = det === "this year's" ? 0 : det === "last year's" ? -1 : det === "next year's" ? 1 : undefined;
      if (g.q) return { kind: 'quarter', quarter: +g.q[1]!, year: year ? +year : null, rel: 'bare', ...(yearOffset !== undefined ? { yearOffset } : {}) };
      const ord = key(g.ord!);
      const n = ord === 'final' || ord === 'last' ? (key(g.unit!) === 'half' ? 2 : 4) : ORDINALS[ord]!;
      if (key(g.unit!) === 'half') {
        if (n > 2) return null;
        return { kind: 'quarter', quarter: null, half: n as 1 | 2, year: year ? +year : null, rel: 'bare', ...(yearOffset !== undefined ? { yearOffset } : {}) };
      }
      return { kind: 'quarter', quarter: n, year: year ? +year : null, rel: 'bare', ...(yearOffset !== undefined ? { yearOffset } : {}) };
    },
  },
  {
    // "the quarter", "the latest quarter", "the year-earlier quarter", "the year-ago period", "the
    // year-ago third quarter" (the same quarter a year before the one reported)
    name: 'period',
    type: 'DATE',
    pattern: re(
      `${L}(?<det>${alt(['the', 'its', 'their', 'a', 'that'])})\\s+(?:(?<adj>${alt(['latest', 'recent', 'most recent', 'comparable', 'same', 'year-earlier', 'year-ago', 'year-before', 'previous', 'prior', 'corresponding'])})\\s+)?(?:(?<adj2>${alt(['year-earlier', 'year-ago'])})\\s+)?(?:(?<ord>${alt(['first', 'second', 'third', 'fourth'])})[- ])?(?<unit>${alt(['quarter', 'period'])})(?<yearBefore>\\s+${alt(['last year', 'a year ago', 'a year earlier'])})?${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const adj = [g.adj, g.adj2].filter(Boolean).map((a) => key(a!)).join(' ');
      const unit = key(g.unit!);
      // "the year-ago quarter", "the corresponding period last year", "the quarter a year ago".
      if (/year-(earlier|ago|before)/.test(adj) || g.yearBefore) return { kind: 'shift', amount: 1, unit: 'year', direction: -1, from: 'anchor', comparison: true };
      // "the third quarter" without a year-ago word is the `quarter` parser's.
      if (g.ord) return null;
      if (/previous|prior/.test(adj)) return { kind: 'anchorUnit', unit: 'quarter', offset: -1 };
      if (unit === 'period' && !adj) return null;
      // "a quarter" is a duration (`duration` parser) unless it is "a quarter of" something.
      if (key(g.det!) === 'a') return null;
      if (/^\s+(?:of|to|point|percent|mile|century)\b/.test(after(text, m.index + m[0].length, 12))) return null;
      // "the quarter ended July 31": the three months to that day, named by the calendar quarter
      // holding most of them (its middle month): May-July is the second quarter. A fiscal quarter
      // named before still wins (resolve.ts).
      const ended = unit === 'quarter' && !/same|comparable|corresponding/.test(adj) ? QUARTER_ENDED.exec(after(text, m.index + m[0].length, 24)) : null;
      if (ended) {
        const middle = ((monthOf(ended.groups!.mon!) + 10) % 12) + 1;
        return { kind: 'quarter', quarter: null, endedIn: Math.ceil(middle / 3), year: null, rel: 'bare' };
      }
      return { kind: 'quarter', quarter: null, year: null, rel: 'bare' };
    },
  },
  {
    // "the weekend", "last weekend", "this weekend", "over the weekend"
    name: 'weekend',
    type: 'DATE',
    pattern: re(`${L}(?<rel>${alt(['the', 'this past', 'this coming', 'last', 'this', 'next', 'that'])})\\s+weekend${R}`),
    extract: (m) => {
      const rel = key(m.groups!.rel!);
      return { kind: 'weekend', rel: rel === 'the' || rel === 'that' ? 'bare' : relationOf(rel) };
    },
  },
  {
    // "the year", "the fiscal year", "the full year": the year being reported on; a DURATION when
    // it is the span of an accounting period ("for the year ended Sept. 30").
    name: 'the-year',
    type: 'DATE',
    pattern: re(`${L}(?:${alt(['the', 'its', 'their'])})\\s+(?:(?<adj>${alt(['full', 'fiscal', 'calendar', 'entire', 'whole', 'current fiscal', 'latest fiscal', 'financial'])})\\s+)?year(?!['’\\w-])`),
    extract: (m, text) => {
      const next = after(text, m.index + m[0].length, 16);
      if (/^\s+(?:ended|ending|to)\b/.test(next)) return { spec: { kind: 'value', value: 'P1Y' }, type: 'DURATION' };
      if (/^\s+(?:before|earlier|after|later|ago|of|in|when|that|he|she|it|they|we)\b/.test(next)) return null;
      if (m.groups!.adj && /latest/.test(m.groups!.adj)) return { kind: 'unitOffset', unit: 'year', offset: -1 };
      return { kind: 'unitOffset', unit: 'year', offset: 0 };
    },
  },
  {
    // "year-end", "year's end", "the end of the year"
    name: 'year-end',
    type: 'DATE',
    pattern: re(`${L}(?:${alt(['year-end', "year's end", 'year end', 'the end of the year', 'the turn of the year'])})${R}`),
    extract: () => ({ kind: 'unitOffset', unit: 'year', offset: 0 }),
  },
  {
    // "the day before", "the week after", "the year before": shifted from the previous date
    name: 'unit-before',
    type: 'DATE',
    pattern: re(`${L}(?:${alt(['the'])})\\s+(?<unit>${alt(['day', 'week', 'month', 'year'])})\\s+(?<dir>${alt(['before', 'earlier', 'after', 'later'])})(?=\\s*[,.;:)]|\\s+(?:and|when|that)\\b)`),
    extract: (m) => {
      const dir = key(m.groups!.dir!);
      return { kind: 'shift', amount: 1, unit: unitOf(m.groups!.unit!), direction: dir === 'before' || dir === 'earlier' ? -1 : 1, from: 'anchor' };
    },
  },
  {
    // "the 1988 quarter", "the 1989 period": the quarter being reported, in the year named.
    name: 'year-period',
    type: 'DATE',
    pattern: re(`${L}(?:${alt(['the', 'its', 'their'])})\\s+(?<y>${YEAR4})\\s+(?:${alt(['quarter', 'period'])})${R}`),
    extract: (m) => ({ kind: 'quarter', quarter: null, year: +m.groups!.y!, rel: 'bare' }),
  },
  {
    // "year-earlier", "year-ago": the same period a year before the one just mentioned.
    name: 'year-ago-adjective',
    type: 'DATE',
    pattern: re(`${L}(?:${alt(['year-earlier', 'year-ago', 'year-before', 'year earlier'])})${R}`),
    extract: () => ({ kind: 'shift', amount: 1, unit: 'year', direction: -1, from: 'anchor', comparison: true }),
  },
  {
    // "last fall", "this summer", "the summer of 1998", "winter 2010", "in the spring", "early spring"
    name: 'season',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<rel>${alt(['this past', 'this coming', 'last', 'this', 'next', 'past', 'coming'])})\\s+|(?<the>${alt(['the'])})\\s+(?:(?<edge1>${alt(['early', 'late'])})\\s+)?|(?<edge>${alt(['early', 'late', 'mid'])})[- ])?(?<season>${SEASON})(?:(?:\\s+of)?\\s+(?:(?<y>${YEAR4})|(?<yw>${YEAR_WORDS})))?${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const season = SEASONS[key(g.season!)]!;
      const hasYear = Boolean(g.y ?? g.yw);
      if (!g.rel && !hasYear) {
        // A bare season needs a date preposition ("in the spring", "during summer").
        // "the March accession", "a June agreement": a month before a noun, after an article.
        const prenominal = /(?:^|[^\w])(?:the|a|an)\s+$/i.test(before(text, m.index, 5)) && /^\s+(?!(?:of|to|in|on|for|and|or|by|at|with|from|is|was|were|are|has|had)\b)[a-z]{3,}/.test(after(text, m.index + m[0].length, 16));
        const prep = prenominal || DATE_PREPOSITION.test(before(text, m.index));
        if (!prep) return null;
        // "the fall of the Berlin Wall", "a fall in prices".
        if (key(g.season!) === 'fall' && (!g.the || /^\s+(?:of|in)\b/.test(after(text, m.index + m[0].length, 6)))) return null;
        if (/^\s+(?:of)\b/.test(after(text, m.index + m[0].length, 6))) return null;
      }
      const year = g.y ? +g.y : g.yw ? yearWordsOf(g.yw) : null;
      return { kind: 'season', season, year, rel: relationOf(g.rel) };
    },
  },
  {
    // "the 1990s", "the early 1980s", "the mid-1990s", "the '80s", "the nineties", "1960s"
    name: 'decade',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<the>${alt(['the'])})\\s+)?(?:(?<edge>${alt(['early', 'mid', 'late'])})[- ])?(?:(?<num>1\\d\\d|20\\d)0'?s|'(?<short>\\d)0'?s|(?<word>${DECADE_WORD}))${R}`,
    ),
    extract: (m) => {
      const g = m.groups!;
      if (g.word && !g.the) return null;
      const value = g.num ?? (g.short ? `19${g.short}` : `19${DECADE_WORDS[key(g.word!)]}`);
      return { kind: 'value', value };
    },
  },
  {
    // "the 20th century", "the eleventh century", "this century", "last century"
    name: 'century',
    type: 'DATE',
    pattern: re(`${L}(?:(?<the>${alt(['the'])})\\s+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<w>${ORDINAL}))[- ]century${R}`),
    extract: (m) => {
      const g = m.groups!;
      const n = g.n ? +g.n : ORDINALS[key(g.w!)];
      if (!n) return null;
      return { kind: 'value', value: String(n - 1).padStart(2, '0') };
    },
  },
  {
    // "1998", "in 2001", "fiscal 1989", "mid-2001", "early 1998", "the end of 1994", "the year 2000"
    name: 'year',
    type: 'DATE',
    pattern: re(
      `(?<![\\w$£€.,/:'-])(?:(?<edge>${alt(['fiscal', 'calendar', 'early', 'late', 'mid', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'the year', 'the first half of', 'the second half of', 'the spring of', 'the summer of', 'the fall of', 'the winter of'])})[- ])?(?:(?<y>${YEAR4})|(?<yw>${YEAR_WORDS}))(?![\\w-]|\\s?%|-\\d)`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      if (g.yw) {
        // "nineteen ninety-six" is a year wherever it stands; "two thousand" needs a date context.
        if (!g.edge && key(g.yw) === 'two thousand' && !DATE_PREPOSITION.test(before(text, m.index))) return null;
        return { kind: 'value', value: String(yearWordsOf(g.yw)) };
      }
      const year = +g.y!;
      const tail = after(text, m.index + m[0].length, 24);
      const head = before(text, m.index, 16);
      if (!g.edge) {
        // "2000 people", "1,500 troops", "No. 1990": a count or a number, not a year.
        if (/^\s+(?:[a-z]+)/.test(tail) && COUNTED.test(tail)) return null;
        if (/(?:No\.|number|Flight|flight|Boeing|Airbus|Route|Highway|room|Room|page|\$)\s*$/.test(head)) return null;
        if (year < 1500 && !DATE_PREPOSITION.test(head)) return null;
      }
      return { kind: 'value', value: String(year) };
    },
  },
  {
    // "two weeks ago", "a year earlier", "three days later", "a decade ago", "several years ago"
    name: 'ago',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<mod>${alt(['about', 'nearly', 'almost', 'some', 'more than', 'less than', 'just', 'only', 'roughly', 'approximately', 'over', 'barely', 'exactly', 'at least', 'just over', 'just under', 'well over'])})\\s+)?(?:(?<n>${NUMBER})|(?<vague>${VAGUE}))[\\s-]+(?<unit>${UNIT}|${UNIT_PLURAL})(?:\\s+or\\s+so)?\\s+(?<dir>${alt(['ago', 'earlier', 'later', 'before', 'after', 'from now', 'hence', 'back', 'previously', 'since'])})(?![\\w-])`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const dir = key(g.dir!);
      const unit = unitOf(g.unit!);
      const end = m.index + m[0].length;
      // "two days after the attack": the date is relative to the event, not the document; TimeML
      // tags the duration ("two days") and the signal separately.
      if ((dir === 'before' || dir === 'after' || dir === 'since') && !/^\s*(?:[,.;:)"”'`]|$|and\b|when\b|that\b)/.test(after(text, end, 8))) return null;
      const amount = g.vague ? null : numberOf(g.n!);
      if (unit === 'hour' || unit === 'minute' || unit === 'second') {
        return { spec: { kind: 'value', value: durationValue(amount, unit) }, type: 'DURATION' };
      }
      if (dir === 'earlier' || dir === 'later' || dir === 'before' || dir === 'after' || dir === 'previously') {
        return { kind: 'shift', amount, unit, direction: dir === 'later' || dir === 'after' ? 1 : -1, from: 'anchor' };
      }
      return { kind: 'shift', amount, unit, direction: dir === 'from now' || dir === 'hence' ? 1 : -1, from: 'dct' };
    },
  },
  {
    // "three days", "two years", "five hours", "a decade", "the past three years", "the next few
    // days", "a three-year", "24-hour", "at least 30 days", "2 1/2 years"
    name: 'duration',
    type: 'DURATION',
    pattern: re(
      `${L}(?:(?<det>${alt(['the past', 'the last', 'the next', 'the first', 'the final', 'the coming', 'the previous', 'the following', 'the latest', 'the remaining', 'the entire', 'the full', 'the whole', 'the', 'past', 'last', 'next', 'first', 'coming', 'another', 'an additional', 'each of the past', 'each of the last', 'at least the past'])})\\s+)?(?:(?<mod>${alt(['about', 'nearly', 'almost', 'some', 'more than', 'less than', 'at least', 'at most', 'up to', 'only', 'just', 'roughly', 'approximately', 'over', 'under', 'around', 'no more than', 'no less than', 'fewer than', 'barely', 'a full', 'a further', 'an extra', 'well over', 'just over', 'just under'])})\\s+)?(?:(?<n>${NUMBER})(?:\\s+(?:to|or)\\s+(?<n2>${NUMBER}))?|(?<vague>${VAGUE}))(?:\\s+(?:more|additional|straight|consecutive|full|long|trading|business|working|calendar|short|full|successive))?[\\s-]+(?<unit>${UNIT}|${UNIT_PLURAL})(?:[- ](?<adj>${alt(['old', 'long'])}))?${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const unit = unitOf(g.unit!);
      // "two to three weeks", "12 to 18 months": a range, only the unit is certain.
      const amount = g.vague || g.n2 ? null : numberOf(g.n!);
      const n = g.n ? key(g.n) : '';
      const end = m.index + m[0].length;
      if (g.n2 && (numberOf(g.n2) === null || /^an?$/.test(key(g.n2)))) return null;
      const plural = /s$/.test(key(g.unit!));
      // "a second round", "one second thought": the ordinal, not the unit.
      if (unit === 'second' && (n === 'a' || n === 'one') && /^\s+[a-z]/.test(after(text, end, 3)) && !/^\s+(?:or|and|to|of|in|before|after|later|earlier|ago|too)\b/.test(after(text, end, 10))) return null;
      // "60 Minutes", "48 Hours": a title, not a duration.
      if (/^\d/.test(n) && /^[A-Z][a-z]/.test(g.unit!)) return null;
      // Ages ("a 6-year-old", "52 years old") are not time expressions in TimeML.
      if (g.adj && key(g.adj) === 'old') return null;
      if (/^\s+old\b/.test(after(text, end, 6))) return null;
      // "a day", "a year" after an amount or a count: a rate, i.e. a SET ("$5 a year", "twice a day").
      if ((n === 'a' || n === 'an') && !g.det && !g.mod && !plural) {
        if (/(?:\d|million|billion|trillion|times|once|twice|percent|%|cents?|dollars?|hours|shifts|calls|meals|visits)\s*$/i.test(before(text, m.index, 20))) {
          return { spec: { kind: 'value', value: durationValue(1, unit) }, type: 'SET' };
        }
        // "a year ago" etc. are read by `ago`; "a quarter of" is a fraction ("a week of talks" is not).
        if (unit === 'quarter' && /^\s+of\b/.test(after(text, end, 5))) return null;
      }
      // "one day" before a clause ("one day he will..."): indefinite, not a duration... kept as a
      // duration; the future/past reading is rare in news.
      // A bare number word with no unit noun after it is not ours; "the 1990 year" not a duration.
      if (amount !== null && amount > 10000) return null;
      // "three-quarters", "two-thirds": fractions, not durations (a hyphenated duration is singular).
      if (plural && /[a-z0-9]-[a-z]+$/i.test(m[0])) return null;
      // "the 1988 quarter": a year before a singular unit, not a count.
      if (g.n && /^(?:1\d{3}|20\d{2})$/.test(g.n) && !plural) return null;
      // "the 10 years" etc. are fine; "1990s"-like numbers never reach here (unit words required).
      return { kind: 'value', value: durationValue(amount, unit) };
    },
  },
  {
    // "years", "months", "decades": a vague duration after "for", "in", "within", "over"; "recent
    // years", "coming weeks", "the past few months" are read by `duration` (vague counts).
    name: 'vague-duration',
    type: 'DURATION',
    pattern: re(
      `${L}(?:(?<adj>${alt(['recent', 'coming', 'the coming', 'the past', 'the last', 'the next', 'past', 'the early', 'subsequent', 'the ensuing', 'the following', 'the preceding', 'the intervening', 'ensuing', 'previous', 'the previous', 'the first', 'the final'])})\\s+)?(?<unit>${UNIT_PLURAL})${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const unit = unitOf(g.unit!);
      if (!g.adj) {
        const next = after(text, m.index + m[0].length, 16);
        // "in the weeks before the shooting", "the years that followed", "the days ahead".
        const around = /(?:^|\s)the\s+$/i.test(before(text, m.index, 5)) && /^\s+(?:before|after|ahead|since|following|that\s+followed|leading\s+up)\b/.test(next);
        if (!around) {
          if (!/(?:^|\s)(?:for|in|within|over|after|from|took|take|takes|taking|lasting|lasted)\s+$/i.test(before(text, m.index, 12))) return null;
          if (/^\s+(?:of|ago|old|later|earlier|before|after)\b/.test(next)) return null;
        }
      }
      // "in recent years", "in coming months", "in past years": a stretch of the past (future) the
      // clause happens in, a DATE (TimeML's PAST_REF / FUTURE_REF), not a length.
      const adj = g.adj ? key(g.adj) : '';
      if (adj === 'recent' || adj === 'past') return { spec: { kind: 'value', value: 'PAST_REF' }, type: 'DATE' };
      if (adj === 'coming') return { spec: { kind: 'value', value: 'FUTURE_REF' }, type: 'DATE' };
      return { kind: 'value', value: durationValue(null, unit) };
    },
  },
  {
    // "every Monday", "each year", "every other week", "daily", "weekly", "annual", "per year"
    name: 'set',
    type: 'SET',
    pattern: re(
      `${L}(?:(?<every>${alt(['every other', 'every', 'each'])})\\s+(?:(?<wd>${WEEKDAY})|(?<mon>${MONTH})|(?<season>${SEASON})|(?<part>${DAY_PART})|(?<unit>${UNIT}))|(?<per>${alt(['per', 'a'])})\\s+(?<perUnit>${alt(['day', 'week', 'month', 'year', 'hour', 'quarter'])})(?=\\s*(?:[,.;:)]|$))|(?<adverb>${alt(['daily', 'weekly', 'monthly', 'yearly', 'annually', 'annual', 'hourly', 'nightly', 'biweekly', 'semiannually', 'semiannual', 'bimonthly'])}))${R}`,
    ),
    extract: (m, text) => {
      const g = m.groups!;
      const other = g.every ? key(g.every) === 'every other' : false;
      const k = (n: number) => (other ? n * 2 : n);
      if (g.wd) return { kind: 'value', value: `XXXX-WXX-${weekdayOf(g.wd)}` };
      if (g.mon) return { kind: 'value', value: `XXXX-${String(monthOf(g.mon)).padStart(2, '0')}` };
      if (g.season) return { kind: 'value', value: `XXXX-${SEASONS[key(g.season)]}` };
      if (g.part) return { kind: 'value', value: `XXXX-XX-XXT${DAY_PARTS[key(g.part)]}` };
      if (g.unit) return { kind: 'value', value: durationValue(k(1), unitOf(g.unit)) };
      if (g.perUnit) {
        if (key(g.per!) === 'a' && !/(?:\d|million|billion|times|once|twice|percent|%|cents?)\s*$/i.test(before(text, m.index, 20))) return null;
        return { kind: 'value', value: durationValue(1, unitOf(g.perUnit)) };
      }
      const adverb = key(g.adverb!);
      // "the annual meeting", "annual sales": an adjective classifying the noun, not a time (TimeBank
      // tags none of them); "rising 20% annually" is the adverb, a SET.
      if ((adverb === 'annual' || adverb === 'semiannual') && /^\s+[a-z]/.test(after(text, m.index + m[0].length, 3))) return null;
      // "the Communist Party daily Granma": a newspaper, named right after.
      if (/^\s+[A-Z][a-z]/.test(after(text, m.index + m[0].length, 4)) && /\b(?:party|newspaper|official|government|state|army)\s+$/i.test(before(text, m.index, 14))) return null;
      const value: Record<string, string> = {
        daily: 'P1D', weekly: 'P1W', monthly: 'P1M', yearly: 'P1Y', annually: 'P1Y', annual: 'P1Y', hourly: 'PT1H',
        nightly: 'XXXX-XX-XXTNI', biweekly: 'P2W', semiannually: 'P6M', semiannual: 'P6M', bimonthly: 'P2M',
      };
      return { kind: 'value', value: value[adverb]! };
    },
  },
  {
    // "now", "currently", "recently", "the past", "the future", "the near future", "these days"
    name: 'reference',
    type: 'DATE',
    pattern: re(
      `${L}(?<w>${alt(['right now', 'just now', 'now', 'currently', 'presently', 'at present', 'nowadays', 'these days', 'at the moment', 'at this time', 'for the time being', 'recently', 'more recently', 'most recently', 'until recently', 'lately', 'in recent times', 'the past', 'the future', 'the near future', 'the distant future', 'the foreseeable future', 'the near term', 'the short term', 'the long term', 'the medium term', 'the time being', 'current', 'recent', 'future', 'the present', 'formerly', 'once', 'as soon as possible', 'in the meantime', 'one day', 'soon'])})${R}`,
    ),
    extract: (m, text) => {
      const w = key(m.groups!.w!);
      const end = m.index + m[0].length;
      const next = after(text, end, 16);
      const prev = before(text, m.index, 16);
      if (w === 'now' && /^\s*(?:that)\b/.test(next) && /[,.]\s*$/.test(prev)) return null;
      // "soon after the vote", "as soon as he can", "too soon to tell": relative to something else.
      if (w === 'soon' && (/^\s+(?:after|afterwards?|thereafter|before|as|enough|than)\b/.test(next) || /\b(?:as|too|how|so)\s+$/i.test(prev))) return null;
      // "was soon released", "that soon became a flood": soon after a past event, not FUTURE_REF.
      if (w === 'soon' && (/\b(?:was|were|had)\s+$/i.test(prev) || /^\s+(?:became|went|came|began|[a-z]+ed)\b/.test(next))) return null;
      // "the future of the company": the fate of something, not a time.
      if (w === 'the future' && /^\s+of\b/.test(next)) return null;
      // "the past three summers", "the past few seasons": the start of a count, not "the past".
      if ((w === 'the past' || w === 'the future') && /^\s+(?:[a-z]+\s+)?(?:summers|winters|springs|autumns|falls|seasons|sessions|elections|years|months|weeks|days)\b/.test(after(text, end, 40))) return null;
      if (w === 'once' || w === 'formerly' || w === 'one day' || w === 'in the meantime' || w === 'until recently') {
        // Too often a count ("once") or a manner word; keep only the clear cases.
        return null;
      }
      if (w === 'current' || w === 'recent' || w === 'future') {
        // Adjectives: only before a noun that is not itself a time word (read by other parsers).
        if (!/^\s+[a-z]/.test(next)) return null;
        if (w === 'current' && /^\s+(?:account|accounts|affairs|events|flows?|assets|liabilities|ratio|prices|dollars|law|rules?|system|policy)\b/.test(next)) {
          return null;
        }
        // "future" as an adjective ("future growth") is not tagged; "the future" is.
        if (w === 'future') return null;
      }
      const past = /^(recently|more recently|most recently|lately|in recent times|the past|recent|formerly|once)$/.test(w);
      const future = /future|term|soon|one day/.test(w);
      return { kind: 'value', value: past ? 'PAST_REF' : future ? 'FUTURE_REF' : 'PRESENT_REF' };
    },
  },
  {
    // "Christmas", "Thanksgiving", "Election Day", "Easter 2001"
    name: 'holiday',
    type: 'DATE',
    pattern: re(
      `${L}(?:(?<rel>${alt(['last', 'this', 'next', 'this past', 'this coming'])})\\s+)?(?<name>${alt(Object.keys(HOLIDAYS).filter((h) => !h.startsWith('the ')), { proper: true })}|${alt(['the fourth of july'])})(?:${SEP}(?<y>${YEAR4}))?(?![\\w-])`,
    ),
    extract: (m) => {
      const g = m.groups!;
      return { kind: 'holiday', name: key(g.name!), year: g.y ? +g.y : null, rel: relationOf(g.rel) };
    },
  },
];

/**
 * "10:35 a.m. (0735 GMT) Friday", "4 in the morning (4 a.m. EDT Thursday)": the day of a clock time
 * is named after a bracketed conversion (or inside it); the span stays the clock time alone.
 */
const BRACKET_THEN_DAY = new RegExp(
  `^\\s*\\([^()]{1,30}?(?:\\s(?<inner>${WEEKDAY}))?\\)\\s*(?:(?:on\\s+)?(?<wd>${WEEKDAY})|(?<rel>today|yesterday|tomorrow|tonight))?(?![\\w-])`,
);

function dayAfterBracket(text: string, end: number, time: string): Spec | null {
  const g = BRACKET_THEN_DAY.exec(after(text, end, 60))?.groups;
  if (!g) return null;
  const wd = g.wd ?? g.inner;
  if (wd) return { kind: 'weekday', weekday: weekdayOf(wd), rel: 'bare', time };
  if (g.rel) return { kind: 'dayOffset', offset: { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 }[key(g.rel) as 'today'], time };
  return null;
}

/** "ended Sept. 30", "ending July 31" right after "the quarter". */
const QUARTER_ENDED = new RegExp(`^\\s+(?:ended|ending)\\s+(?<mon>${MONTH})\\.?\\s+\\d{1,2}\\b`);

/** Nouns after "today's" that make it mean "nowadays" ("today's youth"), which TimeBank leaves untagged. */
const GENERIC_AFTER_TODAY = /^['’]s\s+(?:[a-z]+\s+)?(?:world|youth|society|generation|young|children|kids|families|standards|culture|technology|economy|consumers|computers|market|markets|politics|students|women|men)\b/;

/** The first half of "April 24 and 25", ending right where the second day starts. */
const MONTH_DAY_BEFORE_LIST = new RegExp(`${L}(?<mon>${MONTH})\\s+${DAY_OF_MONTH}[ \\t]{1,3}(?:and|or|to|through|&)[ \\t]{1,3}$`);

const COUNTED = new RegExp(`^\\s+(?:${COUNTED_NOUNS.join('|')})\\b`);

/** "the Sept. 11 commission": a named date (lexicon NAMED_DATES) before a naming noun. */
function isNamedDate(matched: string, text: string, end: number): boolean {
  const k = matched.toLowerCase().replace(/\s+/g, ' ');
  if (!NAMED_DATES.includes(k)) return false;
  const next = /^\s*([a-z]+)/.exec(after(text, end, 30));
  return next !== null && NAMING_NOUNS.includes(next[1]!);
}
