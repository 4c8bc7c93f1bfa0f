/**
 * Datelines: "VLADIVOSTOK - ...", "BEIJING, Nov. 2 (Xinhua) -- ...", "NAIROBI, Kenya (AP) _ ...".
 * The events stage resolves "here" to the dateline city (GUIDELINES.md); the entity stage makes it
 * a Place mention (see lexical.ts datelineIn for the rule).
 */
import type { Article, Entity } from '../../model/types.js';
import { gazetteer } from './gazetteer.js';
import { DATELINE_WINDOW, datelineIn, type GazMatch } from './lexical.js';
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

/**
 * The Place entity of the article's dateline city among `entities` (the entity stage's output), or
 * null when the article has no dateline.
 */
export function datelinePlace(article: Article, entities: readonly Entity[]): Entity | null {
  const d = findDateline(article.text);
  if (!d) return null;
  for (const e of entities) {
    if (e.kind === 'Place' && e.mentions.some((m) => m.start === d.start)) return e;
  }
  return null;
}
