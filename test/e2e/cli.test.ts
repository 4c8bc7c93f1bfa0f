import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/shared.js';
import { eventline } from './cli.js';

const SEED = join(PROJECT_ROOT, 'data', 'kim-jong-il-heads-to-russia.txt');
const dir = mkdtempSync(join(tmpdir(), 'eventline-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const store = join(dir, 'graph.json');

describe('eventline CLI', () => {
  it('extract --format jsonl prints the contract fields, one object per article', () => {
    const r = eventline(['extract', SEED, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const x = JSON.parse(lines[0]!);
    expect(Object.keys(x).sort()).toEqual(['article', 'entities', 'events', 'timexes']);
    expect(x.article).toEqual({
      id: 'jpost-kim-jong-il-heads-to-russia',
      title: 'Kim Jong-Il heads to Russia',
      publishedAt: '2011-06-27',
      source: 'The Jerusalem Post (Reuters)',
      url: 'https://www.jpost.com/international/kim-jong-il-heads-to-russia',
    });
    const text = readFileSync(SEED, 'utf8').split('---\n').slice(2).join('---\n');
    for (const t of x.timexes) {
      expect(Object.keys(t).sort()).toEqual(['end', 'start', 'text', 'type', 'value']);
      expect(text.slice(t.start, t.end)).toBe(t.text);
    }
    for (const e of x.entities) {
      expect(e).toEqual(expect.objectContaining({ id: expect.any(String), name: expect.any(String), kind: expect.any(String), aliases: expect.any(Array), mentions: expect.any(Array) }));
    }
    expect(x.events.length).toBeGreaterThan(0);
    for (const e of x.events) {
      expect(e).toEqual(
        expect.objectContaining({ id: expect.any(String), type: expect.any(String), status: expect.any(String), participants: expect.any(Array), evidence: expect.any(Object) }),
      );
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.text);
      for (const p of e.participants) expect(Object.keys(p).sort()).toEqual(['id', 'kind', 'name', 'role']);
    }
  });

  it('extract --explain prints what the stages saw on stderr, leaving stdout unchanged', () => {
    const plain = eventline(['extract', SEED]);
    const explained = eventline(['extract', SEED, '--explain']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toBe(plain.stdout);
    expect(explained.stderr).toMatch(/^entity Person person:kim-jong-il "Kim Jong-Il" .*"Kimg Jong Il"/m);
    expect(explained.stderr).toMatch(/^timex "Wednesday" DATE 2011-06-29 2011-06-29\.\.2011-06-29 \(day\)$/m);
    expect(explained.stderr).toMatch(/^dateline Vladivostok$/m);
  });

  it('extract --format json prints one array', () => {
    const r = eventline(['extract', SEED, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveLength(1);
  });

  it('ingest, timeline (table/json/csv/md), stats and export over one store file', () => {
    expect(eventline(['ingest', SEED, '--store', store]).code).toBe(0);
    const json = eventline(['timeline', '--actor', 'Kim Jong-il', '--format', 'json', '--store', store]);
    expect(json.code).toBe(0);
    const events = JSON.parse(json.stdout);
    expect(events.length).toBeGreaterThan(0);
    expect(events[0]).toEqual(expect.objectContaining({ type: expect.any(String), participants: expect.any(Array), sources: expect.any(Array) }));
    for (const f of ['table', 'csv', 'md']) expect(eventline(['timeline', '--format', f, '--store', store]).code).toBe(0);
    const stats = JSON.parse(eventline(['stats', '--format', 'json', '--store', store]).stdout);
    expect(stats.articles).toBe(1);
    const a = eventline(['export', '--format', 'json', '--store', store]).stdout;
    const b = eventline(['export', '--format', 'json', '--store', store]).stdout;
    expect(a).toBe(b);
    const graph = JSON.parse(a);
    expect(Object.keys(graph).sort()).toEqual(['attributes', 'edges', 'nodes', 'options']);
  });

  it('exports byte-identical graphs from two independent runs', () => {
    const s1 = join(dir, 'r1.json');
    const s2 = join(dir, 'r2.json');
    eventline(['ingest', SEED, '--store', s1]);
    eventline(['ingest', SEED, '--store', s2]);
    expect(readFileSync(s1, 'utf8')).toBe(readFileSync(s2, 'utf8'));
  });

  it('exits 1 when a timeline finds nothing', () => {
    const r = eventline(['timeline', '--actor', 'Nobody At All', '--store', store]);
    expect(r.code).toBe(1);
  });

  it('exits 2 with one line naming the problem, no stack trace', () => {
    const cases: Array<[string[], RegExp]> = [
      [['timeline', '--from', '2011-02-30', '--store', store], /--from: "2011-02-30" is not a calendar day/],
      [['timeline', '--format', 'xml', '--store', store], /--format: unknown format "xml"/],
      [['timeline', '--type', 'Party', '--store', store], /--type: unknown value "Party"/],
      [['ingest', join(dir, 'missing.txt'), '--store', store], /missing\.txt.*no such file/],
      [['ingest', SEED, '--published-at', 'tomorrow', '--store', store], /--published-at/],
      [['ingest', SEED, '--checkpoint', '-5', '--store', store], /--checkpoint/],
    ];
    for (const [args, message] of cases) {
      const r = eventline(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a corrupt store is a clear error and is left untouched', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"half": ');
    const r = eventline(['ingest', SEED, '--store', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(readFileSync(bad, 'utf8')).toBe('{"half": ');
  });

  it('an article without a document date is ingested, and the CLI says its dates stay unresolved', () => {
    const undated = join(dir, 'undated.txt');
    writeFileSync(undated, 'Putin meets Kim\n\nPutin met Kim on Monday in Vladivostok.\n');
    const r = eventline(['extract', undated]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no document date/);
    const x = JSON.parse(r.stdout);
    expect(x.article.publishedAt).toBeNull();
    for (const t of x.timexes) expect(t.value).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const withDate = JSON.parse(eventline(['extract', undated, '--published-at', '2011-06-29']).stdout);
    expect(withDate.article.publishedAt).toBe('2011-06-29');
  });

  it('every command has help with examples', () => {
    for (const cmd of ['ingest', 'extract', 'timeline', 'export', 'stats', 'query', 'load']) {
      const r = eventline([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.stdout, cmd).toMatch(/Examples:\n\s+\$ eventline/);
    }
  });
});
