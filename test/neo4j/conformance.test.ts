/** The shared store conformance suite (test/store-conformance.ts) against a real Neo4j. */
import { openNeo4jStore } from '../../src/store/neo4j/index.js';
import { storeConformance } from '../store-conformance.js';
import { neo4jSkipReason, useNeo4j } from '../support/neo4j.js';

const skip = neo4jSkipReason();
const server = useNeo4j();

storeConformance(
  'neo4j',
  async () => {
    const store = await openNeo4jStore({ uri: server.uri });
    await store.deleteEverything();
    return { store, cleanup: async () => {} };
  },
  skip,
);
