/** Runs the built CLI (dist/) as a user would: `node bin/eventline.js ...`. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/shared.js';

export const BIN = join(PROJECT_ROOT, 'bin', 'eventline.js');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function eventline(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? PROJECT_ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...withoutStoreEnv(process.env), ...options.env },
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The user's own EVENTLINE_STORE must not leak into tests. */
function withoutStoreEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  delete copy.EVENTLINE_STORE;
  return copy;
}
