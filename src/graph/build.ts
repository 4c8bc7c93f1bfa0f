/**
 * Extraction -> GraphFragment: the one place where extracted records become graph nodes and edges.
 */
import { articleNodeId, contentHash as hashText, shortHash } from '../model/ids.js';
import type { Article, Entity, EntityRef, ExtractedEvent, Extraction } from '../model/types.js';
import { edgeKey, type ArticleProps, type EdgeRecord, type EventProps, type GraphFragment, type NodeRecord } from './model.js';

/** Event ids come from canonical content, so the same event extracted twice gets the same id. */
export function eventNodeId(event: Pick<ExtractedEvent, 'type' | 'participants' | 'startDate' | 'endDate' | 'place'>): string {
  const who = event.participants.map((p) => `${p.id}/${p.role}`).sort().join(',');
  return `event:${shortHash(event.type, who, event.startDate ?? '', event.endDate ?? '', event.place?.id ?? '')}`;
}

export function articleProps(article: Omit<Article, 'text'> & { text?: string }, hash: string): ArticleProps {
  return {
    id: articleNodeId(article.id),
    articleId: article.id,
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    url: article.url,
    contentHash: hash,
  };
}

/** Hash of everything that changes what an article contributes. */
export function articleHash(article: Article): string {
  return hashText(JSON.stringify([article.id, article.title, article.publishedAt, article.source, article.url, article.text]));
}

export function buildFragment(extraction: Extraction, hash: string): GraphFragment {
  const article = articleProps(extraction.article, hash);
  const nodes = new Map<string, NodeRecord>();
  const edges = new Map<string, EdgeRecord>();
  const entities = new Map<string, Entity>(extraction.entities.map((e) => [e.id, e]));

  const addEntity = (ref: EntityRef): void => {
    if (nodes.has(ref.id)) return;
    const full = entities.get(ref.id);
    const aliases = full ? [...new Set(full.aliases.filter((a) => a !== ref.name))].sort() : [];
    nodes.set(ref.id, { key: ref.id, label: ref.kind, props: { id: ref.id, name: full?.name ?? ref.name, aliases } });
    if (full?.kind === 'Place' && full.country) {
      const country = entities.get(full.country);
      if (country) {
        addEntity({ id: country.id, name: country.name, kind: country.kind });
        const key = edgeKey('LOCATED_IN', ref.id, country.id);
        edges.set(key, { key, type: 'LOCATED_IN', source: ref.id, target: country.id, props: {} });
      }
    }
    for (const pos of full?.positions ?? []) {
      const of = pos.of ? entities.get(pos.of) : undefined;
      if (!of) continue;
      addEntity({ id: of.id, name: of.name, kind: of.kind });
      const key = edgeKey('HOLDS_POSITION', ref.id, of.id, `${pos.title.toLowerCase()}/${pos.time}`);
      edges.set(key, { key, type: 'HOLDS_POSITION', source: ref.id, target: of.id, props: { title: pos.title, time: pos.time } });
    }
  };

  for (const event of extraction.events) {
    const id = eventNodeId(event);
    const props: EventProps = {
      id,
      type: event.type,
      status: event.status,
      startDate: event.startDate,
      endDate: event.endDate,
      precision: event.precision,
      summary: event.evidence.text,
    };
    nodes.set(id, { key: id, label: 'Event', props });
    for (const p of event.participants) {
      addEntity(p);
      const key = edgeKey('PARTICIPATED_IN', p.id, id, p.role);
      edges.set(key, { key, type: 'PARTICIPATED_IN', source: p.id, target: id, props: { role: p.role } });
    }
    if (event.place) {
      addEntity(event.place);
      const key = edgeKey('TOOK_PLACE_IN', id, event.place.id);
      edges.set(key, { key, type: 'TOOK_PLACE_IN', source: id, target: event.place.id, props: {} });
    }
    const key = edgeKey('MENTIONED_IN', id, article.id);
    if (!edges.has(key)) {
      edges.set(key, {
        key,
        type: 'MENTIONED_IN',
        source: id,
        target: article.id,
        props: { start: event.evidence.start, end: event.evidence.end, sentence: event.evidence.text },
      });
    }
  }
  const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return { article, nodes: [...nodes.values()].sort(byKey), edges: [...edges.values()].sort(byKey) };
}
