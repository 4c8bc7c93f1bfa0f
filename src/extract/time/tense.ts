/**
 * A small clause-tense detector: is the clause around a time expression about the past, the present
 * or the future? Used to anchor bare weekdays, months, seasons and quarters.
 *
 * The sentence is cut into words; a verb group (auxiliaries and the verb they govern) gets a tense from
 * its first auxiliary (`will`, `would`, `might`, `is to`, `going to`, `expected to` -> future;
 * `was`, `had`, `did`, `has` -> past; `is`, `are` -> present, present progressive -> future) or, with
 * none, from the verb's form (`-ed`, irregular past -> past). The group nearest to the expression
 * inside its clause (cut at `;`, `:`, brackets, quotes and commas) decides, a group before the
 * expression counting from its last word; failing that, the nearest in the sentence; failing that, null.
 * Markers right before the expression win over verbs: `until`, `starting`, `ahead of` look forward
 * (but `until` fronted before a past perfect closes a state now over: "Until Thursday, they had not
 * ..."), `since` and `ago` back. A day fronted before a bare "planned to" dates the (past) planning.
 *
 * `prospective` is a plan reported as made before: "was to", "were expected to", "had been scheduled
 * for", "planned to", "the slated visit". It points forward from a time that may itself be before the
 * DCT, so the nearest day or month on either side is meant: "had been scheduled for Sunday" on a
 * Saturday is the next day; "had been due to expire Friday" on a Monday is three days before.
 */
export type Tense = 'past' | 'present' | 'future' | 'prospective';

// "could" is left out: in news it is as often the past of "can" ("could not be reached Friday").
const FUTURE_AUX = new Set(['will', "'ll", 'shall', 'would', "'d", 'might', 'may', 'should', 'must', 'can', 'wo', 'ca']);
const PAST_AUX = new Set(['was', 'were', 'had', 'did', 'has', 'have', "'ve", "hadn't", "wasn't", "weren't", "didn't", "hasn't", "haven't"]);
const PRESENT_AUX = new Set(['is', 'are', 'am', "'s", "'re", "'m", 'do', 'does', "isn't", "aren't", "doesn't", "don't"]);
const NEGATED_FUTURE = new Set(["won't", "wouldn't", "can't", "shouldn't", "mightn't", "mustn't", 'cannot']);

/** Words that, followed by `to` (or `for`), put what follows in the future. */
const FUTURE_INTENT = new Set([
  'expected', 'expects', 'expect', 'scheduled', 'schedule', 'due', 'set', 'slated', 'poised', 'plans', 'plan', 'planned',
  'planning', 'intends', 'intend', 'intended', 'aims', 'aim', 'hopes', 'hope', 'wants', 'want', 'going', 'likely',
  'prepared', 'preparing', 'ready', 'promised', 'promises', 'agreed', 'agrees', 'decided', 'decides', 'vowed', 'vows',
  'pledged', 'pledges', 'threatened', 'threatens', 'offered', 'invited', 'asked', 'urged',
]);

/** Past forms of the intent words: "planned to", "expected to" without an auxiliary report a plan. */
const PAST_INTENT = new Set(
  'expected scheduled slated planned intended promised agreed decided vowed pledged threatened offered aimed hoped wanted prepared'.split(' '),
);

/** Adjectives of schedules after a determiner: "the slated visit", "a planned trip", "the proposed talks". */
const PROSPECTIVE_ADJECTIVES = new Set('scheduled slated planned proposed expected anticipated upcoming forthcoming'.split(' '));

/**
 * Verbs of planning that take the planned thing as object: "plans a July trip", "is planning a visit
 * in May", "proposed a meeting on Friday". What the object names lies ahead of the planning.
 */
const PLAN_OBJECT_VERBS = new Set(
  'plan plans planned planning schedule schedules scheduled scheduling propose proposes proposed proposing expect expects expected expecting prepare prepares prepared preparing'.split(' '),
);

/** Participles of arranging: after `has`/`have` the thing arranged is still ahead. */
const ARRANGED = new Set('scheduled slated planned set arranged called convened rescheduled'.split(' '));

const DETERMINERS = new Set('a an the its his her their our my your this these those'.split(' '));

/**
 * Coordinators joining verb phrases: "arrived here on Saturday and will have talks tomorrow" gives
 * each verb its own tense, so a verb group opening a new conjunct does not reach back over it.
 */
const COORDINATORS = new Set(['and', 'but', 'or']);
/** Adverbs that may sit between a coordinator and the verb group it opens ("and then met", "but also will"). */
const CONJUNCT_ADVERBS = new Set(['then', 'also', 'later', 'subsequently', 'afterwards', 'now', 'still']);

/** Words an auxiliary may have between it and the intent word it governs ("had been scheduled for"). */
const BETWEEN_AUX_AND_INTENT = new Set('been being not also still originally initially previously tentatively once'.split(' '));

/**
 * Words that, right before the expression, point forward whatever the verb: deadlines and starts
 * ("postponed until Tuesday", "gave them until 9 a.m. Tuesday", "effective Feb. 1").
 */
const FORWARD_MARKERS = new Set(['until', 'till', 'upcoming', 'coming', 'starting', 'beginning', 'effective']);

/**
 * Present-simple verbs of schedules: with no auxiliary they announce what is arranged ("the
 * summit starts Tuesday", "the offer expires Nov. 30").
 */
const SCHEDULE_VERBS = new Set(
  (
    'starts begins opens closes ends expires resumes reopens convenes meets leaves departs arrives returns ' +
    'visits travels heads goes comes kicks takes'
  ).split(' '),
);

const IRREGULAR_PAST = new Set(
  (
    'said told met went came saw took gave made began held left fell rose won lost sent spent paid sold bought brought ' +
    'thought kept found got felt heard knew led meant put ran read set shot sat stood struck taught threw understood ' +
    'wrote became broke built caught chose drew drove ate fought flew forgot froze grew hid hit hung hurt laid lay lit ' +
    'quit rang rode sang sank shook shut slid spoke spun split spread stole stuck swore swept swam tore wore wound woke ' +
    'withdrew overtook overcame undertook upheld arose awoke bore beat bled bent bet bid bound blew bred burnt cast clung ' +
    'crept cut dealt dug dove dreamt fed fled forbade forgave forecast forsook ground leapt lent let meant mistook ' +
    'outdid oversaw partook proved quit rebuilt reset retook rewrote sought sold shed shone shrank sped spelt sprang ' +
    'stank strode strove swung wept won wrung'
  ).split(' '),
);

/** Past participles that neither end in -ed/-en nor are in IRREGULAR_PAST (which holds most of them). */
const OTHER_PARTICIPLES = new Set('been done gone seen begun run come become flown drawn grown known shown thrown'.split(' '));

/** Whether a word can be the past participle of a perfect ("has met", "have been", "has agreed"). */
function isParticiple(w: string): boolean {
  return (w.endsWith('ed') && !ED_NOT_PAST.has(w)) || w.endsWith('en') || w.endsWith('wn') || IRREGULAR_PAST.has(w) || OTHER_PARTICIPLES.has(w);
}

/** Words ending in -ed that are not past verbs. */
const ED_NOT_PAST = new Set(
  (
    'need needed speed seed bed red shed hundred indeed feed proceed succeed exceed breed creed deed greed heed ' +
    'reed steed weed bleed naked sacred wicked kindred wretched rugged ragged beloved learned aged alleged ' +
    'united limited based related'
  ).split(' '),
);

const PRONOUNS = new Set('he she it that there what who where here i you we they'.split(' '));

const ADJECTIVE_CONTEXT = new Set(
  (
    'a an the its his her their our my your this these those still newly recently previously so-called already well'
  ).split(' '),
);

/**
 * Quantifiers, numbers and attributive adjectives: an -ed word after one of them and before a lower-case noun is
 * an adjective ("the seven major industrialized countries", "many developed nations"), while one before a
 * determiner, a name or a preposition is still a verb ("the two visited the site", "many attended in Rome").
 */
const ATTRIBUTIVE = new Set(
  'major most more less least many other several some leading main key two three four five six seven eight nine ten twelve'.split(' '),
);
const NOT_NOUNS = new Set('a an the his her its their this that these those to in on at for with by from of and or but as'.split(' '));

interface Word {
  text: string; // lower case
  original: string;
  start: number;
  end: number;
  /** A clause boundary (punctuation) rather than a word. */
  boundary: boolean;
}

const WORD = /[A-Za-z]+n't|[A-Za-z]+|['’](?:ll|d|s|re|m|ve)\b|[;:()"“”]|,|--|—/g;

function words(sentence: string): Word[] {
  const out: Word[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(sentence)) !== null) {
    const text = m[0].toLowerCase().replace('’', "'");
    out.push({ text, original: m[0], start: m.index, end: m.index + m[0].length, boundary: !/[a-z']/.test(text[0]!) });
  }
  return out;
}

/** The tense of the verb group starting at word i, or null when word i does not start one. */
function groupTense(ws: readonly Word[], i: number): Tense | null {
  const w = ws[i]!.text;
  // "May" mid-sentence is the month, not the modal.
  if (w === 'may' && ws[i]!.original !== 'may' && i > 0) return null;
  // "'s" is "is"/"has" only after a pronoun; after a noun it is a possessive ("Friday's").
  if ((w === "'s" || w === "'d") && !PRONOUNS.has(ws[i - 1]?.text ?? '')) return null;
  const next = ws[i + 1]?.text ?? '';
  const next2 = ws[i + 2]?.text ?? '';
  if (FUTURE_AUX.has(w) || NEGATED_FUTURE.has(w)) {
    // A perfect modal looks back: "may have been responsible ... on Wednesday", "would have met
    // Friday"; "will have" (future perfect) still looks forward.
    const perfect = next === 'have' || (next === 'not' && next2 === 'have') || next === "'ve";
    return perfect && w !== 'will' && w !== "'ll" && w !== 'shall' && w !== 'wo' ? 'past' : 'future';
  }
  const prev = ws[i - 1]?.text ?? '';
  if (FUTURE_INTENT.has(w) && (next === 'to' || next === 'for' || (w === 'due' && next === 'on'))) {
    // "planned to", "expected to" (no auxiliary before): a plan reported as made before.
    return PAST_INTENT.has(w) && !PRESENT_AUX.has(prev) ? 'prospective' : 'future';
  }
  if (PRESENT_AUX.has(w) || PAST_AUX.has(w)) {
    const past = PAST_AUX.has(w);
    // `is to`, `is going to`, `are expected to`: future; `was to`, `were expected to`, `had been
    // scheduled for`: a plan made before (prospective); `had to` is an obligation in the past.
    if (next === 'to') return w === 'had' || w === "hadn't" ? 'past' : past && w !== 'has' && w !== 'have' && w !== "'ve" ? 'prospective' : 'future';
    if (next === 'going' && next2 === 'to') return past ? 'prospective' : 'future';
    let k = i + 1;
    while (k < ws.length && k <= i + 3 && BETWEEN_AUX_AND_INTENT.has(ws[k]!.text)) k++;
    const intent = ws[k]?.text ?? '';
    const after = ws[k + 1]?.text ?? '';
    if (FUTURE_INTENT.has(intent) && (after === 'to' || after === 'for' || (intent === 'due' && after === 'on'))) {
      return past ? 'prospective' : 'future';
    }
    // "has scheduled a news conference Thursday", "have set Friday as the deadline": what is
    // arranged lies ahead; "had scheduled" is a plan made before.
    if ((w === 'has' || w === 'have' || w === "'ve" || w === 'had') && ARRANGED.has(intent)) return w === 'had' ? 'prospective' : 'future';
    // `has`/`have` with no participle is the main verb, in the present: "Japan has until the next meeting in May".
    if ((w === 'has' || w === 'have' || w === "'ve") && !isParticiple(intent)) return 'present';
    if (past) return 'past';
    // Present progressive in news announces arrangements: "is visiting China next week".
    if (next.endsWith('ing') && next !== 'being') return 'future';
    return 'present';
  }
  if (w === 'to' && next === 'be') return 'future';
  // "plans a July trip", "proposed a meeting on Friday": the object is the plan; a past form without
  // an auxiliary reports a plan made before (either side of the DCT), the others look forward.
  if (PLAN_OBJECT_VERBS.has(w) && DETERMINERS.has(next) && !ADJECTIVE_CONTEXT.has(prev)) {
    return w.endsWith('ed') && !PRESENT_AUX.has(prev) && !PAST_AUX.has(prev) ? 'prospective' : 'future';
  }
  // "the summit starts Tuesday", "Mustapha, who leaves for Moscow on Tuesday": a relative "who" is the
  // subject named before it, not a pronoun of habit ("he comes").
  if (SCHEDULE_VERBS.has(w) && (prev === 'who' || !PRONOUNS.has(ws[i - 1]?.text ?? '-')) && ws[i - 1]?.text !== 'the') return 'future';
  // "the slated visit", "a planned trip": the schedule of what the noun names.
  if (PROSPECTIVE_ADJECTIVES.has(w) && DETERMINERS.has(prev)) return 'prospective';
  // A participle after a determiner or adverb is an adjective ("a still unspecified date").
  if (ADJECTIVE_CONTEXT.has(prev)) return null;
  if (IRREGULAR_PAST.has(w)) return 'past';
  if (w.length > 4 && w.endsWith('ed') && !ED_NOT_PAST.has(w)) {
    const noun = ws[i + 1];
    if (ATTRIBUTIVE.has(prev) && noun && /^[a-z]/.test(noun.original) && !NOT_NOUNS.has(noun.text)) return null;
    return 'past';
  }
  return null;
}

interface Cue {
  tense: Tense;
  index: number;
  /** The first word of the verb group ("had", "planned", ...). */
  head: string;
  /** The index of the group's last word ("did not plan to": "to"). */
  last: number;
}

function cues(ws: readonly Word[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (ws[i]!.boundary) continue;
    const t = groupTense(ws, i);
    if (t === null) continue;
    // An auxiliary governs the words after it: skip the rest of the verb group.
    let j = i + 1;
    while (j < ws.length && j <= i + 3 && !ws[j]!.boundary && isGroupWord(ws[j]!.text)) j++;
    out.push({ tense: t, index: i, head: ws[i]!.text, last: j - 1 });
    i = j - 1;
  }
  return out;
}

function isGroupWord(w: string): boolean {
  return (
    w === 'not' || w === 'be' || w === 'been' || w === 'being' || w === 'have' || w === 'to' || w === 'going' ||
    w.endsWith('ed') || w.endsWith('ing') || w.endsWith('en') || IRREGULAR_PAST.has(w) || FUTURE_INTENT.has(w) ||
    w === 'also' || w === 'still' || w === 'never' || w === 'already'
  );
}

/**
 * Where a tense came from: a marker word right before the expression ("until", "since"), a verb group
 * in the expression's clause, or only one elsewhere in the sentence (a weaker cue).
 */
export interface TenseCue {
  tense: Tense;
  scope: 'marker' | 'clause' | 'sentence';
  /**
   * An infinitive ("to admit", "to start") or an of-phrase ("of a cutback") stands between the verb
   * group and the expression: the expression may date what that names, which the group's tense does
   * not place ("has decided to admit Poland in early March", "warned of a cutback in September").
   */
  embedded?: boolean;
}

export interface TenseDetector {
  /** The tense governing the expression at [start, end) of the sentence text. */
  at(start: number, end: number): Tense | null;
  /** The same, with where it came from. */
  cueAt(start: number, end: number): TenseCue | null;
}

/**
 * Prepares a sentence once; `at` answers for any expression in it in O(log n), so a sentence with
 * many expressions stays linear overall.
 */
export function tenseDetector(sentence: string): TenseDetector {
  const ws = words(sentence);
  const cs = cues(ws);
  // Nearest clause boundary at or before / at or after each word.
  const boundaryBefore = new Int32Array(ws.length);
  const boundaryAfter = new Int32Array(ws.length);
  for (let i = 0, last = -1; i < ws.length; i++) {
    if (ws[i]!.boundary) last = i;
    boundaryBefore[i] = last;
  }
  for (let i = ws.length - 1, next = ws.length; i >= 0; i--) {
    if (ws[i]!.boundary) next = i;
    boundaryAfter[i] = next;
  }
  // The index of the last word opening an embedded phrase at or before each word, or -1: an
  // infinitive "to" (before a lower-case word that is no determiner or pronoun: "to admit", not "to
  // the capital", "to China") or "of" before a determiner ("of a cutback").
  const lastEmbedding = new Int32Array(ws.length);
  for (let i = 0, last = -1; i < ws.length; i++) {
    const w = ws[i]!.text;
    const next = ws[i + 1];
    const infinitive =
      w === 'to' && next !== undefined && !next.boundary && /^[a-z]/.test(next.original) && !DETERMINERS.has(next.text) && !PRONOUNS.has(next.text) && next.text !== 'be' && next.text !== 'have';
    const ofPhrase = w === 'of' && next !== undefined && DETERMINERS.has(next.text) && /^\s+$/.test(sentence.slice(ws[i]!.end, next.start));
    if (infinitive || ofPhrase) last = i;
    lastEmbedding[i] = last;
  }
  /** The coordinator opening the verb phrase whose group starts at word i ("and will have", "and then met"), or -1. */
  const conjunctOpener = (i: number): number => {
    let k = i - 1;
    if (k >= 0 && CONJUNCT_ADVERBS.has(ws[k]!.text)) k--;
    return k >= 0 && COORDINATORS.has(ws[k]!.text) ? k : -1;
  };
  /** The number of items whose key is < x (items sorted by key). */
  const countBelow = <T>(items: readonly T[], key: (t: T) => number, x: number): number => {
    let lo = 0;
    let hi = items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(items[mid]!) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** The nearest cue on either side of the words (before, after): within the clause, else in the sentence. */
  const nearest = (before: number, after: number): TenseCue & { cue: Cue } | null => {
    // Clause bounds: the nearest boundary on each side.
    const lo = before >= 0 ? boundaryBefore[before]! : -1;
    const hi = after < ws.length ? boundaryAfter[after]! : ws.length;
    // Only the nearest cue on each side can win (the weight grows with distance).
    const firstAfter = countBelow(cs, (c) => c.index, after);
    const lastBefore = countBelow(cs, (c) => c.index, before + 1) - 1;
    let best: Cue | null = null;
    let bestDistance = Infinity;
    let fallback: Cue | null = null;
    let fallbackDistance = Infinity;
    for (const c of [lastBefore >= 0 ? cs[lastBefore] : undefined, cs[firstAfter]]) {
      if (!c) continue;
      // A group before the expression is as near as its last word ("did not plan to remove it on Friday").
      const distance = c.index <= before ? before - Math.min(c.last, before) + 1 : c.index - after + 1;
      // A cue after the expression counts a little less than one before it.
      const weighted = c.index <= before ? distance : distance + 0.5;
      // "arrived here on Saturday and will have talks": a verb opening the next conjunct is another
      // verb's tense; it decides only when the expression's own conjunct has no verb (the fallback).
      const ownClause = c.index > lo && c.index < hi && !(c.index > before && conjunctOpener(c.index) >= after);
      if (ownClause) {
        if (weighted < bestDistance) {
          best = c;
          bestDistance = weighted;
        }
      } else if (weighted < fallbackDistance) {
        fallback = c;
        fallbackDistance = weighted;
      }
    }
    if (best) return { tense: best.tense, scope: 'clause', cue: best };
    return fallback ? { tense: fallback.tense, scope: 'sentence', cue: fallback } : null;
  };
  const cueAt = (start: number, end: number): TenseCue | null => {
    // The last word ending at or before the expression, and the first word starting at or after its end.
    const before = countBelow(ws, (w) => w.end, start + 1) - 1;
    const after = countBelow(ws, (w) => w.start, end);
    const prev = before >= 0 ? ws[before]!.text : '';
    if (FORWARD_MARKERS.has(prev)) {
      // "Until Thursday, they had not called him a suspect": "until" before a past perfect ends a
      // state that is over, not a deadline ahead ("postponed until Tuesday").
      const verb = prev === 'until' || prev === 'till' ? nearest(before, after) : null;
      if (verb && verb.cue.index > before && (verb.cue.head === 'had' || verb.cue.head === "hadn't")) return { tense: 'past', scope: verb.scope };
      return { tense: 'future', scope: 'marker' };
    }
    if (prev === 'since' || prev === 'ago') return { tense: 'past', scope: 'marker' };
    // "ahead of the weekend", "in advance of Friday's vote": what comes before the expression is ahead.
    if (prev === 'of' && before > 0 && (ws[before - 1]!.text === 'ahead' || ws[before - 1]!.text === 'advance')) return { tense: 'future', scope: 'marker' };
    const found = nearest(before, after);
    if (!found) return null;
    // "On Friday, the government planned to pay ...": a day put before a bare "planned to" dates the
    // (past) planning; after it ("planned to pay on Friday") it dates what was planned.
    if (found.tense === 'prospective' && found.cue.index > before && PAST_INTENT.has(found.cue.head)) return { tense: 'past', scope: found.scope };
    const embedded = found.cue.index <= before && before >= 0 && lastEmbedding[before]! > found.cue.last;
    return embedded ? { tense: found.tense, scope: found.scope, embedded } : { tense: found.tense, scope: found.scope };
  };
  return { cueAt, at: (start, end) => cueAt(start, end)?.tense ?? null };
}

/** One-off convenience: the tense at [start, end) of `sentence`. */
export function tenseAt(sentence: string, start: number, end: number): Tense | null {
  return tenseDetector(sentence).at(start, end);
}
