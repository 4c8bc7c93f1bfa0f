import { readFile } from 'node:fs/promises';
import { InputError, UsageError } from '../../model/errors.js';
import type { SerializedGraph } from '../../store/store.js';
import { info } from '../output.js';
import { openStore, type StoreOptions } from '../store.js';

interface Options extends StoreOptions {
  from: string;
}

export async function run(opts: Options): Promise<void> {
  if (opts.store !== 'neo4j') throw new UsageError('load: --store must be "neo4j" (load pushes an embedded graph into Neo4j)');
  let data: SerializedGraph;
  try {
    data = JSON.parse(await readFile(opts.from, 'utf8')) as SerializedGraph;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new InputError(opts.from, e.code === 'ENOENT' ? 'no such file' : `not a JSON graph (${e.message})`);
  }
  if (!Array.isArray(data?.nodes) || !Array.isArray(data?.edges)) throw new InputError(opts.from, 'not a graph file: expected "nodes" and "edges" arrays');
  const store = await openStore(opts);
  try {
    const t0 = performance.now();
    const { nodes, edges } = await store.importGraph(data);
    info(`loaded ${nodes} node(s) and ${edges} edge(s) from ${opts.from} into Neo4j in ${((performance.now() - t0) / 1000).toFixed(2)}s`);
  } finally {
    await store.close();
  }
}
