// event-sources: the articles and sentences behind one event (its provenance), oldest article first.
//
// Parameters:
//   $event  (required) an event id, as printed by the other queries or `eventline timeline --format json`
//
// Example (cypher-shell):
//   :param event => 'event:0123456789ab'
//   :source queries/event-sources.cypher
MATCH (e:Event {id: $event})-[m:MENTIONED_IN]->(a:Article)
RETURN a.articleId AS article, a.title AS title, a.publishedAt AS published, a.source AS source, a.url AS url,
  m.sentence AS sentence, m.start AS startOffset, m.end AS endOffset, e.type AS type, e.status AS status
ORDER BY published, article, startOffset;
