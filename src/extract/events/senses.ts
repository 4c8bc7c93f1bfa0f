/**
 * Senses of trigger words that are not diplomatic events (GUIDELINES "Out of scope"), as data plus
 * one small reader per class. A trigger word found by the lexicon is dropped when its context shows:
 *
 * - `advisory`: travel warned against, banned or restricted, not made ("lifted a warning against
 *   travel to Kenya", "banned its citizens from travelling to Iraq", "a visa to visit").
 * - `travel-noun`: "travel" as a noun of tourism ("air travel to", "the travel advisory").
 * - `generic-traveller`: tourists, passengers, ships or airlines as the ones who travel or arrive.
 * - `satisfy`: meet = satisfy ("meet demand", "met expectations", "met with resistance").
 * - `abstract-arrival`: arrive at a decision, arrive in time.
 * - `economic-visit`: visiting a market or a price level ("last visited the debt market").
 * - `welcomed-thing`: welcoming someone's decision, not someone ("welcomed Reagan's decision").
 * - `speaking-talks`: "talks" as a verb of speaking ("She talks and I listen").
 * - `purpose-discuss`: "met X to discuss Y": the discussion is the meeting's purpose, not an event.
 * - `internal-meeting`: a meeting of a company's shareholders or board, a cabinet, analysts.
 * - `corporate-deal`: negotiations over an acquisition or merger with no state party.
 * - `routine-meeting`: an annual or special meeting of one body, with no counterpart named.
 * - `audience-meeting`: a meeting someone speaks to ("told a meeting of the World Trade Forum").
 *
 * Every list is lower-case single tokens (validated by `validateSenses`, run by a test, STYLE.md §8).
 */
import type { Token } from './tokens.js';
import type { MentionRef } from './tokens.js';
import type { TriggerEntry } from './lexicon.js';

export type NonEventSense =
  | 'advisory'
  | 'travel-noun'
  | 'generic-traveller'
  | 'satisfy'
  | 'abstract-arrival'
  | 'economic-visit'
  | 'welcomed-thing'
  | 'speaking-talks'
  | 'purpose-discuss'
  | 'internal-meeting'
  | 'corporate-deal'
  | 'routine-meeting'
  | 'audience-meeting';

/** Words that put the travel after them under a warning, ban or permit ("a warning against travel to"). */
export const ADVISORY_WORDS: readonly string[] = [
  'warning', 'warnings', 'warned', 'warn', 'warns', 'advisory', 'advisories', 'advise', 'advised', 'advises',
  'advising', 'caution', 'cautioned', 'cautions', 'ban', 'bans', 'banned', 'banning', 'barred', 'bar', 'bars',
  'barring', 'restriction', 'restrictions', 'restrict', 'restricts', 'restricted', 'prohibit', 'prohibits',
  'prohibited', 'prohibition', 'forbid', 'forbids', 'forbade', 'forbidden', 'embargo', 'visa', 'visas', 'permit',
  'permits', 'passport', 'passports', 'discouraged', 'discourage',
];
/** How many tokens before the trigger an advisory word reaches ("banned its citizens from travelling to"). */
export const ADVISORY_REACH = 5;
/** Words that make the travel real in spite of the ban ("defied a ban to visit Gaza"). */
export const DEFIANCE_WORDS: readonly string[] = ['defied', 'defy', 'defies', 'defying', 'despite', 'flouted', 'flouting', 'ignored', 'ignoring'];

/** Before "travel", words that make it a noun ("air travel to", "free travel to", "a ban on travel"). */
export const TRAVEL_NOUN_BEFORE: readonly string[] = [
  'the', 'a', 'an', 'any', 'all', 'no', 'of', 'on', 'against', 'for', 'from', 'free', 'air', 'foreign', 'overseas',
  'international', 'business', 'unnecessary', 'nonessential', 'essential', 'leisure', 'holiday', 'rail', 'road',
  'sea', 'space', 'time', 'their', 'its', 'our', 'visa', 'restricted', 'unrestricted', 'non', '-', 'allowing',
  'allow', 'allows', 'permitting', 'resume', 'resumed', 'resuming', 'ease', 'eased', 'easing', 'curb', 'curbed',
];
/** After "travel", words that make it a noun ("travel advisory", "travel agency"). */
export const TRAVEL_NOUN_AFTER: readonly string[] = [
  'advisory', 'advisories', 'warning', 'warnings', 'ban', 'bans', 'restrictions', 'agency', 'agencies', 'agent',
  'agents', 'industry', 'insurance', 'documents', 'document', 'costs', 'expenses', 'allowance', 'alert', 'alerts',
  'sector', 'business', 'company', 'companies', 'trade', 'market', 'services',
];

/** Who or what travels, not a party: tourists, passengers, vehicles, cargo. */
export const GENERIC_TRAVELLERS: readonly string[] = [
  'tourist', 'tourists', 'traveler', 'travelers', 'traveller', 'travellers', 'passenger', 'passengers', 'visitors',
  'holidaymakers', 'vacationers', 'pilgrims', 'migrants', 'refugees', 'ship', 'ships', 'vessel', 'vessels',
  'tanker', 'tankers', 'cargo', 'cargoes', 'shipment', 'shipments', 'consignment', 'consignments', 'flight',
  'flights', 'airline', 'airlines', 'carrier', 'carriers', 'plane', 'planes', 'aircraft', 'train', 'trains',
  'truck', 'trucks', 'goods', 'supplies', 'imports', 'exports', 'crude', 'oil', 'grain', 'wheat', 'troops',
  'soldiers', 'forces', 'warships', 'storm', 'hurricane', 'typhoon',
];
/** How many tokens before a travel or visit trigger its generic subject may stand. */
export const GENERIC_TRAVELLER_REACH = 3;

/** Objects of "meet" in its sense of satisfy or encounter ("meet demand", "met with resistance"). */
export const SATISFY_OBJECTS: readonly string[] = [
  'demand', 'demands', 'need', 'needs', 'requirement', 'requirements', 'target', 'targets', 'goal', 'goals',
  'expectation', 'expectations', 'estimate', 'estimates', 'forecast', 'forecasts', 'criteria', 'criterion',
  'standard', 'standards', 'condition', 'conditions', 'deadline', 'deadlines', 'obligation', 'obligations',
  'payment', 'payments', 'cost', 'costs', 'debt', 'debts', 'problem', 'problems', 'challenge', 'challenges',
  'commitment', 'commitments', 'quota', 'quotas', 'consumption', 'shortfall', 'shortfalls', 'request', 'requests',
  'terms', 'specifications', 'test', 'tests', 'threshold', 'margin', 'margins', 'requirement', 'resistance',
  'opposition', 'approval', 'success', 'skepticism', 'scepticism', 'criticism', 'disapproval', 'protests',
  'protest', 'indifference', 'hostility', 'failure', 'fate', 'end', 'death', 'objections', 'support', 'interest',
  'response', 'reaction', 'reactions', 'enthusiasm', 'derision', 'silence', 'losses', 'shortages', 'supply',
  'supplies', 'orders', 'purchases', 'maturities', 'calls', 'claims', 'bills', 'expenses', 'liabilities',
  'repayments', 'requirements', 'ceiling', 'limits', 'limit', 'level', 'levels',
];
/** Objects of "arrive at/in" that are no place ("arrive at a decision", "arrive in time"). */
export const ABSTRACT_ARRIVALS: readonly string[] = [
  'decision', 'decisions', 'agreement', 'conclusion', 'conclusions', 'compromise', 'consensus', 'figure', 'figures',
  'estimate', 'solution', 'settlement', 'accord', 'deal', 'understanding', 'price', 'prices', 'verdict', 'time',
  'judgment', 'judgement', 'result', 'results', 'formula', 'total', 'number', 'valuation', 'view', 'position',
];
/** Objects of "visit" that make it economic ("prices visited their highest level", "visited the debt market"). */
export const ECONOMIC_VISIT_OBJECTS: readonly string[] = [
  'market', 'markets', 'level', 'levels', 'high', 'highs', 'low', 'lows', 'record', 'peak', 'bottom', 'territory',
  'range', 'mark',
];
/** Words an object scan skips: determiners, a few modifiers ("meet the growing domestic demand"). */
const OBJECT_FILLERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'all', 'any', 'some',
  'such', "'s", '-', 'local', 'domestic', 'world', 'growing', 'rising', 'strong', 'stronger', 'increased',
  'increasing', 'current', 'future', 'market', 'consumer', 'investor', 'analysts', 'analyst', 'wall', 'street',
  'debt', 'heavy', 'higher', 'lower', 'highest', 'lowest', 'new', 'fresh', 'general', 'widespread', 'stiff',
  'strict', 'minimum', 'full', 'financial', 'foreign', 'export', 'import', 'seasonal', 'peak', 'short', 'term',
  'long', 'loan', 'interest', 'production', 'output', 'budget', 'its', 'own', 'little', 'much', 'mixed', 'cool',
  'warm', 'considerable', 'some', 'strong', 'bitter', 'fierce', 'stiff', 'several', 'recent', 'dollar', 'yen',
];
/** How many tokens after the trigger an object scan reaches. */
export const OBJECT_REACH = 4;

/** Pre-modifiers of "meeting" that name a company's or a government's own body, never two parties. */
export const INTERNAL_MEETING_MODIFIERS: readonly string[] = [
  'shareholder', 'shareholders', 'stockholder', 'stockholders', 'board', 'directors', 'analysts', 'analyst',
  'cabinet', 'staff', 'employees', 'employee', 'proxy', 'creditors', 'bondholders', 'caucus',
];
/** The same bodies after "meeting of (the)". */
export const INTERNAL_MEETING_OF: readonly string[] = [
  'shareholders', 'stockholders', 'directors', 'board', 'cabinet', 'analysts', 'creditors', 'bondholders', 'staff',
];
/** Pre-modifiers of a body's routine meeting ("the annual meeting", "a special meeting"). */
export const ROUTINE_MEETING_MODIFIERS: readonly string[] = ['annual', 'special', 'regular', 'general', 'quarterly', 'monthly', 'weekly', 'yearly'];

/** Words of speaking to an audience ("told a meeting of", "in an address to the ... meeting"). */
export const SPEECH_WORDS: readonly string[] = [
  'told', 'tell', 'tells', 'telling', 'addressed', 'addressing', 'address', 'addresses', 'speaking', 'spoke',
  'speaks', 'speech', 'remarks', 'lecture', 'presentation', 'testified', 'briefed', 'briefing',
];
/** What may stand between a speech word and its meeting: "an address to the National Petroleum Refiners Association meeting". */
const AUDIENCE_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'to', 'at', 'its', 'this', 'their', 'in', "'s", '-', 'annual', 'special', 'closed', 'private', 'public', 'recent']);
/** How many tokens a speech word may stand before its meeting. */
export const AUDIENCE_REACH = 8;

/** Words of a corporate deal in a talks clause ("negotiations on its proposed acquisitions"). */
export const CORPORATE_DEAL_WORDS: readonly string[] = [
  'acquisition', 'acquisitions', 'acquire', 'merger', 'mergers', 'merge', 'takeover', 'buyout', 'shareholders',
  'stockholders', 'dividend', 'tender', 'subsidiary', 'contract',
];

/** How far (in tokens) a purpose infinitive ("to discuss") may follow the trigger it serves. */
export const PURPOSE_REACH = 20;

/** Subject pronouns before "talks" as a verb of speaking. */
const SPEAKING_SUBJECTS: readonly string[] = ['he', 'she', 'it', 'who', 'everyone', 'nobody', 'someone', 'one'];

/** Throws an Error naming every entry that is not one lower-case token, or listed twice in its list. */
export function validateSenses(lists: Readonly<Record<string, readonly string[]>> = SENSE_LISTS): void {
  const problems: string[] = [];
  for (const [name, list] of Object.entries(lists)) {
    const seen = new Set<string>();
    for (const w of list) {
      if (w !== w.toLowerCase() || /\s/.test(w) || w === '') problems.push(`${name}: "${w}" must be one lower-case token`);
      if (seen.has(w) && !LENIENT.has(name)) problems.push(`${name}: "${w}" is listed twice`);
      seen.add(w);
    }
  }
  if (problems.length > 0) throw new Error(`sense lists: ${problems.join('; ')}`);
}
/** Lists that are unions of looser groups, where a repeat is harmless. */
const LENIENT: ReadonlySet<string> = new Set(['OBJECT_FILLERS', 'SATISFY_OBJECTS']);

export const SENSE_LISTS: Readonly<Record<string, readonly string[]>> = {
  ADVISORY_WORDS, DEFIANCE_WORDS, TRAVEL_NOUN_BEFORE, TRAVEL_NOUN_AFTER, GENERIC_TRAVELLERS, SATISFY_OBJECTS,
  ABSTRACT_ARRIVALS, ECONOMIC_VISIT_OBJECTS, OBJECT_FILLERS, INTERNAL_MEETING_MODIFIERS, INTERNAL_MEETING_OF,
  ROUTINE_MEETING_MODIFIERS, CORPORATE_DEAL_WORDS, SPEAKING_SUBJECTS, SPEECH_WORDS,
};

const sets = Object.fromEntries(Object.entries(SENSE_LISTS).map(([k, v]) => [k, new Set(v)])) as Record<keyof typeof SENSE_LISTS, ReadonlySet<string>>;

export interface SenseInput {
  tokens: readonly Token[];
  ments: ReadonlyArray<MentionRef | null>;
  entry: TriggerEntry;
  /** Trigger token range. */
  from: number;
  to: number;
  /** Clause window. */
  ws: number;
  we: number;
  /** First token of the sentence's trigger before this one, or -1. */
  previousTrigger: number;
}

/**
 * The non-event sense the trigger's own words show, before any argument is read, or null.
 * Classes that need the participants are in `nonDiplomaticSense`.
 */
export function lexicalSense(s: SenseInput): NonEventSense | null {
  const { tokens, entry, from, to } = s;
  const word = tokens[from]!.lower;
  if (entry.type === 'Visit') {
    if (word === 'travel' && travelNoun(tokens, from)) return 'travel-noun';
    if (advisory(s)) return 'advisory';
    if (genericTraveller(s)) return 'generic-traveller';
    if (entry.frame === 'travel' && (entry.lemma === 'arrive' || entry.lemma === 'arrival') && objectIn(s, sets.ABSTRACT_ARRIVALS, true)) return 'abstract-arrival';
    if (entry.frame === 'visit' && entry.pos === 'verb' && objectIn(s, sets.ECONOMIC_VISIT_OBJECTS, false)) return 'economic-visit';
    return null;
  }
  if (entry.lemma === 'meet' || word === 'meeting' || word === 'meets') {
    if (objectIn(s, sets.SATISFY_OBJECTS, false)) return 'satisfy';
  }
  if (entry.frame === 'host' && welcomedThing(s)) return 'welcomed-thing';
  if (word === 'talks' && sets.SPEAKING_SUBJECTS.has(tokens[from - 1]?.lower ?? '') && tokens[to]?.lower !== 'with') return 'speaking-talks';
  // "met recently in Paris to discuss ...": the discussion is the purpose of the meeting told before.
  if (entry.weak && tokens[from - 1]?.lower === 'to' && s.previousTrigger >= 0 && from - s.previousTrigger <= PURPOSE_REACH) return 'purpose-discuss';
  if (entry.type === 'Meeting' && (word === 'meeting' || word === 'meetings') && internalMeeting(tokens, from, to)) return 'internal-meeting';
  return null;
}

export interface PartySummary {
  /** A Country is among the participants. */
  country: boolean;
  /** How many participants. */
  count: number;
  /** A with-/between-partner or a direct object was named. */
  partnerNamed: boolean;
}

/** The non-event sense that needs the event's parties: corporate deals, a body's routine meeting. */
export function nonDiplomaticSense(s: SenseInput, parties: PartySummary): NonEventSense | null {
  const { tokens, entry, from, ws, we } = s;
  if (entry.type === 'Talks' && !parties.country) {
    for (let i = ws; i < we; i++) if (sets.CORPORATE_DEAL_WORDS.has(tokens[i]!.lower) && tokens[i]!.text === tokens[i]!.lower) return 'corporate-deal';
  }
  const word = tokens[from]!.lower;
  // "his annual meeting, on April 5-6 in Ottawa, with Prime Minister Brian Mulroney": a counterpart after all.
  if (entry.type === 'Meeting' && (word === 'meeting' || word === 'meetings') && !parties.partnerNamed && !parties.country && parties.count < 2 && !counterpartAfter(tokens, s.to, we)) {
    for (let i = from - 1; i >= Math.max(ws, from - 3); i--) {
      const t = tokens[i]!.lower;
      if (sets.ROUTINE_MEETING_MODIFIERS.has(t)) return 'routine-meeting';
      if (t !== '-' && !/^[\p{Ll}\d]+$/u.test(tokens[i]!.text)) break;
    }
    if (audience(s)) return 'audience-meeting';
  }
  return null;
}

function counterpartAfter(tokens: readonly Token[], to: number, we: number): boolean {
  for (let i = to; i < we; i++) if (tokens[i]!.lower === 'with' || tokens[i]!.lower === 'between') return true;
  return false;
}

/** "Ruding told a meeting of the World Trade Forum", "speaking at a meeting of industrial managers". */
function audience(s: SenseInput): boolean {
  const { tokens, ments, from } = s;
  // The window starts after a reporting verb ("told"), which is the speech word itself: scan past it.
  for (let i = from - 1; i >= Math.max(0, from - AUDIENCE_REACH); i--) {
    const t = tokens[i]!;
    if (sets.SPEECH_WORDS.has(t.lower) && t.text === t.lower) return true;
    if (ments[i] || AUDIENCE_FILLERS.has(t.lower) || /^\p{Lu}/u.test(t.text)) continue;
    return false;
  }
  return false;
}

/** "a warning against travel to", "banned its citizens from travelling to", "a visa to visit": under the reach, no clause break. */
function advisory(s: SenseInput): boolean {
  const { tokens, ments, from } = s;
  let found = false;
  let i = from - 1;
  // A mention counts as one word ("cautioned U.S. citizens against visiting").
  for (let steps = 0; i >= 0 && steps < ADVISORY_REACH; i--, steps++) {
    const m = ments[i];
    if (m) {
      i = m.from;
      continue;
    }
    const t = tokens[i]!.lower;
    if (t === ',' || t === ';' || t === ':' || t === 'but' || t === '.') break;
    // "Ban made a trip to Japan": a name, not a ban.
    if (tokens[i]!.text !== t) continue;
    if (sets.ADVISORY_WORDS.has(t)) found = true;
    else if (found && sets.DEFIANCE_WORDS.has(t)) return false;
  }
  if (!found) return false;
  // "defied a travel ban to visit": a defiance word a little further left still makes it real.
  for (let k = i; k >= Math.max(0, i - 3); k--) if (sets.DEFIANCE_WORDS.has(tokens[k]!.lower)) return false;
  return true;
}

function travelNoun(tokens: readonly Token[], from: number): boolean {
  const before = tokens[from - 1]?.lower ?? '';
  const after = tokens[from + 1]?.lower ?? '';
  return sets.TRAVEL_NOUN_BEFORE.has(before) || sets.TRAVEL_NOUN_AFTER.has(after);
}

/** "tourists visiting Kenya", "the new ships will arrive": a generic subject a few tokens before, no name between. */
function genericTraveller(s: SenseInput): boolean {
  const { tokens, ments, from } = s;
  for (let i = from - 1; i >= Math.max(0, from - GENERIC_TRAVELLER_REACH - 1); i--) {
    if (ments[i]) return false;
    const t = tokens[i]!.lower;
    if (sets.GENERIC_TRAVELLERS.has(t)) return !(tokens[i - 1]?.lower === "'s" && ments[i - 2]); // "Kim's plane landed"
    if (GENERIC_STOPS.has(t)) return false;
  }
  return false;
}

/** Words that end the scan for a generic subject: another subject or clause ("exports after he visited"). */
const GENERIC_STOPS: ReadonlySet<string> = new Set([',', ';', 'that', 'he', 'she', 'they', 'we', 'i', 'who', 'it', 'after', 'before', 'when', 'while', 'as', 'because', 'since', 'and', 'or', 'by']);

/** The first noun after the trigger (skipping fillers and modifier demonyms) is in `nouns`. */
function objectIn(s: SenseInput, nouns: ReadonlySet<string>, afterPreposition: boolean): boolean {
  const { tokens, ments, to, we } = s;
  let i = to;
  // "arrive at a decision", "arrive in time": the object of the destination preposition.
  if (afterPreposition) {
    const p = tokens[i]?.lower;
    if (p !== 'at' && p !== 'in') return false;
    i++;
  }
  for (let n = 0; i < Math.min(we, to + OBJECT_REACH + (afterPreposition ? 1 : 0)) && n <= OBJECT_REACH; i++, n++) {
    const t = tokens[i]!;
    const m = ments[i];
    if (m) {
      // "meet Latin American debt problems": a demonym modifying a noun, not a party.
      if ((m.entity.kind === 'Country' || m.entity.kind === 'Place') && /^\p{Ll}/u.test(tokens[m.to]?.text ?? '')) {
        i = m.to - 1;
        continue;
      }
      return false;
    }
    if (nouns.has(t.lower)) return true;
    if (!sets.OBJECT_FILLERS.has(t.lower) && !/^\d/.test(t.text)) return false;
  }
  return false;
}

/**
 * "welcomed President Reagan's decision": the name after a host verb is a possessor. Demonyms and
 * titles before the name are crossed ("welcomed Chinese President Hu's proposal").
 */
function welcomedThing(s: SenseInput): boolean {
  const { tokens, ments, to, we } = s;
  for (let i = to; i < Math.min(we, to + 6); i++) {
    const m = ments[i];
    if (m) {
      if (tokens[m.to]?.lower === "'s") return !ments[m.to + 1];
      if (m.entity.kind === 'Person') return false;
      i = m.to - 1;
      continue;
    }
    if (!/^\p{L}/u.test(tokens[i]!.text)) return false;
  }
  return false;
}

/** "the annual shareholders meeting", "a policy board meeting", "a cabinet meeting", "a meeting of shareholders". */
function internalMeeting(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 3); i--) {
    const t = tokens[i]!.lower;
    if (sets.INTERNAL_MEETING_MODIFIERS.has(t) && tokens[i]!.text === t) return true;
    if (t !== "'s" && t !== "'" && t !== '-' && !/^\p{Ll}+$/u.test(tokens[i]!.text)) break;
  }
  if (tokens[to]?.lower === 'of') {
    const k = tokens[to + 1]?.lower === 'the' || tokens[to + 1]?.lower === 'its' ? to + 2 : to + 1;
    for (let i = k; i < Math.min(tokens.length, k + 3); i++) if (sets.INTERNAL_MEETING_OF.has(tokens[i]!.lower) && tokens[i]!.text === tokens[i]!.lower) return true;
  }
  return false;
}
