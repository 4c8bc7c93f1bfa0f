/**
 * The time stage: find TIMEX3 expressions and normalise them against the document date.
 *
 *   parsers (parsers.ts, in priority order)  -> candidates with a Spec (what the text says)
 *   refiners (below, in this order)          -> non-overlapping candidates
 *   clause tense (tense.ts), then discourse  -> one tense per candidate; the article settles what
 *   (discourse.ts)                              clauses disagree on (one day per weekday name)
 *   resolver (resolve.ts), in document order -> values anchored on the DCT, the clause tense
 *                                               (tense.ts) and the previously mentioned date
 *
 * Only this stage imports date logic; others use `intervalOfValue` to read a value.
 */
import type { Sentence, Timex } from '../../model/types.js';
import type { Stage } from '../pipeline.js';
import { splitSentences } from '../sentences/index.js';
import { durationDaysOf, intervalOfValue, narrowByEdge, parseIsoDay } from './calendar.js';
import { type Parser, PARSERS } from './parsers.js';
import { longestMatch, type Refiner, sentenceAt, trimSpan, trimWords, withinSentence } from './refiners.js';
import { oneDayPerWeekday } from './discourse.js';
import { type ResolveContext, resolveSpec } from './resolve.js';
import type { Candidate, Spec } from './spec.js';
import { type Tense, type TenseCue, type TenseDetector, tenseDetector } from './tense.js';

export { intervalOfValue } from './calendar.js';
export { durationDaysOf } from './calendar.js';

/** The refiners, in the order they run. */
export const REFINERS: readonly Refiner[] = [withinSentence, longestMatch, trimSpan, trimWords];

/** All candidates of all parsers over the text (each parser's matches are disjoint). */
export function findCandidates(text: string, parsers: readonly Parser[] = PARSERS): Candidate[] {
  const out: Candidate[] = [];
  for (const parser of parsers) {
    // The compiled pattern is shared: extraction is synchronous, so resetting lastIndex is enough.
    const pattern = parser.pattern;
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      const read = parser.extract(m, text);
      if (read === null) continue;
      const { spec, type } = 'kind' in read ? { spec: read, type: parser.type } : read;
      out.push({ start: m.index, end: m.index + m[0].length, type, spec, rule: parser.name });
    }
    pattern.lastIndex = 0;
  }
  return out;
}

/** A value that can anchor later anaphoric expressions: a resolved, concrete date. */
function isAnchorable(value: string): boolean {
  return intervalOfValue(value) !== null && !/^\d{2,3}X?$/.test(value);
}

/** Whether the spec reads an anchor: for those, a quarter mentioned earlier beats a nearer day. */
function wantsPeriod(spec: Spec): boolean {
  return (spec.kind === 'shift' && spec.unit === 'year') || (spec.kind === 'quarter' && spec.quarter === null && !spec.half);
}

export function tagTimes(text: string, dct: string | null, sentences?: readonly Sentence[]): Timex[] {
  const sents = sentences ?? splitSentences(text);
  const dctDay = parseIsoDay(dct);
  let candidates: Candidate[] = findCandidates(text);
  for (const refiner of REFINERS) candidates = refiner.refine(candidates, { text, sentences: sents });

  // The clause tense of each candidate, then what the article as a whole says (discourse.ts).
  const detectors = new Map<number, TenseDetector>();
  const clauseTenses: Array<Tense | null> = [];
  const scopes: Array<TenseCue['scope'] | undefined> = [];
  let previous: { end: number; tense: Tense | null } | null = null;
  for (const c of candidates) {
    const sentence = sentenceAt(sents, c.start);
    let tense: Tense | null = null;
    let scope: TenseCue['scope'] | undefined;
    if (previous && c.start - previous.end <= 4 && /^\s*\(\s*$/.test(text.slice(previous.end, c.start))) {
      // "at 4 in the morning (4 a.m. EDT Thursday)": a bracketed restatement of the expression just
      // before it is read in that expression's clause, not the words around the bracket.
      tense = previous.tense;
    } else if (sentence) {
      let detector = detectors.get(sentence.index);
      if (!detector) {
        detector = tenseDetector(sentence.text);
        detectors.set(sentence.index, detector);
      }
      const cue = detector.cueAt(c.start - sentence.start, c.end - sentence.start);
      tense = cue?.tense ?? null;
      scope = cue?.scope;
      // A bare month in a past clause is the latest such month (resolve.ts), unless an infinitive or
      // an of-phrase between the verb and the month may put it ahead: "has decided to admit Poland in
      // early March", "warned of a cutback in its oil supply in September".
      if (tense === 'past' && cue?.embedded && c.spec.kind === 'month' && c.spec.rel === 'bare') tense = 'prospective';
    }
    previous = { end: c.end, tense };
    clauseTenses.push(tense);
    scopes.push(scope);
  }
  const tenses = oneDayPerWeekday(candidates.map((c, k) => ({ spec: c.spec, tense: clauseTenses[k]! })), dctDay);

  const timexes: Timex[] = [];
  let lastDate: { value: string; tid: string } | null = null;
  let lastPeriod: { value: string; tid: string } | null = null;
  for (const [k, c] of candidates.entries()) {
    const tense = tenses[k]!;
    const ctx: ResolveContext = {
      dct: dctDay,
      tense,
      tenseScope: scopes[k],
      // A period (quarter, half) anchor beats a nearer day ("said yesterday"), not a nearer year.
      anchor: wantsPeriod(c.spec) && lastPeriod && !(lastDate && /^\d{4}(?:-[QH]\d)?$/.test(lastDate.value)) ? lastPeriod : lastDate,
    };
    const { value, anchor } = resolveSpec(c.spec, ctx);
    const tid = `t${timexes.length + 1}`;
    const timex: Timex = { start: c.start, end: c.end, text: text.slice(c.start, c.end), type: c.type, value, anchor };
    if (c.type === 'DATE' || c.type === 'TIME') timex.interval = narrowByEdge(intervalOfValue(value), timex.text);
    if (c.type === 'DURATION') timex.durationDays = durationDaysOf(value);
    timexes.push(timex);
    // A comparison with a year before ("a year ago", "year-earlier") does not move the story's
    // reference date: the next "a year ago" compares with the same period again.
    const comparison = c.spec.kind === 'shift' && c.spec.unit === 'year' && c.spec.amount === 1;
    if ((c.type === 'DATE' || c.type === 'TIME') && isAnchorable(value) && !comparison) {
      lastDate = { value, tid };
      // Only a quarter or half the text names sets the period anchor, not a derived one
      // ("the year-ago quarter" does not replace the quarter being reported).
      if (/^\d{4}-[QH]\d$/.test(value) && c.spec.kind === 'quarter' && (c.spec.quarter !== null || c.spec.half)) {
        lastPeriod = { value, tid };
      }
    }
  }
  return timexes;
}

export const timeStage: Stage = {
  name: 'time',
  run: (doc) => ({ ...doc, timexes: tagTimes(doc.article.text, doc.article.publishedAt, doc.sentences) }),
};
