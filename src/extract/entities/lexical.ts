/**
 * The lexical layer of one article: tokens, sentence and headline context, gazetteer matches and
 * title matches. Built once per article; every later step reads it and never re-scans the text.
 */
import type { Sentence } from '../../model/types.js';
import { gazetteer, type GazEntry, type Gazetteer } from './gazetteer.js';
import { TITLES, type TitleEntry } from './titles.js';
import { tokenize, nameKey, type Token } from './tokens.js';
import { COMMON_CAPITALISED, MONTHS, WEEKDAYS } from './words.js';

export interface GazMatch {
  /** Token range [i, j). */
  readonly i: number;
  readonly j: number;
  readonly entry: GazEntry;
}

export interface TitleMatch {
  readonly i: number;
  readonly j: number;
  readonly entry: TitleEntry;
}

export interface Lexical {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** The dateline city ("VLADIVOSTOK -"), a gazetteer match forced to be a Place. */
  readonly dateline: GazMatch | null;
  /** Sentence index of each token. */
  readonly sentenceOf: Int32Array;
  /** Token index of each sentence's first word token (after opening quotes and brackets). */
  readonly sentenceFirstWord: Int32Array;
  /** Per sentence: every content word is capitalised (a headline), so capitals are no evidence. */
  readonly headline: Uint8Array;
  /** Keys of words the article also uses in lower case ("when", "visiting"). */
  readonly lowerForms: ReadonlySet<string>;
  /** Gazetteer matches, non-overlapping, in text order; `gazAt[i]` is the match starting at i. */
  readonly gaz: readonly GazMatch[];
  readonly gazAt: ReadonlyMap<number, GazMatch>;
  /** Title matches starting at each token index. */
  readonly titleAt: ReadonlyMap<number, TitleMatch>;
  /** Title matches ending at each token index (exclusive end). */
  readonly titleEndingAt: ReadonlyMap<number, TitleMatch>;
  /** 1 for tokens inside a title ("State" in "Secretary of State"): never part of a name. */
  readonly inTitle: Uint8Array;
  readonly gazetteer: Gazetteer;
}

// Words that may stay lower-case inside a multi-word proper name ("Dar es Salaam", "Bank of China").
const CONNECTORS = new Set(['of', 'the', 'es', 'de', 'del', 'la', 'le', 'el', 'al', 'and', 'du', 'da', 'di', 'for', 'on', 'in', "'s", '-', '.', '&']);
// Words Title Case leaves in lower case.
const HEADLINE_LOWER = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'and', 'or', 'but', 'nor', 'with', 'from', 'as', 'vs', 'via', 'into', 'over', 'per']);
const STOP = new Set([...COMMON_CAPITALISED, ...MONTHS, ...WEEKDAYS]);

interface TitleIndex {
  readonly entries: ReadonlyMap<string, TitleEntry>;
  readonly prefixes: ReadonlySet<string>;
  readonly maxTokens: number;
}
let titleIndex: TitleIndex | null = null;

function titles(): TitleIndex {
  if (titleIndex) return titleIndex;
  const entries = new Map<string, TitleEntry>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const t of TITLES) {
    for (const form of [t.title, ...(t.variants ?? [])]) {
      const key = nameKey(form);
      entries.set(key, t);
      const toks = key.split(' ');
      for (let k = 1; k < toks.length; k++) prefixes.add(toks.slice(0, k).join(' '));
      maxTokens = Math.max(maxTokens, toks.length);
    }
  }
  titleIndex = { entries, prefixes, maxTokens };
  return titleIndex;
}

export function isStopWord(key: string): boolean {
  return STOP.has(key);
}

export function analyse(text: string, sentences: readonly Sentence[]): Lexical {
  const lineTokens = tokenize(text);
  const n = lineTokens.length;
  const g = gazetteer();
  const dateline = datelineIn(lineTokens, g);

  // Sentences: map tokens to sentences. Without sentences, each line is one.
  const sentenceOf = new Int32Array(n);
  let sCount = 0;
  if (sentences.length > 0) {
    let s = 0;
    for (let i = 0; i < n; i++) {
      while (s < sentences.length - 1 && lineTokens[i]!.start >= sentences[s + 1]!.start) s++;
      sentenceOf[i] = s;
    }
    sCount = sentences.length;
  } else {
    let s = -1;
    for (let i = 0; i < n; i++) {
      if (lineTokens[i]!.lineStart) s++;
      sentenceOf[i] = s;
    }
    sCount = s + 1;
  }
  const tokens = sentences.length > 0 ? unwrapLines(lineTokens, sentenceOf) : lineTokens;
  const sentenceFirstWord = new Int32Array(Math.max(sCount, 1)).fill(-1);
  for (let i = 0; i < n; i++) {
    const s = sentenceOf[i]!;
    if (sentenceFirstWord[s] === -1 && tokens[i]!.isWord) sentenceFirstWord[s] = i;
  }

  // Headlines (Title Case): at least three capitalised words and no lower-case word but function words.
  const capped = new Int32Array(Math.max(sCount, 1));
  const lowered = new Int32Array(Math.max(sCount, 1));
  const lowerForms = new Set<string>();
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (!t.isWord || /^\d/.test(t.text)) continue;
    if (!t.isCap && /^\p{Ll}/u.test(t.text)) {
      lowerForms.add(t.key);
      if (!HEADLINE_LOWER.has(t.key) && tokens[i - 1]?.text !== '-') lowered[sentenceOf[i]!]!++;
    } else if (t.isCap) capped[sentenceOf[i]!]!++;
  }
  const headline = new Uint8Array(Math.max(sCount, 1));
  for (let s = 0; s < sCount; s++) headline[s] = capped[s]! >= 3 && lowered[s] === 0 ? 1 : 0;

  // Gazetteer: longest match at each token, left to right, non-overlapping.
  const gaz: GazMatch[] = [];
  const gazAt = new Map<number, GazMatch>();
  const dl = dateline;
  for (let i = 0; i < n; ) {
    if (dl && i === dl.i) {
      gaz.push(dl);
      gazAt.set(i, dl);
      i = dl.j;
      continue;
    }
    const m = longestGazMatch(tokens, i, g, false);
    if (m) {
      gaz.push(m);
      gazAt.set(i, m);
      i = m.j;
    } else i++;
  }

  // Titles (case-insensitive), longest first, at any token.
  const ti = titles();
  const titleAt = new Map<number, TitleMatch>();
  const titleEndingAt = new Map<number, TitleMatch>();
  const inTitle = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (!tokens[i]!.isWord) continue;
    let key = '';
    let found: TitleMatch | null = null;
    for (let j = i; j < n && j - i < ti.maxTokens; j++) {
      if (j > i && tokens[j]!.lineStart) break;
      key = j === i ? tokens[j]!.key : key + ' ' + tokens[j]!.key;
      const e = ti.entries.get(key);
      if (e) found = { i, j: j + 1, entry: e };
      if (!ti.prefixes.has(key)) break;
    }
    if (found) {
      titleAt.set(i, found);
      // The longest title ending here wins ("Prime Minister", not "Minister").
      if (!titleEndingAt.has(found.j)) titleEndingAt.set(found.j, found);
      for (let k = i; k < found.j; k++) inTitle[k] = 1;
    }
  }

  return { text, tokens, dateline, sentenceOf, sentenceFirstWord, headline, lowerForms, gaz, gazAt, titleAt, titleEndingAt, inTitle, gazetteer: g };
}

/**
 * Hard-wrapped copy (wire archives) breaks lines inside sentences: "Trade Representative Clayton\nYeutter",
 * "in New\nYork". A line break inside one sentence (the sentence splitter already told wraps from
 * boundaries) is a space, so names and places run across it; a line break between sentences still
 * starts a line (headlines, captions, paragraphs).
 */
function unwrapLines(tokens: readonly Token[], sentenceOf: Int32Array): readonly Token[] {
  let out: Token[] | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.lineStart || sentenceOf[i] !== sentenceOf[i - 1]) continue;
    out ??= tokens.slice();
    out[i] = { ...t, lineStart: false };
  }
  return out ?? tokens;
}

/**
 * The longest gazetteer entry starting at token i whose capitalisation fits: acronyms exactly, other
 * names with every content word capitalised; `upper` also accepts all-capital words (datelines).
 */
export function longestGazMatch(tokens: readonly Token[], i: number, g: Gazetteer, upper: boolean): GazMatch | null {
  const first = tokens[i]!;
  if (!first.isWord || !first.isCap || !g.firstTokens.has(first.key)) return null;
  let key = '';
  let best: GazMatch | null = null;
  for (let j = i; j < tokens.length && j - i < g.maxTokens; j++) {
    const t = tokens[j]!;
    if (j > i && t.lineStart) break;
    key = j === i ? t.key : key + ' ' + t.key;
    const e = g.entries.get(key);
    if (e && fits(tokens, i, j + 1, e, upper)) best = { i, j: j + 1, entry: e };
    if (!g.prefixes.has(key)) break;
  }
  return best;
}

function fits(tokens: readonly Token[], i: number, j: number, e: GazEntry, upper: boolean): boolean {
  if (e.exact !== null) {
    let s = '';
    for (let k = i; k < j; k++) s += tokens[k]!.text;
    return s === e.exact.replace(/\s+/g, '');
  }
  for (let k = i; k < j; k++) {
    const t = tokens[k]!;
    if (!t.isWord) continue;
    if (t.isUpper && !upper && t.text.replace(/[^\p{L}]/gu, '').length > 1) return false;
    if (!t.isCap && !(k > i && CONNECTORS.has(t.key))) return false;
  }
  // A match ending in a connector is not a name ("Gaza -").
  return tokens[j - 1]!.isWord && !CONNECTORS.has(tokens[j - 1]!.key);
}

/** Datelines are in the first lines of the text (after a headline and photo captions). */
export const DATELINE_WINDOW = 2000;
const DATELINE_AFTER = new Set(['-', '—', '–', ',', '(', '_']);

/**
 * The dateline: a city in capitals starting a line in the first DATELINE_WINDOW characters,
 * followed by a dash, a comma or a bracket ("VLADIVOSTOK -", "BEIJING, Nov. 2 (Xinhua) --").
 */
export function datelineIn(tokens: readonly Token[], g: Gazetteer): GazMatch | null {
  for (let i = 0; i < tokens.length && tokens[i]!.start < DATELINE_WINDOW; i++) {
    const t = tokens[i]!;
    if (!t.lineStart || !t.isUpper) continue;
    const m = longestGazMatch(tokens, i, g, true);
    if (!m || !(m.entry.role === 'capital' || m.entry.role === 'city' || m.entry.role === 'region')) continue;
    let allUpper = true;
    for (let k = m.i; k < m.j; k++) if (tokens[k]!.isWord && !tokens[k]!.isUpper && tokens[k]!.text.length > 1) allUpper = false;
    const next = tokens[m.j];
    if (allUpper && next && !next.lineStart && DATELINE_AFTER.has(next.text)) return m;
  }
  return null;
}
