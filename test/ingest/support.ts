/** Helpers for the ingest tests: a small corpus as JSONL, and the built CLI run asynchronously. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { BIN } from '../e2e/cli.js';
import { PROJECT_ROOT, sharedPath } from '../support/shared.js';

/** The first `n` Reuters articles when ../shared has them, else `n` generated ones. Returns the JSONL lines. */
export function corpusLines(n: number): string[] {
  const reuters = sharedPath('corpora/reuters21578/reuters21578.jsonl');
  if (reuters) return readFileSync(reuters, 'utf8').split('\n').filter(Boolean).slice(0, n);
  return Array.from({ length: n }, (_, i) => JSON.stringify(generatedArticle(i)));
}

const PEOPLE = ['Kim Jong-il', 'Vladimir Putin', 'Dmitry Medvedev', 'Hu Jintao', 'Barack Obama', 'Angela Merkel'];
const PLACES = ['Moscow', 'Beijing', 'Berlin', 'Vladivostok', 'Washington'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

export function generatedArticle(i: number): { id: string; title: string; publishedAt: string; source: string; text: string } {
  const a = PEOPLE[i % PEOPLE.length]!;
  const b = PEOPLE[(i * 7 + 3) % PEOPLE.length]!;
  const place = PLACES[i % PLACES.length]!;
  const day = DAYS[i % DAYS.length]!;
  const month = String(1 + (i % 12)).padStart(2, '0');
  return {
    id: `gen-${i}`,
    title: `${a} and ${b} in ${place}`,
    publishedAt: `2011-${month}-15`,
    source: 'generated',
    text: `${a} met ${b} in ${place} on ${day}, officials said. ${a} will visit ${place} next month. Trade figures rose ${i % 9} percent in ${month}/2011.`,
  };
}

export function idsOf(lines: string[]): string[] {
  return lines.map((l) => (JSON.parse(l) as { id: string }).id);
}

export function writeJsonl(path: string, lines: string[]): string {
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the built CLI; `done` resolves when it exits. */
export function start(args: string[], env: Record<string, string> = {}): { child: ChildProcess; done: Promise<Finished>; stderr: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { cwd: PROJECT_ROOT, env: { ...process.env, EVENTLINE_STORE: '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<Finished>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done, stderr: () => stderr };
}

export function run(args: string[], env: Record<string, string> = {}): Promise<Finished> {
  return start(args, env).done;
}

/** The `saved` count of the last NDJSON progress line in `stderr` (0 when none). */
export function lastSaved(stderr: string): number {
  let saved = 0;
  for (const line of stderr.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      saved = Math.max(saved, (JSON.parse(line) as { saved: number }).saved);
    } catch {
      /* a line cut by the kill */
    }
  }
  return saved;
}
