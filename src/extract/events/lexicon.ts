/**
 * The trigger lexicon: which words and phrases announce a Visit, a Meeting or Talks, and how their
 * arguments are read (the frame). Plain typed data, validated by `validateLexicon` (run by a test,
 * STYLE.md §8). Phrases are lower-case token sequences as `tokenize` produces them ("sat down with").
 */
import type { EventType } from '../../model/types.js';

/**
 * How a trigger's arguments are read.
 * - `visit`: X visits Y / X's visit to Y / a visit by X. Subject or possessor = visitor; object or
 *   "to"/"in" phrase = destination (a place, or a host country/person).
 * - `travel`: X travels / arrives / flies / heads / lands / leaves for Y. Subject = visitor; needs a
 *   destination (a place after a destination preposition, or "here").
 * - `host`: X hosts / receives / welcomes Y. Subject = host; a Person object = guest (a Meeting).
 * - `meet`: X meets (with) Y / X's meeting with Y / a meeting between X and Y. Participants.
 * - `talks`: X holds talks with Y / X negotiates with Y / talks between X and Y. Participants.
 * - `summit`: the NATO summit / a China-Africa summit / a summit with X. Participants, including the
 *   organisation or parties named as modifiers.
 */
export type Frame = 'visit' | 'travel' | 'host' | 'meet' | 'talks' | 'summit';
export const FRAMES: readonly Frame[] = ['visit', 'travel', 'host', 'meet', 'talks', 'summit'];

export type TriggerPos = 'verb' | 'noun';

export interface TriggerEntry {
  /** Dictionary form, for reports and the `trigger` field. */
  lemma: string;
  /** Every surface form, as lower-case token sequences separated by single spaces. */
  forms: readonly string[];
  pos: TriggerPos;
  type: EventType;
  frame: Frame;
  /** Prepositions that introduce the destination (travel and visit frames). */
  destination?: readonly string[];
  /** The event needs a partner (a with-phrase, an object or a second subject) to count. */
  needsPartner?: boolean;
  /** A weak trigger never upgrades a merged event's type and never stands alone without a partner. */
  weak?: boolean;
  /**
   * Words that may stand between a two-token form's first and second tokens, at most MAX_GAP of them:
   * "headed Tuesday to", "will lead another business delegation to".
   */
  between?: readonly string[];
}

/** Most words a `between` gap may hold. */
export const MAX_GAP = 3;

/** Time words that may split a motion verb from its preposition ("headed Tuesday to East Africa"). */
const TIME_GAP: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'today', 'tomorrow', 'tonight',
  'yesterday', 'later', 'early', 'next', 'last', 'this', 'week', 'month', 'morning', 'evening', 'afternoon', 'night', 'again',
];
/** Words inside "lead a ... delegation". */
const DELEGATION_GAP: readonly string[] = [
  'a', 'an', 'the', 'his', 'her', 'another', 'business', 'trade', 'government', 'official', 'high', 'level', '-',
  'ministerial', 'parliamentary', 'military', 'large', 'big', 'senior', 'economic', 'party', 'goodwill',
];

export const TRIGGERS: readonly TriggerEntry[] = [
  // ------------------------------------------------------------------ Visit
  { lemma: 'visit', forms: ['visit', 'visits', 'visited', 'visiting'], pos: 'verb', type: 'Visit', frame: 'visit', destination: ['to', 'in'] },
  { lemma: 'visit', forms: ['state visit', 'official visit', 'working visit', 'flying visit'], pos: 'noun', type: 'Visit', frame: 'visit', destination: ['to', 'in'] },
  { lemma: 'trip', forms: ['trip', 'trips'], pos: 'noun', type: 'Visit', frame: 'visit', destination: ['to', 'in'] },
  { lemma: 'tour', forms: ['tour', 'tours'], pos: 'noun', type: 'Visit', frame: 'visit', destination: ['to', 'of', 'in'] },
  { lemma: 'travel', forms: ['travel', 'travels', 'travelled', 'traveled', 'travelling', 'traveling'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['to'] },
  { lemma: 'arrive', forms: ['arrive', 'arrives', 'arrived', 'arriving'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['in', 'at', 'here'] },
  { lemma: 'arrival', forms: ['arrival'], pos: 'noun', type: 'Visit', frame: 'travel', destination: ['in', 'at', 'here'] },
  { lemma: 'fly', forms: ['fly to', 'flies to', 'flew to', 'flying to', 'flown to'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['to'] },
  { lemma: 'touchdown', forms: ['touchdown'], pos: 'noun', type: 'Visit', frame: 'travel', destination: ['at', 'in'] },
  { lemma: 'whisk', forms: ['whisked to', 'whisked off to'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['to'] },
  { lemma: 'head', forms: ['head to', 'heads to', 'headed to', 'heading to', 'head for', 'heads for', 'headed for', 'heading for'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['to', 'for'], between: TIME_GAP },
  { lemma: 'land', forms: ['land in', 'lands in', 'landed in', 'landing in'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['in'] },
  { lemma: 'lead a delegation', forms: ['lead delegation', 'leads delegation', 'led delegation', 'leading delegation'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['to'], between: DELEGATION_GAP },
  { lemma: 'leave for', forms: ['leave for', 'leaves for', 'left for', 'leaving for', 'depart for', 'departs for', 'departed for'], pos: 'verb', type: 'Visit', frame: 'travel', destination: ['for'] },
  { lemma: 'pay a visit', forms: ['pay a visit', 'pays a visit', 'paid a visit', 'paying a visit'], pos: 'verb', type: 'Visit', frame: 'visit', destination: ['to', 'in'] },

  // ------------------------------------------------------------------ Meeting
  { lemma: 'meet', forms: ['meet', 'meets', 'met', 'meeting with', 'meet with', 'meets with', 'met with'], pos: 'verb', type: 'Meeting', frame: 'meet', needsPartner: true },
  { lemma: 'meeting', forms: ['meeting', 'meetings'], pos: 'noun', type: 'Meeting', frame: 'meet' },
  { lemma: 'sit down with', forms: ['sit down with', 'sits down with', 'sat down with', 'sitting down with'], pos: 'verb', type: 'Meeting', frame: 'meet', needsPartner: true },
  { lemma: 'summit', forms: ['summit', 'summits'], pos: 'noun', type: 'Meeting', frame: 'summit' },
  { lemma: 'host', forms: ['host', 'hosts', 'hosted', 'hosting', 'play host to', 'played host to'], pos: 'verb', type: 'Meeting', frame: 'host', needsPartner: true },
  { lemma: 'receive', forms: ['receive', 'receives', 'received', 'receiving'], pos: 'verb', type: 'Meeting', frame: 'host', needsPartner: true },
  { lemma: 'welcome', forms: ['welcome', 'welcomes', 'welcomed', 'welcoming'], pos: 'verb', type: 'Meeting', frame: 'host', needsPartner: true },

  // ------------------------------------------------------------------ Talks
  { lemma: 'talks', forms: ['talks'], pos: 'noun', type: 'Talks', frame: 'talks' },
  { lemma: 'talk', forms: ['talk with', 'talked with', 'talking with'], pos: 'verb', type: 'Talks', frame: 'talks', needsPartner: true },
  { lemma: 'negotiate', forms: ['negotiate', 'negotiates', 'negotiated', 'negotiating'], pos: 'verb', type: 'Talks', frame: 'talks', needsPartner: true },
  { lemma: 'negotiations', forms: ['negotiations', 'negotiation'], pos: 'noun', type: 'Talks', frame: 'talks' },
  { lemma: 'confer', forms: ['confer', 'confers', 'conferred', 'conferring'], pos: 'verb', type: 'Talks', frame: 'talks', needsPartner: true },
  { lemma: 'consult', forms: ['consult', 'consults', 'consulted', 'consulting'], pos: 'verb', type: 'Talks', frame: 'talks', needsPartner: true },
  { lemma: 'consultations', forms: ['consultations', 'consultation'], pos: 'noun', type: 'Talks', frame: 'talks' },
  { lemma: 'discussion', forms: ['discussion', 'discussions'], pos: 'noun', type: 'Talks', frame: 'talks', weak: true, needsPartner: true },
  { lemma: 'discuss', forms: ['discuss', 'discusses', 'discussed', 'discussing'], pos: 'verb', type: 'Talks', frame: 'talks', weak: true, needsPartner: true },
  { lemma: 'exchange views', forms: ['exchange views', 'exchanged views', 'exchanging views', 'exchange of views'], pos: 'verb', type: 'Talks', frame: 'talks', weak: true },
  {
    lemma: 'telephone call',
    forms: ['telephone call', 'phone call', 'telephone conversation', 'phone conversation', 'telephone talks', 'phone talks'],
    pos: 'noun',
    type: 'Talks',
    frame: 'talks',
  },
  { lemma: 'telephone', forms: ['telephoned', 'phoned'], pos: 'verb', type: 'Talks', frame: 'talks', needsPartner: true, weak: true },
  { lemma: 'dialogue', forms: ['strategic dialogue', 'dialogue with'], pos: 'noun', type: 'Talks', frame: 'talks' },
];

/** Throws an Error naming every problem: duplicate forms, upper case, empty lists, unknown values. */
export function validateLexicon(entries: readonly TriggerEntry[] = TRIGGERS): void {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const types = new Set(['Visit', 'Meeting', 'Talks']);
  for (const e of entries) {
    if (!e.lemma) problems.push('an entry has no lemma');
    if (e.forms.length === 0) problems.push(`"${e.lemma}" has no forms`);
    if (!types.has(e.type)) problems.push(`"${e.lemma}" has unknown type ${e.type}`);
    if (!FRAMES.includes(e.frame)) problems.push(`"${e.lemma}" has unknown frame ${e.frame}`);
    if (e.between && !e.forms.every((f) => f.split(' ').length === 2)) problems.push(`"${e.lemma}": a gap (between) needs two-token forms`);
    for (const w of e.between ?? []) if (w !== w.toLowerCase() || /\s/.test(w)) problems.push(`"${e.lemma}": gap word "${w}" must be one lower-case token`);
    if (e.frame === 'travel' && !e.destination?.length) problems.push(`"${e.lemma}": a travel frame needs destination prepositions`);
    for (const f of e.forms) {
      if (f !== f.toLowerCase()) problems.push(`"${f}" is not lower-case`);
      if (f.trim() !== f || /\s{2,}|-/.test(f)) problems.push(`"${f}" must be single-space separated tokens without hyphens`);
      const key = `${e.pos}:${f}`;
      const prev = seen.get(key);
      if (prev !== undefined) problems.push(`"${f}" (${e.pos}) is listed twice ("${prev}" and "${e.lemma}")`);
      seen.set(key, e.lemma);
    }
  }
  if (problems.length > 0) throw new Error(`trigger lexicon: ${problems.join('; ')}`);
}

export interface TriggerIndex {
  /** First token -> entries and forms starting with it, longest form first. */
  readonly byFirst: ReadonlyMap<string, ReadonlyArray<{ tokens: readonly string[]; entry: TriggerEntry }>>;
}

export function buildTriggerIndex(entries: readonly TriggerEntry[] = TRIGGERS): TriggerIndex {
  const byFirst = new Map<string, Array<{ tokens: readonly string[]; entry: TriggerEntry }>>();
  for (const entry of entries) {
    for (const form of entry.forms) {
      const tokens = form.split(' ');
      const list = byFirst.get(tokens[0]!) ?? [];
      list.push({ tokens, entry });
      byFirst.set(tokens[0]!, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return { byFirst };
}

const BY_FORM = new Map<string, TriggerEntry>();
for (const e of TRIGGERS) for (const f of e.forms) if (!BY_FORM.has(f)) BY_FORM.set(f, e);

/** The lexicon entry of a trigger's surface text ("held talks" -> talks), or null. */
export function triggerEntryOf(surface: string | undefined): TriggerEntry | null {
  if (!surface) return null;
  return BY_FORM.get(surface.toLowerCase().replace(/’/g, "'").split(/\s+/).join(' ')) ?? null;
}
