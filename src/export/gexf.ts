/**
 * `--format gexf`: GEXF 1.3 for Gephi, `mode="dynamic"` with `timeformat="date"`. Event nodes and the
 * edges that touch an event carry `start` and `end` (the event's startDate and endDate, inclusive), so
 * Gephi's timeline plays the graph; undated events and all other nodes and edges are always present.
 *
 * Renamed so that they do not collide with GEXF's own attributes in Gephi: the node label (Article,
 * Event, Person...) is the attribute `kind`, the relationship type is `relationship`; the `id` property
 * is the node id itself.
 */
import type { PropValue } from '../graph/model.js';
import type { SerializedGraph } from '../store/store.js';
import { valueText } from './graphml.js';
import { edgeProps, ISO_DAY, nodeProps, propertyTypes, type GraphNode, type PropType } from './properties.js';
import { xmlAttrs } from './xml.js';

const GEXF_TYPE: Record<PropType, string> = { string: 'string', date: 'string', 'string[]': 'string', int: 'long', float: 'double', boolean: 'boolean' };

export function toGexf(graph: SerializedGraph): string {
  const nodeTypes = new Map<string, PropType>([['kind', 'string'], ...propertyTypes(graph, 'node')]);
  nodeTypes.delete('id');
  const edgeTypes = new Map<string, PropType>([['relationship', 'string'], ...propertyTypes(graph, 'edge')]);
  const nodeAttr = new Map([...nodeTypes.keys()].map((k, i) => [k, `n${i}`]));
  const edgeAttr = new Map([...edgeTypes.keys()].map((k, i) => [k, `e${i}`]));

  const spans = new Map<string, { start: string; end: string }>();
  for (const node of graph.nodes) {
    const { startDate, endDate } = node.attributes;
    if (node.attributes.label === 'Event' && typeof startDate === 'string' && ISO_DAY.test(startDate)) {
      spans.set(node.key, { start: startDate, end: typeof endDate === 'string' && ISO_DAY.test(endDate) ? endDate : startDate });
    }
  }

  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    '    <creator>eventline</creator>',
    '    <description>event-timeline knowledge graph: events carry start and end dates (docs/schema.md)</description>',
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date">',
    '    <attributes class="node" mode="static">',
  ];
  for (const [name, type] of nodeTypes) lines.push(`      <attribute${xmlAttrs({ id: nodeAttr.get(name)!, title: name, type: GEXF_TYPE[type] })}/>`);
  lines.push('    </attributes>', '    <attributes class="edge" mode="static">');
  for (const [name, type] of edgeTypes) lines.push(`      <attribute${xmlAttrs({ id: edgeAttr.get(name)!, title: name, type: GEXF_TYPE[type] })}/>`);
  lines.push('    </attributes>', '    <nodes>');
  for (const node of graph.nodes) {
    const span = spans.get(node.key);
    lines.push(`      <node${xmlAttrs({ id: node.key, label: displayLabel(node), start: span?.start, end: span?.end })}>`);
    lines.push('        <attvalues>');
    lines.push(attvalue(nodeAttr.get('kind')!, node.attributes.label, 'string'));
    const props = nodeProps(node);
    for (const [k, type] of nodeTypes) {
      const v = props[k];
      if (k !== 'kind' && v !== null && v !== undefined) lines.push(attvalue(nodeAttr.get(k)!, v, type));
    }
    lines.push('        </attvalues>', '      </node>');
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of graph.edges) {
    const span = spans.get(edge.source) ?? spans.get(edge.target);
    lines.push(
      `      <edge${xmlAttrs({ id: edge.key, source: edge.source, target: edge.target, label: edge.attributes.type, start: span?.start, end: span?.end })}>`,
    );
    lines.push('        <attvalues>');
    lines.push(attvalue(edgeAttr.get('relationship')!, edge.attributes.type, 'string'));
    const props = edgeProps(edge);
    for (const [k, type] of edgeTypes) {
      const v = props[k];
      if (k !== 'relationship' && v !== null && v !== undefined) lines.push(attvalue(edgeAttr.get(k)!, v, type));
    }
    lines.push('        </attvalues>', '      </edge>');
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

/** What Gephi shows on a node: an entity's name, an article's title, an event's type and dates. */
export function displayLabel(node: GraphNode): string {
  const a = node.attributes;
  if (a.label === 'Event') {
    const when = a.startDate ? (a.endDate && a.endDate !== a.startDate ? `${a.startDate}..${a.endDate}` : String(a.startDate)) : 'undated';
    return `${String(a.type)} ${when}${a.status && a.status !== 'occurred' ? ` (${String(a.status)})` : ''}`;
  }
  if (a.label === 'Article') return typeof a.title === 'string' && a.title ? a.title : node.key;
  return typeof a.name === 'string' && a.name ? a.name : node.key;
}

function attvalue(id: string, value: PropValue, type: PropType): string {
  return `          <attvalue${xmlAttrs({ for: id, value: valueText(value, type) })}/>`;
}
