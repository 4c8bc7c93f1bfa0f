/**
 * NDJSON progress lines: at most one every `intervalMs` (500), plus a final one. An update that comes too soon
 * is not lost: the latest state goes out as soon as the interval allows (a trailing throttle).
 */
import { rate, type ProgressReporter, type ProgressState, type ProgressTarget } from './index.js';

export interface ProgressLine {
  articles: number;
  saved: number;
  events: number;
  failed: number;
  /** Articles per second since the start. */
  rate: number;
  elapsedMs: number;
  total?: number;
  done?: true;
}

/** The line for a state (pure). */
export function progressLine(state: ProgressState, elapsedMs: number, done = false): ProgressLine {
  const line: ProgressLine = {
    articles: state.articles,
    saved: state.saved,
    events: state.events,
    failed: state.failed,
    rate: rate(state.articles, elapsedMs),
    elapsedMs: Math.round(elapsedMs),
  };
  if (state.total !== null) line.total = state.total;
  if (done) line.done = true;
  return line;
}

export function jsonReporter(stream: ProgressTarget, intervalMs = 500, now: () => number = () => performance.now()): ProgressReporter {
  const start = now();
  let last = -Infinity;
  let pending: ProgressState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const emit = (state: ProgressState) => {
    last = now();
    pending = null;
    stream.write(JSON.stringify(progressLine(state, last - start)) + '\n');
  };
  return {
    update(state) {
      const wait = last + intervalMs - now();
      if (wait <= 0) {
        emit(state);
        return;
      }
      pending = state;
      if (!timer) {
        timer = setTimeout(() => {
          timer = null;
          if (pending) emit(pending);
        }, wait);
        timer.unref();
      }
    },
    finish(state) {
      if (timer) clearTimeout(timer);
      timer = null;
      pending = null;
      stream.write(JSON.stringify(progressLine(state, now() - start, true)) + '\n');
    },
  };
}
