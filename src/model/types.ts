/**
 * The types every stage shares. Extraction types (what the text says) come first, then the
 * graph types (what the store keeps). Offsets are JavaScript string offsets into Article.text.
 */

export interface Article {
  id: string;
  title: string;
  text: string;
  /** ISO day (YYYY-MM-DD) or null when the document date is unknown. */
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  /**
   * The dateline place as the source gives it apart from the text ("SEOUL" from a TimeML DCT line,
   * Reuters' `dateline` field), when it does. The entity stage resolves "here" to it.
   */
  dateline?: string | null;
  /** Where the article was read from (file path, `file:line`, or `-:line` for stdin). */
  origin?: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  text: string;
}

// ---------------------------------------------------------------- time

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export type Precision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade';

/** A day interval a DATE/TIME value covers. Both ends are ISO days, inclusive. */
export interface DayInterval {
  startDate: string;
  endDate: string;
  precision: Precision;
}

export interface Timex extends Span {
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2011-06-27`, `2011-W25`, `XXXX-WXX-1`, `P3D`, `PAST_REF`, ... */
  value: string;
  /** The days covered by the value, when it is a resolved DATE or TIME. */
  interval?: DayInterval | null;
  /** For DURATION: the length in days when it can be counted (P3D -> 3, P1W -> 7). */
  durationDays?: number | null;
  /** How the value was obtained: `absolute`, `dct`, `anchor:<tid>`, `unresolved`. */
  anchor?: string;
}

// ---------------------------------------------------------------- entities

export type EntityKind = 'Person' | 'Organization' | 'Country' | 'Place';
export const ENTITY_KINDS: readonly EntityKind[] = ['Person', 'Organization', 'Country', 'Place'];

export interface Position {
  title: string;
  /** Entity id of the country or organisation the position is held in, when named. */
  of: string | null;
  /** `current`, `former` (then-, ex-, former) */
  time: 'current' | 'former';
  evidence: Span;
}

export interface Entity {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  mentions: Span[];
  /** For Place: the entity id of its country, when known. */
  country?: string | null;
  /** For Person: positions the article states. */
  positions?: Position[];
}

// ---------------------------------------------------------------- events

export type EventType = 'Visit' | 'Meeting' | 'Talks';
export const EVENT_TYPES: readonly EventType[] = ['Visit', 'Meeting', 'Talks'];

export type EventStatus = 'occurred' | 'planned' | 'possible' | 'cancelled';
export const EVENT_STATUSES: readonly EventStatus[] = ['occurred', 'planned', 'possible', 'cancelled'];

export type Role = 'visitor' | 'host' | 'participant';

export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface Participant extends EntityRef {
  role: Role;
}

export interface Evidence extends Span {
  text: string;
  /** Index of the sentence the evidence is in. */
  sentence?: number;
}

export interface ExtractedEvent {
  id: string;
  type: EventType;
  status: EventStatus;
  startDate: string | null;
  endDate: string | null;
  precision: Precision | null;
  participants: Participant[];
  place: EntityRef | null;
  evidence: Evidence;
  /** Other sentences of the same article that mention the same event. */
  mentions?: Evidence[];
  /** The trigger word or phrase. */
  trigger?: string;
}

/** What `eventline extract` prints for one article: the contract our scoring reads. */
export interface Extraction {
  article: Omit<Article, 'text' | 'origin' | 'dateline'>;
  timexes: Array<Pick<Timex, 'start' | 'end' | 'text' | 'type' | 'value'>>;
  entities: Entity[];
  events: ExtractedEvent[];
}
