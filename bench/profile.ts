/**
 * Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by source file, native
 * frames (regular expressions) charged to their JavaScript caller. Usage: node dist/bench/bench/profile.js FILE [N]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  byFunction: Array<{ name: string; where: string; selfMs: number }>;
  byFile: Array<{ file: string; selfMs: number }>;
}

function shortUrl(url: string): string {
  const i = url.search(/\/(dist|src|node_modules)\//);
  return i >= 0 ? url.slice(i + 1) : url.replace(/^file:\/\//, '') || '(native)';
}

/**
 * Self time per function, where native frames (regular expressions, builtins) are charged to the nearest
 * JavaScript caller: "time spent in this function's own code and the regexes it runs".
 */
export function summarizeProfile(profile: Profile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const fn = new Map<string, { name: string; where: string; selfMs: number }>();
  const file = new Map<string, number>();
  let totalMs = 0;
  for (const [id, ms] of self) {
    let node = byId.get(id)!;
    const own = node.callFrame.functionName;
    if (own === '(idle)' || own === '(program)') continue;
    totalMs += ms;
    if (own !== '(garbage collector)') {
      for (let up = node; ; ) {
        if (up.callFrame.url) {
          node = up;
          break;
        }
        const p = parent.get(up.id);
        if (p === undefined) break;
        up = byId.get(p)!;
      }
    }
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${shortUrl(url)}:${lineNumber + 1}` : '(native)';
    const name = functionName || '(anonymous)';
    const key = `${name}@${where}`;
    const entry = fn.get(key) ?? { name, where, selfMs: 0 };
    entry.selfMs += ms;
    fn.set(key, entry);
    const f = functionName === '(garbage collector)' ? '(garbage collector)' : url ? shortUrl(url) : '(native)';
    file.set(f, (file.get(f) ?? 0) + ms);
  }
  return {
    totalMs,
    byFunction: [...fn.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
    byFile: [...file.entries()].map(([f, selfMs]) => ({ file: f, selfMs })).sort((a, b) => b.selfMs - a.selfMs).slice(0, top),
  };
}

export function formatSummary(s: ProfileSummary): string {
  const pct = (ms: number) => `${((100 * ms) / s.totalMs).toFixed(1)}%`;
  const lines = [`sampled CPU ${s.totalMs.toFixed(0)} ms (idle excluded); native code (regular expressions) charged to its JavaScript caller`, '', '| self ms | share | function | where |', '|---:|---:|---|---|'];
  for (const f of s.byFunction) lines.push(`| ${f.selfMs.toFixed(0)} | ${pct(f.selfMs)} | \`${f.name}\` | ${f.where} |`);
  lines.push('', '| self ms | share | file |', '|---:|---:|---|');
  for (const f of s.byFile) lines.push(`| ${f.selfMs.toFixed(0)} | ${pct(f.selfMs)} | ${f.file} |`);
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, n] = process.argv.slice(2);
  if (!path) {
    process.stderr.write('usage: node dist/bench/bench/profile.js FILE.cpuprofile [TOP]\n');
    process.exitCode = 2;
  } else {
    process.stdout.write(formatSummary(summarizeProfile(JSON.parse(readFileSync(path, 'utf8')) as Profile, Number(n ?? 25))) + '\n');
  }
}
