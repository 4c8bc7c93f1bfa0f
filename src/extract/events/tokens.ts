/**
 * Tokens with offsets, and which entity mention each token belongs to. One linear pass per sentence
 * (a single global regex with no nested quantifiers).
 */
import type { Entity } from '../../model/types.js';

export interface Token {
  /** Surface text. */
  text: string;
  /** Lower-case text with curly apostrophes folded. */
  lower: string;
  start: number;
  end: number;
}

/** A word (letters, digits, inner apostrophes of "o'clock" are split), a possessive 's, or one symbol. */
const TOKEN = /['’][sS](?![\p{L}\p{N}])|[\p{L}\p{N}]+|\S/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(text)) !== null) {
    const t = m[0];
    tokens.push({ text: t, lower: t.toLowerCase().replace('’', "'"), start: offset + m.index, end: offset + m.index + t.length });
  }
  return tokens;
}

/** An entity mention laid over tokens [from, to). */
export interface MentionRef {
  entity: Entity;
  from: number;
  to: number;
  start: number;
  end: number;
}

/** Every entity mention of an article in text order, for slicing per sentence. */
export interface MentionSpan {
  entity: Entity;
  start: number;
  end: number;
}

export function mentionSpans(entities: readonly Entity[]): MentionSpan[] {
  const spans: MentionSpan[] = [];
  for (const entity of entities) for (const m of entity.mentions) spans.push({ entity, start: m.start, end: m.end });
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** The spans overlapping [start, end), by binary search on a list sorted by start. */
export function spansIn<T extends { start: number; end: number }>(sorted: readonly T[], start: number, end: number, maxLength = 400): T[] {
  let lo = 0;
  let hi = sorted.length;
  const from = start - maxLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < sorted.length && sorted[i]!.start < end; i++) if (sorted[i]!.end > start) out.push(sorted[i]!);
  return out;
}

/**
 * For each token, the longest entity mention covering it (or null). Mentions are matched by offset
 * overlap, so a mention that starts or ends inside a token still covers it.
 */
export function layMentions(tokens: readonly Token[], spansInSentence: readonly MentionSpan[]): Array<MentionRef | null> {
  const at: Array<MentionRef | null> = tokens.map(() => null);
  if (tokens.length === 0) return at;
  // Longest first so a longer mention wins its tokens.
  const spans = [...spansInSentence].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const s of spans) {
    const from = firstTokenAtOrAfter(tokens, s.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < s.end) to++;
    if (to <= from) continue;
    let free = true;
    for (let i = from; i < to; i++) if (at[i] !== null) free = false;
    if (!free) continue;
    const ref: MentionRef = { entity: s.entity, from, to, start: s.start, end: s.end };
    for (let i = from; i < to; i++) at[i] = ref;
  }
  return at;
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
