/**
 * The CLI ingest: `--workers 2` gives a graph byte-identical to `--workers 1`; `--progress json` prints NDJSON
 * lines on stderr with a final one; bad option values are one clear error.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { corpusLines, run, writeJsonl } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'eventline-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = writeJsonl(join(dir, 'articles.jsonl'), corpusLines(400));

describe('ingest --workers', () => {
  it('--workers 2 and --workers 1 give byte-identical graphs', async () => {
    const exports: string[] = [];
    for (const workers of ['1', '2']) {
      const store = join(dir, `w${workers}.json`);
      const r = await run(['ingest', input, '--store', store, '--workers', workers, '--checkpoint', '50', '--progress', 'none']);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stderr).toMatch(/ingested 400 article\(s\) in .*: 400 added, .* 400 saved/);
      exports.push((await run(['export', '--store', store])).stdout);
    }
    expect(exports[0]!.length).toBeGreaterThan(1000);
    expect(exports[1] === exports[0]).toBe(true);
  });

  it('--progress json: NDJSON lines with counts, the last one final and complete', async () => {
    const r = await run(['ingest', input, '--store', join(dir, 'json.json'), '--workers', '2', '--progress', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line).toEqual(expect.objectContaining({ articles: expect.any(Number), saved: expect.any(Number), events: expect.any(Number), rate: expect.any(Number), elapsedMs: expect.any(Number) }));
      expect(line.saved).toBeLessThanOrEqual(line.articles);
    }
    expect(lines.at(-1)).toMatchObject({ articles: 400, saved: 400, total: 400, done: true });
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^ingested 400 article/);
  });

  it('piped, the default shows no progress, only the summary; --quiet prints nothing', async () => {
    const store = join(dir, 'quiet.json');
    const r = await run(['ingest', input, '--store', store]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const q = await run(['ingest', input, '--store', store, '--quiet']);
    expect(q.code, q.stderr).toBe(0);
    expect(q.stderr).toBe('');
  });

  it.each([
    [['--workers', '0'], '--workers'],
    [['--progress', 'fancy'], '--progress: unknown mode "fancy"'],
    [['--lock-timeout', '-1'], '--lock-timeout'],
    [['--checkpoint', 'x'], '--checkpoint'],
  ])('%j is one clear error', async (args, message) => {
    const r = await run(['ingest', input, '--store', join(dir, 'bad.json'), ...args]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
