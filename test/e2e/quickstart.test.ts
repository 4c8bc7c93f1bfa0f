/**
 * The README quick start, run verbatim (with `npx eventline` pointed at this checkout's bin) in a
 * temp directory holding a copy of data/.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/shared.js';
import { eventline } from './cli.js';

/** The shell words of each `npx eventline ...` command in the README's quick start block. */
export function quickstartCommands(readme: string): string[][] {
  const block = readme.split('<!-- quickstart -->')[1]?.split('<!-- /quickstart -->')[0];
  if (!block) throw new Error('README.md has no <!-- quickstart --> block');
  const commands: string[][] = [];
  for (const line of block.split('\n')) {
    for (const part of line.split('&&')) {
      const words = part.trim().match(/"[^"]*"|'[^']*'|\S+/g) ?? [];
      if (words[0] === 'npx' && words[1] === 'eventline') commands.push(words.slice(2).map((w) => w.replace(/^["']|["']$/g, '')));
    }
  }
  return commands;
}

describe('README quick start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eventline-quickstart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(PROJECT_ROOT, 'data'), join(dir, 'data'), { recursive: true });
  const commands = quickstartCommands(readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8'));

  it('has an ingest and a timeline command', () => {
    expect(commands.map((c) => c[0])).toEqual(expect.arrayContaining(['ingest', 'timeline']));
  });

  it('runs each command with exit 0, the timeline showing the seed events', () => {
    let last = { code: -1, stdout: '', stderr: '' };
    for (const args of commands) {
      last = eventline(args, { cwd: dir });
      expect(last.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
      expect(last.code, `eventline ${args.join(' ')}\n${last.stderr}`).toBe(0);
    }
    expect(last.stdout).toMatch(/2001\s+Visit\s+occurred/);
    expect(last.stdout).toMatch(/2011-06-29\.\.2011-07-01\s+Meeting\s+possible/);
    expect(last.stdout).toMatch(/undated\s+Visit\s+possible/);
  });

  it('re-running ingest changes nothing', () => {
    const before = readFileSync(join(dir, '.eventline', 'graph.json'), 'utf8');
    const r = eventline(['ingest', 'data/'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/0 added, 0 replaced, 1 unchanged/);
    expect(readFileSync(join(dir, '.eventline', 'graph.json'), 'utf8')).toBe(before);
  });
});
