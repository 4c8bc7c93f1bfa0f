/** Where commands write: stdout for results, stderr for messages and progress. */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
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
