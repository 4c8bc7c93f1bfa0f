import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreError } from '../../src/model/errors.js';
import { acquireStoreLock, currentLockHolder, lockPathFor } from '../../src/store/lock.js';

const dir = mkdtempSync(join(tmpdir(), 'eventline-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('store lock', () => {
  it('writes pid, hostname and start time beside the store, and release removes it', async () => {
    const store = join(dir, 'a', 'graph.json');
    const lock = await acquireStoreLock(store, { timeoutMs: 0 });
    expect(lock.path).toBe(`${store}.lock`);
    expect(JSON.parse(readFileSync(lock.path, 'utf8'))).toEqual({ pid: process.pid, hostname: hostname(), startedAt: lock.holder.startedAt });
    expect(currentLockHolder(store)).toEqual(lock.holder);
    lock.release();
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
  });

  it('a held lock makes the next taker wait, then fail with a retriable StoreError', async () => {
    const store = join(dir, 'b.json');
    const lock = await acquireStoreLock(store);
    const waits: unknown[] = [];
    const err = await acquireStoreLock(store, { timeoutMs: 50, pollMs: 10, onWait: (h) => waits.push(h) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect((err as StoreError).retriable).toBe(true);
    expect((err as StoreError).message).toContain(`locked by pid ${process.pid}`);
    expect(waits).toEqual([lock.holder]);
    lock.release();
  });

  it('a waiter gets the lock once the holder releases it', async () => {
    const store = join(dir, 'c.json');
    const first = await acquireStoreLock(store);
    const second = acquireStoreLock(store, { timeoutMs: 5_000, pollMs: 5 });
    setTimeout(() => first.release(), 30);
    const lock = await second;
    expect(currentLockHolder(store)).toEqual(lock.holder);
    lock.release();
  });

  it('breaks a lock whose holder is dead, never one on another host', async () => {
    const store = join(dir, 'd.json');
    writeFileSync(lockPathFor(store), JSON.stringify({ pid: 2 ** 22 + 17, hostname: hostname(), startedAt: 'then' }));
    const stale: unknown[] = [];
    const lock = await acquireStoreLock(store, { timeoutMs: 0, onStale: (h) => stale.push(h) });
    expect(stale).toHaveLength(1);
    lock.release();
    writeFileSync(lockPathFor(store), JSON.stringify({ pid: 2 ** 22 + 17, hostname: `not-${hostname()}`, startedAt: 'then' }));
    await expect(acquireStoreLock(store, { timeoutMs: 0 })).rejects.toBeInstanceOf(StoreError);
  });

  it('release leaves alone a lock that is no longer ours', async () => {
    const store = join(dir, 'e.json');
    const lock = await acquireStoreLock(store);
    const other = JSON.stringify({ pid: 1, hostname: 'elsewhere', startedAt: 'now' });
    writeFileSync(lock.path, other);
    lock.release();
    expect(readFileSync(lock.path, 'utf8')).toBe(other);
  });
});
