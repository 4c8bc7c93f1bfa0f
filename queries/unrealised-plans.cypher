// unrealised-plans: planned or possible events with no later occurred counterpart, i.e. no event of the same
// type that shares a participant, happened (status occurred), and ended on or after the plan's start day (for
// an undated plan: on or after the day the first article reporting it was published).
//
// Parameters:
//   $actor  (optional) only plans involving this actor (a name or alias); null for all
// Names match case-insensitively against an entity's name and aliases, ignoring hyphens, dots and
// apostrophes; a query of whole words also matches a name containing them all ("Putin" matches "Vladimir Putin").
//
// Example (cypher-shell):
//   :param actor => null
//   :source queries/unrealised-plans.cypher
WITH trim(replace(replace(replace(replace(toLower($actor), '-', ' '), '.', ''), "'", ''), '’', '')) AS q
MATCH (e:Event)
WHERE e.status IN ['planned', 'possible']
  AND (q IS NULL OR EXISTS { MATCH (who)-[:PARTICIPATED_IN]->(e) WHERE (q = trim(replace(replace(replace(replace(toLower(who.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(who.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(who.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' '))) })
WITH e, coalesce(e.startDate,
  head(COLLECT { MATCH (e)-[:MENTIONED_IN]->(a:Article) WHERE a.publishedAt IS NOT NULL RETURN a.publishedAt AS day ORDER BY day })) AS since
WHERE NOT EXISTS {
  MATCH (e)<-[:PARTICIPATED_IN]-()-[:PARTICIPATED_IN]->(done:Event {status: 'occurred'})
  WHERE done.type = e.type AND done.endDate IS NOT NULL AND (since IS NULL OR done.endDate >= since)
}
RETURN e.startDate AS startDate, e.endDate AS endDate, e.type AS type, e.status AS status, since,
  COLLECT { MATCH (p)-[r:PARTICIPATED_IN]->(e) RETURN p.name + ' (' + r.role + ')' AS name ORDER BY name } AS participants,
  COLLECT { MATCH (e)-[:TOOK_PLACE_IN]->(place) RETURN DISTINCT place.name AS name ORDER BY name } AS places,
  e.summary AS summary, e.id AS event
ORDER BY since, endDate, event;
