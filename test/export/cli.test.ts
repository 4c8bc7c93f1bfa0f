import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { run as exportCommand } from '../../src/cli/commands/export.js';
import { run as reportCommand } from '../../src/cli/commands/report.js';
import { ExitError, UsageError } from '../../src/model/errors.js';
import { MemoryStore } from '../../src/store/memory/index.js';
import type { SerializedGraph } from '../../src/store/store.js';
import { parseCsv } from './csv-parse.js';
import { sampleStore } from './fixture.js';

let dir: string;
let store: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'eventline-export-'));
  store = join(dir, 'graph.json');
  const file = MemoryStore.open(store);
  await file.importGraph(await (await sampleStore()).exportGraph());
  await file.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eventline export', () => {
  it('writes a file, and overwrites it only with --force', async () => {
    const out = join(dir, 'graph.gexf');
    await exportCommand({ store, format: 'gexf', output: out });
    expect(readFileSync(out, 'utf8')).toContain('mode="dynamic"');
    await expect(exportCommand({ store, format: 'gexf', output: out })).rejects.toThrow(UsageError);
    writeFileSync(out, 'old');
    await exportCommand({ store, format: 'gexf', output: out, force: true });
    expect(readFileSync(out, 'utf8')).toContain('<gexf');
  });

  it('prints a file format to stdout without -o', async () => {
    const chunks: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      chunks.push(String(chunk));
      return true;
    });
    try {
      await exportCommand({ store, format: 'json', actor: 'Medvedev' });
    } finally {
      spy.mockRestore();
    }
    const graph = JSON.parse(chunks.join('')) as SerializedGraph;
    expect(graph.nodes.filter((n) => n.attributes.label === 'Event')).toHaveLength(2);
    expect(graph.nodes).toHaveLength(9);
  });

  it('writes the fixed set of files into -o DIR for csv and neo4j-admin', async () => {
    const csv = join(dir, 'csv');
    await exportCommand({ store, format: 'csv', output: csv });
    expect(readdirSync(csv).sort()).toEqual(['edges.csv', 'nodes.csv']);
    const admin = join(dir, 'admin');
    await exportCommand({ store, format: 'neo4j-admin', output: admin, from: '2011-01-01', type: 'Meeting' });
    expect(readdirSync(admin)).toHaveLength(11);
    expect(parseCsv(readFileSync(join(admin, 'nodes-Event.csv'), 'utf8'), '\n')).toHaveLength(3); // header and two meetings
    await expect(exportCommand({ store, format: 'neo4j-admin', output: admin })).rejects.toThrow(UsageError);
    await exportCommand({ store, format: 'neo4j-admin', output: admin, force: true });
    expect(parseCsv(readFileSync(join(admin, 'nodes-Event.csv'), 'utf8'), '\n')).toHaveLength(7);
  });

  it('refuses a directory format without -o DIR, an unknown format, and -o pointing at a file', async () => {
    await expect(exportCommand({ store, format: 'csv' })).rejects.toMatchObject({ code: 2 });
    await expect(exportCommand({ store, format: 'dot' })).rejects.toThrow(UsageError);
    const file = join(dir, 'plain.txt');
    writeFileSync(file, 'x');
    await expect(exportCommand({ store, format: 'csv', output: file })).rejects.toThrow(UsageError);
  });

  it('exits 1 when the filter matches no event, writing nothing', async () => {
    const out = join(dir, 'none.graphml');
    const err = await exportCommand({ store, format: 'graphml', actor: 'Nobody At All', output: out }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ExitError);
    expect((err as ExitError).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });
});

describe('eventline report', () => {
  it('writes one HTML file, and exits 1 when nothing matches', async () => {
    const out = join(dir, 'report.html');
    await reportCommand({ store, output: out, actor: 'Kim Jong-il' });
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('actor Kim Jong-il');
    await expect(reportCommand({ store, output: out })).rejects.toThrow(UsageError);
    await expect(reportCommand({ store, output: join(dir, 'r2.html'), type: 'Talks', from: '2012-01-01' })).rejects.toMatchObject({ code: 1 });
  });
});
