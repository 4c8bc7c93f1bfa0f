/**
 * `--format cypher`: a script that cypher-shell replays into an empty database, idempotently.
 * Uniqueness constraints first, then one `MERGE` per node (by label and id) and one per relationship
 * (by its ends, type and identifying properties), each followed by `SET x += {...}`.
 *
 * This is the one place where values are written as Cypher literals (see cypherString): a literal is
 * printable ASCII with no raw semicolon, slash or line break, and its quotes and backslashes are
 * backslash-escaped, which both Neo4j and cypher-shell's statement splitter honour. `startDate` and
 * `endDate` are `date('YYYY-MM-DD')`.
 */
import { NODE_LABELS, type EdgeType, type PropValue } from '../graph/model.js';
import { StoreError } from '../model/errors.js';
import type { SerializedGraph } from '../store/store.js';
import { edgeProps, edgeType, ISO_DAY, nodeLabel, nodeProps, NODE_PROPERTIES } from './properties.js';

/** The properties that, with its ends and type, identify a relationship (docs/schema.md edge keys). */
export const RELATIONSHIP_IDENTITY: Record<EdgeType, readonly string[]> = {
  PARTICIPATED_IN: ['role'],
  TOOK_PLACE_IN: [],
  MENTIONED_IN: [],
  LOCATED_IN: [],
  HOLDS_POSITION: ['title', 'time'],
};

const DATE_PROPERTIES = new Set(Object.entries(NODE_PROPERTIES.Event).filter(([, t]) => t === 'date').map(([k]) => k));

/** One statement per element, without the trailing semicolon: constraints, nodes, relationships. */
export function cypherStatements(graph: SerializedGraph): string[] {
  const out: string[] = [];
  for (const label of NODE_LABELS) {
    out.push(`CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`);
  }
  const labels = new Map<string, string>();
  for (const node of graph.nodes) {
    const label = nodeLabel(node);
    labels.set(node.key, label);
    const { id: _id, ...props } = nodeProps(node);
    out.push(`MERGE (n:${label} {id: ${cypherString(node.key)}}) SET n += ${cypherMap(props)}`);
  }
  for (const edge of graph.edges) {
    const type = edgeType(edge);
    const a = labels.get(edge.source);
    const b = labels.get(edge.target);
    if (!a || !b) continue; // an edge whose end is not in the graph (a graph dump never has one)
    const props = edgeProps(edge);
    const identity = Object.fromEntries(RELATIONSHIP_IDENTITY[type].filter((k) => props[k] !== undefined).map((k) => [k, props[k]!]));
    const rest = Object.fromEntries(Object.entries(props).filter(([k]) => !(k in identity)));
    out.push(
      `MATCH (a:${a} {id: ${cypherString(edge.source)}}), (b:${b} {id: ${cypherString(edge.target)}}) ` +
        `MERGE (a)-[r:${type}${Object.keys(identity).length ? ' ' + cypherMap(identity) : ''}]->(b) SET r += ${cypherMap(rest)}`,
    );
  }
  return out;
}

/** The script: a header comment and one statement per line, each ending with `;`. */
export function toCypher(graph: SerializedGraph): string {
  const header = [
    '// eventline graph (docs/schema.md) as Cypher: replay into Neo4j 5 with',
    '//   cypher-shell -a neo4j://localhost:7687 -u neo4j -p PASSWORD -f graph.cypher',
    '// Idempotent: nodes are merged by label and id, relationships by their ends, type and identity.',
    `// ${graph.nodes.length} nodes, ${graph.edges.length} relationships.`,
  ];
  return [...header, ...cypherStatements(graph).map((s) => s + ';'), ''].join('\n');
}

/**
 * A single-quoted Cypher string literal that is pure printable ASCII. Quotes and backslashes get a
 * backslash (`\'`, `\"`, `\\`), line breaks and tabs their letter escapes (`\n`, `\r`, `\t`, `\b`, `\f`).
 * Every other character outside the safe set, including `;`, `/` and all non-ASCII, is `\uXXXX`. Neo4j
 * decodes `\uXXXX` before it tokenises (as Java does), so a quote or backslash must never be written
 * that way: `\u0027` would end the literal.
 */
export function cypherString(value: string): string {
  let out = "'";
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (SAFE_CHAR.test(ch)) out += ch;
    else if (ch in LETTER_ESCAPES) out += LETTER_ESCAPES[ch];
    else out += '\\u' + value.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0');
  }
  return out + "'";
}

const LETTER_ESCAPES: Record<string, string> = { "'": "\\'", '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

/** Letters, digits, space and punctuation that means nothing inside a Cypher string or to a statement splitter. */
const SAFE_CHAR = /^[A-Za-z0-9 .,:_\-+=()[\]{}<>!?@#$%&*|^~]$/;

/** A Cypher map literal; nulls are left out (a null would remove the property). */
export function cypherMap(props: Record<string, PropValue>): string {
  const entries = Object.entries(props)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => `${cypherName(k)}: ${cypherValue(k, v)}`);
  return `{${entries.join(', ')}}`;
}

function cypherValue(key: string, value: PropValue): string {
  if (Array.isArray(value)) return `[${value.map((v) => cypherString(String(v))).join(', ')}]`;
  if (typeof value === 'string') return DATE_PROPERTIES.has(key) && ISO_DAY.test(value) ? `date(${cypherString(value)})` : cypherString(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return String(value).replace('e+', 'e');
  }
  if (typeof value === 'boolean') return String(value);
  return 'null';
}

/** A property key: a plain identifier (anything else is refused rather than quoted). */
export function cypherName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new StoreError(`export: property name "${name}" is not a plain identifier; the Cypher export writes only those`);
  return name;
}
