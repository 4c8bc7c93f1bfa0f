/** The terminal progress bar (cli-progress), rendered at most 10 times a second. */
import cliProgress from 'cli-progress';
import { rate, type ProgressReporter, type ProgressState } from './index.js';

interface Payload {
  state: ProgressState;
  elapsedMs: number;
}

/** One bar line (pure): `[=====-----] 1,234/19,042 articles | 1,502/s | ETA 12s | 3,210 events | saved 1,000`. */
export function barLine(state: ProgressState, elapsedMs: number, barsize = 24): string {
  const r = rate(state.articles, elapsedMs);
  const n = (x: number) => x.toLocaleString('en-US');
  const parts: string[] = [];
  if (state.total !== null && state.total > 0) {
    const frac = Math.min(1, state.articles / state.total);
    const done = Math.round(frac * barsize);
    const eta = r > 0 ? Math.max(0, (state.total - state.articles) / r) : null;
    parts.push(`[${'='.repeat(done)}${'-'.repeat(barsize - done)}] ${n(state.articles)}/~${n(state.total)} articles`);
    parts.push(`${n(r)}/s`);
    parts.push(`ETA ${eta === null ? '?' : formatSeconds(eta)}`);
  } else {
    parts.push(`${n(state.articles)} articles`, `${n(r)}/s`);
  }
  parts.push(`${n(state.events)} events`, `saved ${n(state.saved)}`);
  if (state.failed > 0) parts.push(`${n(state.failed)} failed`);
  return parts.join(' | ');
}

export function formatSeconds(s: number): string {
  if (s < 60) return `${Math.round(s)}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(Math.round(s % 60)).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function barReporter(stream: NodeJS.WritableStream): ProgressReporter {
  const start = performance.now();
  const bar = new cliProgress.SingleBar({
    stream,
    fps: 10,
    hideCursor: null,
    clearOnComplete: false,
    format: (_options, _params, payload: Payload) => barLine(payload.state, payload.elapsedMs),
  });
  const payload = (state: ProgressState): Payload => ({ state, elapsedMs: performance.now() - start });
  let started = false;
  return {
    update(state) {
      if (!started) {
        started = true;
        bar.start(state.total ?? 0, state.articles, payload(state));
      } else bar.update(state.articles, payload(state));
    },
    finish(state) {
      if (!started) bar.start(state.total ?? 0, state.articles, payload(state));
      bar.update(state.articles, payload({ ...state, total: state.articles }));
      bar.stop();
    },
  };
}
