/**
 * `--format graphml`: GraphML 1.0 (yEd, Gephi, NetworkX, Cytoscape). Every property has a typed
 * `<key>` (attr.type string/int/double/boolean); the node label and the relationship type are the
 * `label` and `type` keys; string lists are JSON strings; dates are ISO day strings; nulls are left out.
 */
import type { PropValue } from '../graph/model.js';
import type { SerializedGraph } from '../store/store.js';
import { edgeProps, inferType, nodeProps, propertyTypes, type PropType } from './properties.js';
import { xmlAttrs, xmlEscape } from './xml.js';

const GRAPHML_TYPE: Record<PropType, string> = { string: 'string', date: 'string', 'string[]': 'string', int: 'int', float: 'double', boolean: 'boolean' };

export function toGraphml(graph: SerializedGraph): string {
  const nodeTypes = new Map<string, PropType>([['label', 'string'], ...propertyTypes(graph, 'node')]);
  const edgeTypes = new Map<string, PropType>([['type', 'string'], ...propertyTypes(graph, 'edge')]);
  // offsets beyond 2^31 do not fit GraphML's int
  for (const types of [nodeTypes, edgeTypes]) {
    for (const [k, t] of types) if (t === 'int' && tooLarge(graph, k)) types.set(k, 'float');
  }
  const nodeKey = new Map([...nodeTypes.keys()].map((k, i) => [k, `n${i}`]));
  const edgeKey = new Map([...edgeTypes.keys()].map((k, i) => [k, `e${i}`]));

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [name, type] of nodeTypes) {
    lines.push(`  <key${xmlAttrs({ id: nodeKey.get(name)!, for: 'node', 'attr.name': name, 'attr.type': GRAPHML_TYPE[type] })}/>`);
  }
  for (const [name, type] of edgeTypes) {
    lines.push(`  <key${xmlAttrs({ id: edgeKey.get(name)!, for: 'edge', 'attr.name': name, 'attr.type': GRAPHML_TYPE[type] })}/>`);
  }
  lines.push('  <graph id="eventline" edgedefault="directed">');
  for (const node of graph.nodes) {
    lines.push(`    <node${xmlAttrs({ id: node.key })}>`);
    lines.push(dataLine(nodeKey.get('label')!, node.attributes.label, 'string'));
    const props = nodeProps(node);
    for (const [k, type] of nodeTypes) {
      const v = props[k];
      if (k !== 'label' && v !== null && v !== undefined) lines.push(dataLine(nodeKey.get(k)!, v, type));
    }
    lines.push('    </node>');
  }
  for (const edge of graph.edges) {
    lines.push(`    <edge${xmlAttrs({ id: edge.key, source: edge.source, target: edge.target })}>`);
    lines.push(dataLine(edgeKey.get('type')!, edge.attributes.type, 'string'));
    const props = edgeProps(edge);
    for (const [k, type] of edgeTypes) {
      const v = props[k];
      if (k !== 'type' && v !== null && v !== undefined) lines.push(dataLine(edgeKey.get(k)!, v, type));
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

function dataLine(key: string, value: PropValue, type: PropType): string {
  return `      <data key="${key}">${xmlEscape(valueText(value, type))}</data>`;
}

/** A value as GraphML text of its key's type (a value that disagrees with the key's type is JSON). */
export function valueText(value: PropValue, type: PropType): string {
  if (Array.isArray(value)) return JSON.stringify(value);
  if (type === 'string' || type === 'date' || type === 'string[]') return typeof value === 'string' ? value : JSON.stringify(value);
  if (inferType([value]) === type || (type === 'float' && typeof value === 'number')) return String(value);
  return JSON.stringify(value);
}

function tooLarge(graph: SerializedGraph, key: string): boolean {
  const big = (v: unknown) => typeof v === 'number' && Math.abs(v) > 2147483647;
  return graph.nodes.some((n) => big(n.attributes[key])) || graph.edges.some((e) => big(e.attributes[key]));
}
