/**
 * Concurrency (issue 8 item 4): two `ingest` processes at once on one embedded store give the graph of running
 * them one after the other; the second waits for the lock. A live holder with --lock-timeout 0 fails clearly,
 * a dead holder's lock is recovered, and readers take no lock.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusLines, run, start, writeJsonl } from '../ingest/support.js';

const dir = mkdtempSync(join(tmpdir(), 'eventline-concurrency-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = corpusLines(240);
const a = writeJsonl(join(dir, 'a.jsonl'), lines.slice(0, 120));
const b = writeJsonl(join(dir, 'b.jsonl'), lines.slice(120));

async function sequential(first: string, second: string, name: string): Promise<string> {
  const store = join(dir, name);
  for (const input of [first, second]) {
    const r = await run(['ingest', input, '--store', store, '--progress', 'none']);
    expect(r.code, r.stderr).toBe(0);
  }
  return (await run(['export', '--store', store])).stdout;
}

function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('concurrent ingest on one store', () => {
  it('two processes at once give the graph of one after the other', async () => {
    const store = join(dir, 'both.json');
    const p1 = start(['ingest', a, '--store', store, '--workers', '2', '--checkpoint', '10', '--progress', 'none']);
    const p2 = start(['ingest', b, '--store', store, '--workers', '1', '--checkpoint', '10', '--progress', 'none']);
    const [r1, r2] = await Promise.all([p1.done, p2.done]);
    expect(r1.code, r1.stderr).toBe(0);
    expect(r2.code, r2.stderr).toBe(0);
    expect(r1.stderr + r2.stderr).toMatch(/120 added/);
    expect(existsSync(`${store}.lock`)).toBe(false);
    const together = (await run(['export', '--store', store])).stdout;
    const ab = await sequential(a, b, 'ab.json');
    const ba = await sequential(b, a, 'ba.json');
    expect(together === ab || together === ba, 'the concurrent graph is neither a-then-b nor b-then-a').toBe(true);
  });

  it('a live holder and --lock-timeout 0: fails at once, naming the holder; readers still read', async () => {
    const store = join(dir, 'held.json');
    expect((await run(['ingest', a, '--store', store, '--progress', 'none'])).code).toBe(0);
    writeFileSync(`${store}.lock`, JSON.stringify({ pid: process.pid, hostname: hostname(), startedAt: '2011-06-27T00:00:00.000Z' }));
    const r = await run(['ingest', b, '--store', store, '--lock-timeout', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`locked by pid ${process.pid} on ${hostname()}`);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const stats = await run(['stats', '--store', store, '--format', 'json']);
    expect(stats.code, stats.stderr).toBe(0);
    expect(JSON.parse(stats.stdout).articles).toBe(120);
    rmSync(`${store}.lock`);
  });

  it('a lock left by a dead process is recovered', async () => {
    const store = join(dir, 'stale.json');
    const pid = deadPid();
    writeFileSync(`${store}.lock`, JSON.stringify({ pid, hostname: hostname(), startedAt: '2011-06-27T00:00:00.000Z' }));
    writeFileSync(`${store}.tmp-${pid}`, '{"half-written'); // what a kill during a save leaves
    const r = await run(['ingest', a, '--store', store, '--lock-timeout', '0']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`removed a stale lock`);
    expect(existsSync(`${store}.lock`)).toBe(false);
    expect(existsSync(`${store}.tmp-${pid}`)).toBe(false);
  });
});
