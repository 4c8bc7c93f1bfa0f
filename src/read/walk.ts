/**
 * Directories, walked lazily and deterministically: one directory listing at a time, entries sorted by name (code
 * unit order, not locale), depth first. Hidden entries (`.name`) and files with an extension no format reads are
 * skipped without a word; a directory that cannot be listed is reported and the walk goes on. Symbolic links are
 * followed, each real directory is entered once (no cycles).
 */
import { type Dirent, promises as fs } from 'node:fs';
import { extname, join } from 'node:path';
import { InputError } from '../model/errors.js';
import { formatForExtension } from './formats/index.js';

export type WalkItem = { ok: true; file: string } | { ok: false; error: InputError };

export async function* walkDirectory(root: string): AsyncGenerator<WalkItem> {
  const seen = new Set<string>();
  yield* walk(root, seen);
}

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<WalkItem> {
  let entries: Dirent[];
  try {
    const real = await fs.realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield { ok: false, error: new InputError(dir, fsReason(e)) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = await fs.stat(path);
        isDirectory = st.isDirectory();
        isFile = st.isFile();
      } catch {
        continue; // a dangling link is not a document
      }
    }
    if (isDirectory) yield* walk(path, seen);
    else if (isFile && formatForExtension(extname(entry.name))) yield { ok: true, file: path };
  }
}

/** A short reason for a file system error: `no such file or directory`, `permission denied`, ... */
export function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return (e as Error | null)?.message ?? String(e);
  }
}
