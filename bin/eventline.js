#!/usr/bin/env node
// Thin launcher: the CLI lives in dist/cli/index.js (built by `npm install` through the prepare script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/index.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('eventline: dist/ is missing; run `npm install` (or `npm run build`) in the project root first\n');
  process.exit(2);
}
await import(entry.href);
