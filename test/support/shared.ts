/**
 * Access to ../shared (corpora and gold). A user's clone has none: tests that need it skip with a
 * clear message. Under CI=true missing shared data is an error.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The folder holding package.json, found from here upwards (this file also runs compiled, from dist/bench). */
function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot find the project root (package.json) above test/support');
    dir = up;
  }
  return dir;
}

export const PROJECT_ROOT = projectRoot();
export const SHARED_DIR = process.env.EVENTLINE_SHARED ?? resolve(PROJECT_ROOT, '..', 'shared');

/** The absolute path of `rel` under shared/, or null when it is absent (and not under CI). */
export function sharedPath(rel: string): string | null {
  const p = resolve(SHARED_DIR, rel);
  if (existsSync(p)) return p;
  if (process.env.CI === 'true') {
    throw new Error(`shared data missing under CI: ${p} (CI must have ../shared beside the checkout)`);
  }
  console.warn(`[skip] shared data not found: ${p} — tests that need it are skipped`);
  return null;
}
