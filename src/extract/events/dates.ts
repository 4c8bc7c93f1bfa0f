/**
 * An event's day interval from the time expression attached to its clause (issue 4 item 3,
 * GUIDELINES "Date"): a day gives that day, a month its days, "between Wednesday and Friday" and
 * "from Nov. 22 to 27" a range, "a three-day visit starting Tuesday" Tuesday..Thursday, "leave on
 * Wednesday after a three-day visit" Monday..Wednesday. Time expressions that date a saying ("said on
 * Monday") are not the event's. No attached expression: null dates, never the document date.
 */
import type { Precision, Timex } from '../../model/types.js';
import type { Token } from './tokens.js';

export interface EventDates {
  startDate: string | null;
  endDate: string | null;
  precision: Precision | null;
  /** Duration in days stated for the event ("three-day"), when any. */
  durationDays: number | null;
  /** Which text decided the dates, for traces. */
  source: string | null;
}

export const NO_DATES: EventDates = { startDate: null, endDate: null, precision: null, durationDays: null, source: null };

/** Verbs whose subject is saying, not doing: a time expression next to them dates the saying. */
export const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'added', 'adds', 'noted',
  'notes', 'stated', 'declared', 'quoted', 'confirmed', 'confirms', 'disclosed', 'revealed', 'claimed', 'insisted',
  'stressed', 'warned', 'argued', 'explained', 'wrote', 'commented', 'saying', 'telling', 'announcing',
]);

/** Verbs that anchor the start of the event at their time expression ("arrived Monday for a two-day visit"). */
const START_VERBS: ReadonlySet<string> = new Set([
  'arrive', 'arrives', 'arrived', 'arriving', 'start', 'starts', 'started', 'starting', 'begin', 'begins', 'began',
  'beginning', 'begun', 'open', 'opens', 'opened', 'opening', 'landed', 'commence', 'commenced', 'commencing', 'kicked',
]);

/** Verbs that anchor the end of the event ("will leave Zimbabwe on Wednesday after a three-day visit"). */
const END_VERBS: ReadonlySet<string> = new Set([
  'leave', 'leaves', 'left', 'leaving', 'end', 'ends', 'ended', 'ending', 'wrap', 'wraps', 'wrapped', 'wrapping',
  'conclude', 'concludes', 'concluded', 'concluding', 'close', 'closes', 'closed', 'closing', 'wound', 'winding', 'wind', 'winds',
  'depart', 'departs', 'departed', 'departing',
]);

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fourteen: 14, fifteen: 15, twenty: 20, thirty: 30,
};

const RANGE_LINKS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'thru', '-', '–', 'and']);

// ---------------------------------------------------------------- ISO day arithmetic

export function addDaysIso(iso: string, n: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
}

function daysInMonthIso(iso: string): number {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// ---------------------------------------------------------------- timex <-> tokens

export interface TimexRef {
  timex: Timex;
  from: number;
  to: number;
  /** Dates a saying ("said on Monday", "Monday's statement said"). */
  speech: boolean;
}

/** Lays the sentence's timexes over its tokens and marks those that date a reporting verb. */
export function layTimexes(tokens: readonly Token[], timexes: readonly Timex[]): TimexRef[] {
  const refs: TimexRef[] = [];
  if (tokens.length === 0) return refs;
  const sStart = tokens[0]!.start;
  const sEnd = tokens[tokens.length - 1]!.end;
  let from = 0;
  for (const timex of timexes) {
    if (timex.end <= sStart || timex.start >= sEnd) continue;
    while (from < tokens.length && tokens[from]!.end <= timex.start) from++;
    let to = from;
    while (to < tokens.length && tokens[to]!.start < timex.end) to++;
    if (to <= from) continue;
    refs.push({ timex, from, to, speech: isSpeechTime(tokens, from, to) });
  }
  return refs;
}

function isSpeechTime(tokens: readonly Token[], from: number, to: number): boolean {
  // "the grandest event since 1950s" dates a comparison, not the event: treated like a saying's time.
  if (tokens[from - 1]?.lower === 'since') return true;
  // "said (on|last|earlier) Monday", "told reporters Tuesday"
  let i = from - 1;
  if (tokens[i]?.lower === 'on' || tokens[i]?.lower === 'earlier' || tokens[i]?.lower === 'late') i--;
  // "said here on Monday", "said here Monday"
  if (tokens[i]?.lower === 'here' || tokens[i]?.lower === 'there') i--;
  if (i >= 0 && REPORTING_VERBS.has(tokens[i]!.lower)) return true;
  if (i >= 1 && tokens[i]!.lower === 'reporters' && REPORTING_VERBS.has(tokens[i - 1]!.lower)) return true;
  if (i >= 1 && tokens[i]!.lower === 'agency' && REPORTING_VERBS.has(tokens[i - 1]!.lower)) return true;
  // "Monday said", "on Tuesday announced"
  const next = tokens[to]?.lower;
  if (next !== undefined && REPORTING_VERBS.has(next)) return true;
  return false;
}

// ---------------------------------------------------------------- attachment

/**
 * The story's most recent day before this sentence (within a few sentences): what "then", "soon
 * after meeting" and "ending a two-day visit" lean on when their own sentence names no time.
 */
export interface PriorDays {
  /** The last day-precision time expression of the preceding sentences. */
  any: Timex | null;
  /** The last one dating a saying ("said on Tuesday"). */
  speech: Timex | null;
}

export const NO_PRIOR: PriorDays = { any: null, speech: null };

/** How many sentences back a prior day is still the story's "now"; a lead's "said <day>" reaches further. */
export const PRIOR_REACH = 3;
export const PRIOR_SPEECH_REACH = 6;

/** Nouns of saying: "made the statements", "gave the remarks". */
const SAYING_NOUNS: ReadonlySet<string> = new Set(['statement', 'statements', 'remarks', 'comments', 'interview', 'speech']);

/** Heads of an adjunct placing its event just before the clause's time ("soon after meeting X", "following a meeting"). */
const JUST_BEFORE_HEADS: ReadonlySet<string> = new Set(['after', 'following']);

export interface DateInput {
  tokens: readonly Token[];
  /** Trigger token range. */
  from: number;
  to: number;
  windowStart: number;
  windowEnd: number;
  timexes: readonly TimexRef[];
  /** Days of the preceding sentences (default none). */
  prior?: PriorDays;
  /** The document creation date (ISO day), the day "earlier in the day" falls on when no saying is dated. */
  documentDate?: string | null;
}

export function attachDates(input: DateInput): EventDates {
  const { tokens, from, to, windowStart, windowEnd, timexes } = input;
  const prior = input.prior ?? NO_PRIOR;
  const duration = durationNear(tokens, from, to, windowStart, windowEnd, timexes);
  const inWindow = timexes.filter((t) => t.from >= windowStart && t.to <= windowEnd && !t.speech && usable(t.timex));

  let chosen: { startDate: string; endDate: string; precision: Precision; anchorAt: number; source: string } | null = null;
  const range = findRange(tokens, inWindow, from, to);
  if (range) chosen = range;
  else if (inWindow.length > 0) {
    let best: TimexRef | null = null;
    let bestDist = Infinity;
    for (const t of inWindow) {
      const dist = t.from >= to ? t.from - to : from - t.to + 0.5; // ties go to the right
      if (dist < bestDist) {
        bestDist = dist;
        best = t;
      }
    }
    if (best) {
      const iv = best.timex.interval!;
      chosen = { startDate: iv.startDate, endDate: iv.endDate, precision: iv.precision, anchorAt: best.from, source: best.timex.text };
    }
  }

  if (!chosen) {
    // "Scharping, ending a two-day visit, said Saturday": an ending participle shares the saying's time.
    const ending = participleBefore(tokens, from, windowStart, END_VERBS);
    if (ending !== null && duration !== null) {
      // ... or, with no time in the sentence, the story's last "said <day>" ("X said Saturday ... X, ending a two-day visit, said").
      const speech = timexes.find((t) => t.speech && usable(t.timex) && t.timex.interval!.precision === 'day')?.timex ?? (!timexes.some((t) => usable(t.timex)) ? prior.speech : null);
      if (speech) {
        const end = speech.interval!.endDate;
        return { startDate: addDaysIso(end, -(duration - 1)), endDate: end, precision: 'day', durationDays: duration, source: `${tokens[ending]!.text} + ${speech.text}` };
      }
    }
    const sameDay = storyDay(tokens, to, windowStart, windowEnd, timexes, prior, input.documentDate ?? null);
    if (sameDay) return { startDate: sameDay.day, endDate: sameDay.day, precision: 'day', durationDays: duration, source: sameDay.cue };
    const leaned = priorDay(tokens, from, windowStart, timexes, prior);
    if (leaned) return { startDate: leaned.day.interval!.startDate, endDate: leaned.day.interval!.endDate, precision: 'day', durationDays: duration, source: `${leaned.cue} + ${leaned.day.text}` };
    return { ...NO_DATES, durationDays: duration };
  }

  if (duration !== null && duration > 1 && chosen.precision === 'day' && chosen.startDate === chosen.endDate) {
    const anchor = anchorKind(tokens, chosen.anchorAt, from, windowStart);
    if (anchor === 'end') {
      return { startDate: addDaysIso(chosen.endDate, -(duration - 1)), endDate: chosen.endDate, precision: 'day', durationDays: duration, source: `${chosen.source} (end) + ${duration}d` };
    }
    return { startDate: chosen.startDate, endDate: addDaysIso(chosen.startDate, duration - 1), precision: 'day', durationDays: duration, source: `${chosen.source} + ${duration}d` };
  }
  return { startDate: chosen.startDate, endDate: chosen.endDate, precision: chosen.precision, durationDays: duration, source: chosen.source };
}

/**
 * A sentence naming no time may still continue the story's day: "X was then whisked to Tirana for a
 * meeting" (the previous day named), "X said this ... soon after meeting Y" / "X made the statements
 * ... following a meeting with Y" (the day of the saying). Only with those cues, and only when the
 * sentence has no time expression of its own.
 */
function priorDay(tokens: readonly Token[], from: number, windowStart: number, timexes: readonly TimexRef[], prior: PriorDays): { day: Timex; cue: string } | null {
  // "During his meeting with Ungureanu, Tang noted ...": the saying is at the meeting, and the story
  // dated its sayings before ("Tang and Ungureanu said here Monday"). What is said may name other times.
  if (prior.speech && duringHead(tokens, from)) {
    const saying = sayingAfter(tokens, from);
    if (saying > 0 && !timexes.some((t) => t.from < saying && (usable(t.timex) || t.timex.type === 'DATE' || t.timex.type === 'TIME'))) return { day: prior.speech, cue: `during ... ${tokens[saying]!.lower}` };
  }
  if (timexes.some((t) => usable(t.timex) || t.timex.type === 'DATE' || t.timex.type === 'TIME')) return null;
  for (let i = from - 1; i >= windowStart; i--) {
    if (tokens[i]!.lower === 'then' && prior.any) return { day: prior.any, cue: 'then' };
  }
  const head = from - 1 >= 0 && JUST_BEFORE_HEADS.has(tokens[from - 1]!.lower) ? from - 1 : from - 2 >= 0 && JUST_BEFORE_HEADS.has(tokens[from - 2]!.lower) && /^(?:a|the|his|her|their)$/.test(tokens[from - 1]!.lower) ? from - 2 : -1;
  if (head < 0 || !prior.speech) return null;
  for (let i = head - 1; i >= 0; i--) {
    const t = tokens[i]!.lower;
    if (REPORTING_VERBS.has(t) || SAYING_NOUNS.has(t)) return { day: prior.speech, cue: `${t} ${tokens[head]!.lower}` };
  }
  return null;
}

/** "earlier in the day", "later in the day": the words naming the story's own day. */
const SAME_DAY_HEADS: ReadonlySet<string> = new Set(['earlier', 'later']);
/** How many tokens may separate a trigger from a following "later in the day". */
const SAME_DAY_REACH = 3;

/**
 * "Ban and Taro agreed to meet during a telephone conversation earlier in the day", "as he arrived in
 * Philadelphia later in the day": the day the story reports, i.e. the day of its last dated saying
 * ("reported ... on Wednesday"), else the document date. Only when the clause names no time itself.
 */
function storyDay(
  tokens: readonly Token[],
  to: number,
  windowStart: number,
  windowEnd: number,
  timexes: readonly TimexRef[],
  prior: PriorDays,
  documentDate: string | null,
): { day: string; cue: string } | null {
  if (timexes.some((t) => t.from >= windowStart && t.to <= windowEnd && usable(t.timex))) return null;
  // Before the trigger anywhere in its clause ("Earlier in the day, X met Y"); after it only close by
  // ("arrived in Philadelphia later in the day"), not past another phrase's head ("agreed to meet during a call earlier in the day").
  const last = Math.min(windowEnd, tokens.length, to + SAME_DAY_REACH + 4);
  for (let i = windowStart; i + 3 < last; i++) {
    if (!SAME_DAY_HEADS.has(tokens[i]!.lower) || tokens[i + 1]!.lower !== 'in' || tokens[i + 2]!.lower !== 'the' || tokens[i + 3]!.lower !== 'day') continue;
    const cue = tokens.slice(i, i + 4).map((t) => t.text).join(' ');
    const speech = timexes.find((t) => t.speech && usable(t.timex) && t.timex.interval!.precision === 'day')?.timex ?? prior.speech;
    if (speech && speech.interval!.startDate === speech.interval!.endDate) return { day: speech.interval!.startDate, cue: `${cue} + ${speech.text}` };
    if (documentDate) return { day: documentDate.slice(0, 10), cue: `${cue} + document date` };
    return null;
  }
  return null;
}

/** "during his meeting", "during the talks": a "during" at most two words before the trigger. */
function duringHead(tokens: readonly Token[], from: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) if (tokens[i]!.lower === 'during') return true;
  return false;
}

/** How far after a "during" phrase its main clause's reporting verb may come. */
const DURING_SAYING_REACH = 16;

/** ", Tang noted": the index of a reporting verb after the comma closing the trigger's phrase, or -1. */
function sayingAfter(tokens: readonly Token[], from: number): number {
  let comma = false;
  for (let i = from + 1; i < Math.min(tokens.length, from + DURING_SAYING_REACH); i++) {
    const t = tokens[i]!.lower;
    if (t === ',') comma = true;
    else if (comma && REPORTING_VERBS.has(t)) return i;
    else if (t === ';' || t === '.') return -1;
  }
  return -1;
}

function usable(t: Timex): boolean {
  return (t.type === 'DATE' || t.type === 'TIME') && !!t.interval;
}

/** "between T1 and T2", "from T1 to T2", "T1-T2", "from Nov. 22 to 27". */
function findRange(
  tokens: readonly Token[],
  refs: readonly TimexRef[],
  from: number,
  to: number,
): { startDate: string; endDate: string; precision: Precision; anchorAt: number; source: string } | null {
  let best: { startDate: string; endDate: string; precision: Precision; anchorAt: number; source: string; dist: number } | null = null;
  const consider = (a: TimexRef, endDate: string, lastTok: number) => {
    const startDate = a.timex.interval!.startDate;
    if (endDate < startDate) return;
    const dist = a.from >= to ? a.from - to : from - lastTok;
    if (!best || dist < best.dist) {
      const precision: Precision = a.timex.interval!.precision === 'day' ? 'day' : a.timex.interval!.precision;
      best = { startDate, endDate, precision, anchorAt: a.from, source: tokens.slice(a.from, lastTok).map((t) => t.text).join(' '), dist };
    }
  };
  for (let k = 0; k < refs.length; k++) {
    const a = refs[k]!;
    const link = tokens[a.to]?.lower;
    if (link === undefined || !RANGE_LINKS.has(link)) continue;
    const before = tokens[a.from - 1]?.lower;
    // "on April 24 and 25": a bare day number after "and", whether or not the time stage tagged it.
    const bareDay = /^\d{1,2}$/.test(tokens[a.to + 1]?.text ?? '') && a.timex.interval!.precision === 'day' && endsDayPhrase(tokens[a.to + 2]);
    if (link === 'and' && before !== 'between' && !bareDay) continue;
    const b = refs[k + 1];
    if (b && b.from === a.to + 1) {
      consider(a, b.timex.interval!.endDate, b.to);
      continue;
    }
    // "Nov. 22 to 27": a bare day number after the link, in the first date's month.
    const day = tokens[a.to + 1];
    if (day && /^\d{1,2}$/.test(day.text) && a.timex.interval!.precision === 'day') {
      const startDate = a.timex.interval!.startDate;
      const n = Number(day.text);
      if (n >= 1 && n <= daysInMonthIso(startDate)) consider(a, `${startDate.slice(0, 8)}${String(n).padStart(2, '0')}`, a.to + 2);
    }
  }
  return best;
}

/** Words that may follow "April 24 and 25" (not "Monday and 25 people"). */
const AFTER_DAY_WORDS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'for', 'when', 'with', 'to', 'and', 'or', 'as', 'while', 'but']);

function endsDayPhrase(t: Token | undefined): boolean {
  return t === undefined || /^[^\p{L}\p{N}]/u.test(t.text) || AFTER_DAY_WORDS.has(t.lower) || /^\d{4}$/.test(t.text);
}

/** Whether the chosen time expression dates the event's start or its end. */
function anchorKind(tokens: readonly Token[], timexFrom: number, triggerFrom: number, windowStart: number): 'start' | 'end' | null {
  for (let i = timexFrom - 1; i >= Math.max(windowStart, timexFrom - 4); i--) {
    const t = tokens[i]!.lower;
    if (END_VERBS.has(t)) return 'end';
    if (START_VERBS.has(t)) return 'start';
  }
  // "ended a three-day meeting on Monday", "began a two-day visit on Tuesday": the verb taking the
  // trigger noun as object says which end of the event the day after it names.
  if (timexFrom > triggerFrom) {
    for (let i = triggerFrom - 1; i >= Math.max(windowStart, triggerFrom - OBJECT_VERB_REACH); i--) {
      const t = tokens[i]!.lower;
      if (END_VERBS.has(t) || t === 'last' || t === 'final') return 'end';
      if (START_VERBS.has(t) || t === 'first') return 'start';
      if (!NOUN_PHRASE_FILLER.test(tokens[i]!.text) || PHRASE_BREAKS.has(t)) break;
    }
  }
  // "will leave Zimbabwe on Wednesday after a three-day visit": an end verb before the trigger.
  if (timexFrom < triggerFrom) {
    for (let i = triggerFrom - 1; i >= Math.max(windowStart, triggerFrom - 12); i--) {
      const t = tokens[i]!.lower;
      if (END_VERBS.has(t)) return 'end';
      if (START_VERBS.has(t)) return 'start';
    }
  }
  return null;
}

/** How far before a trigger noun the verb taking it as object may sit ("wound up a four - day official meeting"). */
const OBJECT_VERB_REACH = 8;

/** Tokens inside the trigger's noun phrase before it: determiners, numbers, modifiers, "up" of "wound up". */
const NOUN_PHRASE_FILLER = /^(?:[\p{Ll}\d]+|-|'s|’s)$/u;

/** Words that end the trigger's noun phrase on the left ("left Bonn for talks on Monday": "left" is not the talks' verb). */
const PHRASE_BREAKS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'for', 'to', 'in', 'at', 'with', 'after', 'before', 'from', 'by', 'into', 'since']);

function participleBefore(tokens: readonly Token[], from: number, windowStart: number, verbs: ReadonlySet<string>): number | null {
  for (let i = from - 1; i >= Math.max(windowStart, from - 5); i--) {
    const t = tokens[i]!.lower;
    if (verbs.has(t) && t.endsWith('ing')) return i;
  }
  return null;
}

/**
 * A stated length in days near the trigger: "three-day visit", "a 3-day tour", "two days of talks",
 * or a DURATION timex with a day count in the trigger's noun phrase. Hours give one day.
 */
function durationNear(
  tokens: readonly Token[],
  from: number,
  to: number,
  windowStart: number,
  windowEnd: number,
  timexes: readonly TimexRef[],
): number | null {
  const lo = Math.max(windowStart, from - 5);
  const hi = Math.min(windowEnd, to + 4);
  for (let i = from - 1; i >= lo; i--) {
    const n = countAt(tokens, i);
    if (n !== null) return n;
  }
  // "two days of summit diplomacy", "a visit of three days"
  for (let i = to; i < hi; i++) {
    const n = countAt(tokens, i);
    if (n !== null) return n;
  }
  for (const t of timexes) {
    if (t.timex.type !== 'DURATION' || t.to < lo || t.from > hi) continue;
    const d = t.timex.durationDays;
    if (typeof d === 'number' && d >= 1 && d <= 60 && Number.isInteger(d)) return d;
  }
  return null;
}

/** Reads "<n> - day", "<n>-day", "<n> days" ending at token i (i = the unit). */
function countAt(tokens: readonly Token[], i: number): number | null {
  const unit = tokens[i]?.lower;
  if (unit !== 'day' && unit !== 'days' && unit !== 'week' && unit !== 'hour' && unit !== 'minute') return null;
  let j = i - 1;
  if (tokens[j]?.text === '-') j--;
  const word = tokens[j]?.lower;
  if (word === undefined) return null;
  const n = /^\d{1,2}$/.test(word) ? Number(word) : NUMBER_WORDS[word];
  if (n === undefined || n < 1) return null;
  if (unit === 'hour' || unit === 'minute') return 1;
  return unit === 'week' ? n * 7 : n;
}
