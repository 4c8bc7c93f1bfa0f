/**
 * A writer's lock on an embedded store file: `<store>.lock` beside it, created with O_EXCL and holding
 * `{ pid, hostname, startedAt }`. One writer at a time; readers (timeline, export, stats) take no lock,
 * since the store file is only ever replaced atomically.
 *
 *     const lock = await acquireStoreLock('/data/graph.json', { timeoutMs: 600_000 });
 *     try { ...open, write, flush... } finally { lock.release(); }
 *
 * A lock whose holder is dead (same host, pid no longer running) is stale: it is broken and taken over.
 * Breaking goes through a second O_EXCL file (`<store>.lock.break`) so that two waiters never both break
 * the lock and then both take it. A lock held on another host is never broken automatically.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { StoreError } from '../model/errors.js';

export interface LockHolder {
  pid: number;
  hostname: string;
  /** ISO instant the holder took the lock. */
  startedAt: string;
}

export interface LockOptions {
  /** How long to wait for a live holder, in ms (0: fail at once). Default 10 minutes. */
  timeoutMs?: number;
  /** Polling interval while waiting, in ms. Default 200. */
  pollMs?: number;
  /** Called once when the lock is found held, before waiting. */
  onWait?: (holder: LockHolder | null) => void;
  /** Called when a stale lock (dead holder) is broken. */
  onStale?: (holder: LockHolder | null) => void;
}

export interface StoreLock {
  readonly path: string;
  readonly holder: LockHolder;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

/** A lock file whose content cannot be read is considered stale after this age (its writer died mid-write). */
const UNREADABLE_STALE_MS = 5_000;
/** A break file older than this was left by a process that died while breaking: remove it. */
const BREAK_STALE_MS = 10_000;

export function lockPathFor(storePath: string): string {
  return `${storePath}.lock`;
}

/** Takes the lock of `storePath`, waiting up to `timeoutMs` for a live holder; throws a StoreError on timeout. */
export async function acquireStoreLock(storePath: string, options: LockOptions = {}): Promise<StoreLock> {
  const path = lockPathFor(storePath);
  const timeoutMs = options.timeoutMs ?? 600_000;
  const pollMs = options.pollMs ?? 200;
  const deadline = Date.now() + timeoutMs;
  mkdirSync(dirname(path), { recursive: true });
  let waited = false;
  for (;;) {
    const mine = tryCreate(path);
    if (mine) return mine;
    const holder = readHolder(path);
    if (isStale(path, holder)) {
      if (breakStaleLock(path, holder)) {
        options.onStale?.(holder);
        removeLeftoverTemp(storePath, holder);
      } else {
        await sleep(10); // another waiter is breaking it
      }
      continue;
    }
    if (Date.now() >= deadline) {
      throw new StoreError(
        `${storePath}: the store is locked by ${describeHolder(holder)} (lock file ${path}); ` +
          `waited ${Math.round(timeoutMs / 1000)}s. If no such process runs, remove the lock file`,
        true,
      );
    }
    if (!waited) {
      waited = true;
      options.onWait?.(holder);
    }
    await sleep(Math.min(pollMs, Math.max(1, deadline - Date.now())));
  }
}

/** Who holds the lock of `storePath` now, or null when it is free (or unreadable). */
export function currentLockHolder(storePath: string): LockHolder | null {
  return readHolder(lockPathFor(storePath));
}

export function describeHolder(holder: LockHolder | null): string {
  if (!holder) return 'another process (lock file unreadable)';
  return `pid ${holder.pid} on ${holder.hostname} since ${holder.startedAt}`;
}

// ------------------------------------------------------------------ internals

function tryCreate(path: string): StoreLock | null {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return null;
    throw new StoreError(`${path}: cannot create the lock file (${(err as Error).message})`);
  }
  const holder: LockHolder = { pid: process.pid, hostname: hostname(), startedAt: new Date().toISOString() };
  try {
    writeSync(fd, JSON.stringify(holder) + '\n');
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  let released = false;
  return {
    path,
    holder,
    release() {
      if (released) return;
      released = true;
      const now = readHolder(path);
      if (now && now.pid === holder.pid && now.hostname === holder.hostname && now.startedAt === holder.startedAt) {
        unlinkQuiet(path);
      }
    },
  };
}

function readHolder(path: string): LockHolder | null {
  try {
    const data = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockHolder>;
    if (typeof data.pid !== 'number' || typeof data.hostname !== 'string' || typeof data.startedAt !== 'string') return null;
    return { pid: data.pid, hostname: data.hostname, startedAt: data.startedAt };
  } catch {
    return null;
  }
}

function isStale(path: string, holder: LockHolder | null): boolean {
  if (!holder) return ageMs(path) > UNREADABLE_STALE_MS;
  if (holder.hostname !== hostname()) return false;
  return !pidAlive(holder.pid);
}

export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/** Removes a stale lock under the break file; false when another process is breaking it (or already took it). */
function breakStaleLock(path: string, seen: LockHolder | null): boolean {
  const breakPath = `${path}.break`;
  let fd: number;
  try {
    fd = openSync(breakPath, 'wx');
  } catch {
    if (ageMs(breakPath) > BREAK_STALE_MS) unlinkQuiet(breakPath);
    return false;
  }
  closeSync(fd);
  try {
    // Still the same stale holder? (Another waiter may have broken it and taken the lock meanwhile.)
    const now = readHolder(path);
    const same = now === null ? seen === null : seen !== null && now.pid === seen.pid && now.startedAt === seen.startedAt;
    if (!same || !isStale(path, now)) return false;
    unlinkQuiet(path);
    return true;
  } finally {
    unlinkQuiet(breakPath);
  }
}

/** The memory store writes `<store>.tmp-<pid>` before renaming it: a holder killed mid-write leaves one behind. */
function removeLeftoverTemp(storePath: string, holder: LockHolder | null): void {
  if (holder) unlinkQuiet(`${storePath}.tmp-${holder.pid}`);
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
