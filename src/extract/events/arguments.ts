/**
 * Noun-phrase reading over tokens and entity mentions: where a mention's phrase starts (titles,
 * demonyms and possessors included), whether a preposition governs it, coordination ("Kim and
 * Putin"), and pronoun resolution ("he" -> the most recent Person). All scans are bounded.
 */
import type { Entity } from '../../model/types.js';
import { seatTodayOf } from '../entities/index.js';
import type { MentionRef, Token } from './tokens.js';

export const PREPOSITIONS: ReadonlySet<string> = new Set([
  'in', 'to', 'at', 'from', 'of', 'with', 'for', 'by', 'on', 'into', 'near', 'about', 'over', 'against', 'toward',
  'towards', 'between', 'among', 'through', 'via', 'across', 'under', 'after', 'before', 'during', 'including',
  'like', 'than', 'outside', 'inside', 'within', 'beyond', 'around', 'upon', 'onto', 'amid', 'despite', 'since',
]);

/** Lower-case words that may sit inside a title before a name: "foreign minister", "then-President". */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'then', '-', 'former', 'ex', 'new', 'late', 'visiting',
  'incoming', 'outgoing', 'acting', 'newly', 'elected', 'president', 'presidents', 'minister', 'ministers', 'prime',
  'foreign', 'secretary', 'state', 'general', 'chairman', 'chairwoman', 'leader', 'leaders', 'premier', 'king',
  'queen', 'prince', 'princess', 'ambassador', 'governor', 'chief', 'spokesman', 'spokeswoman', 'envoy',
  'counterpart', 'deputy', 'vice', 'senior', 'top', 'defense', 'defence', 'trade', 'finance', 'interior', 'commerce',
  'councilor', 'councillor', 'commissioner', 'mayor', 'head', 'director', 'policy', 'chancellor', 'pope', 'emperor',
  'sheikh', 'emir', 'sultan', 'speaker', 'senator', 'spy', 'intelligence', 'security', 'authoritarian', 'secretary-general',
  'assistant', 'undersecretary', 'official', 'executive', 'administrator', 'lawmaker', 'legislator', 'parliament',
  'party', 'communist', 'opposition', 'u', 's', 'n', 'k', '.', 'military', 'army', 'officer', 'ex-kgb', 'kgb',
  'ex-soviet', 'soviet', 'japanese', 'chinese', 'his', 'own', 'veteran', 'rebel', 'labour', 'labor',
]);

export const PARTICIPANT_KINDS: ReadonlySet<string> = new Set(['Person', 'Country', 'Organization']);

const isCapitalized = (t: Token) => /^\p{Lu}/u.test(t.text);

/**
 * The first token of the noun phrase that ends with the mention: titles, capitalised title words,
 * demonym mentions and possessors ("Russia's spy chief Mikhail Fradkov") belong to it.
 */
export function phraseStart(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, ref: MentionRef, floor: number): number {
  let i = ref.from;
  let steps = 0;
  while (i - 1 >= floor && steps < 10) {
    const t = tokens[i - 1]!;
    const m = ments[i - 1];
    if (m && m !== ref) {
      // A modifier mention (demonym, possessor, organisation): part of the phrase.
      if (m.entity.kind === 'Person') break;
      i = m.from;
      steps++;
      continue;
    }
    if (t.lower === "'s" || TITLE_WORDS.has(t.lower)) {
      i--;
      steps++;
      continue;
    }
    // "Secretary of State", "Chairman of the Standing Committee": "of" inside a capitalised title.
    if (t.lower === 'of' && i < tokens.length && isCapitalized(tokens[i]!) && i - 2 >= floor && isCapitalized(tokens[i - 2]!) && !ments[i - 2]) {
      i--;
      steps++;
      continue;
    }
    if (isCapitalized(t) && !ments[i - 1] && i - 1 > floor) {
      i--;
      steps++;
      continue;
    }
    break;
  }
  return i;
}

/** Whether a preposition governs the phrase that starts at `start`. */
export function governingPreposition(tokens: readonly Token[], start: number, floor: number): string | null {
  const t = tokens[start - 1];
  if (!t || start - 1 < floor) return null;
  return PREPOSITIONS.has(t.lower) ? t.lower : null;
}

/**
 * A Country or Organization mention that only modifies a person ("Russian President Dmitry
 * Medvedev", "Russia's spy chief Mikhail Fradkov"): the person follows within the same phrase.
 */
export function modifiesPerson(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, ref: MentionRef, ceiling: number): MentionRef | null {
  let i = ref.to;
  let steps = 0;
  while (i < ceiling && steps < 12) {
    const m = ments[i];
    if (m && m !== ref) {
      if (m.entity.kind === 'Person') return m;
      i = m.to;
      steps++;
      continue;
    }
    const t = tokens[i]!;
    if (t.lower === "'s" || TITLE_WORDS.has(t.lower) || (isCapitalized(t) && t.lower !== 'i') || (t.lower === 'of' && isCapitalized(tokens[i + 1] ?? t))) {
      i++;
      steps++;
      continue;
    }
    // "Chairman of the National Committee of the Chinese People's ... Conference Jia Qinglin": a long title.
    if (t.lower === 'of' && tokens[i + 1]?.lower === 'the' && tokens[i + 2] && (isCapitalized(tokens[i + 2]!) || ments[i + 2])) {
      i += 2;
      steps += 2;
      continue;
    }
    break;
  }
  return null;
}

/** A mention directly followed by "'s" and more of the phrase is a possessor of something else. */
export function isPossessor(tokens: readonly Token[], ref: MentionRef): boolean {
  return tokens[ref.to]?.lower === "'s";
}

/**
 * Person mentions in text order, searched by binary search: pronoun resolution stays linear in the
 * article however many pronouns and mentions it has.
 */
export class PersonIndex {
  private readonly spans: Array<{ start: number; end: number; entity: Entity }>;

  /** `kind`: the entity kind indexed (Persons by default; Organizations for "the alliance"). */
  constructor(entities: readonly Entity[], kind: Entity['kind'] = 'Person') {
    this.spans = [];
    for (const e of entities) if (e.kind === kind) for (const m of e.mentions) this.spans.push({ start: m.start, end: m.end, entity: e });
    this.spans.sort((a, b) => a.end - b.end || a.start - b.start);
  }

  /** Index of the first span ending after `offset`. */
  private upper(offset: number): number {
    let lo = 0;
    let hi = this.spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.spans[mid]!.end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The most recent Person mentioned before `offset`, skipping `exclude` (a bounded walk back). */
  lastBefore(offset: number, exclude: ReadonlySet<string> = new Set()): Entity | null {
    for (let i = this.upper(offset) - 1, steps = 0; i >= 0 && steps < 64; i--, steps++) {
      const e = this.spans[i]!.entity;
      if (!exclude.has(e.id)) return e;
    }
    return null;
  }

  /** The two most recent distinct Persons before `offset` ("the two leaders"), earlier first. */
  lastTwoBefore(offset: number): Entity[] {
    const first = this.lastBefore(offset);
    if (!first) return [];
    const second = this.lastBefore(offset, new Set([first.id]));
    return second ? [second, first] : [first];
  }

  /** The first Person mentioned inside [start, end). */
  firstIn(start: number, end: number): Entity | null {
    let best: { start: number; entity: Entity } | null = null;
    for (let i = this.upper(start); i < this.spans.length && this.spans[i]!.end <= end; i++) {
      const sp = this.spans[i]!;
      if (sp.start >= start && (!best || sp.start < best.start)) best = sp;
      if (best && sp.end > best.start + 200) break;
    }
    return best?.entity ?? null;
  }
}

/**
 * A Country mention that only locates a place named after it in the same phrase: "the southern
 * Albanian town of Vlore", "South Korea's southern port city of Busan", "the West Bank city of Ramallah".
 */
export function modifiesPlace(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, ref: MentionRef, ceiling: number): MentionRef | null {
  let i = ref.to;
  let steps = 0;
  while (i < ceiling && steps < 8) {
    const m = ments[i];
    if (m && m !== ref) return m.entity.kind === 'Place' ? m : null;
    const t = tokens[i]!.lower;
    if (t === "'s" || t === 'of' || PLACE_HEADS.has(t) || /ern$/.test(t) || t === '-') {
      i++;
      steps++;
      continue;
    }
    break;
  }
  return null;
}

const PLACE_HEADS: ReadonlySet<string> = new Set([
  'town', 'city', 'capital', 'port', 'province', 'region', 'state', 'village', 'island', 'district', 'county', 'resort',
  'commercial', 'coastal', 'border', 'holy', 'ancient', 'the', 'rebel', 'held', 'main', 'second', 'largest', 'biggest',
]);

// ---------------------------------------------------------------- descriptions of office holders

/** Heads of a description that names an office rather than a person ("the Palestinian president"). */
const OFFICE_HEADS: ReadonlySet<string> = new Set([
  'president', 'leader', 'premier', 'minister', 'king', 'queen', 'chancellor', 'emir', 'sultan', 'monarch', 'ruler',
  'secretary', 'ambassador', 'envoy', 'chief', 'counterpart', 'governor', 'mayor', 'spokesman', 'spokeswoman', 'head',
]);
/** Words that may stand between the country and the head ("Kenya's trade minister", "the Italian prime minister"). */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set([
  "'s", 'prime', 'foreign', 'trade', 'defense', 'defence', 'finance', 'interior', 'commerce', 'deputy', 'vice',
  'top', 'state', 'supreme', 'senior', 'chief', 'energy', 'justice', 'new', 'executive',
]);
/** Heads that any top office fits: "the Italian leader" is its prime minister or president. */
const GENERIC_HEADS: ReadonlySet<string> = new Set(['leader', 'ruler', 'head', 'counterpart']);

/**
 * "the Palestinian president", "Kenya's trade minister", "The Italian leader": a Country mention
 * followed by an office head and no name. Returns the office's words and where the phrase ends, or
 * null when a name follows (then modifiesPerson reads it) or no office head does.
 */
export function officeAfter(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, ref: MentionRef, ceiling: number): { words: string[]; end: number } | null {
  if (ref.entity.kind !== 'Country') return null;
  const words: string[] = [];
  let i = ref.to;
  while (i < ceiling && words.length < 4 && !ments[i]) {
    const t = tokens[i]!;
    if (OFFICE_MODIFIERS.has(t.lower) || OFFICE_HEADS.has(t.lower)) {
      if (t.lower !== "'s") words.push(t.lower);
      i++;
      continue;
    }
    break;
  }
  const head = words[words.length - 1];
  if (!head || !OFFICE_HEADS.has(head)) return null;
  // A name right after the office ("Kenya's trade minister Joseph Kimotho") is read by modifiesPerson.
  const next = tokens[i];
  if (next && (ments[i]?.entity.kind === 'Person' || (/^\p{Lu}/u.test(next.text) && next.text !== 'I'))) return null;
  return { words, end: i };
}

/**
 * "the German leader's (visit)", "the Chinese premier's": a Country mention, office words and a
 * possessive "'s" right after the office's head. Returns the office's words and the index after
 * "'s", or null. Whatever follows (a place, a noun) does not matter: the office possesses it.
 */
export function officePossessive(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, ref: MentionRef, ceiling: number): { words: string[]; end: number } | null {
  if (ref.entity.kind !== 'Country') return null;
  const words: string[] = [];
  for (let i = ref.to; i < ceiling && words.length < 4 && !ments[i]; i++) {
    const t = tokens[i]!.lower;
    if (t === "'s") return words.length > 0 && OFFICE_HEADS.has(words[words.length - 1]!) ? { words, end: i + 1 } : null;
    if (!OFFICE_MODIFIERS.has(t) && !OFFICE_HEADS.has(t)) return null;
    words.push(t);
  }
  return null;
}

/**
 * The person of the article who holds the office a description names: a position of that country
 * whose title fits the description's words ("president" fits "President", "leader" fits any), the
 * only one; else a person with no country on record whose title is exactly the description's
 * ("trade minister" = "Trade Minister"), the only one; else null (the country stays the party).
 */
export function officeHolder(entities: readonly Entity[], country: Entity, words: readonly string[]): Entity | null {
  const holders = holdersOf(entities);
  const head = words[words.length - 1]!;
  const phrase = words.join(' ');
  const fits = (title: string) => {
    const t = title.toLowerCase();
    if (GENERIC_HEADS.has(head)) return /president|prime minister|premier|king|chancellor|emir|sultan|leader|chief executive/.test(t);
    if (head === 'premier') return t === 'prime minister' || t === 'premier';
    return words.every((w) => t.split(/[\s-]+/).includes(w) || (w === 'premier' && t === 'prime minister'));
  };
  // A former state's office is its successor's ("West German President Richard von Weizsaecker" is "the German leader").
  const ofCountry = (of: string | null) => of === country.id || (of !== null && seatTodayOf(of) === country.id);
  const formers = [...holders.keys()].filter((of) => of !== null && of !== country.id && seatTodayOf(of) === country.id);
  const candidates = dedupeEntities([country.id, ...formers].flatMap((of) => holders.get(of) ?? []));
  const own = candidates.filter((e) => (e.positions ?? []).some((p) => ofCountry(p.of) && fits(p.title)));
  if (own.length === 1) return own[0]!;
  if (own.length > 1) return null;
  const exact = (holders.get(null) ?? []).filter((e) => (e.positions ?? []).some((p) => p.of === null && p.title.toLowerCase() === phrase));
  return exact.length === 1 ? exact[0]! : null;
}

function dedupeEntities(list: readonly Entity[]): Entity[] {
  return [...new Map(list.map((e) => [e.id, e])).values()];
}

const HOLDERS = new WeakMap<readonly Entity[], Map<string | null, Entity[]>>();

/** Persons by the country (or null) of their positions, built once per article's entity list. */
function holdersOf(entities: readonly Entity[]): Map<string | null, Entity[]> {
  let map = HOLDERS.get(entities);
  if (map) return map;
  map = new Map();
  for (const e of entities) {
    if (e.kind !== 'Person') continue;
    for (const of of new Set((e.positions ?? []).map((p) => p.of))) {
      const list = map.get(of) ?? [];
      list.push(e);
      map.set(of, list);
    }
  }
  HOLDERS.set(entities, map);
  return map;
}
