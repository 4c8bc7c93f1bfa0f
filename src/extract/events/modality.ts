/**
 * Status from modality and framing in the trigger's clause (GUIDELINES "Status"). The cue lists are
 * data; `statusOf` reads them over the tokens around a trigger. Priority: cancelled > possible >
 * planned > occurred. Reported speech ("officials said X met Y") stays occurred.
 */
import type { EventStatus } from '../../model/types.js';
import type { Token } from './tokens.js';

export interface CueList {
  /** Cues before the trigger, in its clause (at most `reach` tokens away). */
  readonly before: readonly string[];
  /** Cues right after the trigger ("the meeting was called off"). */
  readonly after: readonly string[];
}

export const CANCELLED_CUES: CueList = {
  before: [
    'called off', 'call off', 'calls off', 'calling off', 'postponed', 'postpone', 'postpones', 'postponing',
    'cancelled', 'canceled', 'cancel', 'cancels', 'cancelling', 'canceling', 'cancellation of', 'scrapped', 'scrap',
    'had been due to', 'had been scheduled to', 'had been scheduled', 'had been expected to', 'was to have',
    'denied', 'denies', 'deny', 'put off', 'shelved', 'abandoned',
  ],
  after: [
    'was called off', 'were called off', 'has been called off', 'have been called off', 'was cancelled',
    'were cancelled', 'was canceled', 'were canceled', 'has been cancelled', 'has been canceled',
    'was postponed', 'were postponed', 'has been postponed', 'have been postponed', 'did not take place',
    'never took place', 'will not take place', 'would not take place', 'was scrapped', 'had been scheduled',
    'that had been scheduled', 'was put off',
  ],
};

export const POSSIBLE_CUES: CueList = {
  before: [
    'may', 'might', 'could', 'possible', 'possibly', 'perhaps', 'probably', 'likely', 'unclear whether', 'unclear if',
    'not clear whether', 'not clear if', 'uncertain whether', 'uncertain if', 'whether', 'possibility of',
    'considering', 'consider', 'mulling', 'speculation', 'rumoured', 'rumored', 'potential', 'until',
  ],
  after: ['is possible', 'was possible', 'is likely', 'was likely', 'is unlikely'],
};

export const PLANNED_CUES: CueList = {
  before: [
    'will', "' ll", 'shall', 'would', 'is to', 'are to', 'was to', 'were to', 'to be held', 'scheduled', 'slated',
    'expected', 'expects', 'due to', 'due', 'plans to', 'planned to', 'planning to', 'plan to', 'plans', 'planned',
    'planning', 'invited', 'invites', 'invite', 'invitation', 'agreed to', 'agree to', 'agrees to', 'set to',
    'intends to', 'intend to', 'intended to', 'upcoming', 'forthcoming', 'next', 'looked forward to',
    'looks forward to', 'look forward to', 'looking forward to', 'preparing for', 'prepare for', 'prepares for',
    'preparations for', 'pledged to', 'promised to', 'ready to', 'ready for', 'wants to', 'want to', 'hopes to',
    'hope to', 'going to', 'announced plans', 'proposed', 'expected to', 'aims to', 'eve of', 'ahead of',
  ],
  after: [
    'will be held', 'is scheduled', 'was scheduled', 'is planned', 'was planned', 'is expected', 'is due', 'due to',
    'is set', 'are to', 'is to', 'will', 'are scheduled', 'are expected', 'are due',
  ],
};

/**
 * Verbs whose object is a plan: "plans a July trip", "is preparing a visit", "proposed a summit",
 * "expects a visit by". A trigger noun they govern is planned.
 */
export const PLAN_OBJECT_VERBS: readonly string[] = [
  'plan', 'plans', 'planned', 'planning', 'prepare', 'prepares', 'prepared', 'preparing', 'schedule', 'schedules',
  'scheduled', 'scheduling', 'propose', 'proposes', 'proposed', 'proposing', 'expect', 'expects', 'expected', 'expecting',
];

/** Words between a plan verb and its object noun: determiners, possessives, modifiers ("a July trip", "an official visit"). */
const PLAN_OBJECT_FILLERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'another', 'first', 'second', 'third', 'new', 'further', 'official', 'state', 'formal', 'brief', 'private', 'working', 'return', 'joint', 'high-level', 'early', 'fresh', '-']);

/** How many tokens a plan verb may sit before its object noun ("plans a three - day official visit"). */
const PLAN_OBJECT_REACH = 7;

/** Words that negate a trigger within a short reach before it (verbs) or right before it (nouns). */
export const NEGATION_CUES: readonly string[] = ['not', "' t", 'never', 'no', 'neither', 'nor', 'without'];

/** Tokens between a cue and the trigger that end the cue's scope. */
const SCOPE_BREAKERS = new Set([';', ':', 'but', 'although', 'though', 'because', 'while', 'when', 'after', 'before', 'since', 'as', 'during']);

/**
 * Subordinators that, opening the trigger's clause, leave the event open: "hold off until Annan
 * visits Baghdad" is a possible visit, not one that happened.
 */
export const OPEN_SUBORDINATORS: readonly string[] = ['until', 'till', 'unless'];

/**
 * How far back a modal cue reaches for a verb coordinated with earlier infinitives: "was scheduled
 * to lay flowers at the bombed embassy, talk to embassy guards and others who survived the blast and
 * meet with President Moi" — "meet" is still under "scheduled to".
 */
export const COORDINATED_REACH = 40;

export interface StatusResult {
  status: EventStatus;
  negated: boolean;
  /** The cue that decided the status, for traces and tests. */
  cue: string | null;
}

const cueTokens = (list: readonly string[]) => list.map((c) => c.split(' '));
const CANCELLED_BEFORE = cueTokens(CANCELLED_CUES.before);
const CANCELLED_AFTER = cueTokens(CANCELLED_CUES.after);
const POSSIBLE_BEFORE = cueTokens(POSSIBLE_CUES.before);
const POSSIBLE_AFTER = cueTokens(POSSIBLE_CUES.after);
const PLANNED_BEFORE = cueTokens(PLANNED_CUES.before);
const PLANNED_AFTER = cueTokens(PLANNED_CUES.after);
const PLAN_OBJECT_VERB_SET: ReadonlySet<string> = new Set(PLAN_OBJECT_VERBS);

function matchAt(tokens: readonly Token[], i: number, cue: readonly string[]): boolean {
  if (i + cue.length > tokens.length) return false;
  for (let k = 0; k < cue.length; k++) if (tokens[i + k]!.lower !== cue[k]) return false;
  // "in May", "Will Smith": a capitalised cue word inside a sentence is a name, not a modal.
  const first = tokens[i]!;
  if (i > 0 && first.text !== first.lower && !/^[.!?"“'`:]$/.test(tokens[i - 1]!.text)) return false;
  return true;
}

/** The first cue found in tokens[from, to) (cue wholly inside), scanning right to left. */
function findBefore(tokens: readonly Token[], from: number, to: number, cues: ReadonlyArray<readonly string[]>): string | null {
  for (let i = to - 1; i >= from; i--) {
    if (SCOPE_BREAKERS.has(tokens[i]!.lower)) return null;
    for (const cue of cues) if (i + cue.length <= to && matchAt(tokens, i, cue)) return cue.join(' ');
  }
  return null;
}

function findAfter(tokens: readonly Token[], from: number, to: number, cues: ReadonlyArray<readonly string[]>): string | null {
  for (let i = from; i < to; i++) {
    for (const cue of cues) if (matchAt(tokens, i, cue)) return cue.join(' ');
  }
  return null;
}

export interface StatusInput {
  tokens: readonly Token[];
  /** Trigger token range. */
  from: number;
  to: number;
  /** Clause window start (cues before this are out of scope). */
  windowStart: number;
  /** Clause window end. */
  windowEnd: number;
  /** How far before the trigger a modal cue may sit. */
  reach?: number;
  /** A base-form verb trigger: after "and" it may share a modal cue far to its left (COORDINATED_REACH). */
  coordinatedVerb?: boolean;
}

/** Adverbs of habit: "leaders often meet" is generic, not an event. */
export const HABITUAL_CUES: readonly string[] = ['often', 'usually', 'regularly', 'frequently', 'routinely', 'always', 'sometimes', 'occasionally', 'generally'];

export function statusOf({ tokens, from, to, windowStart, windowEnd, reach = 14, coordinatedVerb = false }: StatusInput): StatusResult {
  if (coordinatedVerb && tokens[from - 1]?.lower === 'and') reach = Math.max(reach, COORDINATED_REACH);
  const left = Math.max(windowStart, from - reach);
  const afterEnd = Math.min(windowEnd, to + 6);
  const cancelled = findAfter(tokens, to, afterEnd, CANCELLED_AFTER) ?? findBefore(tokens, left, from, CANCELLED_BEFORE);
  if (cancelled) return { status: 'cancelled', negated: false, cue: cancelled };
  const negated = isNegated(tokens, from, left) || isHabitual(tokens, from, Math.max(windowStart, from - 3)) || habitualAfter(tokens, to, Math.min(windowEnd, to + HABITUAL_AFTER_REACH));
  if (negated) return { status: 'occurred', negated: true, cue: 'negation' };
  const possible = findBefore(tokens, left, from, POSSIBLE_BEFORE) ?? findAfter(tokens, to, Math.min(afterEnd, to + 3), POSSIBLE_AFTER);
  if (possible) return { status: 'possible', negated: false, cue: possible };
  const opener = tokens[windowStart - 1]?.lower;
  if (opener !== undefined && OPEN_SUBORDINATORS.includes(opener) && from - windowStart <= 12 && !tokens.slice(windowStart, from).some((t) => t.lower === ',' || t.lower === 'and')) {
    return { status: 'possible', negated: false, cue: opener };
  }
  const object = planObject(tokens, from, left);
  if (object) return { status: 'planned', negated: false, cue: object };
  const planned = findBefore(tokens, left, from, PLANNED_BEFORE) ?? findAfter(tokens, to, Math.min(afterEnd, to + 4), PLANNED_AFTER);
  if (planned) return { status: 'planned', negated: false, cue: planned };
  return { status: 'occurred', negated: false, cue: null };
}

/**
 * "plans a July trip", "is preparing a three-day visit": the plan verb whose object the trigger
 * noun heads, reached over determiners, modifiers, numbers and a month or weekday name. Bounded.
 */
function planObject(tokens: readonly Token[], from: number, left: number): string | null {
  for (let i = from - 1; i >= Math.max(left, from - PLAN_OBJECT_REACH); i--) {
    const t = tokens[i]!;
    // "a planning meeting", "the expected visit": a modifier of the noun, not a verb taking it as object.
    if (PLAN_OBJECT_VERB_SET.has(t.lower) && t.text === t.lower) return i === from - 1 && PLAN_OBJECT_FILLERS.has(tokens[i - 1]?.lower ?? '') ? null : `${t.lower} (object)`;
    if (PLAN_OBJECT_FILLERS.has(t.lower) || /^\d+$/.test(t.text) || /^[a-z]+$/.test(t.text) && /(?:day|week|nation|level)$/.test(t.lower) || MONTH_OR_DAY.test(t.text)) continue;
    if (NUMBER_WORD.test(t.lower)) continue;
    return null;
  }
  return null;
}

const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|fall)$/;
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** How far after the trigger a habit adverb still qualifies it ("consult each other regularly"). */
const HABITUAL_AFTER_REACH = 4;

/** "pledged to consult each other regularly": a habit adverb right after the trigger's object. */
function habitualAfter(tokens: readonly Token[], to: number, end: number): boolean {
  for (let i = to; i < end; i++) {
    const t = tokens[i]!.lower;
    if (t === ',' || t === ';') return false;
    if (HABITUAL_CUES.includes(t)) return true;
  }
  return false;
}

function isHabitual(tokens: readonly Token[], from: number, left: number): boolean {
  for (let i = from - 1; i >= left; i--) if (HABITUAL_CUES.includes(tokens[i]!.lower)) return true;
  return false;
}

/** A negation within three tokens before the trigger, not inside "not only" or "no longer". */
function isNegated(tokens: readonly Token[], from: number, left: number): boolean {
  for (let i = from - 1; i >= Math.max(left, from - 3); i--) {
    const t = tokens[i]!.lower;
    if (SCOPE_BREAKERS.has(t) || t === ',') return false;
    if (t === 't' && tokens[i - 1]?.lower === "'") return true;
    if (NEGATION_CUES.includes(t)) {
      const next = tokens[i + 1]?.lower;
      if (next === 'only' || next === 'longer' || next === 'doubt') continue;
      return true;
    }
  }
  return false;
}
