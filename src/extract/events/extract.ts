/**
 * Event mentions, one per trigger, sentence by sentence: find triggers (lexicon.ts), bound the
 * trigger's clause, read its arguments by frame (subject, object, with-/between-/by-/of-phrases,
 * possessor, modifiers, pronouns), its place, its dates (dates.ts) and its status (modality.ts).
 * Mentions of the same real event are merged afterwards by the resolve stage.
 */
import type { Entity, EntityRef, EventType, ExtractedEvent, Participant, Role, Sentence, Timex, Article } from '../../model/types.js';
import { seatTodayOf, sovereignOf } from '../entities/index.js';
import {
  modifiesPlace,
  PARTICIPANT_KINDS,
  PREPOSITIONS,
  governingPreposition,
  isPossessor,
  PersonIndex,
  modifiesPerson,
  officeAfter,
  officeHolder,
  officePossessive,
  phraseStart,
} from './arguments.js';
import { PRIOR_REACH, PRIOR_SPEECH_REACH, REPORTING_VERBS, attachDates, layTimexes, type EventDates, type PriorDays, type TimexRef } from './dates.js';
import { MAX_GAP, TRIGGERS, buildTriggerIndex, type TriggerEntry, type TriggerIndex } from './lexicon.js';
import { statusOf } from './modality.js';
import { lexicalSense, nonDiplomaticSense, type SenseInput } from './senses.js';
import { layMentions, mentionSpans, spansIn, tokenize, type MentionRef, type Token } from './tokens.js';

export interface EventInput {
  readonly article: Article;
  readonly sentences: readonly Sentence[];
  readonly timexes: readonly Timex[];
  readonly entities: readonly Entity[];
}

export interface EventOptions {
  /** The dateline place ("here"), when the article has one. */
  dateline?: EntityRef | null;
  /** Called with a lazily built trace line per trigger (debugging, tests). */
  trace?: (line: () => string) => void;
}

const DEFAULT_INDEX = buildTriggerIndex(TRIGGERS);

/** Verbs whose subject is not a participant of the event named after them ("X welcomed the talks"). */
const NON_PARTICIPATION_VERBS: ReadonlySet<string> = new Set([
  'welcome', 'welcomed', 'welcomes', 'welcoming', 'hope', 'hoped', 'hopes', 'urge', 'urged', 'urges', 'praise',
  'praised', 'praises', 'support', 'supported', 'supports', 'promote', 'promoted', 'promotes', 'oppose', 'opposed',
  'opposes', 'condemn', 'condemned', 'criticize', 'criticized', 'criticise', 'criticised', 'demand', 'demanded',
  'reject', 'rejected', 'block', 'blocked', 'boycott', 'boycotted', 'covered', 'cover', 'covering', 'report',
  'reported', 'reporting', 'watched', 'monitor', 'monitored', 'described', 'hailed', 'welcomes', 'endorsed',
  'applauded', 'criticizing', 'attacked', 'blamed', 'accused', 'doubted', 'questioned', 'preparing', 'prepared',
  'prepares', 'prepare', 'ground',
]);

/** Tokens that end a clause when scanning for a trigger's subject. */
const SUBJECT_STOPS: ReadonlySet<string> = new Set([';', 'that', 'which', 'because', 'whose', '``', '"', '“', '”', "''"]);

/** After ", " these words open a new clause (the right edge of a trigger's window). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['which', 'who', 'where', 'but', 'while', 'whereas', 'although', 'though', 'and', 'as', 'when']);

/** Base forms of verb triggers, which may be coordinated under an earlier infinitive ("scheduled to ... and meet"). */
const BASE_FORMS: ReadonlySet<string> = new Set(['meet', 'visit', 'travel', 'hold', 'confer', 'consult', 'negotiate', 'discuss', 'arrive', 'talk', 'host', 'receive', 'welcome', 'fly', 'head', 'land', 'leave', 'depart', 'sit', 'pay']);

const PRONOUNS_SINGULAR: ReadonlySet<string> = new Set(['he', 'she', 'his', 'her', 'him']);
/** Words after which "visiting" is an adjective: a determiner, a preposition, or the dash that ends a dateline ("BEIJING, Nov. 2 (Xinhua) -- Visiting ..."). */
const ADJECTIVAL_VISIT_BEFORE: ReadonlySet<string> = new Set(['with', 'the', 'a', ',', 'and', 'by', 'to', 'for', 'of', 'from', '--', '-', '_', '—', '–']);

interface RawEvent {
  type: EventType;
  entry: TriggerEntry;
  triggerText: string;
  participants: Participant[];
  place: EntityRef | null;
  dates: EventDates;
  status: ExtractedEvent['status'];
  sentence: Sentence;
  /** True when some participant came from the subject, a possessor, a modifier or "between". */
  anchored: boolean;
  /** The clause window's character span, the evidence when the sentence is very long. */
  clause: { start: number; end: number };
  /** True when the place is only the dateline fallback: a traveller's known whereabouts override it. */
  placeFromDateline?: boolean;
}

export function extractEvents(doc: EventInput, options: EventOptions = {}, index: TriggerIndex = DEFAULT_INDEX): ExtractedEvent[] {
  const out: RawEvent[] = [];
  const entityById = new Map(doc.entities.map((e) => [e.id, e]));
  const persons = new PersonIndex(doc.entities);
  const allMentions = mentionSpans(doc.entities);
  const allTimexes = [...doc.timexes].sort((a, b) => a.start - b.start);
  let lastDay: { timex: Timex; sentence: number } | null = null;
  let lastSpeechDay: { timex: Timex; sentence: number } | null = null;
  let lastPair: { parties: Entity[]; sentence: number } | null = null;
  let previous: { events: RawEvent[]; stays: Whereabouts[]; sentence: number } | null = null;
  let orgIndex: PersonIndex | null = null;
  const organizations = () => (orgIndex ??= new PersonIndex(doc.entities, 'Organization'));
  for (const sentence of doc.sentences) {
    const tokens = tokenize(sentence.text, sentence.start);
    if (tokens.length === 0) continue;
    const ments = layMentions(tokens, spansIn(allMentions, sentence.start, sentence.end));
    const times = layTimexes(tokens, spansIn(allTimexes, sentence.start, sentence.end));
    const breaks = lineBreaks(tokens, doc.article.text);
    const found = findTriggers(tokens, ments, index);
    const recent = (d: { timex: Timex; sentence: number } | null, reach: number) => (d && sentence.index - d.sentence <= reach ? d.timex : null);
    const prior: PriorDays = { any: recent(lastDay, PRIOR_REACH), speech: recent(lastSpeechDay, PRIOR_SPEECH_REACH) };
    const here: RawEvent[] = [];
    const pair = lastPair && sentence.index - lastPair.sentence <= PAIR_REACH ? lastPair.parties : null;
    for (const [n, trig] of found.entries()) {
      const previousTrigger = n > 0 ? found[n - 1]!.from : -1;
      const ev = readEvent({ doc, sentence, tokens, ments, times, trig, options, entityById, breaks, persons, prior, pair, organizations, previousTrigger });
      if (ev) here.push(...ev);
    }
    for (const e of here) {
      const parties = twoParties(e, entityById);
      if (parties) lastPair = { parties, sentence: sentence.index };
    }
    const stays = staysIn(tokens, ments, entityById, persons);
    const adjacent = previous && sentence.index - previous.sentence === 1 ? previous : null;
    const placed = carryPlace(here, stays, adjacent?.events ?? [], adjacent?.stays ?? [], entityById, doc.article.publishedAt, options.dateline ?? null);
    previous = { events: placed, stays, sentence: sentence.index };
    for (const t of times) {
      if (t.timex.interval?.precision !== 'day' || t.timex.interval.startDate !== t.timex.interval.endDate) continue;
      lastDay = { timex: t.timex, sentence: sentence.index };
      if (t.speech) lastSpeechDay = { timex: t.timex, sentence: sentence.index };
    }
    out.push(...shareVisitHost(shareVisitPlace(dropShadowVisits(placed))));
  }
  return out.map((r, i) => toExtracted(r, i, doc.article.text));
}

/**
 * "Annan wrapped up a three hour meeting with Saddam in Baghdad today. He's expected to meet with
 * Aziz later this afternoon": a contact event with no place, on the same day as a placed contact
 * event of the sentence before that shares a person with it, is at that place. One whose traveller
 * the same sentence or the one before puts somewhere is where the traveller is, when their dates and
 * statuses do not conflict (see atWhereabouts): a trip ("arrived in Bogota on Monday. He held technical
 * discussions with Colombian officials", "Lopez, who is visiting Bogota, met ...") or a stay told
 * without a travel verb ("Lopez, who is in Bogota for talks, met ...", see staysIn).
 */
function carryPlace(
  here: RawEvent[],
  stays: readonly Whereabouts[],
  before: readonly RawEvent[],
  staysBefore: readonly Whereabouts[],
  byId: ReadonlyMap<string, Entity>,
  dct: string | null,
  dateline: EntityRef | null,
): RawEvent[] {
  // The latest few placed trips and stays of each sentence, latest first: bounded, so a sentence of
  // many triggers stays linear.
  const latest = (evs: readonly RawEvent[], st: readonly Whereabouts[]) => [...evs.map(tripWhereabouts).filter((w): w is Whereabouts => w !== null), ...st].sort((a, b) => a.at - b.at).slice(-MAX_TRIPS).reverse();
  const candidates = [...latest(here, stays), ...latest(before, staysBefore)];
  return here.map((e) => {
    if ((e.place && !e.placeFromDateline) || e.type === 'Visit' || REMOTE_TRIGGERS.has(e.entry.lemma)) return e;
    const src = e.dates.precision === 'day' && e.dates.startDate && before.find(
      (b) =>
        b.place &&
        b.type !== 'Visit' &&
        b.dates.precision === 'day' &&
        b.dates.startDate === e.dates.startDate &&
        b.dates.endDate === e.dates.endDate &&
        b.participants.some((p) => p.kind === 'Person' && e.participants.some((q) => q.id === p.id)),
    );
    if (src) return { ...e, place: src.place, placeFromDateline: false };
    // The same sentence first, then the one before; the latest in each.
    const w = candidates.find((b) => b.source !== e && atWhereabouts(e, b, byId, dct));
    return w ? { ...e, place: stayPlace(w, dateline, byId), placeFromDateline: false } : e;
  });
}

/**
 * "TAUPO, New Zealand - ... Yeutter is in New Zealand": a present stay in a country is at the
 * story's dateline when the dateline is a place in that country (the most specific place).
 */
function stayPlace(w: Whereabouts, dateline: EntityRef | null, byId: ReadonlyMap<string, Entity>): EntityRef {
  if (!w.present || w.place.kind !== 'Country' || !dateline || dateline.kind !== 'Place') return w.place;
  return byId.get(dateline.id)?.country === w.place.id ? dateline : w.place;
}

/** How many placed trips and stays of a sentence a contact event may take its place from. */
const MAX_TRIPS = 4;

/** Where a person is, from a trip ("arrived in Bogota") or a stay ("is in Bogota"). */
interface Whereabouts {
  /** Person ids of who is there. */
  persons: string[];
  place: EntityRef;
  occurred: boolean;
  /** The trip's interval; for a stay told in the present, null with `present` set. */
  dates: { startDate: string | null; endDate: string | null };
  /** A stay told in the present tense: true at the document date. */
  present: boolean;
  /** Character offset, for ordering. */
  at: number;
  /** The trip event it comes from (a trip does not place itself). */
  source: RawEvent | null;
}

function tripWhereabouts(b: RawEvent): Whereabouts | null {
  if (b.type !== 'Visit' || !b.place) return null;
  const persons = b.participants.filter((p) => p.role === 'visitor' && p.kind === 'Person').map((p) => p.id);
  return { persons, place: b.place, occurred: b.status === 'occurred', dates: b.dates, present: false, at: b.clause.start, source: b };
}

/** Words between "is" and "in" of a stay: "is now in Bogota", "is currently in". */
const STAY_ADVERBS: ReadonlySet<string> = new Set(['now', 'currently', 'still', 'already', 'also']);

/**
 * "Lopez is in Bogota", "Lopez, who is in Bogota for talks,": a Person subject of present-tense "is
 * in" a known place (a country, or a place in one) is there at the document date; so is the person a
 * sentence-initial "He"/"She" stands for. Not "was in" (when is unknown), not a region.
 */
function staysIn(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, byId: ReadonlyMap<string, Entity>, persons: PersonIndex): Whereabouts[] {
  const out: Whereabouts[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i]!.lower !== 'is') continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= 2 && STAY_ADVERBS.has(tokens[k]!.lower)) k++;
    if (tokens[k]?.lower !== 'in') continue;
    const where = ments[k + 1];
    if (!where || where.from !== k + 1 || !knownPlace(where.entity, byId)) continue;
    // "Lopez is in ..." or "Lopez, who is in ...".
    const subjectEnd = tokens[i - 1]!.lower === 'who' && tokens[i - 2]?.text === ',' ? i - 2 : i;
    const subject = ments[subjectEnd - 1];
    // "He is in Bogota": a sentence-initial pronoun is the person named last before.
    const pronoun = subjectEnd === 1 && (tokens[0]!.lower === 'he' || tokens[0]!.lower === 'she') ? persons.lastBefore(tokens[0]!.start) : null;
    const who = subject?.entity.kind === 'Person' ? subject.entity : pronoun;
    if (!who) continue;
    out.push({ persons: [who.id], place: ref(where.entity), occurred: true, dates: { startDate: null, endDate: null }, present: true, at: tokens[i]!.start, source: null });
  }
  return out;
}

/** A country, or a place in a known country (a region such as "the Middle East" says nowhere in particular). */
function knownPlace(e: Entity, byId: ReadonlyMap<string, Entity>): boolean {
  if (e.kind === 'Country') return true;
  return e.kind === 'Place' && !!(e.country ?? byId.get(e.id)?.country);
}

/**
 * The contact event `e` is where `w` puts one of its person parties: `w` is a placed visit of a
 * person `e` names, or that person's stay; `e` is undated, or both are dated and their intervals meet
 * (an undated trip told in passing does not place "met Moi in 1995"), or `w` is a present stay and `e`
 * lies within a week of the document date; and a trip only planned or possible does not place a
 * contact that occurred. The place is a country or a place in one, not a region.
 */
function atWhereabouts(e: RawEvent, w: Whereabouts, byId: ReadonlyMap<string, Entity>, dct: string | null): boolean {
  // A tour of a region ("a visit to the Middle East") says nowhere in particular.
  const p = byId.get(w.place.id);
  if (w.place.kind === 'Place' && !p?.country) return false;
  if (!w.persons.some((id) => e.participants.some((q) => q.kind === 'Person' && q.id === id))) return false;
  if (!w.occurred && e.status === 'occurred') return false;
  if (!e.dates.startDate) return true;
  if (w.present) return nearDocumentDate(e.dates, dct);
  const bs = w.dates.startDate;
  const be = w.dates.endDate ?? bs;
  const es = e.dates.startDate;
  const ee = e.dates.endDate ?? es;
  return bs !== null && be !== null && bs <= ee && es <= be;
}

/** How many sentences back "the two leaders" may reach for the two parties of an event. */
const PAIR_REACH = 8;

/**
 * The two principal parties of an event, when it has exactly two: two persons meeting or talking
 * ("Yeltsin and Kuchma ... after the talks"), or a visitor and the one host receiving them.
 */
function twoParties(e: RawEvent, byId: ReadonlyMap<string, Entity>): Entity[] | null {
  // "Prodi, accompanied by Fino, was whisked to Tirana. ... landed the two officials": two travellers.
  const travellers = e.type === 'Visit' ? e.participants.filter((p) => p.role === 'visitor' && p.kind === 'Person') : [];
  if (travellers.length === 2) {
    const out = travellers.map((p) => byId.get(p.id)).filter((x): x is Entity => !!x);
    return out.length === 2 ? out : null;
  }
  const ps = e.type === 'Visit' ? e.participants : e.participants.filter((p) => p.kind === 'Person');
  if (ps.length !== 2 || (e.type !== 'Visit' && e.participants.length !== 2)) return null;
  if (e.type === 'Visit' && !(ps.some((p) => p.role === 'visitor' && p.kind === 'Person') && ps.some((p) => p.role === 'host'))) return null;
  const out = ps.map((p) => byId.get(p.id)).filter((x): x is Entity => !!x);
  return out.length === 2 ? out : null;
}

// ---------------------------------------------------------------- triggers

interface FoundTrigger {
  entry: TriggerEntry;
  from: number;
  to: number;
}

export function findTriggers(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, index: TriggerIndex): FoundTrigger[] {
  const found: FoundTrigger[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cands = index.byFirst.get(tokens[i]!.lower);
    if (!cands) continue;
    for (const { tokens: form, entry } of cands) {
      let ok = i + form.length <= tokens.length;
      for (let k = 0; ok && k < form.length; k++) if (tokens[i + k]!.lower !== form[k]) ok = false;
      // "headed Tuesday to East Africa", "will lead another business delegation to Jiangxi": a gap.
      let end = i + form.length;
      if (!ok && entry.between) {
        const gapEnd = gapMatch(tokens, i, form, entry.between);
        if (gapEnd > 0) {
          ok = true;
          end = gapEnd;
        }
      }
      if (!ok) continue;
      // Inside a name: only the name of a gathering ("Ibero-American Summit", "Leaders' Meeting").
      // Inside a name, only a name ending with the trigger is a gathering ("Ibero-American Summit",
      // "APEC Economic Leaders' Meeting"), not "Riga Summit Declaration".
      const m = ments[i];
      if (m && ((entry.frame !== 'summit' && entry.frame !== 'meet') || m.to !== end)) break;
      // "a host of", "the meeting point"
      if (entry.frame === 'host' && tokens[end]?.lower === 'of') break;
      // "their Riga Summit Declaration", "the Summit Communique": a document named after the gathering.
      if (entry.pos === 'noun' && /^\p{Lu}/u.test(tokens[i]!.text) && DOCUMENT_NOUNS.has(tokens[end]?.lower ?? '')) break;
      // "Summit Savings and Loan Association": a capitalised noun inside a name that goes on, outside
      // a title-case headline ("Putin-Bush Summit Ends").
      if (entry.pos === 'noun' && i > 0 && /^\p{Lu}/u.test(tokens[i]!.text) && /^\p{Lu}\p{Ll}/u.test(tokens[end]?.text ?? '') && !ments[end] && !TRIGGER_HEADS.has(tokens[end]!.lower) && !titleCase(tokens)) break;
      found.push({ entry, from: i, to: end });
      i = end - 1;
      break;
    }
  }
  return found;
}

/** Trigger nouns that may follow another in a name ("Summit Meeting", "Summit Talks"). */
const TRIGGER_HEADS: ReadonlySet<string> = new Set(['meeting', 'meetings', 'summit', 'talks', 'conference']);

/** A title-case line ("Putin-Bush Summit Ends In Moscow"): no lower-case word of five letters or more. */
function titleCase(tokens: readonly Token[]): boolean {
  return !tokens.some((t) => t.text.length >= 5 && /^\p{Ll}+$/u.test(t.text));
}

/** Documents a gathering issues, named after it ("Riga Summit Declaration"). */
const DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['declaration', 'communique', 'communiqué', 'statement', 'document', 'resolution', 'charter']);

/** End of a two-token form whose tokens a gap of `between` words splits (at most MAX_GAP), or -1. */
function gapMatch(tokens: readonly Token[], i: number, form: readonly string[], between: readonly string[]): number {
  if (form.length !== 2 || tokens[i]!.lower !== form[0]) return -1;
  for (let k = i + 1; k < Math.min(tokens.length, i + 2 + MAX_GAP); k++) {
    const t = tokens[k]!.lower;
    if (t === form[1]) return k > i + 1 ? k + 1 : -1;
    if (!between.includes(t)) return -1;
  }
  return -1;
}

// ---------------------------------------------------------------- clause window

/**
 * Token indices that start a new line with a capital letter: a headline or caption the sentence
 * splitter joined to the next line is its own clause.
 */
function lineBreaks(tokens: readonly Token[], text: string): boolean[] {
  return tokens.map((t, i) => i > 0 && text.slice(tokens[i - 1]!.end, t.start).includes('\n') && /^[\p{Lu}\d"“`]/u.test(t.text) && !wrapsOn(tokens[i - 1]!));
}

/** Words no headline ends with: "will have talks with\nSuharto" is one hard-wrapped line, not a caption. */
const WRAP_WORDS: ReadonlySet<string> = new Set([...PREPOSITIONS, 'and', 'or', 'but', 'nor', 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'that', 'which', 'who', ',']);

/** A lower-case function word or a comma ends a line only when the sentence goes on after it. */
function wrapsOn(previous: Token): boolean {
  return WRAP_WORDS.has(previous.text);
}

/**
 * "Kim travelled to Moscow in 2001 for Kremlin talks with Putin": a contact event in the sentence
 * of a visit by one of its participants takes place at the visit's destination.
 */
function shareVisitPlace(events: RawEvent[]): RawEvent[] {
  return events.map((e, i) => {
    if (e.type === 'Visit' || e.place) return e;
    const near = events.slice(Math.max(0, i - 4), i + 5);
    const visit = near.find(
      (v) =>
        v.type === 'Visit' &&
        v.place &&
        // "X, who leaves for Moscow on Tuesday, met Y": a planned trip does not place what already happened.
        (v.status === 'occurred') === (e.status === 'occurred') &&
        v.participants.some((p) => p.role === 'visitor' && e.participants.some((q) => q.id === p.id)),
    );
    return visit ? { ...e, place: visit.place } : e;
  });
}

/**
 * "As second leg of his visit, Hu will visit Laos": a visit mention with no destination and no dates
 * of its own, in a sentence where the same visitor's visit to a named place is told, is that visit's
 * mention, not another visit to merge elsewhere.
 */
function dropShadowVisits(events: RawEvent[]): RawEvent[] {
  const placedVisitors = new Set<string>();
  for (const v of events) if (v.type === 'Visit' && v.place) for (const p of v.participants) if (p.role === 'visitor') placedVisitors.add(p.id);
  if (placedVisitors.size === 0) return events;
  return events.filter((e) => e.type !== 'Visit' || e.place || !e.participants.some((p) => p.role === 'visitor' && placedVisitors.has(p.id)));
}

/**
 * "Abdullah hosted Olmert during the latter's visit to Jordan": the host of a hosting event in the
 * sentence receives the visit of its guest.
 */
function shareVisitHost(events: RawEvent[]): RawEvent[] {
  return events.map((e, i) => {
    if (e.type !== 'Visit') return e;
    const visitors = new Set(e.participants.filter((p) => p.role === 'visitor').map((p) => p.id));
    const hosting = events.slice(Math.max(0, i - 4), i + 5).find((h) => h.entry.frame === 'host' && h.participants.some((p) => p.role === 'participant' && visitors.has(p.id)));
    const hosts = hosting?.participants.filter((p) => p.role === 'host' && !visitors.has(p.id) && !e.participants.some((q) => q.id === p.id)) ?? [];
    return hosts.length > 0 ? { ...e, participants: [...e.participants, ...hosts.map((p) => ({ ...p, role: 'host' as const }))] } : e;
  });
}

/** How far (in tokens) a trigger's clause may reach on either side: keeps every scan bounded. */
const MAX_REACH = 60;

const LEFT_SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'that', 'which', 'because', 'while', 'since', 'although', 'though', 'once', 'until']);

function windowOf(tokens: readonly Token[], from: number, to: number, breaks: readonly boolean[], verbTrigger = false): [number, number] {
  let start = Math.max(0, from - MAX_REACH);
  for (let i = from - 1; i >= start; i--) {
    if (breaks[i + 1]) {
      start = i + 1;
      break;
    }
    const t = tokens[i]!.lower;
    if (t === ';') {
      start = i + 1;
      break;
    }
    // "He died November 23 after he met with Kovtun": a verb's clause starts at its subordinator.
    if (verbTrigger && LEFT_SUBORDINATORS.has(t) && i < from - 1) {
      start = i + 1;
      break;
    }
    // "X said (that) <clause with the trigger>": the reported clause is the trigger's.
    if (REPORTING_VERBS.has(t) && i < from - 1) {
      start = i + 1;
      if (tokens[start]?.lower === 'that') start++;
      break;
    }
  }
  let end = Math.min(tokens.length, to + MAX_REACH);
  for (let i = to; i < end; i++) {
    const t = tokens[i]!.lower;
    if (breaks[i] || t === ';') {
      end = i;
      break;
    }
    if (t === ',' && i > to) {
      const next = tokens[i + 1]?.lower;
      if (next !== undefined && CLAUSE_OPENERS.has(next)) {
        end = i;
        break;
      }
      // ", a government spokesman said Wednesday": a reporting tail.
      if (reportingTail(tokens, i + 1)) {
        end = i;
        break;
      }
    }
    if (REPORTING_VERBS.has(t) && i > to) {
      end = i;
      break;
    }
    // "talks with Abdullah after deadly clashes ... following his call last weekend": another event.
    if (RIGHT_CUTS.has(t) && i > to + 1 && !/^\d/.test(tokens[i + 1]?.text ?? '') && !isTimeWord(tokens[i + 1])) {
      end = i;
      break;
    }
  }
  return [start, end];
}

const RIGHT_CUTS: ReadonlySet<string> = new Set(['after', 'following', 'since', 'because', 'amid', 'despite', 'although', 'though', 'unless']);
const TIME_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april',
  'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'last', 'next', 'this', 'the', 'early', 'late', 'mid',
]);
function isTimeWord(t: Token | undefined): boolean {
  return !!t && TIME_WORDS.has(t.lower) && t.lower !== 'the';
}

function reportingTail(tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < Math.min(tokens.length, i + 12); k++) {
    const t = tokens[k]!.lower;
    if (t === ',' || t === ';') return false;
    if (REPORTING_VERBS.has(t)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- arguments

interface ReadContext {
  doc: EventInput;
  sentence: Sentence;
  tokens: readonly Token[];
  ments: ReadonlyArray<MentionRef | null>;
  times: readonly TimexRef[];
  trig: FoundTrigger;
  options: EventOptions;
  entityById: ReadonlyMap<string, Entity>;
  breaks: readonly boolean[];
  persons: PersonIndex;
  /** Days of the preceding sentences, for sentences naming no time (dates.ts PriorDays). */
  prior: PriorDays;
  /** The two parties of the story's latest two-party event in the preceding sentences ("the two leaders"). */
  pair: Entity[] | null;
  /** Organization mentions in text order, built on first use ("the alliance"). */
  organizations: () => PersonIndex;
  /** First token of the sentence's trigger before this one, or -1. */
  previousTrigger: number;
}

const ref = (e: Entity): EntityRef => ({ id: e.id, name: e.name, kind: e.kind });

function readEvent(ctx: ReadContext): RawEvent[] | null {
  const { tokens, ments, trig, sentence, doc, options } = ctx;
  const { entry, from, to } = trig;
  const [ws, we] = windowOf(tokens, from, to, ctx.breaks, entry.pos === 'verb' && tokens[from]!.lower !== 'visiting' && tokens[from]!.lower !== 'visit');
  // "Mustapha, who leaves for Moscow on Tuesday, met Mubarak": the relative clause before a verb is
  // another event's; its modals and times are not the verb's (its subject is, read over it).
  const relative = entry.pos === 'verb' ? relativeClauseBefore(tokens, from, ws) : -1;
  const st = statusOf({ tokens, from, to, windowStart: relative >= 0 ? from : ws, windowEnd: we, coordinatedVerb: entry.pos === 'verb' && BASE_FORMS.has(tokens[from]!.lower) });
  const trace = (why: string) => options.trace?.(() => `${entry.lemma} @${tokens[from]!.start} "${sentence.text.slice(0, 80)}": ${why}`);
  const senseInput: SenseInput = { tokens, ments, entry, from, to, ws, we, previousTrigger: ctx.previousTrigger };
  const sense = lexicalSense(senseInput);
  if (sense) {
    trace(`not an event: ${sense}`);
    return null;
  }
  if (st.negated) {
    trace('negated');
    return null;
  }
  let status = st.status;
  // An infinitive trigger with no other cue ("to visit Guizhou") is a plan.
  if (status === 'occurred' && entry.pos === 'verb' && tokens[from - 1]?.lower === 'to') status = 'planned';

  const agents: Entity[] = [];
  const partners: Entity[] = [];
  const destinations: Entity[] = [];
  let anchored = false;
  const add = (list: Entity[], e: Entity | null | undefined) => {
    if (e && !list.some((x) => x.id === e.id)) list.push(e);
  };

  // 1. Inside the trigger's own name: "the 16th Ibero-American Summit", "APEC Economic Leaders' Meeting".
  const own = ments[from];
  if (own && PARTICIPANT_KINDS.has(own.entity.kind)) {
    add(agents, own.entity);
    anchored = true;
  }

  // 2. Possessor / pre-modifiers of a nominal trigger: "Kuchma's visit", "the NATO summit", "Putin-Kim summit".
  const pre = preModifiers(ctx, ws);
  for (const e of pre.entities) {
    if (entry.type === 'Visit' && (e.kind === 'Country' || e.kind === 'Place') && !pre.possessive.has(e.id)) add(destinations, e);
    else if (PARTICIPANT_KINDS.has(e.kind)) add(agents, e);
    anchored = true;
  }
  for (const e of pre.pronouns) {
    add(agents, e);
    anchored = true;
  }

  // 3. After the trigger: by/of agent, with/between partners, direct object, destination.
  const post = postArguments(ctx, ws, we);
  for (const e of post.agents) {
    add(agents, e);
    anchored = true;
  }
  let adjectivalVisit = false;
  if (entry.frame === 'visit' && entry.pos === 'verb' && tokens[from]!.lower === 'visiting' && post.object?.kind === 'Person') {
    const before = tokens[from - 1]?.lower;
    if (before === undefined || ADJECTIVAL_VISIT_BEFORE.has(before) || from === ws) {
      adjectivalVisit = true;
      add(agents, post.object);
      anchored = true;
    }
  }

  // 4. The subject, when the trigger has no explicit agent yet.
  const subject = { represented: false };
  if (agents.length === 0) {
    let subj = subjectOf(ctx, ws, false, subject);
    // "Mohamad said this ... soon after meeting Mugabe": a gerund or noun in a time adjunct shares
    // the main clause's subject, even across the reporting verb.
    if (subj.length === 0 && inTimeAdjunct(tokens, from, ws)) subj = subjectOf(ctx, Math.max(0, from - MAX_REACH), true);
    for (const e of subj) add(agents, e);
    if (subj.length > 0) anchored = true;
  }

  // 4a. "The Italian leader, accompanied by Albanian Prime Minister Bashkim Fino, was then whisked to
  // Tirana for a meeting": who accompanies the agent takes part with them.
  if (agents.length > 0) for (const e of companions(ctx, ws)) add(agents, e);

  // 4b. A gathering named as the setting of what someone did: "At a summit with Roh on Monday,
  // Yushchenko said", "In their joint statement issued after the talks, Yeltsin and Kuchma called",
  // "Mwanawasa also complained during the just-ended Commonwealth summit": the doer attended it.
  if (entry.type !== 'Visit' && (entry.pos === 'noun' || nominalUse(tokens, from))) {
    for (const e of settingAttendees(ctx, ws)) {
      if (agents.some((a) => a.id === e.id)) continue;
      add(agents, e);
      anchored = true;
    }
  }

  for (const e of post.between) {
    add(partners, e);
    anchored = true;
  }
  for (const e of post.withs) add(partners, e);
  if (post.object && !adjectivalVisit) {
    if (entry.frame === 'visit' || entry.frame === 'travel') {
      if (post.object.kind === 'Place' || post.object.kind === 'Country') add(destinations, post.object);
      else add(partners, post.object); // "visit Gazprom", "visit the Pope": the host
    } else if (post.object.kind !== 'Place') add(partners, post.object);
  }
  for (const e of post.destinations) add(destinations, e);
  for (const e of post.objectsMore) if (entry.frame !== 'visit' && entry.frame !== 'travel') add(partners, e);
  if (entry.type === 'Visit') {
    // "arrived in China at the invitation of Foreign Minister Li Zhaoxing": the inviter receives the visitor.
    const inviter = invitationHost(ctx, ws, we);
    if (inviter && !agents.some((a) => a.id === inviter.id)) add(partners, inviter);
    // "paid a state visit to the country": the country last named before, other than the visitor's own.
    if (destinations.length === 0) {
      const anaphor = countryAnaphor(ctx, ws, agents);
      if (anaphor) add(destinations, anaphor);
    }
  }

  // Place: destination, else "in/at X" in the clause, else "here" (dateline).
  let place: EntityRef | null = null;
  const destPlace = destinations.find((e) => e.kind === 'Place') ?? destinations[0];
  if (destPlace) place = ref(destPlace);
  else {
    const loc = post.locations.find((e) => e.kind === 'Place') ?? post.locations[0] ?? pre.locations[0];
    if (loc) place = ref(loc);
    else if (post.here || pre.here) place = options.dateline ?? null;
    // "Ritter, who arrived Thursday with some 50 inspectors": an arrival in a datelined story is at the dateline.
    else if (entry.frame === 'travel' && entry.lemma === 'arrive' && options.dateline) place = options.dateline;
    // "Scharping, ending a two-day visit, said": a visit reported as ending now, in a datelined story, is at the dateline.
    // "the German leader's four-day visit" in a story datelined BUENOS AIRES: a foreign official's visit is to the dateline.
    else if (entry.type === 'Visit' && options.dateline && (ongoingVisit(tokens, from, ws) || pre.officePossessor)) {
      // "BRASILIA - Finance Minister Dilson Funaro, currently on an international tour": a tour of the
      // story's own official is away from the dateline, not at it.
      const country = hostCountryOf([], options.dateline, ctx.entityById);
      const datelineCountry = country?.id ?? null;
      if (!country || !agents.some((a) => sameCountry(a, country) || officialOfDatelineCountry(a, country, datelineCountry))) place = options.dateline;
    }
  }

  if (entry.frame === 'travel' && !place && destinations.length === 0) {
    trace('travel without destination');
    return null;
  }

  // Participants with roles.
  const participants: Participant[] = [];
  const put = (e: Entity, role: Role) => {
    if (!PARTICIPANT_KINDS.has(e.kind)) return;
    if (participants.some((p) => p.id === e.id)) return;
    participants.push({ ...ref(e), role });
  };
  if (entry.type === 'Visit') {
    // No traveller named ("the trip", "this visit"): a bare mention for the resolve stage to attach.
    if (agents.filter((e) => PARTICIPANT_KINDS.has(e.kind)).length === 0) partners.length = 0;
    for (const e of agents) put(e, 'visitor');
    for (const e of partners) put(e, 'host');
    const hostCountry = hostCountryOf(destinations, place, ctx.entityById);
    if (hostCountry && participants.length > 0 && !agents.some((a) => sameCountry(a, hostCountry))) put(hostCountry, 'host');
  } else if (entry.frame === 'host') {
    for (const e of agents) put(e, 'host');
    for (const e of partners) put(e, 'participant');
  } else {
    for (const e of agents) put(e, 'participant');
    for (const e of partners) put(e, 'participant');
  }

  if (participants.length === 0 && entry.type !== 'Visit' && entry.frame !== 'summit') {
    trace('no participants');
    return null;
  }
  // "Foreign ministers of the Gulf Cooperation Council met": the members of one body meet each other.
  const collective = subject.represented && agents.length === 1 && agents[0]!.kind === 'Organization';
  if (entry.needsPartner && partners.length === 0 && agents.length < 2 && !(entry.type === 'Visit') && !collective) {
    trace('needs a partner');
    return null;
  }
  if (entry.type !== 'Visit' && participants.length > 0 && !anchored && participants.length < 2) {
    trace('only an unanchored with-partner');
    return null;
  }
  if (entry.frame === 'host' && !partners.some((p) => p.kind === 'Person')) {
    trace('host without a person guest');
    return null;
  }
  const nonDiplomatic = nonDiplomaticSense(senseInput, {
    country: participants.some((p) => p.kind === 'Country'),
    count: participants.length,
    partnerNamed: partners.length > 0,
  });
  if (nonDiplomatic) {
    trace(`not an event: ${nonDiplomatic}`);
    return null;
  }

  // "Hu will visit Laos from Nov. 19 to 20, after conclusion of the APEC meeting": a noun in an
  // after/before-phrase is dated inside that phrase only, not by the main clause; nor is a noun a
  // prospective modifier qualifies ("the hastily planned trip").
  // Such a phrase ends at its comma: "Just ahead of Albright's one-day trip, the State Department on
  // Sunday issued" dates the issuing.
  const nominal = entry.pos === 'noun' || nominalUse(tokens, from);
  const dateWs = nominal ? Math.max(ws, adjunctStart(tokens, from, ws), prospectiveNoun(tokens, from, ws)) : ws;
  const dateWe = dateWs !== ws ? phraseEnd(tokens, to, we) : we;
  const ownTimes = relative >= 0 ? ctx.times.filter((t) => t.from < relative || t.from >= from) : ctx.times;
  let dates = attachDates({ tokens, from, to, windowStart: dateWs, windowEnd: dateWe, timexes: ownTimes, prior: ctx.prior, documentDate: doc.article.publishedAt });
  // "Visiting Portugal's President Cavaco Silva said on Tuesday": the visitor is there on the day of saying.
  if (adjectivalVisit && !dates.startDate) {
    const said = ctx.times.find((t) => t.speech && t.timex.interval?.precision === 'day');
    if (said) dates = { ...dates, startDate: said.timex.interval!.startDate, endDate: said.timex.interval!.endDate, precision: 'day', source: said.timex.text };
  }
  dates = openVisitEnd(entry, tokens, from, dates, doc.article.publishedAt, status);
  // An undated noun in a sequence adjunct takes its tense from the clause's dates ("will visit Laos
  // from Nov. 19 to 20, after conclusion of the APEC meeting": the meeting is still ahead too).
  const clauseDates = dateWs !== ws && !dates.startDate ? attachDates({ tokens, from, to, windowStart: ws, windowEnd: we, timexes: ownTimes }) : dates;
  status = adjustByDate(status, clauseDates.startDate && clauseDates.startDate > (doc.article.publishedAt ?? '') ? clauseDates : dates, doc.article.publishedAt, st.cue);
  // A meeting reported within days of a datelined story, with no place named, is at the dateline.
  // Not a telephone call: its parties are apart, so it has no place of its own.
  // Only when a party is of the dateline country or no other country is involved: a meeting of a
  // Mexican president and a U.S. secretary of state in a story datelined DUBAI is not in Dubai.
  let placeFromDateline = false;
  if (!place && entry.type !== 'Visit' && !REMOTE_TRIGGERS.has(entry.lemma) && options.dateline && nearDocumentDate(dates, doc.article.publishedAt) && datelineFits(participants, options.dateline, ctx.entityById)) {
    place = options.dateline;
    placeFromDateline = true;
  }

  const base: Omit<RawEvent, 'participants'> = {
    type: entry.type,
    entry,
    triggerText: tokens.slice(from, to).map((t) => t.text).join(' '),
    place,
    placeFromDateline,
    dates,
    status,
    sentence,
    anchored,
    clause: { start: tokens[ws]!.start, end: tokens[Math.max(ws, we - 1)]!.end },
  };
  trace(`${entry.type} ${status} [${participants.map((p) => `${p.name}/${p.role}`).join(', ')}] @${place?.name ?? '-'} ${dates.startDate ?? ''}..${dates.endDate ?? ''}`);

  // "Enkhbold will meet Wu Bangguo and Jia Qinglin": one meeting per named counterpart.
  const personPartners = participants.filter((p) => partners.some((e) => e.id === p.id) && p.kind === 'Person');
  const agentPersons = participants.filter((p) => agents.some((e) => e.id === p.id));
  if (entry.frame === 'meet' && entry.pos === 'verb' && personPartners.length > 1 && agentPersons.length === 1 && post.object) {
    return personPartners.map((pp) => ({ ...base, participants: participants.filter((p) => p === pp || !personPartners.includes(p)) }));
  }
  return [{ ...base, participants }];
}

/** Relative pronouns opening a clause between a subject and its verb. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'whose']);

/** How long a relative clause between a subject and its verb may be. */
const RELATIVE_REACH = 30;

/**
 * "Mustapha, who leaves for Moscow on Tuesday, met Mubarak": the index of the comma opening a
 * relative clause that ends with the comma right before the verb at `from`, or -1. Bounded.
 */
function relativeClauseBefore(tokens: readonly Token[], from: number, ws: number): number {
  if (tokens[from - 1]?.text !== ',') return -1;
  for (let i = from - 2; i >= Math.max(ws, from - RELATIVE_REACH); i--) {
    const t = tokens[i]!.lower;
    if (t === ';' || t === '.') return -1;
    if (t === ',') return RELATIVE_PRONOUNS.has(tokens[i + 1]?.lower ?? '') && i > ws ? i : -1;
  }
  return -1;
}

/** Contacts at a distance: "a telephone conversation", "telephoned". */
const REMOTE_TRIGGERS: ReadonlySet<string> = new Set(['telephone call', 'telephone']);

const START_TRIGGERS: ReadonlySet<string> = new Set(['arrive', 'arrival']);
const START_VERBS_BEFORE: ReadonlySet<string> = new Set(['started', 'began', 'begun', 'opened', 'kicked']);

/**
 * "British detectives arrived in Moscow on December 4", "Solana started a visit to the Middle East on
 * Nov. 11": a visit known only by its start, reported as going on, lasts until the document date.
 */
function openVisitEnd(entry: TriggerEntry, tokens: readonly Token[], from: number, dates: EventDates, dct: string | null, status: ExtractedEvent['status']): EventDates {
  if (entry.type !== 'Visit' || status !== 'occurred' || !dct || dates.durationDays !== null) return dates;
  if (!dates.startDate || dates.precision !== 'day' || dates.startDate !== dates.endDate || dates.startDate > dct) return dates;
  const startish = START_TRIGGERS.has(entry.lemma) || (from > 0 && START_VERBS_BEFORE.has(tokens[from - 1]?.lower ?? '')) || (from > 1 && START_VERBS_BEFORE.has(tokens[from - 2]?.lower ?? ''));
  if (!startish) return dates;
  const days = (Date.parse(dct) - Date.parse(dates.startDate)) / 86_400_000;
  if (days > 31) return dates;
  return { ...dates, endDate: dct, source: `${dates.source ?? ''} .. document date (ongoing)` };
}

const TIME_ADJUNCT_HEADS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'during', 'since', 'upon', 'ahead']);

/** Heads of an adjunct that sets its noun's event before or after the clause's own time. */
const SEQUENCE_HEADS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'ahead', 'prior']);

/** Words between a sequence head and its event noun: "after (the) conclusion of the APEC meeting". */
const SEQUENCE_FILLERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'to', 'conclusion', 'end', 'close', 'start', 'opening', 'his', 'her', 'their', 'its', 'this', 'that']);

/** Sequence heads placing their noun's event wholly after the clause's time ("ahead of", "before", "prior to"). */
const FORWARD_SEQUENCE_HEADS: ReadonlySet<string> = new Set(['before', 'ahead', 'prior']);

/**
 * Index of the token after a sequence head governing the noun at `from` ("after conclusion of the
 * APEC meeting", "just ahead of Albright's one-day trip"), or -1 when the noun is in no such phrase.
 * Capitalised words (the gathering's name, a possessor) and the fillers above may stand between;
 * under a forward head, any lowercase modifier a pre-modifier scan crosses too ("one-day", "state"):
 * that event is still ahead at the clause's time, while an event "after" which one leaves may end
 * on the clause's day ("will leave on Wednesday after a three-day visit").
 */
function adjunctStart(tokens: readonly Token[], from: number, ws: number): number {
  let modified = false;
  for (let i = from - 1; i >= Math.max(ws, from - 8); i--) {
    const t = tokens[i]!;
    if (SEQUENCE_HEADS.has(t.lower)) return !modified || FORWARD_SEQUENCE_HEADS.has(t.lower) ? i + 1 : -1;
    if (SEQUENCE_FILLERS.has(t.lower) || /^\p{Lu}/u.test(t.text) || t.text === '-' || t.lower === "'s") continue;
    if (/^[\p{Ll}\d]/u.test(t.text) && !STOP_MODIFIER.has(t.lower) && !REPORTING_VERBS.has(t.lower)) {
      modified = true;
      continue;
    }
    return -1;
  }
  return -1;
}

/** The end of a noun's phrase: its first comma after the noun, else the clause's end. */
function phraseEnd(tokens: readonly Token[], to: number, we: number): number {
  for (let i = to; i < we; i++) if (tokens[i]!.lower === ',') return i;
  return we;
}

/** Pre-modifiers that put a noun's event after the time of its clause: "the hastily planned trip", "the slated visit". */
const PROSPECTIVE_MODIFIERS: ReadonlySet<string> = new Set(['planned', 'scheduled', 'slated', 'proposed', 'upcoming', 'forthcoming', 'expected', 'anticipated', 'mooted']);

/**
 * "On Friday, when Albright set aside vacation plans for the hastily planned trip": a noun a
 * prospective modifier qualifies is dated only by what follows it ("the slated visit of Daley in
 * September"); a time before it dates the planning. Index of the noun's first token, or -1.
 */
function prospectiveNoun(tokens: readonly Token[], from: number, ws: number): number {
  for (let i = from - 1; i >= Math.max(ws, from - 4); i--) {
    const t = tokens[i]!.lower;
    if (PROSPECTIVE_MODIFIERS.has(t)) return from;
    if (STOP_MODIFIER.has(t) || REPORTING_VERBS.has(t) || !/^[\p{Ll}\d-]/u.test(tokens[i]!.text)) return -1;
  }
  return -1;
}

/** Cues that a visit is going on at the time of the story ("ending a two-day visit", "wrapping up his tour"). */
const ONGOING_CUES: ReadonlySet<string> = new Set(['ending', 'wrapping', 'concluding', 'winding', 'continuing', 'currently', 'now']);

function ongoingVisit(tokens: readonly Token[], from: number, ws: number): boolean {
  for (let i = from - 1; i >= Math.max(ws, from - 5); i--) if (ONGOING_CUES.has(tokens[i]!.lower)) return true;
  return false;
}

/** "at the invitation of X" / "invited by X" within the clause: X, a Person or Organization. */
function invitationHost(ctx: ReadContext, ws: number, we: number): Entity | null {
  const { tokens } = ctx;
  for (let i = ws; i < we - 1; i++) {
    const t = tokens[i]!.lower;
    let at = -1;
    if (t === 'invitation' && (tokens[i + 1]?.lower === 'of' || tokens[i + 1]?.lower === 'from')) at = i + 2;
    else if (t === 'invited' && tokens[i + 1]?.lower === 'by') at = i + 2;
    if (at < 0) continue;
    const ph = phraseAt(ctx, at, we);
    if (ph && (ph.entity.kind === 'Person' || ph.entity.kind === 'Organization')) return ph.entity;
  }
  return null;
}

/**
 * "Hu Jintao paid a state visit to the country": the destination is the Country mentioned last
 * before the trigger in the sentence, other than a visitor's own country. Null without "to the country".
 */
function countryAnaphor(ctx: ReadContext, ws: number, visitors: readonly Entity[]): Entity | null {
  const { tokens, ments, trig } = ctx;
  const k = trig.to;
  if (tokens[k]?.lower !== 'to' || tokens[k + 1]?.lower !== 'the' || tokens[k + 2]?.lower !== 'country') return null;
  for (let i = trig.from - 1; i >= Math.max(0, trig.from - MAX_REACH); i--) {
    const m = ments[i];
    if (!m) continue;
    i = m.from;
    if (m.entity.kind !== 'Country') continue;
    if (visitors.some((v) => sameCountry(v, m.entity))) continue;
    // A demonym of the visitor's title ("Chinese President Hu Jintao") is the visitor's country.
    if (modifiesPerson(tokens, ments, m, trig.from)) continue;
    return m.entity;
  }
  void ws;
  return null;
}

/** "accompanied by X (and Y)" before the trigger in its clause: the agent's companions. */
function companions(ctx: ReadContext, ws: number): Entity[] {
  const { tokens, trig } = ctx;
  for (let i = ws; i + 1 < trig.from; i++) {
    if (tokens[i]!.lower !== 'accompanied' || tokens[i + 1]!.lower !== 'by') continue;
    const ph = phraseAt(ctx, i + 2, trig.from);
    if (!ph || !PARTICIPANT_KINDS.has(ph.entity.kind)) return [];
    return [ph.entity, ...coordinated(ctx, ph.end, trig.from).filter((e) => PARTICIPANT_KINDS.has(e.kind))];
  }
  return [];
}

/** Opening quotation marks a quoted sentence may start with. */
const QUOTES: ReadonlySet<string> = new Set(['"', '“', '``', "'"]);

/** Prepositions opening a sentence-initial adjunct that sets the scene of its main clause. */
const FRONT_SETTING_HEADS: ReadonlySet<string> = new Set(['at', 'during', 'in', 'after', 'following', 'on']);
/** Prepositions making a gathering the setting of the clause's action ("complained during the summit"). */
const SETTING_HEADS: ReadonlySet<string> = new Set(['at', 'during']);
/** Verbs whose object is a gathering their subject takes part in. */
const ATTEND_VERBS: ReadonlySet<string> = new Set(['attend', 'attends', 'attended', 'attending', 'chair', 'chaired', 'chairs', 'chairing']);
/** Words that may stand between a setting's preposition and its trigger ("during the just-ended Commonwealth summit"). */
const SETTING_FILLERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'their', 'his', 'her', 'its', 'just', '-', 'ended', 'recent', 'annual', "'", 'conclusion', 'end', 'close', 'of']);
/** Nouns standing for an organisation named before ("the alliance intends"). */
const ORGANIZATION_ANAPHORS: ReadonlySet<string> = new Set(['alliance', 'bloc', 'organization', 'organisation', 'union']);

/** "X told reporters (shortly) after": a reporting verb (with its addressee) right before `i`. */
function speakerBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k]!.lower;
    if (REPORTING_VERBS.has(t)) return true;
    if (t !== 'reporters' && t !== 'journalists' && t !== 'shortly' && t !== 'soon' && t !== 'just') return false;
  }
  return false;
}

/**
 * Who attended a gathering told as the setting of their act: the main-clause subject after a
 * sentence-initial adjunct holding the trigger ("At a summit with Roh on Monday, Yushchenko said"),
 * or the Person subject of a clause whose "during"/"at" phrase holds it ("X complained during the summit").
 */
function settingAttendees(ctx: ReadContext, ws: number): Entity[] {
  const { tokens, ments, trig } = ctx;
  const first = QUOTES.has(tokens[0]!.text) ? 1 : 0;
  if (FRONT_SETTING_HEADS.has(tokens[first]?.lower ?? '') && trig.from < MAX_REACH) {
    let comma = -1;
    for (let k = trig.to; k < Math.min(tokens.length, trig.to + 20); k++) {
      if (tokens[k]!.lower === ',') {
        comma = k;
        break;
      }
      if (tokens[k]!.lower === ';') break;
    }
    let ok = comma > 0;
    for (let k = first + 1; ok && k < trig.from; k++) if (tokens[k]!.lower === ',') ok = false;
    if (ok) {
      // "At our next summit in 2008, the alliance intends to": the organisation last named.
      if (tokens[comma + 1]?.lower === 'the' && ORGANIZATION_ANAPHORS.has(tokens[comma + 2]?.lower ?? '')) {
        const org = ctx.organizations().lastBefore(tokens[comma + 1]!.start);
        return org ? [org] : [];
      }
      for (let k = comma + 1; k < Math.min(tokens.length, comma + 6); k++) {
        const m = ments[k];
        if (!m) {
          if (/^\p{Lu}/u.test(tokens[k]!.text) || TITLE_LIKE.has(tokens[k]!.lower)) continue;
          break;
        }
        if (m.entity.kind !== 'Person') break;
        const out: Entity[] = [m.entity];
        for (const e of coordinated(ctx, m.to, Math.min(tokens.length, m.to + 12))) if (e.kind === 'Person') out.push(e);
        return dedupe(out);
      }
    }
  }
  // "Zambian President Levy Mwanawasa also complained during the just-ended Commonwealth summit",
  // "Hu will also attend the 14th APEC Economic Leaders' Meeting".
  if (trig.entry.frame !== 'summit' && trig.entry.frame !== 'meet') return [];
  for (let i = trig.from - 1; i >= Math.max(ws, trig.from - 8); i--) {
    const t = tokens[i]!;
    if (SETTING_HEADS.has(t.lower) || ATTEND_VERBS.has(t.lower)) return subjectOf(ctx, ws).filter((e) => e.kind === 'Person');
    // "de Hoop Scheffer told reporters shortly after the conclusion of the NATO summit": who speaks
    // to the press as a summit ends speaks there.
    if (t.lower === 'after' && speakerBefore(tokens, i)) return subjectOf(ctx, Math.max(0, trig.from - MAX_REACH), true).filter((e) => e.kind === 'Person');
    if (!ments[i] && !SETTING_FILLERS.has(t.lower) && !/^[\p{Lu}\d]/u.test(t.text)) return [];
  }
  return [];
}

function inTimeAdjunct(tokens: readonly Token[], from: number, ws: number): boolean {
  for (let i = from - 1; i >= Math.max(0, from - 4); i--) {
    if (TIME_ADJUNCT_HEADS.has(tokens[i]!.lower)) return true;
    if (i < ws) break;
  }
  return false;
}

function nearDocumentDate(dates: EventDates, dct: string | null): boolean {
  if (!dct || !dates.startDate || !dates.endDate) return false;
  const d = Date.parse(dct);
  return Math.abs(Date.parse(dates.startDate) - d) <= 7 * 86_400_000 && Math.abs(Date.parse(dates.endDate) - d) <= 7 * 86_400_000;
}

/**
 * Cues that keep an event planned even when its interval has begun ("the summit meetings are to take
 * place this month", "will meet later this week"); weaker ones ("next", "invited") give way to the dates.
 */
const FIRM_FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', 'expected', 'expected to', 'is to', 'are to', 'is scheduled', 'are scheduled', 'scheduled', 'slated', 'due to',
  'is due', 'are due', 'is set', 'set to', 'will be held', 'is expected', 'are expected', 'upcoming', 'is planned',
]);

function adjustByDate(status: ExtractedEvent['status'], dates: EventDates, dct: string | null, cue: string | null): ExtractedEvent['status'] {
  if (!dct || !dates.startDate || !dates.endDate) return status;
  if (status === 'planned' && dates.endDate < dct && cue !== 'would') return 'occurred';
  if (status === 'planned' && dates.startDate < dct && dates.endDate >= dct && !(cue !== null && FIRM_FUTURE_CUES.has(cue))) return 'occurred';
  if (status === 'occurred' && dates.startDate > dct) return 'planned';
  return status;
}

interface PreArgs {
  entities: Entity[];
  possessive: Set<string>;
  pronouns: Entity[];
  locations: Entity[];
  here: boolean;
  /** The possessor is a country's office ("the German leader's visit"): the visitor's side, not a destination. */
  officePossessor: boolean;
}

/** Possessors and modifier mentions of a nominal trigger, and pronoun possessors ("his visit"). */
function preModifiers(ctx: ReadContext, ws: number): PreArgs {
  const { tokens, ments, trig, doc, sentence } = ctx;
  const res: PreArgs = { entities: [], possessive: new Set(), pronouns: [], locations: [], here: false, officePossessor: false };
  // Locations anywhere before the trigger in the clause ("In Dar es Salaam, she ...").
  for (let i = ws; i < trig.from; i++) {
    const m = ments[i];
    if (m && (m.entity.kind === 'Place' || m.entity.kind === 'Country')) {
      const prep = governingPreposition(tokens, phraseStart(tokens, ments, m, ws), ws);
      if ((prep === 'in' || prep === 'at') && !modifiesPerson(tokens, ments, m, trig.from)) {
        // "in the West Bank city of Ramallah": the city.
        const city = modifiesPlace(tokens, ments, m, trig.from);
        res.locations.push(city?.entity ?? m.entity);
        if (city) {
          i = city.to - 1;
          continue;
        }
      }
      // "will leave Zimbabwe on Wednesday after a three-day visit": the place left is the place visited.
      else if (LEAVE_VERBS.has(tokens[m.from - 1]?.lower ?? '')) res.locations.push(m.entity);
      // "was whisked to Tirana aboard a helicopter for a meeting with X": the meeting is where the trip went.
      else if (prep === 'to' && trig.entry.type !== 'Visit' && purposeFor(tokens, trig.from, m.to)) res.locations.push(m.entity);
      i = m.to - 1;
    }
    if (tokens[i]!.lower === 'here') res.here = true;
  }
  if (trig.entry.pos !== 'noun' && !(trig.entry.frame === 'visit' && tokens[trig.from]!.lower === 'visit') && !nominalUse(tokens, trig.from)) return res;
  let i = trig.from - 1;
  let steps = 0;
  while (i >= ws && steps < 7) {
    const t = tokens[i]!;
    const m = ments[i];
    if (m) {
      // "the German leader's four-day visit", "the Chinese premier's visit to India": an office of a
      // country in possessive form names the visitor (its holder, else the country), never the destination.
      const office = officePossessive(tokens, ments, m, trig.from);
      if (office) {
        const visitor = officeHolder(ctx.doc.entities, m.entity, office.words) ?? m.entity;
        res.entities.push(visitor);
        res.possessive.add(visitor.id);
        res.officePossessor = true;
        break;
      }
      const possessive = tokens[m.to]?.lower === "'s";
      res.entities.push(m.entity);
      if (possessive) res.possessive.add(m.entity.id);
      i = m.from - 1;
      steps++;
      // "Putin-Kim summit", "China-Africa summit": a hyphenated pair.
      if (tokens[i]?.text === '-' || tokens[i]?.lower === 'and') {
        i--;
        continue;
      }
      if (possessive) break;
      continue;
    }
    // "APEC Economic Leaders' Meeting": a plural possessive apostrophe inside the name.
    if (t.lower === "'s" || t.text === '-' || (t.text === "'" && /s$/.test(tokens[i - 1]?.text ?? '')) || /^[\p{Ll}\d]/u.test(t.text) && !STOP_MODIFIER.has(t.lower)) {
      // "Abdullah hosted Olmert during the latter's visit": the most recent person; "the former's": the one before.
      if ((t.lower === 'latter' || t.lower === 'former') && tokens[i + 1]?.lower === "'s" && tokens[i - 1]?.lower === 'the') {
        const two = ctx.persons.lastTwoBefore(t.start);
        const e = t.lower === 'latter' ? two[two.length - 1] : two.length === 2 ? two[0] : undefined;
        if (e) res.pronouns.push(e);
        break;
      }
      if (PRONOUN_POSSESSIVE.has(t.lower)) {
        const e = resolvePronoun(ctx, i);
        for (const x of e) res.pronouns.push(x);
        break;
      }
      i--;
      steps++;
      continue;
    }
    if (/^\p{Lu}/u.test(t.text) && !m) {
      i--;
      steps++;
      continue;
    }
    break;
  }
  void doc;
  void sentence;
  return res;
}

/** Verb-entry forms that are nouns after a determiner or possessor ("his meeting with", "the slated visit of"). */
const NOMINAL_FORMS: ReadonlySet<string> = new Set(['meeting', 'visit', 'visits']);
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', "'s", 'this', 'that', 'slated', 'planned', 'upcoming', 'latest', 'first', 'last', 'recent']);

/** Whether the verb-entry trigger at `from` is used as a noun: "During his meeting with Ungureanu", "the slated visit of Daley". */
function nominalUse(tokens: readonly Token[], from: number): boolean {
  return NOMINAL_FORMS.has(tokens[from]!.lower) && DETERMINERS.has(tokens[from - 1]?.lower ?? '');
}

/** "for a meeting", "for talks": a purpose phrase holding the trigger, after `after` and within a few tokens. */
function purposeFor(tokens: readonly Token[], from: number, after: number): boolean {
  for (let i = from - 1; i >= Math.max(after, from - 3); i--) {
    const t = tokens[i]!.lower;
    if (t === 'for') return true;
    if (t !== 'a' && t !== 'an' && t !== 'the' && !/^[\p{Ll}-]+$/u.test(t)) return false;
  }
  return false;
}

const LEAVE_VERBS: ReadonlySet<string> = new Set(['leave', 'leaves', 'left', 'leaving', 'departed', 'departs', 'depart']);
const PRONOUN_POSSESSIVE: ReadonlySet<string> = new Set(['his', 'her', 'their']);
/** Words a pre-modifier scan never crosses. */
const STOP_MODIFIER: ReadonlySet<string> = new Set([
  'of', 'in', 'to', 'at', 'with', 'for', 'on', 'by', 'from', 'and', 'or', 'is', 'was', 'are', 'were', 'be', 'been',
  'will', 'would', 'has', 'had', 'have', 'held', 'hold', 'holds', 'made', 'make', 'paid', 'pay', 'after', 'before',
  'during', 'that', 'which', 'who', 'said', 'as', 'than', 'about', 'into', 'following', 'ahead', 'since', 'it',
  'its', 'they', 'he', 'she', 'started', 'start', 'began', 'begin', 'ending', 'ended', 'wrapped', 'attend',
  'attended', 'attending', 'involved', 'join', 'joined', 'conduct', 'conducted', 'continue', 'resume', 'resumed',
]);

interface PostArgs {
  agents: Entity[];
  withs: Entity[];
  between: Entity[];
  object: Entity | null;
  objectsMore: Entity[];
  destinations: Entity[];
  locations: Entity[];
  here: boolean;
}

/** "talks in May with Kim", "meeting with": a with-phrase close to the trigger, not "relations with NATO". */
function withAttaches(tokens: readonly Token[], to: number, at: number): boolean {
  if (asideBetween(tokens, to, at)) return true;
  if (at - to > 5) return false;
  for (let k = to; k < at; k++) {
    const t = tokens[k]!.lower;
    if (t === 'on' || t === 'of' || t === 'to' || t === 'about' || t === 'over' || t === ',' || t === 'and' || t === 'relations') return false;
  }
  return true;
}

/** How long a comma-delimited aside between a trigger and its with-phrase may be ("meeting, on April 5-6 in Ottawa, with"). */
const ASIDE_REACH = 12;

/** Words opening a time or place aside: ", on April 5-6 in Ottawa,", ", next week,", ", in Tokyo,". */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'from', 'next', 'last', 'this', 'early', 'late', 'later', 'earlier', 'probably', 'possibly']);

/**
 * "his annual meeting, on April 5-6 in Ottawa, with Prime Minister Brian Mulroney": tokens[to, at)
 * are one comma-delimited time or place aside right after the trigger, so the with-phrase after it
 * is still the trigger's.
 */
function asideBetween(tokens: readonly Token[], to: number, at: number): boolean {
  if (at - to > ASIDE_REACH || at - to < 3 || tokens[to]!.text !== ',' || tokens[at - 1]!.text !== ',') return false;
  const opener = tokens[to + 1]!;
  if (!ASIDE_OPENERS.has(opener.lower) && !isTimeWord(opener)) return false;
  for (let k = to + 1; k < at - 1; k++) {
    const t = tokens[k]!.lower;
    if (t === ',' || t === ';' || t === 'with' || REPORTING_VERBS.has(t)) return false;
  }
  return true;
}

/** Verbs of the talks frame whose direct object is a party ("consulted Moscow"), not a topic ("discussed the debt"). */
const PARTY_OBJECT_TALKS: ReadonlySet<string> = new Set(['consult', 'telephone', 'confer']);

function postArguments(ctx: ReadContext, ws: number, we: number): PostArgs {
  const { tokens, ments, trig } = ctx;
  const { entry, to } = trig;
  const res: PostArgs = { agents: [], withs: [], between: [], object: null, objectsMore: [], destinations: [], locations: [], here: false };
  const destPreps = new Set(entry.destination ?? []);
  // Direct object: a phrase starting right after a verb trigger (titles allowed in between).
  const gerund = tokens[trig.from]!.lower === 'visiting' || tokens[trig.from]!.lower === 'meeting';
  const objectIsParty = entry.frame !== 'talks' || PARTY_OBJECT_TALKS.has(entry.lemma);
  // "the slated visit of Daley": no direct object after a noun use (but "his meeting with X" keeps X).
  const nounNoObject = nominalUse(tokens, trig.from) && tokens[to - 1]!.lower !== 'with';
  if ((entry.pos === 'verb' || gerund) && objectIsParty && !nounNoObject) {
    const obj = phraseAt(ctx, to, we);
    if (obj) {
      res.object = obj.entity;
      for (const e of coordinated(ctx, obj.end, we)) res.objectsMore.push(e);
    }
  }
  // "the touchdown of the airplane taken by Zimbabwean President Mugabe": who the craft carries travels.
  const carried = entry.pos === 'noun' ? carriedBy(ctx, to, we) : null;
  if (carried) res.agents.push(carried);
  for (let i = to; i < we; i++) {
    const t = tokens[i]!.lower;
    if (t === 'here' && i - to <= 3) res.here = true;
    if (t === 'with' || t === 'between' || t === 'by' || t === 'of' || destPreps.has(t) || t === 'in' || t === 'at') {
      const ph = phraseAt(ctx, i + 1, we);
      if (!ph) {
        // "at a hotel in London's Mayfair district": a place named as possessor of an unnamed area.
        const owner = t === 'in' || t === 'at' ? possessivePlaceAt(tokens, ments, i + 1) : null;
        if (owner) res.locations.push(owner);
        continue;
      }
      const e = ph.entity;
      const more = coordinated(ctx, ph.end, we);
      if (t === 'with' && withAttaches(tokens, to, i)) {
        if (PARTICIPANT_KINDS.has(e.kind)) res.withs.push(e, ...more.filter((x) => PARTICIPANT_KINDS.has(x.kind)));
      } else if (t === 'between' && i - to <= 3) {
        res.between.push(e, ...more);
      } else if ((t === 'by' || t === 'of') && i === to && e.kind !== 'Place' && (entry.pos === 'noun' || t === 'by' || nominalUse(tokens, trig.from))) {
        if (!(t === 'of' && entry.type === 'Visit' && e.kind === 'Country')) res.agents.push(e, ...more);
        else res.destinations.push(e);
      } else if (destPreps.has(t) && i - to <= 15 && (e.kind === 'Place' || e.kind === 'Country')) {
        res.destinations.push(e, ...more.filter((x) => x.kind === 'Place' || x.kind === 'Country'));
      } else if ((t === 'in' || t === 'at') && (e.kind === 'Place' || e.kind === 'Country')) {
        res.locations.push(e);
      } else if (destPreps.has(t) && i - to <= 10 && e.kind === 'Organization' && entry.type === 'Visit') {
        res.destinations.push(e);
      }
      i = ph.end - 1;
    }
  }
  return res;
}

/** "London's (Mayfair district)": a Place mention in possessive form at token i (after "the"), or null. */
function possessivePlaceAt(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, i: number): Entity | null {
  const k = tokens[i]?.lower === 'the' ? i + 1 : i;
  const m = ments[k];
  if (!m || m.from !== k || m.entity.kind !== 'Place' || tokens[m.to]?.lower !== "'s") return null;
  return m.entity;
}

/**
 * The participant-bearing entity of the phrase starting at token i: skips determiners and titles,
 * and a demonym or organisation that only modifies a following person.
 */
/** Craft a traveller is carried in. */
const VEHICLE_NOUNS: ReadonlySet<string> = new Set(['plane', 'airplane', 'aeroplane', 'aircraft', 'jet', 'flight', 'helicopter', 'train']);
/** Words linking a craft to who it carries ("carrying", "taken by", "bearing"). */
const CARRY_LINKS: ReadonlySet<string> = new Set(['carrying', 'bearing', 'bringing', 'taken', 'by', 'with', 'of']);

/** "of the (special) airplane taken by / carrying X" right after a trigger: X. */
function carriedBy(ctx: ReadContext, to: number, we: number): Entity | null {
  const { tokens } = ctx;
  if (tokens[to]?.lower !== 'of') return null;
  let k = to + 1;
  while (k < Math.min(we, to + 5) && !VEHICLE_NOUNS.has(tokens[k]!.lower)) {
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) return null;
    k++;
  }
  if (!VEHICLE_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  let j = k + 1;
  while (j < Math.min(we, k + 3) && CARRY_LINKS.has(tokens[j]!.lower)) j++;
  if (j === k + 1) return null;
  const ph = phraseAt(ctx, j, we);
  return ph && ph.entity.kind === 'Person' ? ph.entity : null;
}

function phraseAt(ctx: ReadContext, i: number, we: number): { entity: Entity; end: number } | null {
  const { tokens, ments } = ctx;
  let k = i;
  let steps = 0;
  while (k < we && steps < 8) {
    const m = ments[k];
    if (m) {
      if (m.entity.kind !== 'Person') {
        const person = modifiesPerson(tokens, ments, m, we);
        if (person) return { entity: person.entity, end: person.to };
        // "the West Bank city of Ramallah" as well as "the southern Albanian town of Vlore".
        const place = m.entity.kind === 'Country' || m.entity.kind === 'Place' ? modifiesPlace(tokens, ments, m, we) : null;
        if (place) return { entity: place.entity, end: place.to };
        const holder = describedHolder(ctx, m, we);
        if (holder) return holder;
        // "Russian gas giant Gazprom": a demonym describing the organisation named after it.
        if (m.entity.kind === 'Country') {
          const org = describedOrganization(tokens, ments, m, we);
          if (org) return { entity: org.entity, end: org.to };
        }
        if (isPossessor(tokens, m) && m.entity.kind !== 'Country') {
          k = m.to + 1;
          steps++;
          continue;
        }
        // "Iraqi diplomats", "the Chinese side": a country acting through its people.
      }
      return { entity: m.entity, end: m.to };
    }
    const t = tokens[k]!;
    if (TITLE_LIKE.has(t.lower) || /^\p{Lu}/u.test(t.text) || /^\d/.test(t.text)) {
      k++;
      steps++;
      continue;
    }
    // "talks with representatives of Iran": the country the role noun's people act for.
    if (REPRESENTATIVE_NOUNS.has(t.lower) && tokens[k + 1]?.lower === 'of') {
      k += 2;
      steps++;
      continue;
    }
    return null;
  }
  return null;
}

const TITLE_LIKE: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'his', 'her', 'their', 'its', 'then', '-', 'former', 'new', 'visiting', 'president', 'minister',
  'prime', 'foreign', 'secretary', 'state', 'general', 'chairman', 'leader', 'leaders', 'premier', 'king', 'queen',
  'ambassador', 'governor', 'chief', 'envoy', 'counterpart', 'deputy', 'vice', 'senior', 'top', 'defense', 'defence',
  'trade', 'officials', 'official', 'authoritarian', 'russian', 'two', 'both', 'japanese', 'chinese', "'s",
  'assistant', 'spy', 'intelligence', 'gas', 'giant', 'ex', 'officer', 'army', 'kgb', 'soviet', 'southern', 'northern',
  'eastern', 'western', 'southwestern', 'southeastern', 'northwestern', 'northeastern', 'central', 'port', 'city',
  'town', 'capital', 'province', 'region', 'island', 'country', 'of', 'rebel', 'held', 'mediterranean', 'uruguayan',
]);

/**
 * "the Palestinian president", "Kenya's trade minister": the person of the article holding that
 * office (arguments.ts officeHolder), or null when none is named (the country stays the party).
 */
function describedHolder(ctx: ReadContext, m: MentionRef, ceiling: number): { entity: Entity; end: number } | null {
  const office = officeAfter(ctx.tokens, ctx.ments, m, ceiling);
  if (!office) return null;
  const holder = officeHolder(ctx.doc.entities, m.entity, office.words);
  return holder ? { entity: holder, end: office.end } : null;
}

/** How many lowercase words may describe an organisation between a demonym and its name. */
const ORG_DESCRIPTOR_REACH = 3;

/** "Russian gas giant Gazprom": the Organization a country mention and a few lowercase words lead up to. */
function describedOrganization(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, m: MentionRef, we: number): MentionRef | null {
  let k = m.to;
  for (let n = 0; k < we && n <= ORG_DESCRIPTOR_REACH; k++, n++) {
    const next = ments[k];
    if (next) return n > 0 && next.entity.kind === 'Organization' ? next : null;
    if (!/^\p{Ll}+$/u.test(tokens[k]!.text)) return null;
  }
  return null;
}

const PREPARE_VERBS: ReadonlySet<string> = new Set(['prepare', 'prepares', 'prepared', 'preparing']);
/** Words between "preparing" and the trip noun it takes as its object ("preparing his first official visit"). */
const TRIP_OBJECT_FILLER = /^(?:a|an|the|his|her|its|their|this|that|first|second|third|new|official|state|working|possible|planned|long|short|formal|return|\d+|-|day|week|month|\p{Lu}\p{L}*)$/u;

/**
 * "Kohl is preparing a visit to Moscow": the subject of prepare with a visit or trip noun as its
 * direct object is the traveller. "Aides were preparing for the visit" (a preposition between) and
 * "preparing the talks" (no trip) keep the rule that the subject of prepare takes no part.
 */
function preparesOwnTrip(ctx: ReadContext, i: number): boolean {
  const { tokens, trig } = ctx;
  if (!PREPARE_VERBS.has(tokens[i]!.lower) || trig.entry.type !== 'Visit') return false;
  // "preparing to visit Moscow": the subject is the traveller too.
  if (tokens[i + 1]?.lower === 'to' && i + 2 === trig.from) return true;
  for (let k = i + 1; k < trig.from; k++) {
    if (!TRIP_OBJECT_FILLER.test(tokens[k]!.text)) return false;
  }
  return true;
}

/** Mentions coordinated after a phrase: ", Y and Z", "and Y". */
function coordinated(ctx: ReadContext, i: number, we: number): Entity[] {
  const { tokens } = ctx;
  const out: Entity[] = [];
  let k = i;
  let rounds = 0;
  while (k < we && rounds < 6) {
    const t = tokens[k]?.lower;
    if (t !== 'and' && t !== ',') break;
    const next = phraseAt(ctx, k + 1, we);
    if (!next) {
      if (t === ',' && tokens[k + 1]?.lower === 'and') {
        k++;
        continue;
      }
      break;
    }
    out.push(next.entity);
    k = next.end;
    rounds++;
  }
  return out;
}

/** The subject of the trigger's clause: nearest participant-bearing phrase to its left not governed by a preposition. */
function subjectOf(ctx: ReadContext, ws: number, ignoreReporting = false, found: { represented: boolean } = { represented: false }): Entity[] {
  const { tokens, ments, trig, doc } = ctx;
  for (let i = trig.from - 1; i >= ws; i--) {
    const t = tokens[i]!.lower;
    if (SUBJECT_STOPS.has(t)) return [];
    if (NON_PARTICIPATION_VERBS.has(t) && !preparesOwnTrip(ctx, i)) return [];
    if (UNRESOLVED_SUBJECTS.has(t) && tokens[i]!.text !== 'US') return [];
    if (!ignoreReporting && REPORTING_VERBS.has(t) && i < trig.from - 1) return [];
    // "Kohl welcomed Nakasone, who will visit Bonn", "Z said X, who will visit": the subject of a
    // relative clause is the person named right before ", who", whatever the main clause's subject.
    if (t === 'who' && tokens[i - 1]?.text === ',') {
      const antecedent = ments[i - 2];
      if (antecedent && antecedent.entity.kind === 'Person') return [antecedent.entity];
    }
    const m = ments[i];
    if (m) {
      i = m.from;
      if (!PARTICIPANT_KINDS.has(m.entity.kind)) continue;
      const holder = describedHolder(ctx, m, trig.from);
      if (isPossessor(tokens, m) && !holder) continue;
      if (m.entity.kind !== 'Person' && modifiesPerson(tokens, ments, m, trig.from)) continue;
      const start = phraseStart(tokens, ments, m, ws);
      // "The last delegation headed by Eritrean President Isaias Afwerki is expected to arrive": the head
      // of a delegation subject travels with it.
      const delegationHead = governingPreposition(tokens, start, ws) === 'by' && DELEGATION_HEADS.has(tokens[start - 2]?.lower ?? '') && tokens[start - 3]?.lower.startsWith('delegation') === true;
      // "Foreign ministers of the Gulf Cooperation Council met": the body or countries the role noun's people act for.
      const represented = representedBy(tokens, ments, start, ws);
      found.represented = represented;
      if (governingPreposition(tokens, start, ws) && !delegationHead && !represented) {
        i = start;
        continue;
      }
      // "planned to visit Russian gas giant Gazprom, most likely to discuss": an object, not a subject.
      if (!delegationHead && !represented && !subjectSlot(tokens, start, ws)) {
        i = start;
        continue;
      }
      const out = [holder?.entity ?? m.entity];
      // "Kim and Putin", "Bushnell, Trade Minister Joseph Kimotho and others"
      let k = start - 1;
      let rounds = 0;
      while (k >= ws && rounds < 4 && (tokens[k]!.lower === 'and' || tokens[k]!.lower === ',')) {
        let j = k - 1;
        while (j >= ws && !ments[j] && TITLE_LIKE.has(tokens[j]!.lower)) j--;
        const prev = ments[j];
        if (!prev || !PARTICIPANT_KINDS.has(prev.entity.kind)) break;
        const ps = phraseStart(tokens, ments, prev, ws);
        if (governingPreposition(tokens, ps, ws)) {
          // "Representatives of Iran and Iraq met": the first of the coordinated parties they act for.
          if (representedBy(tokens, ments, ps, ws)) out.unshift(prev.entity);
          break;
        }
        out.unshift(prev.entity);
        k = ps - 1;
        rounds++;
      }
      return dedupe(out);
    }
    if (PRONOUNS_SINGULAR.has(t) && t !== 'his' && t !== 'her') {
      if (t === 'him') continue;
      const e = resolvePronoun(ctx, i);
      // "he and Bushnell"
      return e;
    }
    if (t === 'two' && tokens[i - 1]?.lower === 'the' && isGroupHead(tokens[i + 1])) {
      // The two parties of the story's last two-party event, else the last two persons named.
      return ctx.pair ?? ctx.persons.lastTwoBefore(tokens[i - 1]!.start);
    }
  }
  return [];
}

/** Plural nouns for people acting for a body or country: "ministers of the GCC", "representatives of Iran". */
const REPRESENTATIVE_NOUNS: ReadonlySet<string> = new Set([
  'ministers', 'leaders', 'representatives', 'officials', 'delegates', 'delegations', 'envoys', 'heads', 'diplomats',
  'negotiators', 'presidents', 'premiers', 'governors', 'chiefs', 'ambassadors', 'emissaries', 'members',
]);

/**
 * Whether the phrase starting at `start` is the "of"-complement of a plural role noun that opens a
 * subject ("Foreign ministers of the Gulf Cooperation Council met", "Leaders of the two Koreas held"):
 * then the body or countries it names are the parties. A few title words may precede the noun.
 */
function representedBy(tokens: readonly Token[], ments: ReadonlyArray<MentionRef | null>, start: number, ws: number): boolean {
  const noun = start - 2;
  if (noun < ws || tokens[start - 1]?.lower !== 'of' || !REPRESENTATIVE_NOUNS.has(tokens[noun]!.lower)) return false;
  let k = noun;
  while (k > ws && noun - k < 4 && !ments[k - 1] && (TITLE_LIKE.has(tokens[k - 1]!.lower) || /^\p{Lu}/u.test(tokens[k - 1]!.text)) && !SUBJECT_PREDECESSORS.has(tokens[k - 1]!.lower)) k--;
  return subjectSlot(tokens, k, ws);
}

/** "a delegation headed / led by X": X heads the subject. */
const DELEGATION_HEADS: ReadonlySet<string> = new Set(['headed', 'led']);

/** Subject pronouns and words we cannot resolve to an entity: the scan ends there. */
const UNRESOLVED_SUBJECTS: ReadonlySet<string> = new Set(['they', 'we', 'it', 'i', 'you', 'us', 'them', 'everyone']);

/** Tokens after which a phrase can be a clause subject. */
const SUBJECT_PREDECESSORS: ReadonlySet<string> = new Set([
  ',', ';', ':', '"', '“', '``', "''", '(', '-', '_', 'and', 'or', 'but', 'that', 'when', 'if', 'whether', 'while',
  'because', 'as', 'after', 'before', 'since', 'although', 'though', 'where', 'then', 'so', 'yet', 'also', 'meanwhile',
  'once', 'until', 'unless', 'now', 'today', 'however', 'still', 'both', 'here', ')',
]);

/** Lowercase particles of names ("de Hoop Scheffer", "van der Bellen") a mention may leave out. */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['de', 'van', 'von', 'der', 'den', 'da', 'di', 'du', 'del', 'la', 'le', 'bin', 'al']);

function subjectSlot(tokens: readonly Token[], start: number, ws: number): boolean {
  // "de Hoop Scheffer told": the particle belongs to the name.
  while (start > ws && NAME_PARTICLES.has(tokens[start - 1]!.text)) start--;
  if (start <= ws || start === 0) return true;
  const prev = tokens[start - 1]!;
  if (SUBJECT_PREDECESSORS.has(prev.lower)) return true;
  if (/^\p{Lu}/u.test(prev.text)) return true; // a sentence-initial word or a dateline
  if (/ly$/.test(prev.lower)) return true; // "Meanwhile", "Separately"
  return false;
}

/** "the two leaders", "the two met": a group of people, not "the two-day summit". */
const GROUP_NOUNS: ReadonlySet<string> = new Set([
  'leaders', 'presidents', 'ministers', 'premiers', 'men', 'women', 'sides', 'heads', 'officials', 'chiefs', 'envoys',
  'diplomats', 'statesmen', 'foreign', 'prime', 'counterparts', 'sides', 'delegations',
]);

function isGroupHead(t: Token | undefined): boolean {
  if (!t) return false;
  return GROUP_NOUNS.has(t.lower) || (/ed$/.test(t.lower) && t.lower !== 'red') || t.lower === 'will' || t.lower === 'also' || t.lower === 'held' || t.lower === 'met';
}

function dedupe(list: Entity[]): Entity[] {
  const seen = new Set<string>();
  return list.filter((e) => (seen.has(e.id) ? false : (seen.add(e.id), true)));
}

/**
 * A pronoun at token i: in a sentence-initial adverbial ("During his meeting with Ungureanu, Tang
 * noted") it points forward to the main clause subject; otherwise to the most recent Person.
 */
function resolvePronoun(ctx: ReadContext, i: number): Entity[] {
  const { tokens, ments, doc } = ctx;
  const first = tokens[0]!.lower;
  if (['during', 'after', 'before', 'following', 'at', 'on', 'in', 'while', 'as', 'through', 'with', 'upon', 'since'].includes(first)) {
    let comma = -1;
    for (let k = i + 1; k < tokens.length; k++) {
      if (tokens[k]!.lower === ',') {
        comma = k;
        break;
      }
    }
    if (comma > i) {
      for (let k = comma + 1; k < Math.min(tokens.length, comma + 8); k++) {
        const m = ments[k];
        if (m?.entity.kind === 'Person') return [m.entity];
      }
    }
  }
  // The first Person earlier in this sentence, else the first Person of the closest sentence before.
  for (let k = Math.max(0, i - MAX_REACH); k < i; k++) {
    const m = ments[k];
    if (m?.entity.kind === 'Person' && !governingPreposition(tokens, phraseStart(tokens, ments, m, 0), 0)) return [m.entity];
  }
  const s = ctx.sentence;
  for (let idx = s.index - 1; idx >= Math.max(0, s.index - 8); idx--) {
    const prev = doc.sentences[idx];
    if (!prev) break;
    const first = ctx.persons.firstIn(prev.start, prev.end);
    if (first) return [first];
  }
  const e = ctx.persons.lastBefore(tokens[i]!.start);
  return e ? [e] : [];
}


// ---------------------------------------------------------------- host country

function hostCountryOf(destinations: readonly Entity[], place: EntityRef | null, byId: ReadonlyMap<string, Entity>): Entity | null {
  const country = destinations.find((e) => e.kind === 'Country');
  if (country) return country;
  const p = place ? byId.get(place.id) : undefined;
  if (p?.kind === 'Country') return p;
  if (p?.kind === 'Place' && p.country) {
    // The place's country need not be mentioned itself: name it from its id ("country:south-korea").
    return byId.get(p.country) ?? { id: p.country, name: nameFromId(p.country), kind: 'Country', aliases: [], mentions: [] };
  }
  return null;
}

function nameFromId(id: string): string {
  const slug = id.slice(id.indexOf(':') + 1);
  return slug
    .split('-')
    .map((w, i) => (i > 0 && ['of', 'and', 'the', 'es', 'de'].includes(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** Whether a visitor belongs to the host country (a president visiting a city at home has no host). */
function sameCountry(visitor: Entity, country: Entity): boolean {
  // A territory's people are at home in its sovereign state (Hong Kong's chief executive in Guizhou).
  const home = (id: string | null) => id === country.id || (id !== null && sovereignOf(id) === country.id);
  if (home(visitor.id)) return true;
  return (visitor.positions ?? []).some((p) => home(p.of));
}

/**
 * The dateline may place a contact event with no place of its own unless its parties are of two or
 * more countries and none of them is the dateline's: a meeting of a Mexican president and a U.S.
 * secretary of state in a story datelined DUBAI is not in Dubai, while a single foreign party is
 * usually the visitor at the dateline ("Yeutter ... a two-day meeting of trade ministers", TAUPO). A
 * party is of a country as the country itself, a place in it, or a person holding a position in it;
 * a former country counts as the one its government sat in (West Germany: Germany, for BONN); an
 * official of no named country is of the dateline's (see officialOfDatelineCountry). A dateline whose
 * country is unknown places any event.
 */
function datelineFits(participants: readonly Participant[], dateline: EntityRef, byId: ReadonlyMap<string, Entity>): boolean {
  const country = hostCountryOf([], dateline, byId);
  if (!country) return true;
  const home = (id: string | null | undefined) => !!id && (id === country.id || sovereignOf(id) === country.id || seatTodayOf(id) === country.id);
  const foreign = new Set<string>();
  for (const p of participants) {
    const e = byId.get(p.id);
    if (!e) continue;
    if (sameCountry(e, country) || officialOfDatelineCountry(e, country, country.id)) return true;
    const homes = e.kind === 'Country' ? [e.id] : e.kind === 'Place' ? [e.country] : (e.positions ?? []).map((q) => q.of);
    for (const h of homes) {
      if (home(h)) return true;
      if (h && h.startsWith('country:')) foreign.add(h);
    }
  }
  return foreign.size < 2;
}

/**
 * "BRASILIA - Finance Minister Dilson Funaro": an office named without a country, in a story datelined
 * in `country`, is that country's (wire convention: a foreign official's nationality is stated). Only
 * when every position the person holds is of no named country.
 */
function officialOfDatelineCountry(visitor: Entity, country: Entity, datelineCountry: string | null): boolean {
  if (visitor.kind !== 'Person' || datelineCountry === null || datelineCountry !== country.id) return false;
  const positions = visitor.positions ?? [];
  return positions.length > 0 && positions.every((p) => p.of === null);
}

// ---------------------------------------------------------------- output

/** Sentences longer than this give the trigger's clause as evidence instead. */
const MAX_EVIDENCE = 600;

function toExtracted(r: RawEvent, i: number, text: string): ExtractedEvent {
  const span = r.sentence.end - r.sentence.start <= MAX_EVIDENCE ? r.sentence : r.clause;
  return {
    id: `e${i + 1}`,
    type: r.type,
    status: r.status,
    startDate: r.dates.startDate,
    endDate: r.dates.endDate,
    precision: r.dates.precision,
    participants: r.participants,
    place: r.place,
    evidence: { start: span.start, end: span.end, text: text.slice(span.start, span.end), sentence: r.sentence.index },
    trigger: r.triggerText,
  };
}
