/** Parsing and validating option values; every failure is a UsageError naming the option. */
import { format, isValid, parse } from 'date-fns';
import { UsageError } from '../model/errors.js';
import { EVENT_STATUSES, EVENT_TYPES, type EventStatus, type EventType } from '../model/types.js';

/** A calendar day `YYYY-MM-DD` that exists (2011-02-30 does not), with a sane year. */
export function isoDay(value: string, option: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parse(value, 'yyyy-MM-dd', new Date(2000, 0, 1)) : null;
  if (!d || !isValid(d) || format(d, 'yyyy-MM-dd') !== value) {
    throw new UsageError(`${option}: "${value}" is not a calendar day (expected YYYY-MM-DD)`);
  }
  const year = d.getFullYear();
  if (year < 1000 || year > 2200) throw new UsageError(`${option}: year ${year} is out of range (1000-2200)`);
  return value;
}

export function positiveInt(value: string, option: string, max = 1_000_000): number {
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
    throw new UsageError(`${option}: "${value}" is not a whole number between 1 and ${max}`);
  }
  return Number(value);
}

function listOf<T extends string>(value: string, allowed: readonly T[], option: string): T[] {
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  const byLower = new Map(allowed.map((a) => [a.toLowerCase(), a]));
  return items.map((item) => {
    const hit = byLower.get(item.toLowerCase());
    if (!hit) throw new UsageError(`${option}: unknown value "${item}" (expected ${allowed.join(', ')})`);
    return hit;
  });
}

export const eventTypes = (v: string): EventType[] => listOf(v, EVENT_TYPES, '--type');
export const eventStatuses = (v: string): EventStatus[] => listOf(v, EVENT_STATUSES, '--status');

/** `--param key=value`, repeatable. */
export function collectParam(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--param: "${value}" is not key=value`);
  return { ...previous, [value.slice(0, eq)]: value.slice(eq + 1) };
}
