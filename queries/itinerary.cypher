// itinerary: where an actor was (or was to be), in date order: the places of the dated events they took part in.
//
// Parameters:
//   $actor  (required) a name or alias: 'Kim Jong-il'
// Undated events are left out. The status column tells travel that happened from plans.
// Names match case-insensitively against an entity's name and aliases, ignoring hyphens, dots and
// apostrophes; a query of whole words also matches a name containing them all ("Putin" matches "Vladimir Putin").
//
// Example (cypher-shell):
//   :param actor => 'Kim Jong-il'
//   :source queries/itinerary.cypher
WITH trim(replace(replace(replace(replace(toLower($actor), '-', ' '), '.', ''), "'", ''), '’', '')) AS q
MATCH (who)-[role:PARTICIPATED_IN]->(e:Event)-[:TOOK_PLACE_IN]->(place)
WHERE e.startDate IS NOT NULL
  AND (q = trim(replace(replace(replace(replace(toLower(who.name), '-', ' '), '.', ''), "'", ''), '’', ''))
       OR any(alias IN coalesce(who.aliases, []) WHERE q = trim(replace(replace(replace(replace(toLower(alias), '-', ' '), '.', ''), "'", ''), '’', '')))
       OR all(word IN split(q, ' ') WHERE word IN split(trim(replace(replace(replace(replace(toLower(who.name), '-', ' '), '.', ''), "'", ''), '’', '')), ' ')))
RETURN e.startDate AS startDate, e.endDate AS endDate, place.name AS place, labels(place)[0] AS kind,
  COLLECT { MATCH (place)-[:LOCATED_IN]->(c) RETURN DISTINCT c.name AS name ORDER BY name } AS country,
  e.type AS type, e.status AS status, role.role AS role, who.name AS actor, e.id AS event
ORDER BY startDate, endDate, place, event;
