/**
 * Output formats are pure functions picked by name. An unknown format is a UsageError, never a fallback.
 */
import { UsageError } from '../model/errors.js';
import type { TimelineEvent } from '../store/store.js';

export type Row = Record<string, unknown>;

export function pickFormat<T extends string>(name: string, allowed: readonly T[], option = '--format'): T {
  if ((allowed as readonly string[]).includes(name)) return name as T;
  throw new UsageError(`${option}: unknown format "${name}" (expected one of: ${allowed.join(', ')})`);
}

/** "2011-06-27", "2011-05" (a month), "2001" (a year), "2011-06-29..2011-07-01", or "undated". */
export function displayDate(e: Pick<TimelineEvent, 'startDate' | 'endDate' | 'precision'>): string {
  if (!e.startDate || !e.endDate) return 'undated';
  if (e.startDate === e.endDate) return e.startDate;
  if (e.precision === 'year' && e.startDate.endsWith('-01-01') && e.endDate.endsWith('-12-31') && e.startDate.slice(0, 4) === e.endDate.slice(0, 4)) {
    return e.startDate.slice(0, 4);
  }
  if (e.precision === 'month' && e.startDate.slice(0, 7) === e.endDate.slice(0, 7) && e.startDate.endsWith('-01')) {
    return e.startDate.slice(0, 7);
  }
  return `${e.startDate}..${e.endDate}`;
}

export function timelineRows(events: readonly TimelineEvent[]): Row[] {
  return events.map((e) => ({
    date: displayDate(e),
    type: e.type,
    status: e.status,
    participants: e.participants.map((p) => (p.role === 'participant' ? p.name : `${p.name} (${p.role})`)).join('; '),
    place: e.place?.name ?? '',
    sources: e.sources.length,
  }));
}

export function formatTable(rows: readonly Row[], columns?: string[]): string {
  if (rows.length === 0) return '';
  const cols = columns ?? Object.keys(rows[0]!);
  const cells = rows.map((r) => cols.map((c) => cellText(r[c])));
  const widths = cols.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i]!.length)));
  const line = (vals: string[]) => vals.map((v, i) => v.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

export function formatCsv(rows: readonly Row[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const esc = (v: unknown) => {
    const s = cellText(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [cols.join(','), ...rows.map((r) => cols.map((c) => esc(r[c])).join(','))].join('\n') + '\n';
}

export function formatMarkdown(rows: readonly Row[], columns?: string[]): string {
  const cols = columns ?? (rows[0] ? Object.keys(rows[0]) : []);
  const esc = (v: unknown) => cellText(v).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return (
    [`| ${cols.join(' | ')} |`, `| ${cols.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${cols.map((c) => esc(r[c])).join(' | ')} |`)].join('\n') +
    '\n'
  );
}

export function formatJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

export const TIMELINE_FORMATS = ['table', 'json', 'csv', 'md'] as const;
export type TimelineFormat = (typeof TIMELINE_FORMATS)[number];

export function formatTimeline(events: readonly TimelineEvent[], format: TimelineFormat): string {
  switch (format) {
    case 'json':
      return formatJson(events);
    case 'csv':
      return formatCsv(
        events.map((e) => ({
          id: e.id,
          startDate: e.startDate ?? '',
          endDate: e.endDate ?? '',
          precision: e.precision ?? '',
          type: e.type,
          status: e.status,
          participants: e.participants.map((p) => `${p.name} (${p.role})`).join('; '),
          place: e.place?.name ?? '',
          articles: e.sources.map((s) => s.articleId).join('; '),
          evidence: e.sources[0]?.sentence ?? e.summary,
        })),
      );
    case 'md':
      return formatMarkdown(timelineRows(events));
    case 'table':
      return formatTable(timelineRows(events));
  }
}
