import type { Sentence } from '../../model/types.js';
import type { Stage } from '../pipeline.js';

/**
 * Sentence splitting for news copy. Boundaries:
 * - blank lines (paragraphs);
 * - a single line break when the line before it ends a sentence, is short (headline, caption,
 *   dateline) or the next line is indented (wire copy indents paragraphs and hard-wraps lines);
 * - `.`, `!`, `?` (with closing quotes/brackets) followed by space and an upper-case letter,
 *   digit or quote, unless the word before the dot is an abbreviation or an initial.
 */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen lt col maj capt cmdr sgt adm gov sen rep rev st sr jr messrs mt ft no nos vs etc inc ltd co corp bros dept est ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'u.s u.n u.k e.u u.s.a a.m p.m i.e e.g ph.d'
  ).split(' '),
);

const SHORT_LINE = 45;

/**
 * Lower-case words no headline, caption or dateline ends with: name particles ("Richard von" /
 * "Weizsaecker", "Javier Perez de" / "Cuellar"), articles, prepositions and conjunctions. A short line
 * ending with one is a hard-wrapped line inside a sentence.
 */
const NON_FINAL_WORDS: ReadonlySet<string> = new Set(
  (
    'von van der den de del della da di du la le bin ibn al el ' +
    'the a an of and or to for with by from at on in into'
  ).split(' '),
);

function endsWithNonFinalWord(line: string): boolean {
  const m = /(?:^|\s)([a-z]+)$/.exec(line);
  return m !== null && NON_FINAL_WORDS.has(m[1]!);
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, text: text.slice(start, end) });
  };

  // 1. Blocks separated by line breaks that end a sentence. Text whose long lines often end a sentence is
  //    not hard-wrapped: there every line break is a boundary (headlines, captions, one-line paragraphs).
  const unwrapped = !looksHardWrapped(text);
  const blocks: Array<[number, number]> = [];
  let blockStart = 0;
  const lineBreak = /\r?\n/g;
  let m: RegExpExecArray | null;
  let lineStart = 0;
  while ((m = lineBreak.exec(text)) !== null) {
    const line = text.slice(lineStart, m.index).trim();
    const nextStart = m.index + m[0].length;
    const next = text.slice(nextStart, text.indexOf('\n', nextStart) === -1 ? text.length : text.indexOf('\n', nextStart));
    const boundary =
      unwrapped ||
      line === '' ||
      next.trim() === '' ||
      /[.!?:"”’)\]]$/.test(line) ||
      (line.length < SHORT_LINE && !/^[a-z(]/.test(next.trim()) && !/[,;]$/.test(line) && !endsWithNonFinalWord(line)) ||
      /^\s{2,}|^\t/.test(next);
    if (boundary) {
      blocks.push([blockStart, m.index]);
      blockStart = nextStart;
    }
    lineStart = nextStart;
  }
  blocks.push([blockStart, text.length]);

  // 2. Sentence punctuation inside each block: one left-to-right scan (linear on any input).
  for (const [bs, be] of blocks) {
    let start = bs;
    let i = bs;
    while (i < be) {
      const c = text[i]!;
      if (c !== '.' && c !== '!' && c !== '?') {
        i++;
        continue;
      }
      const punctStart = i;
      while (i < be && (text[i] === '.' || text[i] === '!' || text[i] === '?')) i++;
      while (i < be && CLOSERS.has(text[i]!)) i++;
      const stop = i;
      let j = i;
      while (j < be && /\s/.test(text[j]!)) j++;
      if (j === stop || j >= be) continue; // no space after, or end of block
      let k = j;
      if (OPENERS.has(text[k]!)) k++;
      if (k >= be || !/[A-Z0-9]/.test(text[k]!)) continue;
      if (stop - punctStart === 1 && text[punctStart] === '.' && isAbbreviation(text, bs, punctStart)) continue;
      push(start, stop);
      start = stop;
    }
    push(start, be);
  }
  return sentences;
}

/**
 * Hard-wrapped copy (wire archives): lines stop mid-sentence, so many lines are followed by a line
 * that starts in lower case, and few long lines end a sentence.
 */
export function looksHardWrapped(text: string): boolean {
  const lines = text.split('\n').map((l) => l.trim());
  let nonEmpty = 0;
  let continued = 0;
  let long = 0;
  let ending = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line) continue;
    nonEmpty++;
    if (/^[a-z]/.test(lines[i + 1] ?? '')) continued++;
    if (line.length > SHORT_LINE) {
      long++;
      if (/[.!?:"”’)\]]$/.test(line)) ending++;
    }
  }
  if (nonEmpty < 3) return false;
  return continued / nonEmpty >= 0.15 || (long >= 3 && ending / long < 0.45);
}

const CLOSERS = new Set(['"', '”', '’', ')', ']']);
const OPENERS = new Set(['"', '“', '‘', '(', '[']);

/** The word before the dot at `dot` (at most 12 letters and dots back) is an abbreviation or an initial. */
function isAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  const limit = Math.max(from, dot - 12);
  while (i > limit && /[A-Za-z.]/.test(text[i - 1]!)) i--;
  if (i > from && /[A-Za-z.]/.test(text[i - 1]!)) return false; // a longer word: not an abbreviation
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "George W. Bush"
  return ABBREVIATIONS.has(word) || ABBREVIATIONS.has(word.replace(/\.$/, ''));
}

export const sentenceStage: Stage = {
  name: 'sentences',
  run: (doc) => ({ ...doc, sentences: splitSentences(doc.article.text) }),
};
