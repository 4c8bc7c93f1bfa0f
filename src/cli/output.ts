/** Where commands write: stdout for results, stderr for messages and progress. */
import { existsSync, statSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { UsageError } from '../model/errors.js';

export function out(text: string): void {
  process.stdout.write(text);
}

export function info(text: string): void {
  process.stderr.write(text.endsWith('\n') ? text : text + '\n');
}

/** Writes to `-o FILE` (refusing to overwrite without --force) or to stdout. */
export async function writeOutput(text: string, file: string | undefined, force = false): Promise<void> {
  if (!file || file === '-') {
    out(text);
    return;
  }
  if (existsSync(file) && !force) throw new UsageError(`${file}: file exists (pass --force to overwrite it)`);
  await writeFile(file, text);
}

/**
 * Writes a set of files into `-o DIR` (created when missing). File names must be plain names (no
 * directory part), so nothing lands outside DIR; an existing file is overwritten only with --force,
 * and then nothing else in DIR is touched.
 */
export async function writeOutputFiles(files: ReadonlyArray<{ name: string; text: string }>, dir: string | undefined, force = false): Promise<string[]> {
  if (!dir || dir === '-') throw new UsageError('this format writes several files: pass -o DIR');
  const root = resolve(dir);
  if (existsSync(root) && !statSync(root).isDirectory()) throw new UsageError(`${dir}: not a directory (this format writes several files into -o DIR)`);
  const targets = files.map((f) => {
    const target = resolve(root, f.name);
    if (f.name !== basename(f.name) || f.name.startsWith('.') || dirname(target) !== root) throw new UsageError(`${f.name}: not a plain file name`);
    return target;
  });
  if (!force) {
    const existing = targets.find((t) => existsSync(t));
    if (existing) throw new UsageError(`${existing}: file exists (pass --force to overwrite it)`);
  }
  await mkdir(root, { recursive: true });
  for (let i = 0; i < files.length; i++) await writeFile(targets[i]!, files[i]!.text);
  return targets;
}
