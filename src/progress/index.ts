/**
 * Progress of a long run, on stderr. Modes, picked by name (an unknown one is an error):
 *
 *   bar   a cli-progress bar (articles, articles/s, ETA when the total is known or estimated, events, saved)
 *   json  NDJSON lines `{"articles":..,"saved":..,"events":..,"failed":..,"rate":..,"elapsedMs":..}`,
 *         at most one every 500 ms, plus a final one with `"done": true`
 *   none  nothing (the command still prints its summary line)
 *   auto  bar when stderr is a TTY, else none
 *
 * `saved` is the number of articles durable in the store (through the last checkpoint); `articles` counts
 * those processed, some of which may not be saved yet.
 */
import { UsageError } from '../model/errors.js';
import { barReporter } from './bar.js';
import { jsonReporter } from './json.js';

export const PROGRESS_MODES = ['auto', 'bar', 'json', 'none'] as const;
export type ProgressMode = (typeof PROGRESS_MODES)[number];

export interface ProgressState {
  articles: number;
  saved: number;
  events: number;
  failed: number;
  /** Total articles expected, when known or estimated; null when unknown. */
  total: number | null;
}

export interface ProgressReporter {
  update(state: ProgressState): void;
  /** The last state: prints a final line (json) or stops the bar. */
  finish(state: ProgressState): void;
}

export function parseProgressMode(value: string): ProgressMode {
  const mode = PROGRESS_MODES.find((m) => m === value);
  if (!mode) throw new UsageError(`--progress: unknown mode "${value}" (expected ${PROGRESS_MODES.join(', ')})`);
  return mode;
}

export interface ProgressTarget {
  write(text: string): unknown;
  isTTY?: boolean;
}

/** `auto` resolved against the stream: bar on a terminal, none otherwise. */
export function resolveMode(mode: ProgressMode, stream: ProgressTarget): Exclude<ProgressMode, 'auto'> {
  if (mode !== 'auto') return mode;
  return stream.isTTY ? 'bar' : 'none';
}

export function createProgress(mode: ProgressMode, stream: ProgressTarget & NodeJS.WritableStream): ProgressReporter {
  switch (resolveMode(mode, stream)) {
    case 'bar':
      return barReporter(stream);
    case 'json':
      return jsonReporter(stream);
    case 'none':
      return { update: () => undefined, finish: () => undefined };
  }
}

/** Articles per second, rounded to a tenth. */
export function rate(articles: number, elapsedMs: number): number {
  return elapsedMs > 0 ? Math.round((articles / elapsedMs) * 10_000) / 10 : 0;
}

export { totalEstimator, type TotalEstimator } from './estimate.js';
