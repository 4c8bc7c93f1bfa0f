/**
 * The graph model (docs/schema.md): labels, relationship types and the records that both stores write.
 * One article's contribution is a GraphFragment; stores merge fragments and can remove them again.
 */
import type { EntityKind, EventStatus, EventType, Precision, Role } from '../model/types.js';

export type NodeLabel = 'Article' | 'Event' | EntityKind;
export const NODE_LABELS: readonly NodeLabel[] = ['Article', 'Event', 'Person', 'Organization', 'Country', 'Place'];

export type EdgeType = 'PARTICIPATED_IN' | 'TOOK_PLACE_IN' | 'MENTIONED_IN' | 'LOCATED_IN' | 'HOLDS_POSITION';
export const EDGE_TYPES: readonly EdgeType[] = [
  'PARTICIPATED_IN',
  'TOOK_PLACE_IN',
  'MENTIONED_IN',
  'LOCATED_IN',
  'HOLDS_POSITION',
];

/** Property values the stores keep: strings, numbers (integers unless said), booleans, string lists, null. */
export type PropValue = string | number | boolean | null | string[];
export type Props = Record<string, PropValue>;

export interface ArticleProps extends Props {
  /** Node key: `article:<articleId>`. */
  id: string;
  articleId: string;
  title: string;
  publishedAt: string | null;
  source: string | null;
  url: string | null;
  contentHash: string;
}

export interface EventProps extends Props {
  id: string;
  type: EventType;
  status: EventStatus;
  startDate: string | null;
  endDate: string | null;
  precision: Precision | null;
  /** The evidence sentence of the first article that reported it. */
  summary: string;
}

export interface EntityProps extends Props {
  id: string;
  name: string;
  aliases: string[];
}

export interface NodeRecord {
  key: string;
  label: NodeLabel;
  props: Props;
}

export interface EdgeRecord {
  key: string;
  type: EdgeType;
  source: string;
  target: string;
  props: Props;
}

export interface GraphFragment {
  article: ArticleProps;
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}

/** Edge keys are derived from their ends and distinguishing properties, so they are deterministic. */
export function edgeKey(type: EdgeType, source: string, target: string, qualifier = ''): string {
  return `${type}:${source}->${target}${qualifier ? `:${qualifier}` : ''}`;
}

/** What cross-article merging looks at. */
export interface EventSummary {
  id: string;
  type: EventType;
  status: EventStatus;
  startDate: string | null;
  endDate: string | null;
  participantIds: string[];
  /** The place shown for it (the greatest id, when a merged event has several). */
  placeId: string | null;
  /** Participants in a role other than host: the visitors and participants. */
  actorIds: string[];
  /** Every place and host: where it happened, for an undated plan joining its dated event. */
  whereIds: string[];
  /** The latest publication day of the articles that report it (null when none is dated). */
  reportedOn: string | null;
}

export type PropsOf<L extends NodeLabel> = L extends 'Article' ? ArticleProps : L extends 'Event' ? EventProps : EntityProps;
export type { Role };
