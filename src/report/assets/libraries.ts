/**
 * The browser libraries the report inlines, read from their npm packages (UMD builds): vis-timeline
 * for the timeline, vis-network for the graph. Both are "(Apache-2.0 OR MIT)"; their license headers
 * stay in the inlined text. Source-map comments are dropped (the file must not point anywhere).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface InlineLibrary {
  name: string;
  version: string;
  code: string;
}

const SOURCES = [
  { name: 'vis-timeline', file: 'standalone/umd/vis-timeline-graph2d.min.js' },
  { name: 'vis-network', file: 'standalone/umd/vis-network.min.js' },
] as const;

let cache: InlineLibrary[] | null = null;

export function loadLibraries(): InlineLibrary[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  cache = SOURCES.map(({ name, file }) => {
    const pkgPath = require.resolve(`${name}/package.json`);
    const version = (JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string }).version;
    const code = readFileSync(join(dirname(pkgPath), file), 'utf8').replace(/\n\/\/# sourceMappingURL=\S*\s*$/, '\n');
    return { name, version, code };
  });
  return cache;
}
