/**
 * eventline's library API. The CLI (src/cli) is a thin layer over these.
 */
export * from './model/types.js';
export * from './model/errors.js';
export { normalizeName, entityId } from './model/ids.js';
export { readArticles, type ReadItem, type ReadOptions } from './read/index.js';
export { extractArticle, runPipeline, STAGES, type Doc, type Stage } from './extract/pipeline.js';
export { buildFragment, articleHash } from './graph/build.js';
export type { GraphFragment, NodeRecord, EdgeRecord, NodeLabel, EdgeType } from './graph/model.js';
export type { Store, TimelineEvent, TimelineFilter, StoreStats, SerializedGraph, PutResult } from './store/store.js';
export { MemoryStore, defaultStorePath } from './store/memory/index.js';
export { ingest, type IngestOptions, type IngestSummary } from './ingest.js';
