/**
 * `evaluate timex`: system TIMEX3 expressions against gold, the TempEval-3 way.
 *
 * - strict span: exact offsets; relaxed span: any overlap (one-to-one, in document order);
 * - value / type: over relaxed-span matches, a match counts when the value (type) is equal;
 *   P = correct / system count, R = correct / gold count.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { tagTimes } from '../extract/time/index.js';
import type { Timex } from '../model/types.js';
import { type GoldTimex, parseTimeML } from '../read/timeml.js';

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

export interface Counts {
  gold: number;
  system: number;
  strict: number;
  relaxed: number;
  value: number;
  type: number;
}

export interface TimexMiss {
  doc: string;
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
  /** The text around the expression, when the document text is known (for `--verbose`). */
  context?: string;
}

export interface TimexMismatch {
  doc: string;
  gold: TimexMiss;
  system: TimexMiss;
}

export interface TimexScores {
  counts: Counts;
  strict: PRF;
  relaxed: PRF;
  value: PRF;
  type: PRF;
}

export interface TimexDocReport extends TimexScores {
  id: string;
}

export interface TimexReport {
  total: TimexScores;
  documents: TimexDocReport[];
  /** Gold expressions no system expression overlaps. */
  misses: TimexMiss[];
  /** System expressions overlapping no gold expression. */
  spurious: TimexMiss[];
  wrongValues: TimexMismatch[];
  wrongTypes: TimexMismatch[];
  /** Relaxed matches whose offsets differ from gold (strict-span errors). */
  wrongSpans: TimexMismatch[];
}

type SystemTimex = Pick<Timex, 'start' | 'end' | 'text' | 'type' | 'value'>;

export interface TimexEvalDoc {
  id: string;
  gold: GoldTimex[];
  system: SystemTimex[];
  /** The document text, to show each miss in context. */
  text?: string;
}

export function prf(correct: number, system: number, gold: number): PRF {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function scores(counts: Counts): TimexScores {
  return {
    counts,
    strict: prf(counts.strict, counts.system, counts.gold),
    relaxed: prf(counts.relaxed, counts.system, counts.gold),
    value: prf(counts.value, counts.system, counts.gold),
    type: prf(counts.type, counts.system, counts.gold),
  };
}

/** Months and seconds per TIMEX3 duration unit; a month and a day are not convertible, so a length is a pair. */
const DATE_UNITS: Readonly<Record<string, readonly [number, number]>> = {
  L: [12000, 0], C: [1200, 0], E: [120, 0], Y: [12, 0], Q: [3, 0], M: [1, 0], W: [0, 7 * 86400], D: [0, 86400],
};
const TIME_UNITS: Readonly<Record<string, number>> = { H: 3600, M: 60, S: 1 };

/** The length of a TIMEX3 duration (`P2Y6M`, `P2.5Y`, `PT24H`) as months and seconds; null when not numeric. */
export function durationLength(value: string): { months: number; seconds: number } | null {
  const m = /^P(?:((?:\d+(?:\.\d+)?[LCEYQMWD])*))?(?:T((?:\d+(?:\.\d+)?[HMS])+))?$/.exec(value);
  if (!m || value === 'P' || value === 'PT') return null;
  let months = 0;
  let seconds = 0;
  for (const [, n, u] of (m[1] ?? '').matchAll(/(\d+(?:\.\d+)?)([LCEYQMWD])/g)) {
    const [mo, s] = DATE_UNITS[u!]!;
    months += Number(n) * mo;
    seconds += Number(n) * s;
  }
  for (const [, n, u] of (m[2] ?? '').matchAll(/(\d+(?:\.\d+)?)([HMS])/g)) seconds += Number(n) * TIME_UNITS[u!]!;
  return { months, seconds };
}

/**
 * Spelling variants of one value: an unpadded week number (`2000-W7` is `2000-W07`) and a whole hour
 * written without its minutes (`1989-11-06T17` is `1989-11-06T17:00`, as "5 p.m." says).
 */
const canonical = (value: string): string => value.replace(/^(\d{4}-W)(\d)(?!\d)/, '$10$2').replace(/(T\d{2})$/, '$1:00');

/**
 * Value equality as TimeML defines the values, not as strings: a week number with or without its leading
 * zero, an hour with or without `:00`, and durations of the same length however written (`P2Y6M` = `P2.5Y` = `P30M`, `PT24H` = `P1D`,
 * `P1E` = `P10Y`). Everything else must match exactly.
 */
export function sameTimexValue(a: string, b: string): boolean {
  if (a === b) return true;
  if (canonical(a) === canonical(b)) return true;
  const da = durationLength(a);
  const db = durationLength(b);
  return da !== null && db !== null && Math.abs(da.months - db.months) < 1e-9 && Math.abs(da.seconds - db.seconds) < 1e-6;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;

const CONTEXT_CHARS = 50;

const asMiss = (doc: string, t: SystemTimex | GoldTimex, text?: string): TimexMiss => ({
  doc,
  start: t.start,
  end: t.end,
  text: t.text,
  type: t.type,
  value: t.value,
  ...(text === undefined
    ? {}
    : {
        context: `${text.slice(Math.max(0, t.start - CONTEXT_CHARS), t.start)}[${text.slice(t.start, t.end)}]${text.slice(t.end, t.end + CONTEXT_CHARS)}`,
      }),
});

export interface TimexEvalOptions {
  /** Compare values as strings, as the TempEval-3 scorer does (`2000-W7` and `2000-W07` then differ). */
  exactValues?: boolean;
}

export function evaluateTimex(docs: ReadonlyArray<TimexEvalDoc>, options: TimexEvalOptions = {}): TimexReport {
  const equalValues = options.exactValues ? (a: string, b: string) => a === b : sameTimexValue;
  const total: Counts = { gold: 0, system: 0, strict: 0, relaxed: 0, value: 0, type: 0 };
  const report: TimexReport = { total: scores(total), documents: [], misses: [], spurious: [], wrongValues: [], wrongTypes: [], wrongSpans: [] };
  for (const doc of docs) {
    const gold = [...doc.gold].sort((a, b) => a.start - b.start || a.end - b.end);
    const system = [...doc.system].sort((a, b) => a.start - b.start || a.end - b.end);
    const counts: Counts = { gold: gold.length, system: system.length, strict: 0, relaxed: 0, value: 0, type: 0 };
    const used = new Set<number>();
    // One-to-one: each gold takes the first unused overlapping system expression, preferring an
    // exact match. Both lists are sorted, so the scan window only moves forward.
    let from = 0;
    for (const g of gold) {
      while (from < system.length && system[from]!.end <= g.start) {
        if (!used.has(from)) report.spurious.push(asMiss(doc.id, system[from]!, doc.text));
        used.add(from);
        from++;
      }
      let match = -1;
      for (let k = from; k < system.length && system[k]!.start < g.end; k++) {
        if (used.has(k) || !overlaps(system[k]!, g)) continue;
        if (match === -1) match = k;
        if (system[k]!.start === g.start && system[k]!.end === g.end) {
          match = k;
          break;
        }
      }
      if (match === -1) {
        report.misses.push(asMiss(doc.id, g, doc.text));
        continue;
      }
      used.add(match);
      const s = system[match]!;
      counts.relaxed++;
      if (s.start === g.start && s.end === g.end) counts.strict++;
      else report.wrongSpans.push({ doc: doc.id, gold: asMiss(doc.id, g), system: asMiss(doc.id, s, doc.text) });
      if (equalValues(s.value, g.value)) counts.value++;
      else report.wrongValues.push({ doc: doc.id, gold: asMiss(doc.id, g), system: asMiss(doc.id, s, doc.text) });
      if (s.type === g.type) counts.type++;
      else report.wrongTypes.push({ doc: doc.id, gold: asMiss(doc.id, g), system: asMiss(doc.id, s, doc.text) });
    }
    system.forEach((s, k) => {
      if (!used.has(k) && !gold.some((g) => overlaps(g, s))) report.spurious.push(asMiss(doc.id, s, doc.text));
    });
    for (const k of Object.keys(total) as Array<keyof Counts>) total[k] += counts[k];
    report.documents.push({ id: doc.id, ...scores(counts) });
  }
  report.total = scores(total);
  return report;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);

export function formatTimexReport(report: TimexReport, { verbose }: { verbose: boolean }): string {
  const lines: string[] = [];
  const row = (name: string, s: TimexScores) =>
    `${name.padEnd(32)} ${String(s.counts.gold).padStart(5)} ${String(s.counts.system).padStart(5)}  ` +
    `${pct(s.strict.f1)}  ${pct(s.relaxed.precision)} ${pct(s.relaxed.recall)} ${pct(s.relaxed.f1)}  ${pct(s.value.f1)}  ${pct(s.type.f1)}`;
  lines.push(`${'document'.padEnd(32)} ${'gold'.padStart(5)} ${'sys'.padStart(5)}  strF1  relP  relR  relF1  valF1  typF1`);
  if (verbose || report.documents.length <= 20) for (const d of report.documents) lines.push(row(d.id, d));
  lines.push(row(`TOTAL (${report.documents.length} documents)`, report.total));
  const t = report.total;
  lines.push(
    '',
    `strict span  P ${pct(t.strict.precision)}  R ${pct(t.strict.recall)}  F1 ${pct(t.strict.f1)}`,
    `relaxed span P ${pct(t.relaxed.precision)}  R ${pct(t.relaxed.recall)}  F1 ${pct(t.relaxed.f1)}`,
    `value        P ${pct(t.value.precision)}  R ${pct(t.value.recall)}  F1 ${pct(t.value.f1)}`,
    `type         P ${pct(t.type.precision)}  R ${pct(t.type.recall)}  F1 ${pct(t.type.f1)}`,
    `misses ${report.misses.length}, spurious ${report.spurious.length}, wrong values ${report.wrongValues.length}, ` +
      `wrong types ${report.wrongTypes.length}, wrong spans ${report.wrongSpans.length}`,
  );
  if (verbose) {
    const q = (s: string) => JSON.stringify(s.replace(/\s+/g, ' '));
    const ctx = (m: TimexMiss) => (m.context === undefined ? '' : `  ${q(m.context)}`);
    lines.push('', 'misses (gold without a system overlap):');
    for (const m of report.misses) lines.push(`  ${m.doc}  ${q(m.text)}  ${m.type} ${m.value}${ctx(m)}`);
    lines.push('', 'spurious (system without a gold overlap):');
    for (const m of report.spurious) lines.push(`  ${m.doc}  ${q(m.text)}  ${m.type} ${m.value}${ctx(m)}`);
    lines.push('', 'wrong values (gold -> system):');
    for (const m of report.wrongValues) {
      lines.push(`  ${m.doc}  ${q(m.gold.text)} ${m.gold.value} -> ${q(m.system.text)} ${m.system.value}${ctx(m.system)}`);
    }
    lines.push('', 'wrong spans (gold -> system):');
    for (const m of report.wrongSpans) lines.push(`  ${m.doc}  ${q(m.gold.text)} -> ${q(m.system.text)}${ctx(m.system)}`);
    lines.push('', 'wrong types (gold -> system):');
    for (const m of report.wrongTypes) {
      lines.push(`  ${m.doc}  ${q(m.gold.text)} ${m.gold.type} -> ${q(m.system.text)} ${m.system.type}${ctx(m.system)}`);
    }
  }
  return lines.join('\n');
}

async function tmlFiles(path: string): Promise<string[]> {
  const s = await stat(path);
  if (!s.isDirectory()) return [path];
  const out: string[] = [];
  for (const entry of (await readdir(path)).sort()) {
    const full = join(path, entry);
    if ((await stat(full)).isDirectory()) out.push(...(await tmlFiles(full)));
    else if (entry.endsWith('.tml')) out.push(full);
  }
  return out;
}

/** Reads .tml files (directories recursively), tags each text with its DCT, and scores. */
export async function evaluateTimexFiles(paths: string[], options: TimexEvalOptions = {}): Promise<TimexReport> {
  const docs: TimexEvalDoc[] = [];
  for (const p of paths) {
    for (const file of await tmlFiles(p)) {
      const { article, gold } = parseTimeML(await readFile(file, 'utf8'), file);
      docs.push({ id: article.id, gold, system: tagTimes(article.text, article.publishedAt), text: article.text });
    }
  }
  return evaluateTimex(docs, options);
}
