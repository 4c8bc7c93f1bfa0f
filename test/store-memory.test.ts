import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStore } from '../src/store/memory/index.js';
import { storeConformance } from './store-conformance.js';

storeConformance('memory', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eventline-store-'));
  return { store: MemoryStore.open(join(dir, 'graph.json')), cleanup: () => rm(dir, { recursive: true, force: true }) };
});

storeConformance('memory (reopened from its file)', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eventline-store-'));
  const path = join(dir, 'graph.json');
  // A store that is flushed and reopened after every write must behave identically.
  const inner = MemoryStore.open(path);
  const reopen = async () => MemoryStore.open(path);
  let current = inner;
  const store = new Proxy(inner, {
    get(_t, prop) {
      const value = (current as unknown as Record<string | symbol, unknown>)[prop];
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        const result = await (value as (...a: unknown[]) => unknown).apply(current, args);
        if (prop === 'putArticle' || prop === 'removeArticle' || prop === 'importGraph') {
          await current.flush();
          current = await reopen();
        }
        return result;
      };
    },
  });
  return { store, cleanup: () => rm(dir, { recursive: true, force: true }) };
});
