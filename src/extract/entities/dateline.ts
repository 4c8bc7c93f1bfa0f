/**
 * Datelines: "VLADIVOSTOK - ...", "BEIJING, Nov. 2 (Xinhua) -- ...", "NAIROBI, Kenya (AP) _ ...".
 * The events stage resolves "here" to the dateline city (GUIDELINES.md). A dateline the source gives
 * apart from the text (`article.dateline`: a TimeML DCT line, a JSON `dateline` field, front matter)
 * comes first; else a dateline at the head of the text, which the entity stage makes a Place mention
 * (see lexical.ts datelineIn for the rule).
 */
import { entityId } from '../../model/ids.js';
import type { Article, Entity } from '../../model/types.js';
import { gazetteer } from './gazetteer.js';
import { DATELINE_WINDOW, datelineIn, longestGazMatch, type GazMatch } from './lexical.js';
import { tokenize } from './tokens.js';

export interface Dateline {
  /** The city as a gazetteer match over the tokens of the article text. */
  readonly match: GazMatch;
  readonly start: number;
  readonly end: number;
}

export function findDateline(text: string): Dateline | null {
  // Tokenisation is left to right and local: the head's tokens are the whole text's first tokens.
  const tokens = tokenize(text.slice(0, DATELINE_WINDOW + 200));
  const m = datelineIn(tokens, gazetteer());
  return m ? { match: m, start: tokens[m.i]!.start, end: tokens[m.j - 1]!.end } : null;
}

/** Longest source dateline we read ("RIO DE JANEIRO", "SALVADOR, Bahia"): anything longer is not one. */
const MAX_GIVEN_DATELINE = 80;

/**
 * The Place a source-given dateline names ("SEOUL", "Rio de Janeiro", "SALVADOR, Brazil"): its first
 * words as a gazetteer city, capital or region, with its country. Null when it names no such place.
 * The entity has no mentions: the place is not in the text.
 */
export function givenDatelinePlace(dateline: string | null | undefined): Entity | null {
  const text = dateline?.trim();
  if (!text || text.length > MAX_GIVEN_DATELINE) return null;
  const tokens = tokenize(text);
  if (tokens.length === 0) return null;
  const m = longestGazMatch(tokens, 0, gazetteer(), true);
  if (!m || !(m.entry.role === 'capital' || m.entry.role === 'city' || m.entry.role === 'region')) return null;
  const name = m.entry.name;
  return { id: entityId('Place', name), name, kind: 'Place', aliases: [], mentions: [], country: m.entry.country ? entityId('Country', m.entry.country) : null };
}

/**
 * The Place entity of the article's dateline among `entities` (the entity stage's output): the
 * source-given dateline first, else the dateline city at the head of the text; null when neither.
 */
export function datelinePlace(article: Article, entities: readonly Entity[], head: Dateline | null = findDateline(article.text)): Entity | null {
  const given = givenDatelinePlace(article.dateline);
  if (given) return entities.find((e) => e.id === given.id) ?? given;
  const d = head;
  if (!d) return null;
  for (const e of entities) {
    if (e.kind === 'Place' && e.mentions.some((m) => m.start === d.start)) return e;
  }
  return null;
}

/**
 * The entity list with the source-given dateline place added when the text never names it, so that
 * events placed "here" refer to an entity of the article (and its country is known).
 */
export function withDatelineEntity(article: Article, entities: readonly Entity[]): readonly Entity[] {
  const given = givenDatelinePlace(article.dateline);
  if (!given || entities.some((e) => e.id === given.id)) return entities;
  return [...entities, given];
}

/** Longest dateline head we read: "RIO DE JANEIRO, Brazil, Nov. 28 (Xinhua) --" and the like. */
const MAX_HEAD = 80;
/** The dash that ends a dateline head, spaced: "--", "—", "–", "_", "-". */
const HEAD_END = / (?:--|—|–|_|-) /;

/**
 * The entity list without the news agency of a dateline head ("BEIJING, Nov. 2 (Xinhua) --", "NAIROBI,
 * Kenya (AP) _"): an organisation mentioned only between the dateline city and the dash that ends the head
 * is the source of the story, not an actor in it, and is never a party to its events. Its mentions there
 * are dropped, and the entity with them when it has no other. `d` is the text's dateline (findDateline).
 */
export function withoutDatelineAgency(text: string, entities: readonly Entity[], d: Dateline | null): readonly Entity[] {
  if (!d) return entities;
  const line = text.slice(d.end, d.end + MAX_HEAD).split('\n')[0]!;
  const dash = HEAD_END.exec(line);
  if (!dash) return entities;
  const headEnd = d.end + dash.index;
  const inHead = (m: { start: number; end: number }) => m.start >= d.end && m.end <= headEnd;
  const out: Entity[] = [];
  for (const e of entities) {
    if (e.kind !== 'Organization' || !e.mentions.some(inHead)) {
      out.push(e);
      continue;
    }
    const mentions = e.mentions.filter((m) => !inHead(m));
    if (mentions.length > 0) out.push({ ...e, mentions });
  }
  return out;
}
